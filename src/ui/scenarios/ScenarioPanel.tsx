import { For, Show, createEffect, createMemo, createSignal, onCleanup, untrack } from 'solid-js';
import { createScenario } from '../../store/commands/scenarios';
import { useToasts } from '../common/toasts';
import type { PlanGridController } from '../plan/plan-grid-controller';
import type { Workbench } from '../state/workbench';
import { activeScenario, setActiveScenario } from './active-scenario';
import { gridScenarioMode } from './grid-mode';
import { ScenarioBar } from './ScenarioBar';
import { ScenarioOverlay } from './scenario-overlay';
import { s } from './strings';
import './scenarios.css';

type Say = (kind: 'info' | 'error', text: string, at?: { rowId: string; colId: string }) => void;

/**
 * Above the plan grid: which money the grid shows (the plan or a scenario), and while a scenario
 * is active its tools. Switching hands the grid a scenario mode; edits then go into the scenario.
 */
export function ScenarioPanel(props: { wb: Workbench; grid: () => PlanGridController | undefined; say: Say }) {
  const toasts = useToasts();
  const pid = () => props.wb.doc.programme.id;
  const current = createMemo(() => {
    const id = activeScenario(pid());
    return id && props.wb.doc.scenarios.some((x) => x.id === id) ? id : null;
  });
  const [overlay, setOverlay] = createSignal<ScenarioOverlay | null>(null);

  createEffect(() => {
    const ctl = props.grid();
    const id = current();
    if (!ctl) return;
    // Only the grid and the scenario id drive this; what the grid reads while rebuilding must not.
    untrack(() => {
      overlay()?.dispose();
      setOverlay(null);
      if (!id) return ctl.setScenario(null);
      const o = new ScenarioOverlay(props.wb, id, () => ctl.scenarioChanged(), (m) => toasts.error(s('failed', { message: m })));
      setOverlay(o);
      ctl.setScenario(gridScenarioMode(props.wb, o, props.say));
    });
  });
  onCleanup(() => overlay()?.dispose());

  const create = async () => {
    const n = props.wb.doc.scenarios.length + 1;
    const name = window.prompt(s('newName'), s('defaultName', { n }));
    if (!name?.trim()) return;
    const cmd = createScenario(pid(), { name, baseId: current() });
    if ((await props.wb.run(cmd)).ok) setActiveScenario(pid(), cmd.newId);
  };

  return (
    <div class="scenario-panel" classList={{ 'scenario-on': current() !== null }}>
      <div class="scenario-switch">
        <label class="inline">
          {/* The selected option («Затверджений план» or a scenario's name) says what it is; the word is for screen readers. */}
          <span class="sr-only">{s('show')}:</span>
          <select aria-label={s('switcher')} onChange={(e) => setActiveScenario(pid(), e.currentTarget.value || null)} data-testid="scenario-switch">
            <option value="" selected={current() === null}>{s('plan')}</option>
            <For each={props.wb.doc.scenarios}>{(x) => <option value={x.id} selected={current() === x.id}>{x.name}</option>}</For>
          </select>
        </label>
        <button type="button" onClick={() => void create()} title={s('newScenario')} data-testid="scenario-new">
          + {s('scenarioShort')}
        </button>
      </div>
      <Show when={current()}>{(id) => <ScenarioBar wb={props.wb} scenarioId={id()} grid={props.grid} view={() => overlay()?.view() ?? null} />}</Show>
    </div>
  );
}
