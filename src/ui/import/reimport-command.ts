import type { z } from 'zod';
import type { ReimportPlan } from '../../io/reimport';
import { describeZodError, programmeSchema } from '../../model/schema';
import type { Change } from '../../store/db';
import { CommandRefused } from '../../store/errors';
import { recordSchemas } from '../../store/records';
import type { Command } from '../../store/store';

/**
 * Re-import as one undoable command: the programme record and every added, changed and removed
 * priority, task, measure and indicator in one transaction. Each record is validated first;
 * one invalid record refuses the whole command, so nothing is half-written.
 */
export function reimportCommand(plan: ReimportPlan, label: string): Command {
  return {
    label,
    programmeId: plan.programme.id,
    async plan(read) {
      const before = await read.get<{ id: string }>('programmes', plan.programme.id);
      if (!before) throw new CommandRefused('Програму не знайдено: можливо, її видалено в іншій вкладці. Нічого не змінено.');
      const prog = programmeSchema.safeParse(plan.programme);
      if (!prog.success) throw new CommandRefused(`Програму не оновлено: ${describeZodError(prog.error)}.`);
      const changes: Change[] = [{ table: 'programmes', id: plan.programme.id, before, after: prog.data }];
      for (const e of plan.edits) {
        const old = (await read.get<{ id: string }>(e.table, e.id)) ?? null;
        if (e.after !== null) {
          const r = (recordSchemas[e.table] as z.ZodType<unknown>).safeParse(e.after);
          if (!r.success) throw new CommandRefused(`Програму не оновлено: ${describeZodError(r.error)}.`);
        }
        if (JSON.stringify(old) === JSON.stringify(e.after)) continue;
        changes.push({ table: e.table, id: e.id, before: old, after: e.after });
      }
      return changes;
    },
  };
}
