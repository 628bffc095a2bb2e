import type { Check } from './checks';
import { make } from './checks';

/** Every row sharing a code gets a warning naming the others. */
export function duplicateCodeChecks(kind: 'measure' | 'task', code: string, items: ReadonlyArray<{ id: string; label: string }>): Check[] {
  if (items.length < 2) return [];
  const what = kind === 'measure' ? 'заходів' : 'завдань';
  return items.map((it) =>
    make('duplicate-code', 'warning', { kind, id: it.id, field: 'code' }, it.label,
      `${it.label}: номер «${code}» мають ${items.length} ${what}. Змініть номер, щоб він був унікальним, або перенумеруйте автоматично.`),
  );
}
