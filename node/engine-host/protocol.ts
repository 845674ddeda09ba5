import type { FolderEvent } from '../watch-folder';
import type { Piece } from './pieces';

/** An error as it crosses the thread boundary: its class name, text, stack and own fields (`code`, `reason`…). */
export interface WireError {
  name: string;
  message: string;
  stack?: string;
  props: Record<string, unknown>;
}

/** What the host sends a worker. */
export type ToWorker =
  | { type: 'watch'; root: string }
  | { type: 'piece'; id: number; piece: Piece }
  /** The host has read one piece of a task's result: the worker may send another. */
  | { type: 'ack'; id: number }
  | { type: 'run'; id: number; task: string; head: unknown; fields: string[] }
  | { type: 'cancel'; id: number };

/** What a worker sends the host. */
export type FromWorker =
  | { type: 'watching' }
  | { type: 'changes'; events: FolderEvent[] }
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'piece'; id: number; piece: Piece }
  | { type: 'done'; id: number; head: unknown; fields: string[] }
  | { type: 'error'; id: number; error: WireError }
  | { type: 'log'; level: 'info' | 'warn' | 'error'; message: string; rest: string[] };

/**
 * An error in the shape that crosses threads, with its own properties that are plain data (a notice's code and
 * parameters included); anything thrown that is not an Error becomes its text.
 */
export function toWireError(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), props: {} };
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) props[key] = value;
    else if (typeof value === 'object' && isPlainData(value)) props[key] = value;
  }
  return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}), props };
}

/** Whether a value is made of plain objects, arrays, strings, numbers, booleans and null only. */
function isPlainData(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(isPlainData);
}
