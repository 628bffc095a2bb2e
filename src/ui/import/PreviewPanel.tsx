import { For, Show } from 'solid-js';
import type { ImportPreview } from '../../io/api';
import { formatAmount, UNIT_LABEL, type Kop } from '../../model/money';
import { count, s, type ImportKey } from './strings';

/** What the import will create: counts, totals the engine computed, and every finding — shown before anything is saved. */
export function PreviewPanel(props: { result: ImportPreview }) {
  const sum = () => props.result.summary;
  const unit = () => props.result.doc.programme.unit;
  // Totals come as plain numbers in the programme's unit; shown the Ukrainian way.
  const show = (n: number) => formatAmount(Math.round(n * (unit() === 'uah' ? 100 : 100_000)) as Kop, unit());
  const errors = () => sum().findings.filter((f) => f.severity === 'error').length;
  const warnings = () => sum().findings.length - errors();
  const report = () => props.result.report;
  const layoutName = (l: string | null) => (l ? s(`layout_${l}` as ImportKey) : '');
  const extra = () => [report().encoding, report().delimiter ? `«${report().delimiter === '\t' ? 'Tab' : report().delimiter}»` : ''].filter(Boolean).join(', ');
  return (
    <div class="import-preview" data-testid="import-preview">
      <p class="import-detected" data-testid="import-layout">{s('detected', { layout: layoutName(props.result.layout) })}</p>
      <p class="import-muted">
        {s('fileInfo', {
          format: report().format.toUpperCase(),
          extra: extra() ? ` (${extra()})` : '',
          unit: UNIT_LABEL[report().unit],
          from: s(`unitFrom_${report().unitFrom}` as ImportKey),
        })}
      </p>
      <p data-testid="import-counts">{s('counts', { priorities: sum().priorities, tasks: sum().tasks, measures: sum().measures, indicators: sum().indicators })}</p>
      <Show when={sum().measures > 0}>
        <table class="import-totals" data-testid="import-totals">
          <caption>{s('totals', { unit: sum().unit })}</caption>
          <thead>
            <tr>
              <th>{s('total')}</th>
              <For each={Object.keys(sum().totals.perYear)}>{(y) => <th>{s('year', { year: y })}</th>}</For>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td data-testid="import-total">{show(sum().totals.total)}</td>
              <For each={Object.values(sum().totals.perYear)}>{(v) => <td>{show(v)}</td>}</For>
            </tr>
          </tbody>
        </table>
        <ul class="import-sources">
          <For each={Object.entries(sum().totals.perSource).filter(([, v]) => v !== 0)}>
            {([name, v]) => (
              <li>
                {name}: {show(v)}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <section class="import-findings" data-testid="import-findings">
        <h3>{s('findings', { errors: count(errors(), 'error'), warnings: count(warnings(), 'warning') })}</h3>
        <Show when={sum().findings.length > 0} fallback={<p>{s('noFindings')}</p>}>
          <ul>
            <For each={sum().findings}>
              {(f) => (
                <li class={`check check-${f.severity}`}>
                  <span aria-hidden="true">{f.severity === 'error' ? '✖' : '⚠'}</span>
                  <span>{f.message}</span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
      <details>
        <summary>{s('sheets')}</summary>
        <ul>
          <For each={report().sheets}>
            {(sh) => (
              <li>{sh.layout ? s('sheetRead', { name: sh.name, layout: layoutName(sh.layout), rows: sh.rowsRead }) : s('sheetSkipped', { name: sh.name, note: sh.note ?? '' })}</li>
            )}
          </For>
        </ul>
      </details>
      <Show when={report().skipped.length > 0}>
        <details data-testid="import-skipped">
          <summary>{s('skipped', { n: report().skipped.length })}</summary>
          <ul>
            <For each={report().skipped}>
              {(k) => (
                <li>
                  «{k.sheet}», {k.row}: {k.reason}
                </li>
              )}
            </For>
          </ul>
        </details>
      </Show>
    </div>
  );
}
