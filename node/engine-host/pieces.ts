/** How many items of a large array travel in one message. */
export const PIECE_ITEMS = 16;

/**
 * How many pieces of a result a worker sends ahead of the host's acknowledgements: the host then reads a few at a
 * time, each batch in a turn of its event loop, instead of a whole result's pieces queued up in one long turn.
 */
export const PIECES_AHEAD = 4;

/** A slice of one top-level array field of a task's input or result. */
export interface Piece {
  field: string;
  items: unknown[];
}

/**
 * Splits the top-level arrays longer than `size` out of a plain object: the object without them (`head`), the
 * names of the fields taken out, and their items in slices, so that each message stays small to copy and to read.
 */
export function splitPieces(
  value: unknown,
  size = PIECE_ITEMS,
): { head: unknown; fields: string[]; pieces: Piece[] } {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { head: value, fields: [], pieces: [] };
  const head: Record<string, unknown> = {};
  const fields: string[] = [];
  const pieces: Piece[] = [];
  for (const [field, item] of Object.entries(value)) {
    if (!Array.isArray(item) || item.length <= size) {
      head[field] = item;
      continue;
    }
    fields.push(field);
    for (let start = 0; start < item.length; start += size)
      pieces.push({ field, items: item.slice(start, start + size) });
  }
  return { head, fields, pieces };
}

/** Collects the pieces of one message's fields, in the order they arrive. */
export class PieceCollector {
  private readonly byField = new Map<string, unknown[]>();

  /** Adds one piece. */
  add(piece: Piece): void {
    const list = this.byField.get(piece.field);
    if (list) for (const item of piece.items) list.push(item);
    else this.byField.set(piece.field, [...piece.items]);
  }

  /** The head with every field given back its items. */
  join(head: unknown, fields: readonly string[]): unknown {
    if (fields.length === 0) return head;
    const joined: Record<string, unknown> = { ...(head as Record<string, unknown>) };
    for (const field of fields) joined[field] = this.byField.get(field) ?? [];
    return joined;
  }
}

/**
 * Sends the pieces of one result never more than `ahead` ahead of the receiver's acknowledgements (one per piece
 * read), so that the receiver reads them a few at a time, in turns of its event loop between which it stays free.
 */
export class PieceSender {
  private unacknowledged = 0;
  private wake: (() => void) | null = null;

  constructor(
    private readonly post: (piece: Piece) => void,
    private readonly ahead = PIECES_AHEAD,
  ) {}

  /** The receiver has read one more piece. */
  acknowledge(): void {
    this.unacknowledged -= 1;
    this.wake?.();
  }

  /** Sends every piece in order, waiting for acknowledgements as needed; rejects once `signal` is aborted. */
  async send(pieces: readonly Piece[], signal: AbortSignal): Promise<void> {
    const onAbort = (): void => this.wake?.();
    signal.addEventListener('abort', onAbort);
    try {
      for (const piece of pieces) {
        while (this.unacknowledged >= this.ahead) {
          signal.throwIfAborted();
          await new Promise<void>((wake) => (this.wake = wake));
          this.wake = null;
        }
        signal.throwIfAborted();
        this.unacknowledged += 1;
        this.post(piece);
      }
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }
}
