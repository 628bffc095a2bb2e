import { unwrap } from 'solid-js/store';
import { saveFile } from '../common/download';
import { VERSION_PREFIX } from '../../engine/compare-versions';
import type { Comparison } from '../../engine/types';
import type { ProgrammeDoc, Version } from '../../model/schema';

/**
 * Writes the comparison as .xlsx (on the main thread: the file is small) and hands it to the
 * browser as a download. Measures that only a compared version has are added to the document the
 * exporter reads, so that they are listed by code and title. The exporter is loaded on first use.
 * @returns the file name
 */
export async function downloadComparison(doc: ProgrammeDoc, cmp: Comparison, names: Record<string, string>, versions: readonly Version[]): Promise<string> {
  const [{ exportComparison }, { exportFileName, XLSX_MIME }] = await Promise.all([import('../../io/export/comparison'), import('../../io/export/files')]);
  const plain = unwrap(doc);
  const known = new Set(plain.measures.map((m) => m.id));
  const extra = versions
    .filter((v) => cmp.items.some((it) => it.id === VERSION_PREFIX + v.id))
    .flatMap((v) => v.doc.measures)
    .filter((m) => !known.has(m.id) && (known.add(m.id), true));
  const bytes = exportComparison({ ...plain, measures: [...plain.measures, ...extra] }, cmp, names);
  const name = exportFileName('Порівняння сценаріїв', plain.programme.title, 'xlsx');
  saveFile(bytes, name, XLSX_MIME);
  return name;
}
