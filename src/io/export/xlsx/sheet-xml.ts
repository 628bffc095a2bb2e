/** Renders a Sheet as xl/worksheets/sheetN.xml, elements in the order the OOXML schema requires. */
import { colName, rangeRef, ref } from './address';
import type { Sheet } from './sheet';
import { escapeXml } from './xml';

/** Shared strings: a label repeated on 5,000 measures is stored once. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  private uses = 0;
  id(text: string): number {
    this.uses++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }
  xml(): string {
    const items = this.list.map((t) => `<si>${/^\s|\s$/.test(t) ? `<t xml:space="preserve">${escapeXml(t)}</t>` : `<t>${escapeXml(t)}</t>`}</si>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.list.length}">${items.join('')}</sst>`
    );
  }
}

export function sheetXml(sheet: Sheet, sst: SharedStrings, selected: boolean): string {
  const { rows, cols } = sheet.extent();
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    `<dimension ref="${rangeRef(1, 1, rows, cols)}"/>`,
    `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}>${paneXml(sheet.frozenRows)}</sheetView></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
  ];
  if (sheet.widths.length) {
    out.push('<cols>');
    sheet.widths.forEach((w, i) => out.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`));
    out.push('</cols>');
  }
  out.push('<sheetData>');
  let last = sheet.rows.length - 1;
  for (const r of sheet.heights.keys()) last = Math.max(last, r);
  for (let r = 1; r <= last; r++) {
    const cells = sheet.rowCells(r);
    const ht = sheet.heights.get(r);
    if (!cells && ht === undefined) continue;
    // One string per row built with +=: V8 joins these as ropes, faster than a part per cell.
    let row = ht === undefined ? `<row r="${r}">` : `<row r="${r}" ht="${ht}" customHeight="1">`;
    if (cells) {
      for (const cell of cells) {
        const at = colName(cell.c) + r;
        switch (cell.k) {
          case 'n':
            row += `<c r="${at}" s="${cell.s}"><v>${cell.v}</v></c>`;
            break;
          case 's':
            row += `<c r="${at}" s="${cell.s}" t="s"><v>${sst.id(String(cell.v))}</v></c>`;
            break;
          case 'f':
            row += `<c r="${at}" s="${cell.s}"><f>${escapeXml(cell.f!)}</f><v>${cell.v}</v></c>`;
            break;
          case 'fs':
            row += `<c r="${at}" s="${cell.s}" t="str"><f>${escapeXml(cell.f!)}</f><v>${escapeXml(String(cell.v))}</v></c>`;
            break;
          case 'blank':
            row += `<c r="${at}" s="${cell.s}"/>`;
            break;
        }
      }
    }
    out.push(row + '</row>');
  }
  out.push('</sheetData>');
  if (sheet.merges.length) {
    out.push(`<mergeCells count="${sheet.merges.length}">`);
    for (const m of sheet.merges) out.push(`<mergeCell ref="${rangeRef(m.r1, m.c1, m.r2, m.c2)}"/>`);
    out.push('</mergeCells>');
  }
  out.push(
    '<printOptions horizontalCentered="1"/>',
    '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>',
    // A4 (paperSize 9), fitted to the page width and as many pages down as needed.
    `<pageSetup paperSize="9" orientation="${sheet.page.landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>`,
    '<headerFooter><oddFooter>&amp;CСторінка &amp;P з &amp;N</oddFooter></headerFooter>',
    '</worksheet>',
  );
  return out.join('');
}

function paneXml(frozenRows: number): string {
  if (!frozenRows) return '';
  const top = ref(frozenRows + 1, 1);
  return `<pane ySplit="${frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>`;
}
