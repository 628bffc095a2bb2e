/**
 * Everything the app writes out: the official annexes as .xlsx, the scenario comparison, the
 * monitoring report, the plan as CSV, and the JSON backup with its restore validation.
 * Pure functions of a ProgrammeDoc (and engine results); no DOM, meant for the io worker.
 * The .xlsx functions return the file's bytes (transferable); the CSV and backup return text.
 */
export { exportAnnex1 } from './annex1';
export type { Annex1Layout, Annex1Options } from './annex1';
export { exportAnnex2 } from './annex2';
export { exportComparison, PLAN_NAME } from './comparison';
export { exportMonitoring } from './monitoring';
export { exportPlanCsv, neutralise } from './csv';
export { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, createBackup, parseBackup } from './backup';
export type { Backup, BackupError, BackupErrorCode, BackupProgramme, BackupResult, HistoryEntry } from './backup';
export type { NonStandardSources } from './source-rows';
export { XLSX_MIME, CSV_MIME, JSON_MIME, exportFileName } from './files';
