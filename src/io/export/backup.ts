/**
 * JSON backup of everything: every programme document with its frozen versions and, if asked,
 * its undo history; and the validation that a file is such a backup before anything is restored.
 *
 * The file says what it is (`format`) and which layout it has (`formatVersion`), so that a later
 * release can migrate an old backup and this one can refuse a newer one instead of misreading it.
 * Restoring is all or nothing: the first problem found is returned with the programme, the record
 * and the field it is in, and nothing of the file is used.
 */
import { z } from 'zod';
import type { ProgrammeDoc, Version } from '../../model/schema';
import { indicatorSchema, measureSchema, prioritySchema, programmeDocSchema, programmeSchema, scenarioSchema, taskSchema, versionSchema } from '../../model/schema';
import { placeInDoc, reason, short, valueAt } from './backup-names';

export const BACKUP_FORMAT = 'hromada-workbench-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** The tables an undo step may touch (the store's RECORD_TABLES, restated: io may not import the store). */
export const HISTORY_TABLES = ['programmes', 'priorities', 'tasks', 'measures', 'indicators', 'scenarios', 'versions'] as const;

const historyChangeSchema = z.object({
  table: z.enum(HISTORY_TABLES),
  id: z.string().min(1),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});

/** One undo step as the store keeps it (src/store/db.ts HistoryEntry). */
export const historyEntrySchema = z.object({
  seq: z.number().int().optional(),
  programmeId: z.string().min(1),
  label: z.string(),
  changes: z.array(historyChangeSchema),
  state: z.enum(['done', 'undone']),
  at: z.string(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

const RECORD_SCHEMAS: Record<(typeof HISTORY_TABLES)[number], z.ZodType> = {
  programmes: programmeSchema,
  priorities: prioritySchema,
  tasks: taskSchema,
  measures: measureSchema,
  indicators: indicatorSchema,
  scenarios: scenarioSchema,
  versions: versionSchema,
};

export interface BackupProgramme {
  doc: ProgrammeDoc;
  versions: Version[];
  history?: HistoryEntry[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  createdAt: string;
  programmes: BackupProgramme[];
}

export type BackupErrorCode =
  | 'not-json'
  | 'not-a-backup'
  | 'newer-format'
  | 'bad-programme'
  | 'bad-version'
  | 'bad-history'
  | 'duplicate-programme'
  | 'foreign-record';

export interface BackupError {
  code: BackupErrorCode;
  /** Ukrainian; names the programme, the record and the field */
  message: string;
}

export type BackupResult = { ok: true; value: Backup } | { ok: false; error: BackupError };

/**
 * @example
 *   const text = createBackup([{ doc, versions }], { createdAt: new Date().toISOString() });
 *   const back = parseBackup(text); // back.ok && back.value.programmes[0].doc
 */
export function createBackup(programmes: readonly BackupProgramme[], opts: { createdAt?: string; includeHistory?: boolean } = {}): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: opts.createdAt ?? new Date().toISOString(),
    programmes: programmes.map((p) => ({
      doc: p.doc,
      versions: p.versions,
      ...(opts.includeHistory && p.history ? { history: p.history } : {}),
    })),
  };
  return JSON.stringify(backup, null, 1);
}

const fail = (code: BackupErrorCode, message: string): BackupResult => ({ ok: false, error: { code, message } });

export function parseBackup(text: string): BackupResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    return fail('not-json', `Файл не є JSON: ${e instanceof Error ? e.message : String(e)}. Оберіть файл резервної копії (.json), збережений цим застосунком.`);
  }
  const envelope = z
    .object({ format: z.literal(BACKUP_FORMAT), formatVersion: z.number().int(), createdAt: z.string(), programmes: z.array(z.unknown()) })
    .safeParse(raw);
  if (!envelope.success) {
    return fail('not-a-backup', 'Це не резервна копія Hromada Workbench: немає позначки формату або списку програм. Оберіть файл, збережений командою «Резервна копія».');
  }
  const env = envelope.data;
  if (env.formatVersion > BACKUP_FORMAT_VERSION) {
    return fail('newer-format', `Резервну копію створено новішою версією застосунку (формат ${env.formatVersion}, ця версія читає до ${BACKUP_FORMAT_VERSION}). Оновіть застосунок і спробуйте знову.`);
  }
  if (env.formatVersion < 1) return fail('not-a-backup', `Невідома версія формату резервної копії: ${env.formatVersion}.`);

  const programmes: BackupProgramme[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < env.programmes.length; i++) {
    const item = env.programmes[i];
    const rawDoc = valueAt(item, ['doc']);
    const title = valueAt(rawDoc, ['programme', 'title']);
    const who = `Програма ${i + 1}${typeof title === 'string' && title ? ` «${short(title)}»` : ''}`;
    const doc = programmeDocSchema.safeParse(rawDoc);
    if (!doc.success) {
      const issue = doc.error.issues[0]!;
      const { record, field } = placeInDoc(rawDoc, issue.path);
      return fail('bad-programme', `${who}: ${record}${field ? `, поле «${field}»` : ''}: ${reason(issue, valueAt(rawDoc, issue.path))}.`);
    }
    const pid = doc.data.programme.id;
    const dup = seen.get(pid);
    if (dup !== undefined) return fail('duplicate-programme', `${who} має той самий ідентифікатор «${pid}», що й програма ${dup + 1}. Одна програма не може бути в копії двічі.`);
    seen.set(pid, i);
    const foreign = foreignRecord(doc.data);
    if (foreign) return fail('foreign-record', `${who}: ${foreign} належить іншій програмі (programmeId не «${pid}»). Копію пошкоджено.`);

    const rawVersions = valueAt(item, ['versions']) ?? [];
    if (!Array.isArray(rawVersions)) return fail('bad-version', `${who}: поле «versions» має бути списком редакцій.`);
    const versions: Version[] = [];
    for (let v = 0; v < rawVersions.length; v++) {
      const rv: unknown = rawVersions[v];
      const name = valueAt(rv, ['name']);
      const vWho = `${who}, редакція ${v + 1}${typeof name === 'string' && name ? ` «${short(name)}»` : ''}`;
      const parsed = versionSchema.safeParse(rv);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const [head, ...rest] = issue.path;
        const where = head === 'doc' ? placeInDoc(valueAt(rv, ['doc']), rest) : { record: 'редакція', field: issue.path.join('.') };
        return fail('bad-version', `${vWho}: ${where.record}${where.field ? `, поле «${where.field}»` : ''}: ${reason(issue, valueAt(rv, issue.path))}.`);
      }
      if (parsed.data.programmeId !== pid || parsed.data.doc.programme.id !== pid) return fail('foreign-record', `${vWho} належить іншій програмі (programmeId не «${pid}»).`);
      versions.push(parsed.data);
    }

    const rawHistory = valueAt(item, ['history']);
    const entry: BackupProgramme = { doc: doc.data, versions };
    if (rawHistory !== undefined) {
      const history = parseHistory(rawHistory, pid, who);
      if (!history.ok) return history.result;
      entry.history = history.value;
    }
    programmes.push(entry);
  }
  return { ok: true, value: { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, createdAt: env.createdAt, programmes } };
}

function foreignRecord(doc: ProgrammeDoc): string | null {
  const pid = doc.programme.id;
  const lists: Array<[unknown[], string]> = [
    [doc.priorities, 'priorities'],
    [doc.tasks, 'tasks'],
    [doc.measures, 'measures'],
    [doc.indicators, 'indicators'],
    [doc.scenarios, 'scenarios'],
  ];
  for (const [list, table] of lists) {
    const i = list.findIndex((r) => valueAt(r, ['programmeId']) !== pid);
    if (i >= 0) return placeInDoc(doc, [table, i]).record;
  }
  return null;
}

function parseHistory(raw: unknown, pid: string, who: string): { ok: true; value: HistoryEntry[] } | { ok: false; result: BackupResult } {
  const bad = (message: string): { ok: false; result: BackupResult } => ({ ok: false, result: fail('bad-history', `${who}, історія змін: ${message}`) });
  if (!Array.isArray(raw)) return bad('поле «history» має бути списком кроків.');
  const out: HistoryEntry[] = [];
  for (let i = 0; i < raw.length; i++) {
    const step: unknown = raw[i];
    const parsed = historyEntrySchema.safeParse(step);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return bad(`крок ${i + 1}, поле «${issue.path.join('.')}»: ${reason(issue, valueAt(step, issue.path))}.`);
    }
    const e = parsed.data;
    const label = `крок ${i + 1} «${short(e.label)}»`;
    if (e.programmeId !== pid) return bad(`${label} належить іншій програмі.`);
    for (let c = 0; c < e.changes.length; c++) {
      const ch = e.changes[c]!;
      for (const side of ['before', 'after'] as const) {
        const value = ch[side];
        if (value === null || value === undefined) continue;
        const r = RECORD_SCHEMAS[ch.table].safeParse(value);
        if (!r.success) {
          const issue = r.error.issues[0]!;
          const sideWord = side === 'before' ? 'стан до зміни' : 'стан після зміни';
          return bad(`${label}, зміна ${c + 1} (${ch.table} «${ch.id}», ${sideWord}), поле «${issue.path.join('.')}»: ${reason(issue, valueAt(value, issue.path))}.`);
        }
      }
    }
    out.push(e);
  }
  return { ok: true, value: out };
}
