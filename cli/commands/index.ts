import type { Command } from '../command';
import { claimsCommand } from './claims';
import { compareCommand } from './compare';
import { exportCommand } from './export';
import { findCommand } from './find';
import { notesCommand } from './notes';
import { scanCommand } from './scan';
import { storyCommand } from './story';

/** Every `recoupe` command, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  scanCommand,
  claimsCommand,
  findCommand,
  compareCommand,
  notesCommand,
  exportCommand,
  storyCommand,
];
