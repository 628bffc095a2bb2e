import { createEffect, createSignal, on, onCleanup, onMount } from 'solid-js';
import { appendMeasure, deleteMeasures, deletePriority, deleteTask, insertMeasure, insertPriority, insertTask, moveMeasure, renumber } from '../../store/commands/plan';
import { t } from '../../i18n';
import { fontScale, rowHeightFor } from '../app/projector';
import { useToasts } from '../common/toasts';
import { createCellNote } from '../grid/CellNote';
import type { Workbench } from '../state/workbench';
import { ChecksPanel } from './ChecksPanel';
import type { ColumnPreset } from './plan-columns';
import { PlanGridController, type PlanFilters } from './plan-grid-controller';
import { PlanToolbar, type RowAction } from './PlanToolbar';
import { ScenarioPanel } from '../scenarios/ScenarioPanel';

const PRESET_KEY = 'hw.preset';

/** The plan of measures (Додаток 1): toolbar, the editable grid, the checks panel. */
export function PlanView(props: { wb: Workbench; registerUndoFocus: (fn: (changes: Parameters<PlanGridController['focusChange']>[0]) => void) => void }) {
  let host!: HTMLDivElement;
  let ctl: PlanGridController | undefined;
  const [grid, setGrid] = createSignal<PlanGridController>();
  const toasts = useToasts();
  const [preset, setPreset] = createSignal<ColumnPreset>((localStorage.getItem(PRESET_KEY) as ColumnPreset | null) ?? 'by-year');
  const [filters, setFilters] = createSignal<PlanFilters>({ text: '', responsible: '', status: '' });
  const note = createCellNote(() => host);
  const message = note.message;

  onMount(() => {
    ctl = new PlanGridController(props.wb, host, { message }, preset(), rowHeightFor(fontScale()));
    setGrid(ctl);
    props.registerUndoFocus((changes) => ctl?.focusChange(changes));
    host.addEventListener('keydown', onKey, true);
  });
  onCleanup(() => {
    host?.removeEventListener('keydown', onKey, true);
    ctl?.destroy();
  });
  createEffect(on(() => props.wb.checks(), (checks) => ctl?.setChecks(checks), { defer: true }));
  createEffect(on(fontScale, (s) => ctl?.setRowHeight(rowHeightFor(s)), { defer: true }));

  const onKey = (e: KeyboardEvent) => {
    if (ctl?.api.getEditingCells().length) return;
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      e.stopPropagation();
      void act(e.key === 'ArrowUp' ? 'up' : 'down');
    } else if (e.altKey && e.key === 'Enter') {
      e.preventDefault();
      e.stopPropagation();
      void act('measure-below');
    } else if (note.visible()) note.hide();
  };

  const act = async (a: RowAction) => {
    if (!ctl) return;
    const wb = props.wb;
    // Plain records (not the reactive view of them) for looking up and building commands.
    const doc = wb.raw();
    const pid = doc.programme.id;
    const row = ctl.focusedRow();
    const measure = row?.kind === 'measure' ? doc.measures.find((m) => m.id === row.refId) : undefined;
    const task = row?.kind === 'task' ? doc.tasks.find((x) => x.id === row.refId) : measure?.taskId ? doc.tasks.find((x) => x.id === measure.taskId) : undefined;
    const priority = row && (row.kind === 'priority' || row.kind === 'subtotal') ? doc.priorities.find((p) => p.id === row.refId) : undefined;
    const focusNew = (prefix: string, id: string) => ctl!.focusCell(`${prefix}:${id}`, 'title');
    switch (a) {
      case 'measure-above':
      case 'measure-below': {
        if (measure) {
          const cmd = insertMeasure(pid, measure, a === 'measure-above' ? 'above' : 'below');
          if ((await wb.run(cmd)).ok) focusNew('m', cmd.newId);
        } else if (task) {
          const cmd = appendMeasure(pid, task);
          if ((await wb.run(cmd)).ok) focusNew('m', cmd.newId);
        } else toasts.error('Оберіть рядок заходу або завдання, щоб вставити захід.');
        break;
      }
      case 'task': {
        const ref = task ?? (priority ? doc.tasks.filter((x) => x.priorityId === priority.id).at(-1) : undefined);
        if (!ref) return toasts.error('Оберіть рядок завдання або заходу, щоб вставити завдання.');
        const cmd = insertTask(pid, ref, 'below');
        if ((await wb.run(cmd)).ok) focusNew('t', cmd.newId);
        break;
      }
      case 'priority': {
        const ref = priority ?? (measure ? doc.priorities.find((p) => p.id === measure.priorityId) : task ? doc.priorities.find((p) => p.id === task.priorityId) : doc.priorities.at(-1));
        const cmd = insertPriority(pid, ref ?? null, 'below');
        if ((await wb.run(cmd)).ok) focusNew('p', cmd.newId);
        break;
      }
      case 'delete': {
        if (measure) await wb.run(deleteMeasures(pid, [measure.id]));
        else if (row?.kind === 'task' && task) {
          if (window.confirm(t('confirmDeleteTask', { title: task.title }))) await wb.run(deleteTask(pid, task.id));
        } else if (priority) {
          if (window.confirm(t('confirmDeletePriority', { title: priority.title }))) await wb.run(deletePriority(pid, priority.id));
        }
        break;
      }
      case 'up':
      case 'down': {
        if (!measure) return toasts.error('Переміщувати можна рядки заходів.');
        const colId = ctl.api.getFocusedCell()?.column.getColId() ?? 'title';
        const r = await wb.run(moveMeasure(pid, measure.id, a === 'up' ? -1 : 1));
        if (r.ok) ctl.focusCell(`m:${measure.id}`, colId);
        break;
      }
      case 'renumber':
        await wb.run(renumber(pid));
        break;
    }
  };

  return (
    <div class="plan-view">
      <div class="plan-controls">
        <PlanToolbar
          preset={preset()}
          onPreset={(p) => {
            setPreset(p);
            localStorage.setItem(PRESET_KEY, p);
            ctl?.setPreset(p);
          }}
          filters={filters()}
          onFilters={(f) => {
            setFilters(f);
            ctl?.setFilters(f);
          }}
          onAction={(a) => void act(a)}
        />
        <ScenarioPanel wb={props.wb} grid={grid} say={message} />
      </div>
      <div ref={host} class="grid-host plan-grid" data-testid="plan-grid" />
      <note.View />
      <ChecksPanel checks={props.wb.checks()} onJump={(c) => ctl?.jumpToCheck(c)} />
    </div>
  );
}
