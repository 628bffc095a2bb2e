import { newId } from '../../model/ids';
import { orderBetween } from '../../model/plan-ops';
import type { Indicator } from '../../model/schema';
import { CommandRefused } from '../errors';
import type { Command } from '../store';
import { recordsCommand } from './records';

export interface IndicatorEdit {
  id: string;
  edit: (ind: Indicator) => Indicator;
}

/** Edits indicators (a typed value, a pasted block, cleared cells) as one command and one undo step. */
export function editIndicators(programmeId: string, label: string, edits: readonly IndicatorEdit[]): Command {
  return recordsCommand(label, programmeId, async (read) => {
    const out = [];
    for (const e of edits) {
      const ind = await read.get<Indicator>('indicators', e.id);
      if (!ind) throw new CommandRefused('Індикатор не знайдено: можливо, його видалено в іншій вкладці. Зміну не збережено.');
      out.push({ table: 'indicators' as const, id: ind.id, after: e.edit(ind) });
    }
    return out;
  });
}

/** Links an indicator to the measures that drive it (replacing its links). */
export function linkMeasures(programmeId: string, indicatorId: string, measureIds: readonly string[]): Command {
  return editIndicators(programmeId, 'Зв’язок індикатора із заходами', [{ id: indicatorId, edit: (ind) => ({ ...ind, measureIds: [...new Set(measureIds)] }) }]);
}

/** Adds an empty indicator after another (or at the end), in the same priority. */
export function insertIndicator(programmeId: string, after: Indicator | null, priorityId: string | null): Command & { newId: string } {
  const id = newId('i-');
  const cmd = recordsCommand('Додавання індикатора', programmeId, async (read) => {
    const all = (await read.list<Indicator>('indicators', programmeId)).sort((a, b) => a.order - b.order);
    const i = after ? all.findIndex((x) => x.id === after.id) : all.length - 1;
    const order = orderBetween(all[i]?.order, all[i + 1]?.order);
    const ind: Indicator = {
      id,
      programmeId,
      priorityId: after?.priorityId ?? priorityId,
      priorityText: after?.priorityText ?? '',
      code: '',
      name: '',
      unit: '%',
      unitKind: 'percent',
      direction: 'higher',
      baseline: null,
      targets: {},
      actuals: {},
      declaredDynamics: '',
      measureIds: [],
      order,
    };
    return [{ table: 'indicators', id, after: ind }];
  });
  return { ...cmd, newId: id };
}

export function deleteIndicators(programmeId: string, ids: readonly string[]): Command {
  return recordsCommand(ids.length === 1 ? 'Видалення індикатора' : `Видалення ${ids.length} індикаторів`, programmeId, async () =>
    ids.map((id) => ({ table: 'indicators' as const, id, after: null })),
  );
}
