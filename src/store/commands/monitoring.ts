import type { Kop } from '../../model/money';
import { setActual } from '../../model/plan-ops';
import type { Measure } from '../../model/schema';
import { CommandRefused } from '../errors';
import type { Command } from '../store';
import { editMeasures } from './plan';
import { updateProgramme } from './programme';

/** Turns monitoring (actuals and statuses next to the plan) on or off for a programme. */
export function setMonitoring(programmeId: string, on: boolean): Command {
  return updateProgramme(programmeId, on ? 'Увімкнення моніторингу' : 'Вимкнення моніторингу', (p) => ({ ...p, monitoring: on }));
}

export interface ActualAssignment {
  measureId: string;
  year: number;
  sourceId: string;
  /** null clears the actual */
  amount: Kop | null;
}

/**
 * Writes actual amounts into measures' (year, source) cells — typed, pasted or imported from a
 * budget-execution file — as one command: one transaction and one undo step.
 */
export function applyActuals(programmeId: string, label: string, assignments: readonly ActualAssignment[]): Command {
  const byMeasure = new Map<string, ActualAssignment[]>();
  for (const a of assignments) {
    const list = byMeasure.get(a.measureId);
    if (list) list.push(a);
    else byMeasure.set(a.measureId, [a]);
  }
  if (!byMeasure.size) return { label, programmeId, plan: async () => [] };
  return editMeasures(
    programmeId,
    label,
    [...byMeasure].map(([id, list]) => ({ id, edit: (m: Measure) => list.reduce((acc, a) => setActual(acc, a.year, a.sourceId, a.amount), m) })),
  );
}

/**
 * Sets the budget programme codes (КПКВК) of measures, by which spending is imported. A code
 * must be digits only (4 to 10 of them: `0117330`, `7330`).
 */
export function setBudgetCodes(programmeId: string, measureId: string, codes: readonly string[]): Command {
  const bad = codes.filter((c) => !/^\d{4,10}$/.test(c));
  if (bad.length) {
    return {
      label: 'Коди КПКВК',
      programmeId,
      plan: async () => {
        throw new CommandRefused(`«${bad.join(', ')}» — не код бюджетної програми. Введіть коди КПКВК цифрами через кому, наприклад 0117330, 0116030.`);
      },
    };
  }
  return editMeasures(programmeId, 'Коди КПКВК', [{ id: measureId, edit: (m) => ({ ...m, budgetCodes: [...new Set(codes)] }) }]);
}
