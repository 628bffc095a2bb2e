import { For, Show, createMemo, createSignal, onMount } from 'solid-js';
import { mapBudgetActuals, type BudgetProblem, type BudgetLine } from '../../io/budget-execution';
import { sharedIoWorker } from '../import/io-client';
import { formatAmount, UNIT_LABEL, type Kop } from '../../model/money';
import { applyActuals } from '../../store/commands/monitoring';
import { useToasts } from '../common/toasts';
import { tr } from '../indicators/strings';
import type { Workbench } from '../state/workbench';
import { actualOf } from './monitoring-rows';

interface Loaded {
  file: string;
  lines: BudgetLine[];
  notes: string[];
  problems: BudgetProblem[];
}

/**
 * Imports actual spending from a budget-execution CSV: shows what will be written where (and
 * what it replaces), what cannot be placed and why, and applies it as one undoable command.
 */
export function BudgetImportDialog(props: { wb: Workbench; onClose: () => void }) {
  let dialog!: HTMLDialogElement;
  const toasts = useToasts();
  const p = () => props.wb.doc.programme;
  const [loaded, setLoaded] = createSignal<Loaded | null>(null);
  const [error, setError] = createSignal('');
  const [fallback, setFallback] = createSignal(p().sources.find((s) => s.kind === 'local')?.id ?? p().sources[0]?.id ?? '');
  onMount(() => dialog.showModal());
  const plan = createMemo(() => {
    const l = loaded();
    return l ? mapBudgetActuals(l.lines, props.wb.raw(), fallback()) : null;
  });
  const measure = (id: string) => props.wb.doc.measures.find((m) => m.id === id);
  const source = (id: string) => p().sources.find((s) => s.id === id)?.name ?? id;
  const money = (v: Kop | null) => (v === null ? '—' : formatAmount(v, p().unit));

  const read = async (file: File) => {
    setError('');
    // Read in the io worker: a year of a hromada's spending can be tens of thousands of lines.
    const r = await sharedIoWorker().readBudget(new Uint8Array(await file.arrayBuffer()));
    if (!r.ok) {
      setLoaded(null);
      return setError(`«${file.name}»: ${r.error.message}`);
    }
    setLoaded({ file: file.name, ...r.value });
  };
  const apply = async () => {
    const pl = plan();
    if (!pl || !pl.assignments.length) return setError(tr('importNothing'));
    const res = await props.wb.run(applyActuals(p().id, `Імпорт фактичних видатків з «${loaded()?.file ?? ''}»`, pl.assignments));
    if (res.ok) {
      toasts.info(tr('importApplied', { n: new Set(pl.assignments.map((a) => a.measureId)).size }));
      dialog.close();
    }
  };

  return (
    <dialog ref={dialog} class="budget-import" onClose={() => props.onClose()} data-testid="budget-import" aria-labelledby="budget-import-title">
      <h2 id="budget-import-title">{tr('importTitle')}</h2>
      <p>{tr('importIntro')}</p>
      <div class="row">
        <label class="button-like">
          {tr('chooseFile')}
          <input type="file" accept=".csv,text/csv" class="sr-only" onChange={(e) => e.currentTarget.files?.[0] && void read(e.currentTarget.files[0])} data-testid="budget-file" />
        </label>
        <Show when={loaded()}>{(l) => <strong>{l().file}</strong>}</Show>
        <label class="inline">
          <span>{tr('fallbackSource')}</span>
          <select value={fallback()} onChange={(e) => setFallback(e.currentTarget.value)}>
            <For each={p().sources}>{(s) => <option value={s.id}>{s.name}</option>}</For>
          </select>
        </label>
      </div>
      <Show when={error()}>
        <p class="import-error" role="alert">✖ {error()}</p>
      </Show>
      <Show when={plan()}>
        {(pl) => (
          <div class="import-body">
            <Show when={loaded()!.notes.length}>
              <h3>{tr('importNotes')}</h3>
              <ul>
                <For each={loaded()!.notes}>{(n) => <li>ℹ {n}</li>}</For>
              </ul>
            </Show>
            <h3>{tr('importMatched', { n: pl().assignments.length })}</h3>
            <table class="import-table" data-testid="budget-matched">
              <thead>
                <tr>
                  <th>{tr('importColMeasure')}</th>
                  <th>{tr('importColYear')}</th>
                  <th>{tr('importColSource')}</th>
                  <th>{tr('importColCodes')}</th>
                  <th>{tr('importColAmount', { unit: UNIT_LABEL[p().unit] })}</th>
                </tr>
              </thead>
              <tbody>
                <For each={pl().assignments}>
                  {(a) => {
                    const m = measure(a.measureId);
                    const old = m ? actualOf(m, a.year, a.sourceId) : null;
                    return (
                      <tr>
                        <td>{m ? `${m.code} ${m.title}` : a.measureId}</td>
                        <td>{a.year}</td>
                        <td>{source(a.sourceId)}</td>
                        <td>{a.codes.join(', ')}</td>
                        <td class="num">
                          {money(a.amount)}
                          <Show when={old !== null && old !== a.amount}> ({tr('importReplaces', { old: money(old) })})</Show>
                        </td>
                      </tr>
                    );
                  }}
                </For>
              </tbody>
            </table>
            <Show when={pl().unmatched.length}>
              <h3>{tr('importUnmatched', { n: pl().unmatched.length })}</h3>
              <ul data-testid="budget-unmatched">
                <For each={pl().unmatched}>{(u) => <li class="warn">⚠ {u.message}</li>}</For>
              </ul>
            </Show>
            <Show when={loaded()!.problems.length}>
              <h3>{tr('importProblems', { n: loaded()!.problems.length })}</h3>
              <ul>
                <For each={loaded()!.problems}>{(x) => <li class="warn">✖ {x.message}</li>}</For>
              </ul>
            </Show>
          </div>
        )}
      </Show>
      <div class="picker-actions">
        <span />
        <button type="button" onClick={() => dialog.close()}>{tr('close')}</button>
        <button type="button" class="primary" disabled={!plan()?.assignments.length} onClick={() => void apply()} data-testid="budget-apply">
          {tr('importApply', { n: plan()?.assignments.length ?? 0 })}
        </button>
      </div>
    </dialog>
  );
}
