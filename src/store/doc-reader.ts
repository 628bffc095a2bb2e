import type { ProgrammeDoc } from '../model/schema';
import type { RecordTable } from './db';
import type { LocalReader, Reader } from './store';

/** A command asked for something the open programme does not hold (a version, another programme). */
export class NotInMemory extends Error {}

type Listed = { id: string } & Record<string, unknown>;

function listOf(doc: ProgrammeDoc, table: RecordTable): Listed[] {
  if (table === 'programmes') return [doc.programme as unknown as Listed];
  if (table === 'versions') throw new NotInMemory(table);
  return doc[table] as unknown as Listed[];
}

type ListTable = Exclude<RecordTable, 'programmes' | 'versions'>;

/**
 * Reads the open programme held in memory, synchronously. `find` looks a record up by id (the
 * caller may keep an index); without it each list is indexed on first use.
 */
export function localReader(doc: ProgrammeDoc, find?: (table: ListTable, id: string) => unknown): LocalReader {
  const indexes = new Map<RecordTable, Map<string, Listed>>();
  return {
    get<T>(table: RecordTable, id: string) {
      if (table === 'programmes') {
        if (id !== doc.programme.id) throw new NotInMemory(table);
        return doc.programme as T;
      }
      if (table === 'versions') throw new NotInMemory(table);
      if (find) return find(table, id) as T | undefined;
      let m = indexes.get(table);
      if (!m) indexes.set(table, (m = new Map(listOf(doc, table).map((r) => [r.id, r]))));
      return m.get(id) as T | undefined;
    },
  };
}

/**
 * A Reader over the open programme as it is held in memory, so a command can be planned (and
 * its effect shown) before its IndexedDB transaction has even started. The store still plans it
 * again from the stored records and writes it: this is a preview, not the record.
 */
export function docReader(doc: ProgrammeDoc): Reader {
  const local = localReader(doc);
  return {
    get: async <T>(table: RecordTable, id: string) => local.get<T>(table, id),
    async list<T>(table: RecordTable, programmeId: string) {
      if (programmeId !== doc.programme.id) throw new NotInMemory(table);
      return [...listOf(doc, table)] as T[];
    },
    async children<T>(table: 'tasks' | 'measures', field: 'priorityId' | 'taskId', parentId: string) {
      return listOf(doc, table).filter((r) => r[field] === parentId) as T[];
    },
  };
}
