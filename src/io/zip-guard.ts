/**
 * Reads a zip archive's central directory (the index at its end) and refuses the archive before
 * SheetJS inflates it when it is truncated, encrypted, has too many entries, or would expand
 * past the limit: first by the sizes the directory declares, then by each entry's real size
 * counted without inflating it (an archive can lie about sizes; SheetJS in Node would allocate
 * whatever the stream produces).
 */
import { fail, fileLabel, megabytes } from './errors';
import { countInflated } from './inflate-count';
import { LIMITS } from './limits';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  encrypted: boolean;
}

const u16 = (d: Uint8Array, o: number): number => d[o]! | (d[o + 1]! << 8);
const u32 = (d: Uint8Array, o: number): number => (d[o]! | (d[o + 1]! << 8) | (d[o + 2]! << 16) | (d[o + 3]! << 24)) >>> 0;
const u64 = (d: Uint8Array, o: number): number => u32(d, o) + u32(d, o + 4) * 2 ** 32;

function corrupt(fileName: string | undefined, what: string): never {
  fail('corrupt', `${fileLabel(fileName)} пошкоджений або недокачаний (${what}). Відкрийте його в Excel чи LibreOffice, збережіть заново як .xlsx і повторіть імпорт.`);
}

/** Lists the entries from the central directory; fails with a typed error on a broken archive. */
export function readZipDirectory(data: Uint8Array, fileName?: string): ZipEntry[] {
  const len = data.length;
  let eocd = -1;
  for (let i = len - 22; i >= Math.max(0, len - 22 - 0xffff); i--) {
    if (data[i] === 0x50 && data[i + 1] === 0x4b && data[i + 2] === 0x05 && data[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) corrupt(fileName, 'немає каталогу архіву в кінці файла');
  let count = u16(data, eocd + 10);
  let cdSize = u32(data, eocd + 12);
  let cdOffset = u32(data, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(data, loc) !== 0x07064b50) corrupt(fileName, 'пошкоджений каталог ZIP64');
    const z = u64(data, loc + 8);
    if (z + 56 > len || u32(data, z) !== 0x06064b50) corrupt(fileName, 'пошкоджений каталог ZIP64');
    count = u64(data, z + 32);
    cdSize = u64(data, z + 40);
    cdOffset = u64(data, z + 48);
  }
  if (count > LIMITS.zipEntries) {
    fail('zip-bomb', `${fileLabel(fileName)} містить ${count} вкладених файлів — справжня книга Excel має кілька десятків. Найбільше дозволено ${LIMITS.zipEntries}. Збережіть таблицю заново як .xlsx.`);
  }
  if (cdOffset + cdSize > eocd) corrupt(fileName, 'каталог архіву виходить за межі файла');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || u32(data, p) !== 0x02014b50) corrupt(fileName, 'пошкоджений запис каталогу архіву');
    const flags = u16(data, p + 8);
    const method = u16(data, p + 10);
    let compressedSize = u32(data, p + 20);
    let size = u32(data, p + 24);
    const nameLen = u16(data, p + 28);
    const extraLen = u16(data, p + 30);
    const commentLen = u16(data, p + 32);
    let localOffset = u32(data, p + 42);
    const name = new TextDecoder().decode(data.subarray(p + 46, p + 46 + nameLen));
    // ZIP64 sizes live in extra field 0x0001, in this order, only for the fields set to 0xFFFFFFFF.
    let e = p + 46 + nameLen;
    const eEnd = e + extraLen;
    while (e + 4 <= eEnd) {
      const id = u16(data, e);
      const sz = u16(data, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff && q + 8 <= e + 4 + sz) (size = u64(data, q)), (q += 8);
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + sz) (compressedSize = u64(data, q)), (q += 8);
        if (localOffset === 0xffffffff && q + 8 <= e + 4 + sz) localOffset = u64(data, q);
      }
      e += 4 + sz;
    }
    entries.push({ name, method, compressedSize, size, localOffset, encrypted: (flags & 1) === 1 });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * Refuses an archive that would expand past LIMITS.uncompressedBytes (declared or real), is
 * encrypted, or whose entries lie outside the file.
 */
export function guardZip(data: Uint8Array, fileName?: string): ZipEntry[] {
  const entries = readZipDirectory(data, fileName);
  const limit = LIMITS.uncompressedBytes;
  const bomb = (total: number): never =>
    fail('zip-bomb', `${fileLabel(fileName)} після розпакування займає ${total > 1e15 ? 'понад петабайт' : megabytes(total)}, а найбільше дозволено ${megabytes(limit)}. ` +
      'Це не схоже на таблицю програми (можливо, «zip-бомба»). Збережіть у файл лише потрібні аркуші.');
  let declared = 0;
  for (const en of entries) declared += en.size;
  if (declared > limit) bomb(declared);
  for (const en of entries) {
    // Encrypted only when the entry's own header agrees: one flipped bit in the directory is damage, not a password.
    if (en.encrypted && en.localOffset + 8 <= data.length && (u16(data, en.localOffset + 6) & 1) === 1) {
      fail('password-protected', `${fileLabel(fileName)} зашифрований паролем. Відкрийте його в Excel, зніміть пароль (Файл → Відомості → Захистити книгу) і збережіть, тоді імпортуйте знову.`);
    }
    const lo = en.localOffset;
    if (lo + 30 > data.length || u32(data, lo) !== 0x04034b50) corrupt(fileName, `немає даних файла «${en.name}»`);
    const start = lo + 30 + u16(data, lo + 26) + u16(data, lo + 28);
    const end = start + en.compressedSize;
    if (end > data.length) corrupt(fileName, `файл «${en.name}» обрізаний`);
    if (en.method === 0) {
      if (en.compressedSize !== en.size) corrupt(fileName, `неправильний розмір «${en.name}»`);
    } else if (en.method === 8) {
      // Counted a little past the declared size, so that a damaged stream (a few bytes off) is told from a bomb
      // (many times its declared size); never past the overall limit.
      const counted = countInflated(data, start, end, Math.min(limit, en.size * 10 + 1024 * 1024));
      if (!counted.ok && counted.reason === 'over-limit') {
        fail('zip-bomb', `${fileLabel(fileName)}: вкладений файл «${en.name}» розпаковується у більше даних, ніж заявлено в каталозі архіву ` +
          `(${megabytes(en.size)}). Такий архів пошкоджений або навмисно шкідливий («zip-бомба»), тому його не відкрито. Збережіть таблицю заново в Excel.`);
      }
      if (!counted.ok) corrupt(fileName, `файл «${en.name}» не розпаковується`);
      if (counted.bytes !== en.size) corrupt(fileName, `розмір «${en.name}» не збігається з каталогом`);
    } else {
      corrupt(fileName, `невідомий спосіб стиснення ${en.method} у «${en.name}»`);
    }
  }
  return entries;
}
