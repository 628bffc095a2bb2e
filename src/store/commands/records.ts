import type { z } from 'zod';
import { describeZodError } from '../../model/schema';
import type { Change, RecordTable } from '../db';
import { CommandRefused } from '../errors';
import { recordSchemas } from '../records';
import type { Command, LocalReader, Reader } from '../store';

export type RecordEdit = { table: Exclude<RecordTable, 'programmes' | 'versions'>; id: string; after: ({ id: string } & Record<string, unknown>) | object | null };

/**
 * A command that writes whole records: `plan` says what each touched record becomes (null:
 * deleted); this validates every new record against its schema, fills in `before` for undo,
 * and drops edits that change nothing. One invalid record refuses the whole command.
 * `local`, when given, is the same plan over the programme in memory (see Command.planLocal).
 */
export function recordsCommand(
  label: string,
  programmeId: string,
  plan: (read: Reader) => Promise<RecordEdit[]>,
  local?: (read: LocalReader) => RecordEdit[],
): Command {
  return {
    label,
    programmeId,
    async plan(read) {
      const edits = await plan(read);
      const before = new Map<string, unknown>();
      for (const e of edits) before.set(`${e.table}:${e.id}`, (await read.get(e.table, e.id)) ?? null);
      return toChanges(edits, (e) => before.get(`${e.table}:${e.id}`) ?? null);
    },
    ...(local ? { planLocal: (read: LocalReader) => toChanges(local(read), (e) => read.get(e.table, e.id) ?? null) } : {}),
  };
}

function toChanges(edits: readonly RecordEdit[], beforeOf: (e: RecordEdit) => unknown): Change[] {
  const changes: Change[] = [];
  const seen = new Set<string>();
  for (const e of edits) {
    const key = `${e.table}:${e.id}`;
    if (seen.has(key)) throw new Error(`command edits ${key} twice`);
    seen.add(key);
    const before = beforeOf(e);
    // Records are stored and sent to the engine as plain data: a copy, so nothing a caller passes
    // in (a view's reactive proxy, an object it goes on changing) ends up in the database.
    const json = e.after === null ? 'null' : JSON.stringify(e.after);
    const after = JSON.parse(json) as RecordEdit['after'];
    if (after !== null) {
      const parsed = (recordSchemas[e.table] as z.ZodType<unknown>).safeParse(after);
      if (!parsed.success) throw new CommandRefused(`Зміну не збережено: ${describeZodError(parsed.error)}.`);
    }
    if (JSON.stringify(before) === json) continue;
    changes.push({ table: e.table, id: e.id, before, after });
  }
  return changes;
}
