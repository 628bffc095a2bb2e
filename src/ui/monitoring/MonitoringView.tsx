import { For, Show, createEffect, createMemo, createSignal, on, onCleanup } from 'solid-js';
import type { Change } from '../../store/db';
import { lang } from '../../i18n';
import { fontScale, rowHeightFor } from '../app/projector';
import { useToasts } from '../common/toasts';
import { createCellNote } from '../grid/CellNote';
import { ProjectorControls } from '../grid/ProjectorControls';
import { ChecksPanel } from '../plan/ChecksPanel';
import { tr } from '../indicators/strings';
import type { Workbench } from '../state/workbench';
import { BudgetImportDialog } from './BudgetImportDialog';
import { ExecutionSummary } from './ExecutionSummary';
import { MonitoringGridController } from './monitoring-grid-controller';
import { downloadMonitoringReport, type Quarter } from './report';
import '../indicators/indicators.css';
import './monitoring.css';

const YEAR_KEY = 'hw.monitoringYear';

/** The year a view opens on: the one chosen last time, else this calendar year inside the period, else its nearest end. */
function initialYear(start: number, end: number, programmeId: string): number {
  const saved = Number(sessionStorage.getItem(`${YEAR_KEY}.${programmeId}`));
  if (saved >= start && saved <= end) return saved;
  return Math.min(end, Math.max(start, new Date().getFullYear()));
}

/** Monitoring: plan against actual for a chosen year, execution, statuses, import of spending, the report. */
export function MonitoringView(props: { wb: Workbench; registerUndoFocus: (fn: (changes: Change[] | null) => void) => void }) {
  let host!: HTMLDivElement;
  let ctl: MonitoringGridController | undefined;
  const toasts = useToasts();
  const note = createCellNote(() => host);
  const p = () => props.wb.doc.programme;
  const [year, setYear] = createSignal(initialYear(p().startYear, p().endYear, p().id));
  const [all, setAll] = createSignal(false);
  const [quarter, setQuarter] = createSignal<Quarter | 0>(0);
  const [importing, setImporting] = createSignal(false);
  const years = createMemo(() => Array.from({ length: p().endYear - p().startYear + 1 }, (_, i) => p().startYear + i));
  const checks = createMemo(() => props.wb.checks().filter((c) => c.location.kind === 'measure' && c.key.endsWith('|actual')));

  // A new controller for each workbench: the view stays mounted when the hash names another programme.
  createEffect(on(() => props.wb, (wb, prev) => {
    ctl?.destroy();
    const y = prev ? initialYear(wb.doc.programme.startYear, wb.doc.programme.endYear, wb.doc.programme.id) : year();
    setYear(y);
    ctl = new MonitoringGridController(wb, host, { message: note.message }, y, all(), rowHeightFor(fontScale()));
    props.registerUndoFocus((changes) => ctl?.focusChange(changes));
  }));
  onCleanup(() => ctl?.destroy());
  createEffect(on([year, all], ([y, a]) => {
    sessionStorage.setItem(`${YEAR_KEY}.${p().id}`, String(y));
    ctl?.setYear(y, a);
  }, { defer: true }));
  createEffect(on(() => props.wb.checks(), (cs) => ctl?.setChecks(cs), { defer: true }));
  createEffect(on(fontScale, (s) => ctl?.setRowHeight(rowHeightFor(s)), { defer: true }));
  createEffect(on(lang, () => ctl?.refreshColumns(), { defer: true }));
  // The period may change in the passport while this view is open.
  createEffect(() => {
    const y = year();
    if (y < p().startYear || y > p().endYear) setYear(Math.min(p().endYear, Math.max(p().startYear, y)));
  });

  const report = async () => {
    try {
      const name = await downloadMonitoringReport(props.wb.doc, year(), quarter() || undefined);
      toasts.info(tr('reportReady', { file: name }));
    } catch (e) {
      toasts.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div class="monitoring-view">
      <div class="plan-toolbar grid-toolbar" role="toolbar" aria-label={tr('tabMonitoring')}>
        <label class="inline">
          <span>{tr('year')}</span>
          <select value={String(year())} onChange={(e) => setYear(Number(e.currentTarget.value))} data-testid="monitoring-year">
            <For each={years()}>{(y) => <option value={String(y)}>{y}</option>}</For>
          </select>
        </label>
        <label class="inline" title={tr('allSourcesHint')}>
          <input type="checkbox" checked={all()} onChange={(e) => setAll(e.currentTarget.checked)} data-testid="all-sources" />
          <span>{tr('allSources')}</span>
        </label>
        <span class="toolbar-group">
          <button type="button" onClick={() => setImporting(true)} title={tr('importActualsHint')} data-action="import-actuals">{tr('importActuals')}</button>
        </span>
        <span class="toolbar-group">
          <select aria-label={tr('reportPeriod')} value={String(quarter())} onChange={(e) => setQuarter(Number(e.currentTarget.value) as Quarter | 0)} data-testid="report-period">
            <option value="0">{tr('reportYear')}</option>
            <For each={[1, 2, 3, 4]}>{(q) => <option value={String(q)}>{tr('reportQuarter', { q: ['I', 'II', 'III', 'IV'][q - 1]! })}</option>}</For>
          </select>
          <button type="button" onClick={() => void report()} data-testid="monitoring-report">⤓ {tr('report')}</button>
        </span>
        <ProjectorControls />
      </div>
      <ExecutionSummary wb={props.wb} year={year()} />
      <div ref={host} class="grid-host monitoring-grid" data-testid="monitoring-grid" />
      <note.View />
      <ChecksPanel checks={checks()} />
      <Show when={importing()}>
        <BudgetImportDialog wb={props.wb} onClose={() => setImporting(false)} />
      </Show>
    </div>
  );
}
