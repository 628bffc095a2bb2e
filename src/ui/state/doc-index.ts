import type { ProgrammeDoc } from '../../model/schema';
import type { ListTable } from './apply-changes';

/**
 * Where each record sits in the open programme's lists, by id: typing in a 10,000-measure plan
 * must not scan the list on every keystroke. Built per list on first use; forget() after any
 * change that adds, removes or reorders records.
 */
export class DocIndex {
  private positions = new Map<ListTable, Map<string, number>>();

  constructor(private readonly raw: () => ProgrammeDoc) {}

  position(table: ListTable, id: string): number {
    let m = this.positions.get(table);
    if (!m) {
      m = new Map();
      const list = this.raw()[table] as ReadonlyArray<{ id: string }>;
      for (let i = 0; i < list.length; i++) m.set(list[i]!.id, i);
      this.positions.set(table, m);
    }
    return m.get(id) ?? -1;
  }

  record<T>(table: ListTable, id: string): T | undefined {
    const i = this.position(table, id);
    return i < 0 ? undefined : ((this.raw()[table] as unknown[])[i] as T);
  }

  forget(): void {
    this.positions.clear();
  }
}
