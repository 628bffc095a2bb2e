import type { ProgrammeDoc } from '../../model/schema';
import type { Change } from '../../store/db';

export type ListTable = 'priorities' | 'tasks' | 'measures' | 'indicators' | 'scenarios';
const LISTS = new Set<string>(['priorities', 'tasks', 'measures', 'indicators', 'scenarios']);

/**
 * Applies record changes from the store's feed to an in-memory programme document, keeping each
 * list in `order`. Pure: returns the new lists only for the tables that changed.
 */
export function applyChanges(doc: ProgrammeDoc, changes: readonly Change[]): Partial<ProgrammeDoc> {
  const out: Partial<Record<keyof ProgrammeDoc, unknown>> = {};
  for (const c of changes) {
    if (c.table === 'programmes') {
      if (c.after && (c.after as { id: string }).id === doc.programme.id) out.programme = c.after;
      continue;
    }
    if (!LISTS.has(c.table)) continue;
    const table = c.table as ListTable;
    const list = ((out[table] as Array<{ id: string; order: number }> | undefined) ?? [...(doc[table] as Array<{ id: string; order: number }>)]);
    const i = list.findIndex((r) => r.id === c.id);
    if (c.after === null) {
      if (i >= 0) list.splice(i, 1);
    } else if (i >= 0) list[i] = c.after as { id: string; order: number };
    else list.push(c.after as { id: string; order: number });
    out[table] = list;
  }
  for (const table of LISTS) {
    const list = out[table as ListTable] as Array<{ order: number }> | undefined;
    if (list) list.sort((a, b) => a.order - b.order);
  }
  return out as Partial<ProgrammeDoc>;
}
