/**
 * Assembles sheets into an .xlsx file (an OOXML zip package).
 *
 * Why our own writer rather than ExcelJS: the official annex needs styles, merges, frozen rows,
 * print titles and formulas with cached values, which SheetJS Community cannot write; ExcelJS
 * can, but took 3–4 s for a 5,000-measure annex (the goal is 1 s), is ~1 MB minified and is no
 * longer maintained. The parts written here are few and fixed, and fflate zips them in-process.
 */
import { zipSync } from 'fflate';
import { quoteSheet } from './address';
import type { Sheet } from './sheet';
import { SharedStrings, sheetXml } from './sheet-xml';
import type { StyleBook } from './styles';
import { escapeXml } from './xml';

export interface WorkbookMeta {
  title: string;
  /** ISO timestamp written as the document's creation date */
  created: string;
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** Zip entries get a fixed date so that the same programme always gives the same bytes. */
const MTIME = new Date(Date.UTC(2000, 0, 1));

export function packageWorkbook(sheets: readonly Sheet[], styles: StyleBook, meta: WorkbookMeta): Uint8Array {
  const enc = new TextEncoder();
  const sst = new SharedStrings();
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = enc.encode(sheetXml(s, sst, i === 0))));
  files['xl/sharedStrings.xml'] = enc.encode(sst.xml());
  files['xl/styles.xml'] = enc.encode(styles.xml());
  files['xl/workbook.xml'] = enc.encode(workbookXml(sheets));
  files['xl/_rels/workbook.xml.rels'] = enc.encode(workbookRels(sheets.length));
  files['[Content_Types].xml'] = enc.encode(contentTypes(sheets.length));
  files['_rels/.rels'] = enc.encode(
    `${HEAD}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
      '</Relationships>',
  );
  files['docProps/core.xml'] = enc.encode(
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:title>${escapeXml(meta.title)}</dc:title><dc:creator>Hromada Workbench</dc:creator>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${escapeXml(w3cdtf(meta.created))}</dcterms:created>` +
      '</cp:coreProperties>',
  );
  files['docProps/app.xml'] = enc.encode(
    `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Hromada Workbench</Application></Properties>`,
  );
  // Level 1: the XML is very repetitive, so fast deflate is already ~15× smaller; higher levels cost time for a few per cent.
  return zipSync(files, { level: 1, mtime: MTIME });
}

function workbookXml(sheets: readonly Sheet[]): string {
  const names = sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const titles = sheets
    .map((s, i) =>
      s.page.titleRows
        ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(quoteSheet(s.name))}!$${s.page.titleRows[0]}:$${s.page.titleRows[1]}</definedName>`
        : '',
    )
    .join('');
  return (
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${names}</sheets>` +
    (titles ? `<definedNames>${titles}</definedNames>` : '') +
    // Cached values are exact, but a spreadsheet that recomputes on load never shows stale ones.
    '<calcPr calcId="191029" fullCalcOnLoad="1"/>' +
    '</workbook>'
  );
}

function workbookRels(n: number): string {
  const rels: string[] = [];
  for (let i = 1; i <= n; i++) rels.push(`<Relationship Id="rId${i}" Type="${REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`);
  rels.push(`<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  rels.push(`<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  return `${HEAD}<Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`;
}

function contentTypes(n: number): string {
  const sheets: string[] = [];
  for (let i = 1; i <= n; i++) {
    sheets.push(`<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  }
  return (
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets.join('') +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>'
  );
}

/** W3CDTF wants `2026-01-01T00:00:00Z`, no milliseconds. */
function w3cdtf(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '2000-01-01T00:00:00Z' : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
