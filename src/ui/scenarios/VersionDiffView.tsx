import { For, Show } from 'solid-js';
import type { MeasureDiff, VersionDiff } from '../../engine/version-diff';
import { formatAmount, type Kop } from '../../model/money';
import type { ProgrammeDoc } from '../../model/schema';
import { signed } from './format';
import { s, type ScenarioKey } from './strings';

/** Measures added, removed and changed between two states, with old and new amounts. */
export function VersionDiffView(props: { doc: ProgrammeDoc; diff: VersionDiff }) {
  const p = () => props.doc.programme;
  const amount = (v: Kop | null) => (v === null ? '—' : formatAmount(v, p().unit));
  const group = (title: string, rows: MeasureDiff[], glyph: string) => (
    <Show when={rows.length}>
      <tr class="total">
        <td colSpan={5}>{glyph} {title}: {rows.length}</td>
      </tr>
      <For each={rows}>
        {(r) => (
          <tr>
            <td>{r.code}</td>
            <td>{r.title}</td>
            <td class="num">{amount(r.before)}</td>
            <td class="num">{amount(r.after)}</td>
            <td>{r.fields.map((f) => s(`field_${f}` as ScenarioKey)).join(', ')}{r.years.length ? `: ${r.years.map((y) => `${y.year} ${signed(p(), y.after - y.before)}`).join('; ')}` : ''}</td>
          </tr>
        )}
      </For>
    </Show>
  );
  const none = () => !props.diff.added.length && !props.diff.removed.length && !props.diff.changed.length;
  return (
    <Show when={!none()} fallback={<p class="muted">{s('noDiff')}</p>}>
      <div class="cmp-scroll">
        <table class="cmp-table" data-testid="version-diff">
          <thead>
            <tr>
              <th>№</th>
              <th>{s('measure')}</th>
              <th>{s('diffFrom')}</th>
              <th>{s('diffTo')}</th>
              <th>{s('fields')}</th>
            </tr>
          </thead>
          <tbody>
            {group(s('added'), props.diff.added, '+')}
            {group(s('removed'), props.diff.removed, '−')}
            {group(s('changed'), props.diff.changed, '±')}
            <tr class="grand">
              <td colSpan={2}>{s('total')}</td>
              <td class="num">{amount(props.diff.totals.before)}</td>
              <td class="num">{amount(props.diff.totals.after)}</td>
              <td>{signed(p(), props.diff.totals.after - props.diff.totals.before)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </Show>
  );
}
