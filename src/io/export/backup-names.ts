/**
 * Ukrainian words for where a backup is wrong: which record (named as a clerk knows it, by code
 * and title) and which field, and why.
 */
import type { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: 'текст',
  number: 'число',
  int: 'ціле число',
  boolean: 'так/ні (true/false)',
  array: 'список',
  object: 'запис',
  record: 'запис',
  null: 'порожнє значення (null)',
  undefined: 'нічого',
};

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** The reason of one issue; our schemas' own messages are already Ukrainian and are kept. */
export function reason(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type') {
    const got = value === undefined ? 'поле відсутнє' : `записано ${TYPE_NAMES[typeOf(value)] ?? typeOf(value)}`;
    return `очікується ${TYPE_NAMES[issue.expected] ?? issue.expected}, ${got}`;
  }
  return issue.message;
}

const RECORD_WORDS: Record<string, [string, string]> = {
  priorities: ['напрям', 'title'],
  tasks: ['завдання', 'title'],
  measures: ['захід', 'title'],
  indicators: ['індикатор', 'name'],
  scenarios: ['сценарій', 'name'],
};

function at(obj: unknown, key: PropertyKey): unknown {
  return obj !== null && typeof obj === 'object' ? (obj as Record<PropertyKey, unknown>)[key] : undefined;
}

export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of path) v = at(v, k);
  return v;
}

/**
 * Splits an issue path of a programme document into the record it is in and the field:
 * `['measures', 3, 'funding', 0, 'planned']` → «захід 1.1.2 «Назва»», «funding.0.planned».
 */
export function placeInDoc(doc: unknown, path: readonly PropertyKey[]): { record: string; field: string } {
  const [table, index, ...rest] = path;
  if (table === 'programme') return { record: 'паспорт програми', field: [index, ...rest].filter((x) => x !== undefined).join('.') };
  const words = typeof table === 'string' ? RECORD_WORDS[table] : undefined;
  if (words && typeof table === 'string' && typeof index === 'number') {
    const rec = at(at(doc, table), index);
    const code = at(rec, 'code');
    const title = at(rec, words[1]);
    const name = [words[0], typeof code === 'string' && code ? code : null, typeof title === 'string' && title ? `«${short(title)}»` : null].filter(Boolean).join(' ');
    return { record: `${name} (№ ${index + 1} у списку)`, field: rest.join('.') };
  }
  return { record: 'документ', field: path.join('.') };
}

export function short(text: string, max = 50): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
