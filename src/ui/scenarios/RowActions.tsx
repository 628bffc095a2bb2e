import { Show, createSignal } from 'solid-js';
import { compileScenario, effectiveOverrides } from '../../engine/scenario-rules';
import { isExcluded, revertAll, revertCell, revertMeasure, shiftBy, toggleExclude } from '../../model/scenario-ops';
import type { Measure, Scenario } from '../../model/schema';
import { editMeasures } from '../../store/commands/plan';
import { editScenario } from '../../store/commands/scenarios';
import { useToasts } from '../common/toasts';
import type { Workbench } from '../state/workbench';
import { s } from './strings';

export interface FocusedCell {
  rowId: string;
  colId: string;
}

/** Row actions on the focused measure of the grid: exclude, shift, revert, rank; and reverting the whole scenario. */
export function RowActions(props: { wb: Workbench; scenario: Scenario; focus: () => FocusedCell | null }) {
  const toasts = useToasts();
  const [years, setYears] = createSignal(1);
  const pid = () => props.wb.doc.programme.id;
  const measure = (): Measure | undefined => {
    const f = props.focus();
    return f?.rowId.startsWith('m:') ? props.wb.doc.measures.find((m) => m.id === f.rowId.slice(2)) : undefined;
  };
  const edit = async (label: string, fn: (sc: Scenario) => Scenario) => {
    await props.wb.run(editScenario(pid(), props.scenario.id, `${props.scenario.name}: ${label}`, fn));
  };
  const withMeasure = (fn: (m: Measure) => void) => () => {
    const m = measure();
    if (!m) return toasts.error(s('pickMeasure'));
    fn(m);
  };
  const shift = (sign: 1 | -1) =>
    withMeasure((m) => void edit(`${s('shiftBy')} ${sign * years()} ${s('years')}`, (sc) => shiftBy(sc, m.id, sign * years())));

  const revertFocusedCell = withMeasure((m) => {
    const colId = props.focus()?.colId ?? '';
    const cell = /^c(\d{4}):(.+)$/.exec(colId);
    const year = /^y(\d{4})$/.exec(colId);
    if (!cell && !year) return toasts.error(s('pickCell'));
    const c = compileScenario(props.scenario.id, effectiveOverrides(props.scenario, new Map(props.wb.doc.scenarios.map((x) => [x.id, x]))));
    const planYear = Number((cell ?? year)![1]) - (c.shifts.get(m.id) ?? 0);
    const sources = cell ? [cell[2]!] : props.wb.doc.programme.sources.map((x) => x.id);
    const revert = (sc: Scenario) => sources.reduce((acc, sid) => revertCell(acc, m.id, planYear, sid), sc);
    if (revert(props.scenario).overrides.length === props.scenario.overrides.length) return toasts.info(s('nothingToRevert'));
    // The command reverts the stored record (never the on-screen copy).
    void edit(s('revertCell'), revert);
  });

  const revertRow = withMeasure((m) => {
    if (revertMeasure(props.scenario, m.id).overrides.length === props.scenario.overrides.length) return toasts.info(s('nothingToRevert'));
    void edit(s('revertRow'), (sc) => revertMeasure(sc, m.id));
  });

  const setRank = async (m: Measure, text: string) => {
    const t = text.trim();
    const rank = t === '' ? undefined : Number(t);
    if (rank !== undefined && (!Number.isInteger(rank) || rank < 1)) return toasts.error(s('badRank', { text }));
    await props.wb.run(editMeasures(pid(), `${s('rank')}: ${m.code || m.title}`, [{ id: m.id, edit: (x) => {
      const { rank: _old, ...rest } = x;
      return rank === undefined ? rest : { ...rest, rank };
    } }]));
  };

  const keep = (e: MouseEvent) => e.preventDefault();
  return (
    <div class="scenario-row-actions" role="group" aria-label={s('rowActions')}>
      <button type="button" onMouseDown={keep} onClick={withMeasure((m) => void edit(isExcluded(props.scenario, m.id) ? s('include') : s('exclude'), (sc) => toggleExclude(sc, m.id)))} data-testid="scenario-exclude">
        {measure() && isExcluded(props.scenario, measure()!.id) ? `↺ ${s('include')}` : `⊘ ${s('exclude')}`}
      </button>
      <span class="inline">
        {s('shiftBy')}
        <button type="button" onMouseDown={keep} onClick={shift(-1)} data-testid="scenario-shift-minus" title={`${s('shiftBy')} −${years()} ${s('years')}`}>−</button>
        <input type="number" min="1" max="10" value={years()} onInput={(e) => setYears(Math.max(1, Math.min(10, Number(e.currentTarget.value) || 1)))} aria-label={`${s('shiftBy')}, ${s('years')}`} class="num-input" />
        <button type="button" onMouseDown={keep} onClick={shift(1)} data-testid="scenario-shift-plus" title={`${s('shiftBy')} +${years()} ${s('years')}`}>+</button>
        {s('years')}
      </span>
      <button type="button" onMouseDown={keep} onClick={revertFocusedCell} data-testid="scenario-revert-cell">↺ {s('revertCell')}</button>
      <button type="button" onMouseDown={keep} onClick={revertRow} data-testid="scenario-revert-row">↺ {s('revertRow')}</button>
      <button
        type="button"
        onClick={() => window.confirm(s('confirmRevertAll', { name: props.scenario.name })) && void edit(s('revertAll'), revertAll)}
        disabled={props.scenario.overrides.length === 0}
        data-testid="scenario-revert-all"
      >
        ↺ {s('revertAll')}
      </button>
      <Show when={measure()}>
        {(m) => (
          <label class="inline" title={s('rankHint')}>
            {s('rank')} {m().code}:
            <input class="num-input" value={m().rank ?? ''} placeholder="—" onChange={(e) => void setRank(m(), e.currentTarget.value)} data-testid="scenario-rank" />
          </label>
        )}
      </Show>
    </div>
  );
}
