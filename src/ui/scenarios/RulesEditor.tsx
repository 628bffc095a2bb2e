import { For, Show, createSignal } from 'solid-js';
import { addScale, fractionText, percentToFraction, removeOverride } from '../../model/scenario-ops';
import type { Override, ProgrammeDoc, Scenario } from '../../model/schema';
import { editScenario } from '../../store/commands/scenarios';
import { useToasts } from '../common/toasts';
import type { Workbench } from '../state/workbench';
import { s } from './strings';

type Scale = Extract<Override, { kind: 'scale' }>;
type By = Scale['target']['by'];

/** «Державний бюджет», «2027», «Напрям 3» — what a scale rule applies to. */
export function targetName(doc: ProgrammeDoc, t: Scale['target']): string {
  if (t.by === 'source') return doc.programme.sources.find((x) => x.id === t.sourceId)?.name ?? t.sourceId;
  if (t.by === 'year') return String(t.year);
  const p = doc.priorities.find((x) => x.id === t.priorityId);
  return p ? `${s('priority')} ${p.code || p.title}` : t.priorityId;
}

/** The scenario's bulk rules: scale a source, a year or a priority by a percentage (kept exact as num/den). */
export function RulesEditor(props: { wb: Workbench; scenario: Scenario }) {
  const toasts = useToasts();
  const [by, setBy] = createSignal<By>('source');
  const [target, setTarget] = createSignal('');
  const [pct, setPct] = createSignal('50');
  const doc = () => props.wb.doc;
  const options = (): Array<{ id: string; name: string }> => {
    const d = doc();
    if (by() === 'source') return d.programme.sources.map((x) => ({ id: x.id, name: x.name }));
    if (by() === 'year') {
      const out: Array<{ id: string; name: string }> = [];
      for (let y = d.programme.startYear; y <= d.programme.endYear; y++) out.push({ id: String(y), name: String(y) });
      return out;
    }
    return d.priorities.map((p) => ({ id: p.id, name: `${p.code} ${p.title}`.trim() }));
  };
  const rules = () => props.scenario.overrides.map((o, i) => ({ o, i })).filter((x): x is { o: Scale; i: number } => x.o.kind === 'scale');

  const add = async () => {
    const f = percentToFraction(pct());
    if (!f) return toasts.error(s('badPercent', { text: pct() }));
    const id = target() || options()[0]?.id;
    if (!id) return;
    const t: Scale['target'] = by() === 'source' ? { by: 'source', sourceId: id } : by() === 'year' ? { by: 'year', year: Number(id) } : { by: 'priority', priorityId: id };
    const label = `${s('scaleBy')}: ${s('ruleText', { target: targetName(doc(), t), pct: fractionText(f.num, f.den) })}`;
    await props.wb.run(editScenario(doc().programme.id, props.scenario.id, `${props.scenario.name}: ${label}`, (sc) => addScale(sc, t, f.num, f.den)));
  };

  const remove = async (i: number) => {
    await props.wb.run(editScenario(doc().programme.id, props.scenario.id, `${props.scenario.name}: ${s('remove')}`, (sc) => removeOverride(sc, i)));
  };

  return (
    <section class="scenario-rules" aria-label={s('rules')}>
      <strong>{s('rules')}:</strong>
      <Show when={rules().length} fallback={<span class="muted">{s('noRules')}</span>}>
        <ul class="chips" data-testid="scenario-rules">
          <For each={rules()}>
            {(r) => (
              <li class="chip">
                {s('ruleText', { target: targetName(doc(), r.o.target), pct: fractionText(r.o.num, r.o.den) })}
                <button type="button" class="chip-x" title={s('remove')} aria-label={`${s('remove')}: ${targetName(doc(), r.o.target)}`} onClick={() => void remove(r.i)}>×</button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <span class="inline">
        {s('scaleBy')}
        <select value={by()} onChange={(e) => { setBy(e.currentTarget.value as By); setTarget(''); }} data-testid="scale-kind" aria-label={s('scaleBy')}>
          <option value="source">{s('scaleSource')}</option>
          <option value="year">{s('scaleYear')}</option>
          <option value="priority">{s('scalePriority')}</option>
        </select>
        <select value={target()} onChange={(e) => setTarget(e.currentTarget.value)} data-testid="scale-target" aria-label={s('scaleBy')}>
          <For each={options()}>{(o) => <option value={o.id}>{o.name}</option>}</For>
        </select>
        ×
        <input class="num-input wide" value={pct()} onInput={(e) => setPct(e.currentTarget.value)} aria-label={s('percent')} data-testid="scale-percent" />%
        <button type="button" onClick={() => void add()} data-testid="scale-add">{s('add')}</button>
      </span>
    </section>
  );
}
