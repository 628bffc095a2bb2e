import { For, Show, batch, createEffect, createMemo, createResource, createSignal, onCleanup, type Resource } from 'solid-js';
import { PLAN_ID } from '../../engine/compare';
import { VERSION_PREFIX } from '../../engine/compare-versions';
import type { Version } from '../../model/schema';
import { useToasts } from '../common/toasts';
import { engineApi, type Workbench } from '../state/workbench';
import { ComparisonCharts } from './ComparisonCharts';
import { DifferingList, ExcessList, PriorityTable, YearSourceTable } from './ComparisonTables';
import { downloadComparison } from './export-comparison';
import { s } from './strings';

export const MAX_ITEMS = 6;
/** measures listed per item on screen; the Excel file has them all */
const DIFFERING_ON_SCREEN = 50;

interface Pick {
  id: string;
  name: string;
}

/**
 * The comparison of the «Сценарії» tab: pick 2–6 of the plan, scenarios and versions and a
 * reference; see totals by year × source and by priority with deltas, cap excesses, the measures
 * that differ, two charts, and export it all to Excel.
 */
export function ComparisonView(props: { wb: Workbench; versions: Resource<Version[]> }) {
  const toasts = useToasts();
  const choices = createMemo<Pick[]>(() => [
    { id: PLAN_ID, name: s('plan') },
    ...props.wb.doc.scenarios.map((x) => ({ id: x.id, name: x.name })),
    ...(props.versions() ?? []).map((v) => ({ id: VERSION_PREFIX + v.id, name: `${v.name} (${s('version')})` })),
  ]);
  const name = (id: string) => choices().find((c) => c.id === id)?.name ?? id;
  const [picked, setPicked] = createSignal<string[]>([PLAN_ID, ...props.wb.doc.scenarios.slice(0, 1).map((x) => x.id)]);
  const [reference, setReference] = createSignal(PLAN_ID);
  // Re-compare whenever the engine's totals change (plan or scenario edits, here or in another tab).
  const [tick, setTick] = createSignal(0);
  onCleanup(props.wb.subscribe((e) => e.kind === 'delta' && setTick((n) => n + 1)));

  const ids = createMemo(() => picked().filter((id) => choices().some((c) => c.id === id)));
  const ref = createMemo(() => (ids().includes(reference()) ? reference() : (ids()[0] ?? PLAN_ID)));
  const versionDocs = (list: readonly string[]) =>
    list.filter((id) => id.startsWith(VERSION_PREFIX)).map((id) => ({ id, doc: props.versions()?.find((v) => VERSION_PREFIX + v.id === id)?.doc ?? null }));

  const [result] = createResource(
    () => (ids().length >= 2 ? { ids: ids(), ref: ref(), tick: tick() } : null),
    async (q) => {
      const r = await engineApi().compareWithVersions(q.ids, q.ref, versionDocs(q.ids), DIFFERING_ON_SCREEN);
      if (!r.ok) {
        toasts.error(s('failed', { message: r.error.message }));
        return null;
      }
      return r.value;
    },
  );
  const latest = () => result.latest ?? null;

  const toggle = (id: string, on: boolean) => {
    if (on && ids().length >= MAX_ITEMS) return toasts.error(s('tooMany'));
    setPicked((xs) => (on ? [...xs, id] : xs.filter((x) => x !== id)));
  };

  const exportFile = async () => {
    const r = await engineApi().compareWithVersions(ids(), ref(), versionDocs(ids()));
    if (!r.ok) return toasts.error(s('failed', { message: r.error.message }));
    const file = await downloadComparison(props.wb.doc, r.value.cmp, Object.fromEntries(ids().map((id) => [id, name(id)])), props.versions() ?? []);
    toasts.info(s('exported', { file }));
  };

  benchHook(setPicked, setReference, () => setTick((n) => n + 1), latest);

  return (
    <section class="comparison" aria-labelledby="cmp-title">
      <h2 id="cmp-title">{s('compare')}</h2>
      <p class="muted">{s('compareHint')}</p>
      <div class="compare-pick" data-testid="compare-pick">
        <For each={choices()}>
          {(c) => (
            <label>
              <input type="checkbox" checked={ids().includes(c.id)} onChange={(e) => toggle(c.id, e.currentTarget.checked)} data-testid={`pick-${c.id}`} />
              {c.name}
            </label>
          )}
        </For>
      </div>
      <div class="form-row">
        <label class="inline">
          {s('reference')}
          <select onChange={(e) => setReference(e.currentTarget.value)} data-testid="compare-reference">
            <For each={ids()}>{(id) => <option value={id} selected={id === ref()}>{name(id)}</option>}</For>
          </select>
        </label>
        <button type="button" disabled={ids().length < 2} onClick={() => void exportFile()} data-testid="compare-export">⤓ {s('export')}</button>
      </div>
      <Show when={ids().length >= 2} fallback={<p class="muted">{s('pickMore')}</p>}>
        <Show when={latest()}>
          {(r) => {
            const tables = () => ({ doc: props.wb.doc, cmp: r().cmp, name, differingCount: r().differingCount });
            return (
              <>
                <h3>{s('byYearSource')}</h3>
                <YearSourceTable {...tables()} />
                <ExcessList {...tables()} />
                <section class="lazy-block">
                  <h3>{s('byPriority')}</h3>
                  <PriorityTable {...tables()} />
                </section>
                <section class="lazy-block">
                  <ComparisonCharts doc={props.wb.doc} cmp={r().cmp} name={name} />
                </section>
                <DifferingList {...tables()} />
              </>
            );
          }}
        </Show>
      </Show>
    </section>
  );
}

/**
 * Development only: `window.__hwCompare(ids, referenceId)` sets the comparison (without the
 * six-item limit) and resolves with the milliseconds from the call until the new tables are in
 * the DOM and what is on screen is laid out — the bench measures the comparison end to end this way.
 */
function benchHook(setPicked: (ids: string[]) => void, setReference: (id: string) => void, again: () => void, latest: () => unknown): void {
  if (!import.meta.env.DEV) return;
  let pending: { start: number; resolve: (ms: number) => void; seen: unknown } | null = null;
  createEffect(() => {
    const now = latest();
    if (!pending || now === pending.seen || now === null) return;
    const p = pending;
    pending = null;
    // After every effect of this update (the tables fill themselves in effects), read the layout:
    // that forces style and layout of what is on screen before the clock stops (the blocks below
    // the first screen are built too, but laid out when scrolled to: content-visibility).
    queueMicrotask(() => {
      document.querySelector('[data-testid="cmp-years"]')?.getBoundingClientRect();
      p.resolve(performance.now() - p.start);
    });
  });
  const w = window as unknown as { __hwCompare?: (ids: string[], referenceId: string) => Promise<number> };
  w.__hwCompare = (ids, referenceId) =>
    new Promise<number>((resolve) => {
      pending = { start: performance.now(), resolve, seen: latest() };
      batch(() => {
        setReference(referenceId);
        setPicked(ids);
        again();
      });
    });
  onCleanup(() => delete w.__hwCompare);
}
