import type { FundingSource, Measure, Priority, Programme, Task } from '../model/schema';
import { short } from './indicators';

/** Ukrainian names of places in the plan, used in check messages. */
export function measureLabel(m: Measure): string {
  return `Захід ${m.code ? m.code + ' ' : ''}«${short(m.title) || '(без назви)'}»`;
}
export function taskLabel(t: Task): string {
  return `Завдання ${t.code ? t.code + ' ' : ''}«${short(t.title)}»`;
}
export function priorityLabel(p: Priority): string {
  return `Напрям ${p.code ? p.code + ' ' : ''}«${short(p.title)}»`;
}
export function programmeLabel(_p: Programme): string {
  return 'Програма';
}

export function sourceName(sources: readonly FundingSource[], id: string | null | undefined): string | null {
  if (id === null || id === undefined) return null;
  return sources.find((s) => s.id === id)?.name.toLowerCase() ?? id;
}

/** «Всього за напрямом 1, 2026 рік, державний бюджет» */
export function place(base: string, year: number | null | undefined, source: string | null): string {
  return [base, year ? `${year} рік` : null, source].filter(Boolean).join(', ');
}
