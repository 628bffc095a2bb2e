import { Show, createEffect, createSignal, onCleanup, untrack } from 'solid-js';
import { unwrap } from 'solid-js/store';
import type { FitResult } from '../../engine/fit';
import type { ScenarioView } from '../../engine/scenario-view';
import type { Scenario } from '../../model/schema';
import { createScenario } from '../../store/commands/scenarios';
import { adoptScenarioAsPlan } from '../../store/commands/versions';
import { useToasts } from '../common/toasts';
import type { PlanGridController } from '../plan/plan-grid-controller';
import { engineApi, type Workbench } from '../state/workbench';
import { setActiveScenario } from './active-scenario';
import { CapsEditor, CapStatus } from './CapsEditor';
import { FitDialog } from './FitDialog';
import { RowActions, type FocusedCell } from './RowActions';
import { RulesEditor } from './RulesEditor';
import { s } from './strings';

/** The tools of the active scenario above the grid: row actions, bulk rules, caps, fit, adopt. */
export function ScenarioBar(props: { wb: Workbench; scenarioId: string; grid: () => PlanGridController | undefined; view: () => ScenarioView | null }) {
  const toasts = useToasts();
  const [focus, setFocus] = createSignal<FocusedCell | null>(null);
  const [fit, setFit] = createSignal<FitResult | null>(null);
  const scenario = (): Scenario | undefined => props.wb.doc.scenarios.find((x) => x.id === props.scenarioId);
  const pid = () => props.wb.doc.programme.id;
  const baseName = () => {
    const b = scenario()?.baseId;
    return b ? s('baseIs', { name: props.wb.doc.scenarios.find((x) => x.id === b)?.name ?? b }) : s('baseIsPlan');
  };

  createEffect(() => {
    const ctl = props.grid();
    if (!ctl) return;
    const onFocus = () => {
      const f = ctl.api.getFocusedCell();
      const row = f && !f.rowPinned ? ctl.api.getDisplayedRowAtIndex(f.rowIndex)?.data : undefined;
      setFocus(f && row ? { rowId: row.rowId, colId: f.column.getColId() } : null);
    };
    ctl.api.addEventListener('cellFocused', onFocus);
    onCleanup(() => {
      if (!ctl.api.isDestroyed()) ctl.api.removeEventListener('cellFocused', onFocus);
    });
  });

  const runFit = async () => {
    const sc = scenario();
    if (!sc) return;
    if (!sc.caps.length) return toasts.info(s('fitNoCaps'));
    const r = await engineApi().fit(sc.id);
    if (!r.ok) return toasts.error(s('failed', { message: r.error.message }));
    setFit(r.value);
  };

  const saveFit = async () => {
    const sc = scenario();
    const r = fit();
    if (!sc || !r) return;
    const cmd = createScenario(pid(), { name: s('fitName', { name: sc.name }), baseId: sc.id, overrides: r.overrides, caps: structuredClone(unwrap(sc.caps)), description: r.moves.length ? `${s('fit')}: ${r.moves.length}` : '' });
    setFit(null);
    if ((await props.wb.run(cmd)).ok) setActiveScenario(pid(), cmd.newId);
  };

  const adopt = async () => {
    const sc = scenario();
    if (!sc) return;
    const version = s('adoptVersion', { name: sc.name, date: new Date().toLocaleDateString('uk-UA') });
    if (!window.confirm(s('confirmAdopt', { name: sc.name, version }))) return;
    const r = await props.wb.run(adoptScenarioAsPlan(pid(), sc.id, version));
    if (r.ok) {
      toasts.info(s('adopted', { name: sc.name }));
      setActiveScenario(pid(), null);
    }
  };

  return (
    <Show when={scenario()}>
      {(sc) => (
        <div class="scenario-bar" data-testid="scenario-bar">
          <div class="scenario-active">
            <strong>◆ {s('active', { name: sc().name })}</strong> <span class="muted">({baseName()})</span>
            <RowActions wb={props.wb} scenario={sc()} focus={focus} />
            <span class="scenario-buttons">
              <button type="button" onClick={() => void runFit()} data-testid="scenario-fit">{s('fit')}</button>
              <button type="button" onClick={() => void adopt()} data-testid="scenario-adopt">{s('adopt')}</button>
            </span>
          </div>
          {/* Closed while the scenario has no rules or ceilings: the grid keeps the room on a small screen. */}
          <details class="scenario-tools" open={untrack(() => sc().caps.length > 0 || sc().overrides.some((o) => o.kind === 'scale'))} data-testid="scenario-tools">
            <summary>{s('rules')} · {s('caps')}</summary>
            <RulesEditor wb={props.wb} scenario={sc()} />
            <CapsEditor wb={props.wb} scenario={sc()} />
          </details>
          <CapStatus wb={props.wb} scenario={sc()} view={props.view} />
          <Show when={fit()}>{(r) => <FitDialog wb={props.wb} scenario={sc()} result={r()} onSave={() => void saveFit()} onClose={() => setFit(null)} />}</Show>
        </div>
      )}
    </Show>
  );
}
