import { For, Show, createSignal } from 'solid-js';
import type { ScenarioView } from '../../engine/scenario-view';
import { parseAmount, UNIT_LABEL, type Kop } from '../../model/money';
import { nodeKey } from '../state/workbench';
import { setCap } from '../../model/scenario-ops';
import type { Scenario } from '../../model/schema';
import { editScenario } from '../../store/commands/scenarios';
import { useToasts } from '../common/toasts';
import type { Workbench } from '../state/workbench';
import { capPlace, moneyWithUnit } from './format';
import { s } from './strings';

/** Ceilings per year, per source, per year × source or overall. */
export function CapsEditor(props: { wb: Workbench; scenario: Scenario }) {
  const toasts = useToasts();
  const [year, setYear] = createSignal('');
  const [source, setSource] = createSignal('');
  const [amount, setAmount] = createSignal('');
  const p = () => props.wb.doc.programme;
  const years = () => {
    const out: number[] = [];
    for (let y = p().startYear; y <= p().endYear; y++) out.push(y);
    return out;
  };
  const write = async (label: string, y: number | null, src: string | null, v: number | null) => {
    await props.wb.run(editScenario(p().id, props.scenario.id, `${props.scenario.name}: ${label}`, (sc) => setCap(sc, y, src, v as Kop | null)));
  };
  const set = async () => {
    const r = parseAmount(amount(), p().unit);
    if (r.kind !== 'amount' || r.value < 0) return toasts.error(s('badCap', { text: amount(), unit: UNIT_LABEL[p().unit] }));
    const y = year() ? Number(year()) : null;
    const src = source() || null;
    await write(`${s('caps')} ${capPlace(p(), { year: y, sourceId: src, amount: r.value })}`, y, src, r.value);
    setAmount('');
  };
  return (
    <section class="scenario-caps" aria-label={s('caps')}>
      <div class="caps-line">
        <strong>{s('caps')}:</strong>
        <Show when={props.scenario.caps.length} fallback={<span class="muted">{s('noCaps')}</span>}>
          <ul class="chips">
            <For each={props.scenario.caps}>
              {(c) => (
                <li class="chip">
                  {s('capLine', { where: capPlace(p(), c), cap: moneyWithUnit(p(), c.amount) })}
                  <button type="button" class="chip-x" title={s('remove')} aria-label={`${s('remove')}: ${capPlace(p(), c)}`} onClick={() => void write(s('remove'), c.year, c.sourceId, null)}>×</button>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <span class="inline">
          <select value={year()} onChange={(e) => setYear(e.currentTarget.value)} aria-label={s('capYear')} data-testid="cap-year">
            <option value="">{s('allYears')}</option>
            <For each={years()}>{(y) => <option value={String(y)}>{y}</option>}</For>
          </select>
          <select value={source()} onChange={(e) => setSource(e.currentTarget.value)} aria-label={s('capSource')} data-testid="cap-source">
            <option value="">{s('allSources')}</option>
            <For each={p().sources}>{(x) => <option value={x.id}>{x.name}</option>}</For>
          </select>
          <input class="num-input wide" value={amount()} onInput={(e) => setAmount(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && void set()} placeholder={s('capAmount', { unit: UNIT_LABEL[p().unit] })} aria-label={s('capAmount', { unit: UNIT_LABEL[p().unit] })} data-testid="cap-amount" />
          <button type="button" onClick={() => void set()} data-testid="cap-set">{s('setCap')}</button>
        </span>
      </div>
    </section>
  );
}

/** The scenario's cap excesses spelled out in red with an icon (never colour alone), and money it moves out of the period. */
export function CapStatus(props: { wb: Workbench; scenario: Scenario; view: () => ScenarioView | null }) {
  const p = () => props.wb.doc.programme;
  const outside = () => {
    // Money the scenario itself moves out of the period (the plan's own is a check of the plan).
    const v = props.view();
    const plan = props.wb.totalsMap.get(nodeKey('programme', p().id))?.planned.outside ?? 0;
    return v ? v.programme.planned.outside - plan : 0;
  };

  return (
    <ul class="cap-status" data-testid="cap-status" aria-live="polite">
      <Show when={props.scenario.caps.length && props.view()}>
        <Show when={props.view()!.capExcess.length} fallback={<li class="ok">{s('withinCaps')}</li>}>
          <For each={props.view()!.capExcess}>
            {(e) => (
              <li class="excess" role="alert">
                {s('excess', { where: capPlace(p(), e.cap), computed: moneyWithUnit(p(), e.computed), cap: moneyWithUnit(p(), e.cap.amount), over: moneyWithUnit(p(), e.over) })}
              </li>
            )}
          </For>
        </Show>
      </Show>
      <Show when={outside() > 0}>
        <li class="warn">{s('outside', { amount: moneyWithUnit(p(), outside()) })}</li>
      </Show>
    </ul>
  );
}
