import { For, Show, createSignal } from 'solid-js';
import type { Scenario } from '../../model/schema';
import { createScenario, deleteScenario, describeScenario, duplicateScenario, renameScenario } from '../../store/commands/scenarios';
import type { Workbench } from '../state/workbench';
import { setActiveScenario } from './active-scenario';
import { s } from './strings';

/** Scenarios of the programme: create (on the plan or another scenario), rename, describe, duplicate, delete, open in the grid. */
export function ScenarioList(props: { wb: Workbench }) {
  const [name, setName] = createSignal('');
  const [base, setBase] = createSignal('');
  const pid = () => props.wb.doc.programme.id;
  const baseName = (x: Scenario) => (x.baseId ? s('baseIs', { name: props.wb.doc.scenarios.find((y) => y.id === x.baseId)?.name ?? x.baseId }) : s('baseIsPlan'));
  const create = async () => {
    const n = name().trim() || s('defaultName', { n: props.wb.doc.scenarios.length + 1 });
    const r = await props.wb.run(createScenario(pid(), { name: n, baseId: base() || null }));
    if (r.ok) setName('');
  };
  const open = (id: string) => {
    setActiveScenario(pid(), id);
    location.hash = `#/p/${encodeURIComponent(pid())}`;
  };
  return (
    <section aria-labelledby="scenario-list-title">
      <h2 id="scenario-list-title">{s('scenarios')}</h2>
      <div class="form-row">
        <input type="text" value={name()} placeholder={s('newName')} aria-label={s('newName')} onInput={(e) => setName(e.currentTarget.value)} data-testid="new-scenario-name" />
        <label class="inline">
          {s('basedOn')}
          <select value={base()} onChange={(e) => setBase(e.currentTarget.value)} data-testid="new-scenario-base">
            <option value="">{s('plan')}</option>
            <For each={props.wb.doc.scenarios}>{(x) => <option value={x.id}>{x.name}</option>}</For>
          </select>
        </label>
        <button type="button" onClick={() => void create()} data-testid="new-scenario-create">{s('create')}</button>
      </div>
      <Show when={props.wb.doc.scenarios.length} fallback={<p class="muted">{s('noScenarios')}</p>}>
        <ul class="scenario-list">
          <For each={props.wb.doc.scenarios}>
            {(x) => (
              <li class="scenario-item" data-testid="scenario-item">
                <span class="name">{x.name}</span>
                <span class="muted">{baseName(x)} · {s('overrides', { n: x.overrides.length })}</span>
                <textarea aria-label={`${s('describe')}: ${x.name}`} placeholder={s('describe')} value={x.description} onChange={(e) => void props.wb.run(describeScenario(pid(), x.id, e.currentTarget.value))} />
                <div class="item-actions">
                  <button type="button" onClick={() => open(x.id)}>{s('show')}</button>
                  <button type="button" onClick={() => { const n = window.prompt(s('rename'), x.name); if (n?.trim()) void props.wb.run(renameScenario(pid(), x.id, n)); }}>{s('rename')}</button>
                  <button type="button" onClick={() => void props.wb.run(duplicateScenario(pid(), x.id, s('copyOf', { name: x.name })))}>{s('duplicate')}</button>
                  <button type="button" class="danger" onClick={() => window.confirm(s('confirmDelete', { name: x.name })) && void props.wb.run(deleteScenario(pid(), x.id))}>{s('delete')}</button>
                </div>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
