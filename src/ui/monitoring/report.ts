import { unwrap } from 'solid-js/store';
import { saveFile } from '../common/download';
import type { ProgrammeDoc } from '../../model/schema';

export type Quarter = 1 | 2 | 3 | 4;

/**
 * Builds «Звіт про виконання» for a year (or a quarter: the year's plan against actuals so far)
 * and hands it to the browser as a download. The exporter is loaded on first use.
 * @returns the file name
 */
export async function downloadMonitoringReport(doc: ProgrammeDoc, year: number, quarter?: Quarter): Promise<string> {
  const [{ exportMonitoring, periodText }, { exportFileName, XLSX_MIME }] = await Promise.all([import('../../io/export/monitoring'), import('../../io/export/files')]);
  const plain = unwrap(doc);
  const bytes = exportMonitoring(plain, year, quarter ? { quarter } : {});
  const name = exportFileName(`Звіт про виконання ${periodText(year, quarter)}`, plain.programme.title, 'xlsx');
  saveFile(bytes, name, XLSX_MIME);
  return name;
}
