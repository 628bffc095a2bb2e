/** The file-size check on its own: the wizard runs it before reading a picked file, the CLI before reading from disk. */
import { fileLabel, megabytes } from './errors';
import { LIMITS } from './limits';
import type { ImportError } from './types';

/** The size check alone, for callers that know the size before reading the bytes (the CLI, the wizard). */
export function checkFileSize(size: number, fileName?: string): ImportError | null {
  if (size === 0) return { code: 'empty-file', message: `${fileLabel(fileName)} порожній (0 байтів). Виберіть інший файл.` };
  if (size > LIMITS.fileBytes) {
    return {
      code: 'too-large',
      message: `${fileLabel(fileName)} завеликий: ${megabytes(size)}, а найбільше можна імпортувати ${megabytes(LIMITS.fileBytes)}. ` +
        'Залиште в книзі лише аркуші з планом і індикаторами (без зображень) і збережіть заново.',
    };
  }
  return null;
}

