import { For, Show, onMount } from 'solid-js';
import type { FitResult } from '../../engine/fit';
import type { Scenario } from '../../model/schema';
import type { Workbench } from '../state/workbench';
import { capPlace, moneyWithUnit } from './format';
import { s } from './strings';

/**
 * The proposal of «fit to ceilings», shown before anything is saved: what moves, what each cap
 * comes to, and which caps cannot be met and why. Saving creates a new scenario on the fitted one.
 */
export function FitDialog(props: { wb: Workbench; scenario: Scenario; result: FitResult; onSave: () => void; onClose: () => void }) {
  let dialog!: HTMLDialogElement;
  onMount(() => dialog.showModal());
  const p = () => props.wb.doc.programme;
  const measure = (id: string) => props.wb.doc.measures.find((m) => m.id === id);
  const pick = (b: FitResult['before'], year: number | null, sourceId: string | null): number => {
    const S = p().sources.length;
    const yi = year === null ? null : year - p().startYear;
    const si = sourceId === null ? null : p().sources.findIndex((x) => x.id === sourceId);
    if (yi === null && si === null) return b.total;
    if (yi === null) return b.perSource[si!] ?? 0;
    if (si === null) return b.perYear[yi] ?? 0;
    return b.cells[yi * S + si] ?? 0;
  };
  return (
    <dialog ref={dialog} class="fit-dialog" aria-labelledby="fit-title" onClose={() => props.onClose()} data-testid="fit-dialog">
      <h2 id="fit-title">{s('fitTitle', { name: props.scenario.name })}</h2>
      <p>{s('fitIntro')}</p>
      <table class="fit-caps">
        <thead>
          <tr>
            <th>{s('caps')}</th>
            <th>{s('fitBefore')}</th>
            <th>{s('fitAfter')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.scenario.caps}>
            {(c) => {
              const after = pick(props.result.after, c.year, c.sourceId);
              return (
                <tr classList={{ excess: after > c.amount }}>
                  <td>{s('capLine', { where: capPlace(p(), c), cap: moneyWithUnit(p(), c.amount) })}</td>
                  <td class="num">{moneyWithUnit(p(), pick(props.result.before, c.year, c.sourceId))}</td>
                  <td class="num" data-testid="fit-after">{after > c.amount ? '✖ ' : '✔ '}{moneyWithUnit(p(), after)}</td>
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>
      <Show when={props.result.moves.length} fallback={<p>{s('fitNothing')}</p>}>
        <h3>{s('fitMoves')}</h3>
        <ol class="fit-moves" data-testid="fit-moves">
          <For each={props.result.moves}>
            {(mv) => (
              <li>
                <strong>{mv.kind === 'exclude' ? `⊘ ${s('fitExclude')}` : `⇥ ${s('fitDefer', { n: mv.years })}`}</strong>
                {': '}
                {measure(mv.measureId)?.code} «{measure(mv.measureId)?.title}» — {moneyWithUnit(p(), mv.amount)}
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={props.result.unmet.length}>
        <h3 class="excess">✖ {s('fitUnmet')}</h3>
        <ul data-testid="fit-unmet">
          <For each={props.result.unmet}>{(u) => <li class="excess">{u.reason}</li>}</For>
        </ul>
      </Show>
      <div class="dialog-actions">
        <button type="button" class="primary" disabled={!props.result.moves.length} onClick={() => props.onSave()} data-testid="fit-save">{s('fitSave')}</button>
        <button type="button" onClick={() => dialog.close()}>{s('fitCancel')}</button>
      </div>
    </dialog>
  );
}
