import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/ipc/contract';

/** The internals of a zod 4 schema that the walk reads. */
interface Def {
  type: string;
  checks?: { _zod: { def: { check: string; maximum?: number; length?: number } } }[];
  [key: string]: unknown;
}

/** The largest string or array length one argument may have: beyond it the renderer is refused. */
const LARGEST = 1_000_000;

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Whether the schema caps its length (max or exact length) at or below LARGEST. */
function capped(def: Def): boolean {
  return (def.checks ?? []).some(({ _zod: { def: check } }) =>
    check.check === 'max_length'
      ? (check.maximum ?? Infinity) <= LARGEST
      : check.check === 'length_equals' && (check.length ?? Infinity) <= LARGEST,
  );
}

/** The paths of every string, array or record in `schema` that has no length limit. */
function unbounded(schema: unknown, path: string, seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const inner = (child: unknown, at: string) => unbounded(child, at, seen);
  switch (def.type) {
    case 'string':
      return capped(def) ? [] : [path];
    case 'array':
      return [...(capped(def) ? [] : [path]), ...inner(def.element, `${path}[]`)];
    case 'record':
      return [`${path} (a record: give it a limited key schema and size, or use an array with a max)`];
    case 'tuple':
      return (def.items as unknown[]).flatMap((item, i) => inner(item, `${path}[${i}]`));
    case 'object':
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, value]) =>
        inner(value, `${path}.${key}`),
      );
    case 'union':
      return (def.options as unknown[]).flatMap((option, i) => inner(option, `${path}|${i}`));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'nonoptional':
      return inner(def.innerType, path);
    case 'pipe':
      return inner(def.in, path);
    case 'lazy':
      return inner((def.getter as () => unknown)(), path);
    default:
      return [];
  }
}

describe('IPC arguments from the renderer', () => {
  it('limit the length of every string and array of every channel', () => {
    const found = Object.entries(contract).flatMap(([method, { args }]) =>
      unbounded(args as z.ZodType, method),
    );
    expect(found).toEqual([]);
  });
});
