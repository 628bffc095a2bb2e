import { For, Show, createMemo, createSignal, onMount } from 'solid-js';
import type { Indicator, Measure, ProgrammeDoc } from '../../model/schema';
import { tr } from './strings';

/**
 * A dialog to choose the measures that drive an indicator: the plan's measures by priority with
 * check boxes and a search; Save writes the links as one command.
 */
export function MeasurePicker(props: { doc: ProgrammeDoc; indicator: Indicator; onSave: (ids: string[]) => void; onClose: () => void }) {
  let dialog!: HTMLDialogElement;
  const [chosen, setChosen] = createSignal(new Set(props.indicator.measureIds));
  const [filter, setFilter] = createSignal('');
  onMount(() => dialog.showModal());
  const groups = createMemo(() => {
    const f = filter().trim().toLowerCase();
    const match = (m: Measure) => !f || m.title.toLowerCase().includes(f) || m.code.toLowerCase().startsWith(f);
    return props.doc.priorities
      .map((p) => ({ p, measures: props.doc.measures.filter((m) => m.priorityId === p.id && match(m)) }))
      .filter((g) => g.measures.length);
  });
  const toggle = (id: string, on: boolean) =>
    setChosen((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <dialog ref={dialog} class="measure-picker" onClose={() => props.onClose()} data-testid="measure-picker" aria-labelledby="picker-title">
      <h2 id="picker-title">{tr('pickTitle')}</h2>
      <p class="picker-indicator">{props.indicator.code ? `${props.indicator.code}. ` : ''}{props.indicator.name}</p>
      <input type="search" placeholder={tr('pickFilter')} aria-label={tr('pickFilter')} value={filter()} onInput={(e) => setFilter(e.currentTarget.value)} />
      <div class="picker-list">
        <For each={groups()}>
          {(g) => (
            <fieldset>
              <legend>{g.p.code ? `${g.p.code}. ` : ''}{g.p.title}</legend>
              <For each={g.measures}>
                {(m) => (
                  <label class="picker-item">
                    <input type="checkbox" checked={chosen().has(m.id)} onChange={(e) => toggle(m.id, e.currentTarget.checked)} data-measure={m.id} />
                    <span class="picker-code">{m.code}</span>
                    <span>{m.title}</span>
                  </label>
                )}
              </For>
            </fieldset>
          )}
        </For>
        <Show when={!groups().length}>
          <p>—</p>
        </Show>
      </div>
      <div class="picker-actions">
        <span>{tr('pickCount', { n: chosen().size })}</span>
        <button type="button" onClick={() => dialog.close()}>{tr('pickCancel')}</button>
        <button
          type="button"
          class="primary"
          onClick={() => {
            // Plan order, so the links read the way the plan does.
            props.onSave(props.doc.measures.filter((m) => chosen().has(m.id)).map((m) => m.id));
            dialog.close();
          }}
          data-testid="picker-save"
        >
          {tr('pickSave')}
        </button>
      </div>
    </dialog>
  );
}
