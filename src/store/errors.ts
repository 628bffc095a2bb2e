/** A fault the user must be told about, with a Ukrainian sentence that says what to do. */
export type StoreErrorType = 'refused' | 'quota' | 'unavailable' | 'invalid-record' | 'conflict' | 'version-change' | 'failed';

export interface StoreError {
  type: StoreErrorType;
  message: string;
}

/** Thrown by a command that cannot be applied; nothing is written. */
export class CommandRefused extends Error {
  constructor(message: string, readonly type: StoreErrorType = 'refused') {
    super(message);
  }
}

/** A stored record that does not match the schema; the raw data is kept for download. */
export class InvalidRecordError extends Error {
  constructor(readonly table: string, readonly id: string, message: string) {
    super(`Запис у таблиці «${table}» (${id}) пошкоджений: ${message}. Дані не змінено — завантажте їх як JSON і передайте розробникам.`);
  }
}

export function toStoreError(e: unknown): StoreError {
  if (e instanceof CommandRefused) return { type: e.type, message: e.message };
  if (e instanceof InvalidRecordError) return { type: 'invalid-record', message: e.message };
  const name = (e as { name?: string } | null)?.name ?? '';
  const inner = (e as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return { type: 'quota', message: 'Недостатньо місця у сховищі браузера: зміну не збережено. Звільніть місце (видаліть непотрібні програми або версії) і спробуйте ще раз.' };
  }
  if (name === 'DatabaseClosedError' || name === 'MissingAPIError' || name === 'OpenFailedError' || name === 'InvalidStateError') {
    return { type: 'unavailable', message: 'Сховище браузера (IndexedDB) недоступне: зміну не збережено. Можливо, увімкнено приватний режим або сховище заблоковано. Перезавантажте сторінку або відкрийте її у звичайному вікні.' };
  }
  const detail = e instanceof Error ? e.message : String(e);
  return { type: 'failed', message: `Зміну не збережено через помилку: ${detail}` };
}
