import { $RAW } from 'solid-js/store';
import type { ProgrammeDoc } from '../../model/schema';

const LISTS = ['priorities', 'tasks', 'measures', 'indicators', 'scenarios'] as const;

/**
 * Marks a programme's record lists as plain data for Solid's store. Putting a value into a store
 * (createStore, or a setter given a new list) makes Solid walk all of it, looking for reactive
 * proxies to strip; for a 10,000-measure plan that is a fifth of a second on every open and on
 * every inserted or moved row. These lists come from the database or from commands and never
 * hold proxies, so they say so: Solid stops at a value that names its own raw object.
 * The lists stay reactive once in the store (reads through it are tracked as before).
 */
export function markPlainLists<T extends Partial<ProgrammeDoc>>(doc: T): T {
  for (const key of LISTS) if (doc[key]) markPlain(doc[key]);
  return doc;
}

/** The same for any object known to hold plain data only (e.g. the engine's totals, fresh from the worker). */
export function markPlain<T extends object>(value: T): T {
  if (!Object.prototype.hasOwnProperty.call(value, $RAW)) Object.defineProperty(value, $RAW, { value });
  return value;
}
