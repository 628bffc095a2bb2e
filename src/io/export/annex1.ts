/** Додаток 1 «Перелік завдань, проектів, робіт з інформатизації» as an .xlsx file. */
import type { ProgrammeDoc } from '../../model/schema';
import { compactSheet } from './annex1-compact';
import { sixRowsSheet } from './annex1-six';
import type { NonStandardSources } from './source-rows';
import { packageWorkbook } from './xlsx/package';
import { StyleBook } from './xlsx/styles';

export type Annex1Layout = 'six-rows' | 'compact';

export interface Annex1Options {
  /** `six-rows`: the official form (default); `compact`: one row per measure */
  layout?: Annex1Layout;
  /** six-rows only: where money of custom / undivided sources goes (see source-rows.ts) */
  nonStandardSources?: NonStandardSources;
}

/**
 * @example
 *   const bytes = exportAnnex1(doc, { layout: 'six-rows' });
 *   // save as `Додаток 1.xlsx`; every total is a SUM formula with its value cached
 */
export function exportAnnex1(doc: ProgrammeDoc, opts: Annex1Options = {}): Uint8Array {
  const book = new StyleBook();
  const sheet = opts.layout === 'compact' ? compactSheet(doc, book) : sixRowsSheet(doc, book, opts.nonStandardSources ?? 'extra-rows');
  return packageWorkbook([sheet], book, { title: `Додаток 1. ${doc.programme.title}`, created: doc.programme.updatedAt });
}
