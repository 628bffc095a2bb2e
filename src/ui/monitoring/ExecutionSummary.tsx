import { For, Show } from 'solid-js';
import { executionOf } from '../../engine/execution';
import { formatAmount, UNIT_LABEL, ZERO, type Kop } from '../../model/money';
import type { Workbench } from '../state/workbench';
import { tr } from '../indicators/strings';
import { fmtPct } from './monitoring-columns';

/**
 * The programme's plan, actual and execution by year, and by source for the chosen year — the
 * engine's programme totals, nothing added up here.
 */
export function ExecutionSummary(props: { wb: Workbench; year: number }) {
  const p = () => props.wb.doc.programme;
  const node = () => props.wb.totals[`programme:${p().id}`];
  const years = () => Array.from({ length: p().endYear - p().startYear + 1 }, (_, i) => p().startYear + i);
  const unit = () => UNIT_LABEL[p().unit];
  const fmt = (v: Kop | undefined) => (v === undefined ? '' : formatAmount(v, p().unit));
  const yi = () => props.year - p().startYear;
  const sources = () => {
    const n = node();
    if (!n) return [];
    const S = p().sources.length;
    const ex = executionOf(n);
    return p()
      .sources.map((s, si) => ({ name: s.name, planned: n.planned.cells[yi() * S + si] ?? ZERO, actual: n.actual.cells[yi() * S + si] ?? ZERO, pct: ex.cells[yi() * S + si] ?? null }))
      .filter((x) => x.planned !== 0 || x.actual !== 0);
  };
  return (
    <Show when={node()}>
      {(n) => (
        <div class="execution-summary" data-testid="execution-summary">
          <table>
            <caption>{tr('summaryTitle')}</caption>
            <thead>
              <tr>
                <th scope="col" />
                <For each={years()}>{(y) => <th scope="col" classList={{ current: y === props.year }}>{y}</th>}</For>
                <th scope="col">Σ</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{tr('summaryPlanned', { unit: unit() })}</th>
                <For each={years()}>{(_, i) => <td>{fmt(n().planned.perYear[i()])}</td>}</For>
                <td>{fmt(n().planned.total)}</td>
              </tr>
              <tr>
                <th scope="row">{tr('summaryActual', { unit: unit() })}</th>
                <For each={years()}>{(_, i) => <td>{fmt(n().actual.perYear[i()])}</td>}</For>
                <td>{fmt(n().actual.total)}</td>
              </tr>
              <tr>
                <th scope="row">{tr('summaryExecution')}</th>
                <For each={years()}>{(_, i) => <td data-testid={`exec-${years()[i()]}`}>{fmtPct(executionOf(n()).perYear[i()]) || tr('noPlanYear')}</td>}</For>
                <td>{fmtPct(executionOf(n()).total)}</td>
              </tr>
            </tbody>
          </table>
          <Show when={sources().length}>
            <table>
              <caption>{tr('summarySources', { year: props.year })}</caption>
              <thead>
                <tr>
                  <th scope="col" />
                  <th scope="col">{tr('summaryPlanned', { unit: unit() })}</th>
                  <th scope="col">{tr('summaryActual', { unit: unit() })}</th>
                  <th scope="col">{tr('summaryExecution')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={sources()}>
                  {(s) => (
                    <tr>
                      <th scope="row">{s.name}</th>
                      <td>{fmt(s.planned)}</td>
                      <td>{fmt(s.actual)}</td>
                      <td>{s.pct === null ? tr('actualWithoutPlan') : fmtPct(s.pct)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        </div>
      )}
    </Show>
  );
}
