/**
 * The rows «Джерела фінансування» of the official six-rows-per-measure form, and which of the
 * programme's sources each row adds up.
 *
 * The form has exactly five sources. A programme's sources are mapped by `kind`; two sources of
 * one kind share its row. Money in a `custom` or `undivided` source has no row in the form, and
 * folding it into «інші джерела» would state a split the document never made (Хмільник's money
 * is not divided by source at all). So by default each such source that holds money gets an
 * extra row after «інші джерела», named as the source is; the measure's «Загальний обсяг» still
 * sums every row. `fold-into-other` keeps the strict six rows instead and the export adds a note
 * under the table naming what «інші джерела» then contains.
 */
import type { FundingSource, SourceKind } from '../../model/schema';

export type NonStandardSources = 'extra-rows' | 'fold-into-other';

export interface SourceRow {
  label: string;
  /** indices into the programme's sources */
  sources: number[];
}

export const STANDARD_ROW_LABELS: ReadonlyArray<[SourceKind, string]> = [
  ['state', 'державний бюджет'],
  ['regional', 'обласний бюджет'],
  ['district', 'районний бюджет'],
  ['local', 'бюджет територіальної громади'],
  ['other', 'інші джерела'],
];

export const TOTAL_ROW_LABEL = 'Загальний обсяг, у тому числі:';

export interface SourceRowPlan {
  rows: SourceRow[];
  /** non-standard sources folded into «інші джерела» (only with `fold-into-other`) */
  folded: FundingSource[];
}

/**
 * @param used  indices of sources that hold money or a marker anywhere in the plan
 */
export function sourceRows(sources: readonly FundingSource[], used: ReadonlySet<number>, mode: NonStandardSources): SourceRowPlan {
  const rows: SourceRow[] = STANDARD_ROW_LABELS.map(([, label]) => ({ label, sources: [] }));
  const other = rows[4]!;
  const folded: FundingSource[] = [];
  const taken = new Set(rows.map((r) => r.label));
  sources.forEach((s, i) => {
    const std = STANDARD_ROW_LABELS.findIndex(([kind]) => kind === s.kind);
    if (std >= 0) {
      rows[std]!.sources.push(i);
      return;
    }
    if (!used.has(i)) return;
    if (mode === 'fold-into-other') {
      other.sources.push(i);
      folded.push(s);
      return;
    }
    // A label must not repeat: the big-plan SUMIF totals pick rows by it.
    let label = s.name.trim() || 'інше джерело';
    for (let n = 2; taken.has(label.toLowerCase()); n++) label = `${s.name.trim()} (${n})`;
    taken.add(label.toLowerCase());
    rows.push({ label, sources: [i] });
  });
  return { rows, folded };
}
