import type { GridApi } from 'ag-grid-community';
import type { CellRange } from './range';
import { parseTsv, toTsv } from './tsv';

/**
 * Copy and paste for AG Grid Community (its clipboard is Enterprise-only), on the browser's own
 * copy/paste events so no permission prompt is needed. Copy writes the selected cells as TSV,
 * the way spreadsheets do; paste hands the parsed block to the grid's owner, who applies it as
 * one command or refuses it whole.
 */
export function installClipboard<Row>(
  host: HTMLElement,
  api: GridApi<Row>,
  range: CellRange<Row>,
  onPaste: (block: string[][], at: { rowIndex: number; colId: string }) => void,
  onCopied: (cells: number) => void,
): () => void {
  const active = () => host.contains(document.activeElement) && !api.getEditingCells().length;
  const copy = (e: ClipboardEvent) => {
    if (!active()) return;
    const b = range.bounds();
    if (!b) return;
    const rows = b.rows.map((ri) => {
      const node = api.getDisplayedRowAtIndex(ri);
      return b.cols.map((colId) => {
        const v = node ? api.getCellValue({ rowNode: node, colKey: colId, useFormatter: true }) : '';
        // Amounts go out without the no-break grouping spaces so a spreadsheet reads them as numbers.
        return String(v ?? '').replace(/(\d)\u00a0(?=\d)/g, '$1');
      });
    });
    e.clipboardData?.setData('text/plain', toTsv(rows));
    e.preventDefault();
    onCopied(rows.length * b.cols.length);
  };
  const paste = (e: ClipboardEvent) => {
    if (!active()) return;
    const focused = api.getFocusedCell();
    if (!focused || focused.rowPinned) return;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    e.preventDefault();
    const start = range.isMulti() ? range.bounds()! : null;
    onPaste(parseTsv(text), { rowIndex: start ? start.rows[0]! : focused.rowIndex, colId: start ? start.cols[0]! : focused.column.getColId() });
  };
  document.addEventListener('copy', copy);
  document.addEventListener('paste', paste);
  return () => {
    document.removeEventListener('copy', copy);
    document.removeEventListener('paste', paste);
  };
}
