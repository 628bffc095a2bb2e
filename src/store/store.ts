import type { ProgrammeDoc, Programme, Version } from '../model/schema';
import { programmeSchema, versionSchema, describeZodError } from '../model/schema';
import { z } from 'zod';
import type { Change, HistoryEntry, RecordTable, Row, WorkbenchDb } from './db';
import { createDb, RECORD_TABLES } from './db';
import type { StoreError } from './errors';
import { CommandRefused, InvalidRecordError, toStoreError } from './errors';
import { ChangeFeed, type FeedMessage } from './feed';
import { recordSchemas } from './records';

/** Reads records inside a command's transaction. */
export interface Reader {
  get<T>(table: RecordTable, id: string): Promise<T | undefined>;
  list<T>(table: RecordTable, programmeId: string): Promise<T[]>;
  /** children of a parent, in order: tasks by priorityId, measures by taskId or priorityId */
  children<T>(table: 'tasks' | 'measures', field: 'priorityId' | 'taskId', parentId: string): Promise<T[]>;
}

/** Reads records synchronously from a programme held in memory. */
export interface LocalReader {
  get<T>(table: RecordTable, id: string): T | undefined;
}

/**
 * A user action: reads what it needs and returns the record changes it makes. It must not
 * write itself; the store writes all changes and the history entry in one transaction.
 * It may be planned more than once (over the programme in memory to show it at once, then over
 * the stored records to write it), so planning must depend on the records read only: ids and
 * timestamps are made when the command is created.
 */
export interface Command {
  label: string;
  programmeId: string;
  plan(read: Reader): Promise<Change[]>;
  /**
   * The same plan over the open programme in memory, synchronously, for the commands people
   * repeat all day (typing, pasting): their effect is shown before the store has written it.
   */
  planLocal?(read: LocalReader): Change[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: StoreError };

export interface HistoryState {
  undo: string | null;
  redo: string | null;
}

const HISTORY_LIMIT = 300;

/**
 * The app's one store: programmes in IndexedDB, every mutation a command applied in one
 * transaction with its undo entry, and a change feed that tells this tab and every other tab
 * which records changed.
 */
export class Store {
  readonly feed: ChangeFeed;
  private closedBecause: StoreError | null = null;

  private constructor(readonly db: WorkbenchDb) {
    this.feed = new ChangeFeed(db.name);
    db.on('versionchange', () => {
      // Another tab upgrades the schema: close instead of blocking it, and say so.
      db.close();
      this.closedBecause = {
        type: 'version-change',
        message: 'Програму оновлено в іншій вкладці. Перезавантажте цю сторінку, щоб продовжити роботу: до перезавантаження зміни тут не зберігаються.',
      };
      this.feed.local({ kind: 'closed', reason: this.closedBecause });
      return false;
    });
  }

  /** Opens (and if needed upgrades) the database. */
  static async open(name?: string): Promise<Result<Store>> {
    try {
      if (typeof indexedDB === 'undefined') throw Object.assign(new Error('no indexedDB'), { name: 'MissingAPIError' });
      const db = createDb(name);
      await db.open();
      return { ok: true, value: new Store(db) };
    } catch (e) {
      return { ok: false, error: toStoreError(e) };
    }
  }

  /** Why the store no longer saves (another tab upgraded the schema), or null. */
  get closed(): StoreError | null {
    return this.closedBecause;
  }

  close(): void {
    this.db.close();
    this.feed.close();
  }

  async listProgrammes(): Promise<Result<Programme[]>> {
    return this.guard(async () => {
      const rows = await this.db.programmes.toArray();
      return rows.map((r) => parseRecord(programmeSchema, 'programmes', r)).sort((a, b) => a.title.localeCompare(b.title, 'uk'));
    });
  }

  /** The whole programme, every record validated; a broken record fails the load, nothing is changed. */
  async loadDoc(programmeId: string): Promise<Result<ProgrammeDoc>> {
    return this.guard(() =>
      this.db.transaction('r', [...RECORD_TABLES], async () => {
        const programme = await this.db.programmes.get(programmeId);
        if (!programme) throw new CommandRefused('Програму не знайдено: можливо, її видалено в іншій вкладці.');
        const part = async (t: RecordTable) => (await this.db[t].where('programmeId').equals(programmeId).toArray()).sort(byOrder);
        // Each record is validated once, by its own schema (the whole-document schema adds nothing).
        const list = async <K extends 'priorities' | 'tasks' | 'measures' | 'indicators' | 'scenarios'>(t: K) =>
          (await part(t)).map((r) => parseRecord(recordSchemas[t] as unknown as z.ZodType<ProgrammeDoc[K][number]>, t, r));
        const [priorities, tasks, measures, indicators, scenarios] = await Promise.all([list('priorities'), list('tasks'), list('measures'), list('indicators'), list('scenarios')]);
        return { programme: parseRecord(programmeSchema, 'programmes', programme), priorities, tasks, measures, indicators, scenarios };
      }),
    );
  }

  async listVersions(programmeId: string): Promise<Result<Version[]>> {
    return this.guard(async () => {
      const rows = await this.db.versions.where('programmeId').equals(programmeId).toArray();
      return rows.map((r) => parseRecord(versionSchema, 'versions', r)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    });
  }

  /**
   * Runs a command: all its changes and its history entry in one transaction, or nothing.
   * `echo: false` leaves this tab's listeners out (other tabs still hear of it): the caller has
   * already shown the changes and reconciles them with the result itself.
   */
  async run(command: Command, opts: { echo?: boolean } = {}): Promise<Result<Change[]>> {
    const res = await this.guard(() =>
      this.db.transaction('rw', [...RECORD_TABLES, 'history'], async () => {
        const changes = await command.plan(this.reader());
        if (changes.length === 0) return changes;
        await this.write(changes, 'after');
        const h = this.db.history;
        await h.where('[programmeId+state]').equals([command.programmeId, 'undone']).delete();
        await h.add({ programmeId: command.programmeId, label: command.label, changes, state: 'done', at: new Date().toISOString() });
        const count = await h.where('programmeId').equals(command.programmeId).count();
        if (count > HISTORY_LIMIT) {
          const oldest = await h.where('programmeId').equals(command.programmeId).limit(count - HISTORY_LIMIT).primaryKeys();
          await h.bulkDelete(oldest);
        }
        return changes;
      }),
    );
    if (res.ok && res.value.length) this.feed.publish({ kind: 'changes', programmeId: command.programmeId, changes: res.value, label: command.label }, opts.echo ?? true);
    return res;
  }

  /** Undoes the last command on this programme; refuses when another tab changed the same records since. */
  async undo(programmeId: string): Promise<Result<{ label: string; changes: Change[] } | null>> {
    return this.step(programmeId, 'undo');
  }

  async redo(programmeId: string): Promise<Result<{ label: string; changes: Change[] } | null>> {
    return this.step(programmeId, 'redo');
  }

  /** The stored records as they are now (after a failed write, to show what is really kept). */
  async current(refs: ReadonlyArray<{ table: RecordTable; id: string }>): Promise<Result<Array<Row | null>>> {
    return this.guard(() => this.db.transaction('r', [...new Set(refs.map((r) => r.table))], () => Promise.all(refs.map(async (r) => ((await this.db[r.table].get(r.id)) as Row | undefined) ?? null))));
  }

  async history(programmeId: string): Promise<HistoryState> {
    const entries = await this.db.history.where('programmeId').equals(programmeId).toArray();
    const done = entries.filter((e) => e.state === 'done');
    const undone = entries.filter((e) => e.state === 'undone');
    return { undo: done.at(-1)?.label ?? null, redo: undone[0]?.label ?? null };
  }

  /** Every stored record as it is, unvalidated: the rescue download when something cannot be read. */
  async rawDump(): Promise<Record<string, unknown[]>> {
    const out: Record<string, unknown[]> = {};
    for (const t of [...RECORD_TABLES, 'history'] as const) out[t] = await this.db.table(t).toArray();
    return out;
  }

  private async step(programmeId: string, dir: 'undo' | 'redo'): Promise<Result<{ label: string; changes: Change[] } | null>> {
    const res = await this.guard(() =>
      this.db.transaction('rw', [...RECORD_TABLES, 'history'], async () => {
        const coll = this.db.history.where('[programmeId+state]').equals([programmeId, dir === 'undo' ? 'done' : 'undone']);
        const entries = await coll.sortBy('seq');
        const entry: HistoryEntry | undefined = dir === 'undo' ? entries.at(-1) : entries[0];
        if (!entry) return null;
        const from = dir === 'undo' ? 'after' : 'before';
        for (const c of entry.changes) {
          const current = (await this.db[c.table].get(c.id)) ?? null;
          if (!sameRecord(current, c[from])) {
            throw new CommandRefused(
              `Неможливо ${dir === 'undo' ? 'скасувати' : 'повторити'} «${entry.label}»: ці дані вже змінено (можливо, в іншій вкладці).`,
              'conflict',
            );
          }
        }
        const changes: Change[] =
          dir === 'undo' ? entry.changes.map((c) => ({ ...c, before: c.after, after: c.before })).reverse() : entry.changes;
        await this.write(changes, 'after');
        await this.db.history.update(entry.seq!, { state: dir === 'undo' ? 'undone' : 'done' });
        return { label: entry.label, changes };
      }),
    );
    if (res.ok && res.value) this.feed.publish({ kind: 'changes', programmeId, changes: res.value.changes, label: res.value.label });
    return res;
  }

  private async write(changes: readonly Change[], side: 'after'): Promise<void> {
    for (const c of changes) {
      const value = c[side] as Row | null;
      if (value === null) await this.db[c.table].delete(c.id);
      else await this.db[c.table].put(value);
    }
  }

  private reader(): Reader {
    return {
      get: async <T>(table: RecordTable, id: string) => (await this.db[table].get(id)) as T | undefined,
      list: async <T>(table: RecordTable, programmeId: string) =>
        (await this.db[table].where('programmeId').equals(programmeId).toArray()).sort(byOrder) as T[],
      children: async <T>(table: 'tasks' | 'measures', field: 'priorityId' | 'taskId', parentId: string) =>
        (await this.db[table].where(field).equals(parentId).toArray()).sort(byOrder) as T[],
    };
  }

  private async guard<T>(fn: () => Promise<T>): Promise<Result<T>> {
    if (this.closedBecause) return { ok: false, error: this.closedBecause };
    try {
      return { ok: true, value: await fn() };
    } catch (e) {
      return { ok: false, error: toStoreError(e) };
    }
  }
}

export type { FeedMessage };

function byOrder(a: Row, b: Row): number {
  return ((a['order'] as number) ?? 0) - ((b['order'] as number) ?? 0);
}

function parseRecord<T>(schema: z.ZodType<T>, table: string, raw: unknown): T {
  const r = schema.safeParse(raw);
  if (!r.success) throw new InvalidRecordError(table, String((raw as { id?: unknown })?.id ?? '?'), describeZodError(r.error));
  return r.data;
}

function sameRecord(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
