import type { Command } from '../command';

/** Every `recoupe` command, in the order `--help` lists them. */
export const commands: readonly Command[] = [];
