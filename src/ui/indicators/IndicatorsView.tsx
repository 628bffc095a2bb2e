import { Show, createEffect, createMemo, createSignal, on, onCleanup } from 'solid-js';
import type { Indicator } from '../../model/schema';
import { deleteIndicators, insertIndicator, linkMeasures } from '../../store/commands/indicators';
import { setMonitoring } from '../../store/commands/monitoring';
import type { Change } from '../../store/db';
import { lang } from '../../i18n';
import { fontScale, rowHeightFor } from '../app/projector';
import { useToasts } from '../common/toasts';
import { createCellNote } from '../grid/CellNote';
import { ProjectorControls } from '../grid/ProjectorControls';
import { ChecksPanel } from '../plan/ChecksPanel';
import type { Workbench } from '../state/workbench';
import { IndicatorGridController } from './indicator-grid-controller';
import { indicatorRowId } from './indicator-columns-info';
import { MeasurePicker } from './MeasurePicker';
import { tr } from './strings';
import './indicators.css';

/** Додаток 2: the indicator grid with its toolbar, the measure picker and the indicators' checks. */
export function IndicatorsView(props: { wb: Workbench; registerUndoFocus: (fn: (changes: Change[] | null) => void) => void }) {
  let host!: HTMLDivElement;
  let ctl: IndicatorGridController | undefined;
  const toasts = useToasts();
  const note = createCellNote(() => host);
  const [picking, setPicking] = createSignal<Indicator | null>(null);
  const checks = createMemo(() => props.wb.checks().filter((c) => c.location.kind === 'indicator'));
  const pid = () => props.wb.doc.programme.id;

  // A new controller for each workbench: the view stays mounted when the hash names another programme.
  createEffect(on(() => props.wb, (wb) => {
    ctl?.destroy();
    setPicking(null);
    ctl = new IndicatorGridController(wb, host, { message: note.message, pickMeasures: (ind) => setPicking(ind) }, rowHeightFor(fontScale()));
    props.registerUndoFocus((changes) => ctl?.focusChange(changes));
  }));
  onCleanup(() => ctl?.destroy());
  createEffect(on(checks, (cs) => ctl?.setChecks(cs), { defer: true }));
  createEffect(on(fontScale, (s) => ctl?.setRowHeight(rowHeightFor(s)), { defer: true }));
  createEffect(on(lang, () => ctl?.refreshColumns(), { defer: true }));

  const add = async () => {
    const after = ctl?.focusedIndicator() ?? props.wb.doc.indicators.at(-1) ?? null;
    const cmd = insertIndicator(pid(), after, after?.priorityId ?? props.wb.doc.priorities[0]?.id ?? null);
    if ((await props.wb.run(cmd)).ok) queueMicrotask(() => ctl?.focusCell(indicatorRowId(cmd.newId), 'name'));
  };
  const remove = async () => {
    const ind = ctl?.focusedIndicator();
    if (!ind) return toasts.error(tr('selectIndicator'));
    if (window.confirm(tr('confirmDeleteIndicator', { name: ind.name || ind.code }))) await props.wb.run(deleteIndicators(pid(), [ind.id]));
  };
  const pick = () => {
    const ind = ctl?.focusedIndicator();
    if (!ind) return toasts.error(tr('selectIndicator'));
    setPicking(ind);
  };

  return (
    <div class="indicators-view">
      <div class="plan-toolbar grid-toolbar" role="toolbar" aria-label={tr('indicatorsToolbar')}>
        <label class="inline" title={tr('monitoringHint')}>
          <input type="checkbox" checked={props.wb.doc.programme.monitoring} onChange={(e) => void props.wb.run(setMonitoring(pid(), e.currentTarget.checked))} data-testid="monitoring-toggle" />
          <span>{tr('monitoringOn')}</span>
        </label>
        <span class="toolbar-group">
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => void add()} data-action="add-indicator">+ {tr('addIndicator')}</button>
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => void remove()} data-action="delete-indicator">{tr('deleteIndicator')}</button>
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={pick} title={tr('linkMeasuresHint')} data-action="link-measures">{tr('linkMeasures')}</button>
        </span>
        <ProjectorControls />
      </div>
      <Show when={!props.wb.doc.indicators.length}>
        <p class="empty-note">{tr('noIndicators')}</p>
      </Show>
      <div ref={host} class="grid-host indicator-grid" data-testid="indicator-grid" />
      <note.View />
      <ChecksPanel checks={checks()} onJump={(c) => ctl?.jumpToCheck(c)} />
      <Show when={picking()}>
        {(ind) => (
          <MeasurePicker
            doc={props.wb.doc}
            indicator={ind()}
            onSave={(ids) => void props.wb.run(linkMeasures(pid(), ind().id, ids))}
            onClose={() => {
              const id = ind().id;
              setPicking(null);
              ctl?.focusCell(indicatorRowId(id), 'measures');
            }}
          />
        )}
      </Show>
    </div>
  );
}
