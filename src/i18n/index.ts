import { createSignal } from 'solid-js';
import { en } from './en';
import { uk, type MessageKey } from './uk';

export type Lang = 'uk' | 'en';
const KEY = 'hw.lang';
const dictionaries: Record<Lang, Record<MessageKey, string>> = { uk, en };

function initial(): Lang {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'uk';
  } catch {
    return 'uk';
  }
}

const [lang, setLangSignal] = createSignal<Lang>(initial());
export { lang };

/** Switches the UI language and remembers the choice. */
export function setLang(l: Lang): void {
  setLangSignal(l);
  document.documentElement.lang = l;
  try {
    localStorage.setItem(KEY, l);
  } catch {
    /* private mode: the choice lasts for this visit */
  }
}

/**
 * Translates a key, filling `{name}` placeholders. Reactive: reading it in JSX re-renders on
 * a language switch.
 * @example t('confirmDelete', { title: 'Програма' })
 */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  let s = dictionaries[lang()][key];
  if (params) for (const [k, v] of Object.entries(params)) s = s.replaceAll(`{${k}}`, String(v));
  return s;
}
