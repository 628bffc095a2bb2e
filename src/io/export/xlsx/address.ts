/** A1-style addresses. Rows and columns are 1-based, as Excel numbers them. */

const letters: string[] = [];

/** `1` → `A`, `27` → `AA`. */
export function colName(c: number): string {
  const cached = letters[c];
  if (cached) return cached;
  let n = c;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  letters[c] = s;
  return s;
}

export function ref(r: number, c: number): string {
  return `${colName(c)}${r}`;
}

/** `G12:G17`, or `G12` when the range is one cell. */
export function rangeRef(r1: number, c1: number, r2: number, c2: number): string {
  return r1 === r2 && c1 === c2 ? ref(r1, c1) : `${ref(r1, c1)}:${ref(r2, c2)}`;
}

/** `$G$12:$G$17`: for ranges a formula must keep when copied. */
export function absRangeRef(r1: number, c1: number, r2: number, c2: number): string {
  return `$${colName(c1)}$${r1}:$${colName(c2)}$${r2}`;
}

/** A sheet name as a formula or defined name refers to it: `'Додаток 1'`. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Excel's rules for sheet names: at most 31 characters, none of `[]:*?/\`, not blank. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31);
  return cleaned || 'Аркуш';
}
