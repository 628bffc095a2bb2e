import { For, Show } from 'solid-js';
import type { ReimportItem, ReimportPlan } from '../../io/reimport';
import { s } from './strings';

const KIND: Record<ReimportItem['kind'], string> = { priority: 'Напрям', task: 'Завдання', measure: 'Захід', indicator: 'Індикатор' };

/** What a re-import changes in the open programme, old → new, before anything is written. */
export function ReimportPanel(props: { plan: ReimportPlan }) {
  const group = (st: ReimportItem['status']) => props.plan.items.filter((x) => x.status === st);
  return (
    <section class="import-reimport" data-testid="import-reimport">
      <h3>{s('reimportTitle')}</h3>
      <p data-testid="reimport-counts">{s('reimportCounts', { ...props.plan.counts })}</p>
      <For each={(['added', 'changed', 'removed'] as const).filter((st) => group(st).length > 0)}>
        {(st) => (
          <details open={st !== 'changed' || group(st).length < 20}>
            <summary>{s(`reimport_${st}`)} ({group(st).length})</summary>
            <ul>
              <For each={group(st)}>
                {(x) => (
                  <li class={`reimport-${st}`}>
                    <strong>
                      {KIND[x.kind]} {x.code} «{x.title}»
                    </strong>
                    <Show when={x.fields.length}>
                      <ul>
                        <For each={x.fields}>
                          {(f) => (
                            <li>
                              {f.field}: <del>{f.old || '—'}</del> → <ins>{f.new || '—'}</ins>
                            </li>
                          )}
                        </For>
                      </ul>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </details>
        )}
      </For>
    </section>
  );
}
