/**
 * The import half of the io worker's API, as plain functions (pure, testable without a worker):
 * each returns `{ ok, value }` or `{ ok: false, error: { type, message } }`, so nothing crosses
 * the worker boundary as a rejection. workers/io.worker.ts spreads this object into its API.
 */
import type { ProgrammeDoc } from '../model/schema';
import { parseBudgetExecution, reduceBudgetRows, type BudgetLine, type BudgetProblem } from './budget-execution';
import { importWorkbook } from './import';
import { inspectWorkbook, type WorkbookPreview } from './inspect';
import { summarize, type ImportSummary } from './summary';
import type { ImportOptions, ImportReport, ImportStage, LayoutId } from './types';

export type IoResult<T> = { ok: true; value: T } | { ok: false; error: { type: string; message: string } };

/** Progress as the worker reports it: the stage and how far along it is (0..1). */
export type ProgressFn = (stage: ImportStage, fraction: number) => void;

export interface ImportPreview {
  doc: ProgrammeDoc;
  layout: LayoutId;
  report: ImportReport;
  /** counts, totals and every finding (the import's and the engine's), for the preview before commit */
  summary: ImportSummary;
}

export type ImportFileOptions = Omit<ImportOptions, 'onProgress' | 'now'>;

function internal(e: unknown): IoResult<never> {
  return { ok: false, error: { type: 'internal', message: `Внутрішня помилка імпорту: ${e instanceof Error ? e.message : String(e)}. Нічого не змінено.` } };
}

export const importApi = {
  /** Sheets, their first rows, the guessed header and columns, the detected layout: the wizard's mapping step. */
  inspect(data: Uint8Array, opts: { fileName?: string; previewRows?: number } = {}): IoResult<WorkbookPreview> {
    try {
      const r = inspectWorkbook(data, opts);
      return r.ok ? r : { ok: false, error: { type: r.error.code, message: r.error.message } };
    } catch (e) {
      return internal(e);
    }
  },

  /** A budget-execution CSV (actual spending by КПКВК code) read and summed per code and year, or the reason it cannot be read. */
  readBudget(data: Uint8Array): IoResult<{ lines: BudgetLine[]; notes: string[]; problems: BudgetProblem[] }> {
    try {
      const r = parseBudgetExecution(data);
      if (!r.ok) return { ok: false, error: { type: 'budget', message: r.message } };
      const reduced = reduceBudgetRows(r.rows);
      return { ok: true, value: { lines: reduced.lines, notes: reduced.notes, problems: r.problems } };
    } catch (e) {
      return internal(e);
    }
  },

  /** Imports and checks: the programme (not stored anywhere yet) with its report and the engine's summary. */
  importFile(data: Uint8Array, opts: ImportFileOptions = {}, onProgress?: ProgressFn): IoResult<ImportPreview> {
    try {
      const r = importWorkbook(data, { ...opts, ...(onProgress ? { onProgress: (s, f) => void onProgress(s, f) } : {}) });
      if (!r.ok) return { ok: false, error: { type: r.error.code, message: r.error.message } };
      return { ok: true, value: { doc: r.doc, layout: r.layout, report: r.report, summary: summarize(r.doc, r.layout, r.report) } };
    } catch (e) {
      return internal(e);
    }
  },
};
