import type { Command } from '../command';
import { scanCommand } from './scan';

/** Every `recoupe` command, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  scanCommand,
];
