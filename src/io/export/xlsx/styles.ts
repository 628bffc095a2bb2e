/**
 * The workbook's cell formats, registered as they are used and written as xl/styles.xml.
 * Equal specs share one index, so a 30,000-row annex still has a dozen formats.
 */
import { escapeXml } from './xml';

export interface StyleSpec {
  bold?: boolean;
  italic?: boolean;
  /** points; 11 when not given */
  size?: number;
  /** ARGB fill colour, e.g. `FFE7EEF7` */
  fill?: string;
  /** thin border on all four sides */
  border?: boolean;
  h?: 'left' | 'center' | 'right';
  v?: 'top' | 'center' | 'bottom';
  wrap?: boolean;
  /** an Excel number format code; General when not given */
  numFmt?: string;
}

/** Official documents are typeset in Times New Roman; charset 204 is Cyrillic. */
const FONT_NAME = 'Times New Roman';
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '0%': 9, '0.00%': 10 };

export class StyleBook {
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly byKey = new Map<string, number>();
  private readonly fonts = new Registry(fontXml({}));
  private readonly fills = new Registry('<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>');
  private readonly borders = new Registry('<border><left/><right/><top/><bottom/><diagonal/></border>');
  private readonly numFmts = new Map<string, number>();

  /** The cellXfs index of a format, registering it on first use. */
  id(spec: StyleSpec): number {
    const key = JSON.stringify(spec);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const fontId = this.fonts.id(fontXml(spec));
    const fillId = spec.fill ? this.fills.id(`<fill><patternFill patternType="solid"><fgColor rgb="${spec.fill}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    const borderId = spec.border ? this.borders.id(THIN_BORDER) : 0;
    const numFmtId = spec.numFmt ? this.numFmtId(spec.numFmt) : 0;
    const align = [
      spec.h ? ` horizontal="${spec.h}"` : '',
      spec.v ? ` vertical="${spec.v}"` : '',
      spec.wrap ? ' wrapText="1"' : '',
    ].join('');
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ''} applyFont="1"${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}` +
      (align ? ` applyAlignment="1"><alignment${align}/></xf>` : '/>');
    const id = this.xfs.length;
    this.xfs.push(xf);
    this.byKey.set(key, id);
    return id;
  }

  private numFmtId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = 164 + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  xml(): string {
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join('');
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (this.numFmts.size ? `<numFmts count="${this.numFmts.size}">${numFmts}</numFmts>` : '') +
      this.fonts.xml('fonts') +
      this.fills.xml('fills') +
      this.borders.xml('borders') +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

const THIN_SIDE = (side: string): string => `<${side} style="thin"><color indexed="64"/></${side}>`;
const THIN_BORDER = `<border>${THIN_SIDE('left')}${THIN_SIDE('right')}${THIN_SIDE('top')}${THIN_SIDE('bottom')}<diagonal/></border>`;

function fontXml(spec: StyleSpec): string {
  return `<font>${spec.bold ? '<b/>' : ''}${spec.italic ? '<i/>' : ''}<sz val="${spec.size ?? 11}"/><name val="${FONT_NAME}"/><family val="1"/><charset val="204"/></font>`;
}

/** A deduplicated list of XML fragments, addressed by index. */
class Registry {
  private readonly items: string[];
  private readonly index = new Map<string, number>();
  constructor(...initial: string[]) {
    this.items = [...initial];
    initial.forEach((x, i) => this.index.set(x, i));
  }
  id(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
  xml(tag: string): string {
    return `<${tag} count="${this.items.length}">${this.items.join('')}</${tag}>`;
  }
}
