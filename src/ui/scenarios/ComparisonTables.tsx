import { For, Show, createEffect } from 'solid-js';
import type { CompareItem, Comparison, DeltaFigure } from '../../engine/types';
import { formatAmount, type Kop } from '../../model/money';
import type { ProgrammeDoc } from '../../model/schema';
import { capPlace, moneyWithUnit, pctText, signed } from './format';
import { s } from './strings';
import { fillTable, type Cell, type Row } from './table-dom';

export interface TablesProps {
  doc: ProgrammeDoc;
  cmp: Comparison;
  name: (id: string) => string;
  /** how many measures differ per item (the lists are trimmed to the largest changes) */
  differingCount: Record<string, number> | null;
}

const deltaCls = (abs: number) => (abs < 0 ? 'num neg' : abs > 0 ? 'num pos' : 'num');

/** Head of a money table: the lead columns, every item, then Δ and Δ % of every item but the reference. */
function head(lead: string[], cmp: Comparison, name: (id: string) => string): Row[] {
  const others = cmp.items.filter((i) => i.id !== cmp.referenceId);
  return [
    {
      cells: [
        ...lead.map((text) => ({ text, head: true, rowSpan: 2 })),
        ...cmp.items.map((it) => ({ text: name(it.id), head: true, rowSpan: 2, cls: it.id === cmp.referenceId ? 'ref' : '' })),
        ...others.map((it) => ({ text: `${s('delta')} «${name(it.id)}»`, head: true, colSpan: 2 })),
      ],
    },
    { cells: others.flatMap(() => [{ text: s('delta'), head: true }, { text: s('deltaPct'), head: true }]) },
  ];
}

/** One row of money: a value per item, and the deltas of the others against the reference. */
function moneyRow(doc: ProgrammeDoc, cmp: Comparison, lead: string[], value: (it: CompareItem) => number, delta: (it: CompareItem) => DeltaFigure, cls = ''): Row {
  const p = doc.programme;
  const cells: Cell[] = lead.map((text) => ({ text }));
  for (const it of cmp.items) cells.push({ text: formatAmount(value(it) as Kop, p.unit), cls: it.id === cmp.referenceId ? 'num ref' : 'num' });
  for (const it of cmp.items) {
    if (it.id === cmp.referenceId) continue;
    const f = delta(it);
    cells.push({ text: signed(p, f.abs), cls: deltaCls(f.abs) }, { text: pctText(f.pct), cls: deltaCls(f.abs) });
  }
  return { cells, cls };
}

/** A table element filled from rows whenever the comparison changes. */
function DomTable(props: { testId: string; caption: string; build: () => { head: Row[]; body: Row[] } }) {
  let table!: HTMLTableElement;
  createEffect(() => {
    const { head: h, body } = props.build();
    fillTable(table, h, body);
  });
  return (
    <div class="cmp-scroll">
      <table ref={table} class="cmp-table" data-testid={props.testId}>
        <caption class="sr-only">{props.caption}</caption>
      </table>
    </div>
  );
}

/** Year × source totals of every item, with year, source and grand totals. */
export function YearSourceTable(props: TablesProps) {
  const build = () => {
    const { doc, cmp } = props;
    const S = cmp.sourceIds.length;
    const src = (id: string) => doc.programme.sources.find((x) => x.id === id)?.name ?? id;
    const body: Row[] = [];
    cmp.years.forEach((year, y) => {
      cmp.sourceIds.forEach((sid, si) => body.push(moneyRow(doc, cmp, [String(year), src(sid)], (it) => it.programme.cells[y * S + si]!, (it) => it.delta.cells[y * S + si]!)));
      body.push(moneyRow(doc, cmp, ['', s('yearTotal', { year })], (it) => it.programme.perYear[y]!, (it) => it.delta.perYear[y]!, 'total'));
    });
    const period = `${cmp.years[0]}–${cmp.years.at(-1)}`;
    cmp.sourceIds.forEach((sid, si) => body.push(moneyRow(doc, cmp, [period, src(sid)], (it) => it.programme.perSource[si]!, (it) => it.delta.perSource[si]!, 'total')));
    body.push(moneyRow(doc, cmp, ['', s('grandTotal')], (it) => it.programme.total, (it) => it.delta.total, 'grand'));
    // Money a shift pushed past the period is not in the totals, but never silently gone.
    const ref = cmp.items.find((i) => i.id === cmp.referenceId)?.programme.outside ?? 0;
    if (cmp.items.some((i) => i.programme.outside !== 0)) {
      const outside = (it: CompareItem): DeltaFigure => ({ abs: (it.programme.outside - ref) as Kop, pct: ref === 0 ? null : ((it.programme.outside - ref) / ref) * 100 });
      body.push(moneyRow(doc, cmp, ['⚠', s('outsideRow')], (it) => it.programme.outside, outside, 'outside'));
    }
    return { head: head([s('year'), s('source')], cmp, props.name), body };
  };
  return <DomTable testId="cmp-years" caption={s('byYearSource')} build={build} />;
}

/** Priority totals of every item with deltas. */
export function PriorityTable(props: TablesProps) {
  const zero: DeltaFigure = { abs: 0 as Kop, pct: 0 };
  const build = () => {
    const { doc, cmp } = props;
    const body = doc.priorities.map((pr) => {
      const total = (it: CompareItem) => it.priorities.find((x) => x.id === pr.id)?.planned.total ?? 0;
      return moneyRow(doc, cmp, [`${pr.code} ${pr.title}`.trim()], total, (it) => it.delta.priorities.find((x) => x.id === pr.id)?.total ?? zero);
    });
    body.push(moneyRow(doc, cmp, [s('grandTotal')], (it) => it.programme.total, (it) => it.delta.total, 'grand'));
    return { head: head([s('priority')], cmp, props.name), body };
  };
  return <DomTable testId="cmp-priorities" caption={s('byPriority')} build={build} />;
}

/** Cap excesses of every item: red, with an icon and the amount over in words. */
export function ExcessList(props: TablesProps) {
  const p = () => props.doc.programme;
  const rows = () => props.cmp.items.flatMap((it) => it.capExcess.map((e) => ({ it, e })));
  return (
    <section>
      <h3>{s('capExcess')}</h3>
      <Show when={rows().length} fallback={<p class="muted">✔ {s('noExcess')}</p>}>
        <ul class="cap-status" data-testid="cmp-excess">
          <For each={rows()}>
            {(r) => <li class="excess">{props.name(r.it.id)}: {s('excess', { where: capPlace(p(), r.e.cap), computed: moneyWithUnit(p(), r.e.computed), cap: moneyWithUnit(p(), r.e.cap.amount), over: moneyWithUnit(p(), r.e.over) })}</li>}
          </For>
        </ul>
      </Show>
    </section>
  );
}

/** The measures whose money differs from the reference, per item (the largest changes first when trimmed). */
export function DifferingList(props: TablesProps) {
  const items = () => props.cmp.items.filter((i) => i.id !== props.cmp.referenceId);
  const build = () => {
    const { doc } = props;
    const p = doc.programme;
    const byId = new Map(doc.measures.map((m) => [m.id, m]));
    const body: Row[] = [];
    for (const it of items()) {
      const count = props.differingCount?.[it.id] ?? it.differing.length;
      body.push({ cls: 'total', cells: [{ text: `${props.name(it.id)}: ${count}`, colSpan: 5 }] });
      for (const d of it.differing) {
        const m = byId.get(d.measureId);
        body.push({
          cells: [
            { text: m?.code ?? '' },
            { text: m?.title ?? d.measureId },
            { text: formatAmount(d.reference, p.unit), cls: 'num' },
            { text: formatAmount(d.value, p.unit), cls: 'num' },
            { text: signed(p, d.value - d.reference), cls: d.value < d.reference ? 'num neg' : 'num pos' },
          ],
        });
      }
      if (count > it.differing.length) body.push({ cells: [{ text: s('moreRows', { n: count - it.differing.length }), colSpan: 5, cls: 'muted' }] });
    }
    const headRow: Row = { cells: ['№', s('measure'), s('inReference'), s('inItem'), s('delta')].map((text) => ({ text, head: true })) };
    return { head: [headRow], body };
  };
  return (
    <section class="lazy-block">
      <h3>{s('differing')}</h3>
      <Show when={items().some((i) => i.differing.length)} fallback={<p class="muted">{s('noDiffering')}</p>}>
        <DomTable testId="cmp-differing" caption={s('differing')} build={build} />
      </Show>
    </section>
  );
}
