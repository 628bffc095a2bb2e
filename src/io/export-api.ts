/**
 * The export half of the io worker's API, as plain functions (pure, testable without a worker):
 * the file a person asked for, with its name and type, or `{ ok: false, error }`. Writing 5,000
 * measures takes a good part of a second, so the UI asks the worker and keeps typing smooth.
 */
import type { IndicatorResult } from '../engine/indicators';
import type { ProgrammeDoc, Version } from '../model/schema';
import type { IoResult } from './api';
import { createBackup, exportAnnex1, exportAnnex2, exportFileName, exportPlanCsv, CSV_MIME, JSON_MIME, XLSX_MIME } from './export';

export type ExportKind = 'annex1-six' | 'annex1-compact' | 'annex2' | 'plan-csv' | 'backup';

export interface ExportFile {
  name: string;
  mime: string;
  data: Uint8Array | string;
}

export interface ExportInput {
  doc: ProgrammeDoc;
  /** the engine's indicator results (dynamics in Додаток 2) */
  indicators?: readonly IndicatorResult[];
  /** frozen versions, kept in the backup */
  versions?: Version[];
}

export const exportApi = {
  exportFile(kind: ExportKind, input: ExportInput): IoResult<ExportFile> {
    const { doc } = input;
    const title = doc.programme.title;
    try {
      switch (kind) {
        case 'annex1-six':
          return file(exportFileName('Додаток 1', title, 'xlsx'), XLSX_MIME, exportAnnex1(doc, { layout: 'six-rows' }));
        case 'annex1-compact':
          return file(exportFileName('Додаток 1 (компактно)', title, 'xlsx'), XLSX_MIME, exportAnnex1(doc, { layout: 'compact' }));
        case 'annex2':
          return file(exportFileName('Додаток 2', title, 'xlsx'), XLSX_MIME, exportAnnex2(doc, input.indicators));
        case 'plan-csv':
          return file(exportFileName('План заходів', title, 'csv'), CSV_MIME, exportPlanCsv(doc));
        case 'backup':
          return file(exportFileName('Резервна копія', title, 'json'), JSON_MIME, createBackup([{ doc, versions: input.versions ?? [] }]));
      }
    } catch (e) {
      return { ok: false, error: { type: 'internal', message: `Файл не створено через внутрішню помилку: ${e instanceof Error ? e.message : String(e)}.` } };
    }
  },
};

function file(name: string, mime: string, data: Uint8Array | string): IoResult<ExportFile> {
  return { ok: true, value: { name, mime, data } };
}
