import type { ImportError, ImportErrorCode } from './types';

/**
 * Thrown inside the pipeline to stop with a typed, worded error; `importWorkbook` turns it into
 * `{ ok: false, error }`, so nothing half-done escapes.
 */
export class ImportFailure extends Error {
  constructor(readonly code: ImportErrorCode, message: string) {
    super(message);
    this.name = 'ImportFailure';
  }
  toError(): ImportError {
    return { code: this.code, message: this.message };
  }
}

export function fail(code: ImportErrorCode, message: string): never {
  throw new ImportFailure(code, message);
}

/** «“план.xlsx”: » — the file named at the start of every message, when it has a name. */
export function fileLabel(fileName: string | undefined): string {
  return fileName ? `Файл «${fileName}»` : 'Файл';
}

/** «12,5 МБ» */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${(mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10).toString().replace('.', ',')} МБ`;
}
