import Dexie, { type Table } from 'dexie';

/** One record write: the store keeps both sides so that every command can be undone. */
export interface Change {
  table: RecordTable;
  id: string;
  before: unknown | null;
  after: unknown | null;
}

export interface HistoryEntry {
  seq?: number;
  programmeId: string;
  label: string;
  changes: Change[];
  state: 'done' | 'undone';
  at: string;
}

export const RECORD_TABLES = ['programmes', 'priorities', 'tasks', 'measures', 'indicators', 'scenarios', 'versions'] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];

/** Records are kept as plain objects and validated by the model's schemas when read. */
export type Row = { id: string; programmeId?: string } & Record<string, unknown>;

export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: import("dexie").Transaction) => PromiseLike<unknown> | void;
}

/**
 * Schema versions. To change the schema, append a migration; never edit a shipped one.
 * Version 1: the normalised programme records, frozen versions and the undo history.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    stores: {
      programmes: 'id',
      priorities: 'id, programmeId',
      tasks: 'id, programmeId, priorityId',
      measures: 'id, programmeId, taskId, priorityId',
      indicators: 'id, programmeId',
      scenarios: 'id, programmeId',
      versions: 'id, programmeId',
      history: '++seq, programmeId, [programmeId+state]',
    },
  },
];

export type WorkbenchDb = Dexie & { history: Table<HistoryEntry, number> } & { [K in RecordTable]: Table<Row, string> };

export const DB_NAME = 'hromada-workbench';

export function createDb(name = DB_NAME, migrations: readonly Migration[] = MIGRATIONS): WorkbenchDb {
  // Relaxed durability: a commit returns once written, without waiting for the disk flush.
  // Typing must not wait on fsync; the record is still saved and a crash loses at most the last moment.
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' }) as WorkbenchDb;
  for (const m of migrations) {
    const v = db.version(m.version).stores(m.stores);
    if (m.upgrade) v.upgrade(m.upgrade);
  }
  return db;
}
