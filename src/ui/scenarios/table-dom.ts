/**
 * Plain DOM building for the comparison's big tables: thousands of cells that never change
 * after they are drawn (a new comparison draws a new table), so they are made once with
 * createElement and textContent — no reactive bookkeeping per cell, and no HTML parsing of
 * names typed by users.
 */
export interface Cell {
  text: string;
  /** class names, e.g. 'num neg' */
  cls?: string;
  colSpan?: number;
  rowSpan?: number;
  head?: boolean;
}

export interface Row {
  cells: Cell[];
  cls?: string;
}

function rowEl(r: Row): HTMLTableRowElement {
  const tr = document.createElement('tr');
  if (r.cls) tr.className = r.cls;
  for (const c of r.cells) {
    const td = document.createElement(c.head ? 'th' : 'td');
    td.textContent = c.text;
    if (c.cls) td.className = c.cls;
    if (c.colSpan) td.colSpan = c.colSpan;
    if (c.rowSpan) td.rowSpan = c.rowSpan;
    tr.append(td);
  }
  return tr;
}

/** Replaces the table's head and body with the given rows. */
export function fillTable(table: HTMLTableElement, head: readonly Row[], body: readonly Row[]): void {
  const thead = document.createElement('thead');
  for (const r of head) thead.append(rowEl(r));
  const tbody = document.createElement('tbody');
  for (const r of body) tbody.append(rowEl(r));
  table.replaceChildren(...[...table.querySelectorAll('caption')], thead, tbody);
}
