/**
 * What a row's text says it is: a priority or task heading (`Пріоритет 1. Цифрова економіка`,
 * `1.1. Розвиток…`, `Ціль: І.І …`), a code in front of a name (`1.1.1. Забезпечення…`), or a
 * total the document states (`Всього за напрямом 1`, `Разом за Програмою`).
 */
import { norm } from './text';

export interface Heading {
  level: 'priority' | 'task' | 'measure';
  code: string;
  title: string;
  /** named by a word («Пріоритет», «Ціль»), not only by the depth of a number */
  worded: boolean;
}

/** Arabic or Roman (Latin or Cyrillic І, Х, V…) numbering segments joined by dots. */
const SEG = '(?:\\d{1,3}|[IVXІХ]{1,6})';
const CODE = `${SEG}(?:\\.${SEG})*`;

const PRIORITY_WORDS = /^(?:таблиця\s*:?\s*)?(?:стратегічн[\p{L}']*\s+(?:напрям[\p{L}']*|ціл[\p{L}']*)|пріоритетн[\p{L}']*\s+напрям[\p{L}']*|пріоритет[\p{L}']*|напрям[\p{L}']*|розділ|заголовок)\s*[:.]?\s*(?:№\s*)?/iu;
const TASK_WORDS = /^(?:операційн[\p{L}']*\s+ціл[\p{L}']*|ціль|завдання|підзаголовок)\s*[:.]?\s*(?:№\s*)?/iu;

/**
 * Splits a leading code: «1.1.1. Назва» → { code: '1.1.1', rest: 'Назва' }. A single number
 * is a code only with a dot, bracket or colon after it («1. Назва», «2) …»): «500 активних
 * користувачів» is a name.
 */
export function splitCode(text: string): { code: string; rest: string } {
  const t = text.trim();
  const m = new RegExp(`^(${SEG}(?:\\.${SEG})+)(?:[.):]\\s*|\\s+)(.*)$`, 'su').exec(t) ?? new RegExp(`^(${SEG})[.):]\\s*(.*)$`, 'su').exec(t);
  if (!m || !m[2]) {
    const only = new RegExp(`^(${CODE})[.)]?$`, 'u').exec(t);
    return only && !/^\d{4}$/.test(only[1]!) ? { code: only[1]!, rest: '' } : { code: '', rest: t };
  }
  // «100 %», «0,5»: a number that is not a code.
  if (/^[%‰\d]/.test(m[2])) return { code: '', rest: t };
  return { code: m[1]!, rest: m[2].trim() };
}

const depth = (code: string): number => (code ? code.split('.').length : 0);

/**
 * A heading row's text as a priority or task: by its words («Пріоритет», «Ціль»), else by the
 * depth of its code (`1.` a priority, `1.1.` a task, `1.1.1.` a measure).
 */
export function parseHeading(text: string): Heading | null {
  const t = text.trim();
  const pw = PRIORITY_WORDS.exec(t);
  if (pw) {
    const { code, rest } = splitCode(t.slice(pw[0].length));
    return { level: 'priority', code, title: rest || t, worded: true };
  }
  const tw = TASK_WORDS.exec(t);
  if (tw) {
    const { code, rest } = splitCode(t.slice(tw[0].length));
    return { level: 'task', code, title: rest || t, worded: true };
  }
  const { code, rest } = splitCode(t);
  if (!code || !rest) return null;
  const d = depth(code);
  return { level: d === 1 ? 'priority' : d === 2 ? 'task' : 'measure', code, title: rest, worded: false };
}

export interface TotalLabel {
  scope: 'programme' | 'priority' | 'task';
  /** the code in «Всього за напрямом 2», if any */
  code: string;
  label: string;
}

const TOTAL = /^(?:всього|усього|разом|загалом|підсумок)(?:\s+(?:за|по)\s+(напрям[\p{L}']*|пріоритет[\p{L}']*|завдання[\p{L}']*|завданням|розділ[\p{L}']*|ціл[\p{L}']*|програм[\p{L}']*))?\s*(?:№\s*)?(\d+(?:\.\d+)*)?\s*[.:]?$/iu;

/** «Всього за напрямом 1» → priority 1; «Разом за Програмою», a bare «Усього» → the programme. */
export function parseTotalLabel(text: string): TotalLabel | null {
  const m = TOTAL.exec(norm(text));
  if (!m) return null;
  const what = (m[1] ?? '').toLowerCase();
  const scope = what.startsWith('напрям') || what.startsWith('пріоритет') || what.startsWith('розділ') || what.startsWith('ціл')
    ? 'priority'
    : what.startsWith('завдан') ? 'task' : 'programme';
  return { scope, code: m[2] ?? '', label: text.trim() };
}
