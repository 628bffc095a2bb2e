/**
 * Builds public/samples/illintsi-2026-2028.json from the seed text of the Іллінці programme
 * (a .docx flattened to text: one table cell per line, a cell's extra paragraphs on lines
 * without the leading tab).
 *
 * The layout of the annex (Додаток 1) is irregular (merged cells, cells with several paragraphs,
 * total blocks with or without leading empty cells), so the structure is transcribed by hand
 * below as 1-based line numbers of the seed, and every text and amount is read from those lines.
 * The script then checks that every non-empty line of the annex was used exactly once, so that
 * nothing in the document is left out, and that every money cell is read by the project's own
 * parser (exact integer kopiykas).
 *
 *   cd /work/main && npx tsx scripts/samples/illintsi.ts [path/to/seed.txt]
 */
import { programmeDocSchema } from '../../src/model/schema';
import type { DeclaredAmount, FundingCell, Measure, PassportField, Priority, ProgrammeDoc, Task } from '../../src/model/schema';
import { parseAmount, formatAmount, type Kop } from '../../src/model/money';
import { STANDARD_SOURCES } from '../../src/model/sources';

// The project is typechecked without Node's types (it targets the browser), so the two Node
// facilities this script needs are reached untyped and given the narrow types used here.
interface NodeFs {
  readFileSync(path: string | URL, encoding: 'utf8'): string;
  writeFileSync(path: string | URL, data: string): void;
  mkdirSync(path: string | URL, options: { recursive: boolean }): void;
}
const fsModule = 'node:fs';
const { readFileSync, writeFileSync, mkdirSync } = (await import(/* @vite-ignore */ fsModule)) as NodeFs;
const argv = (globalThis as unknown as { process: { argv: string[] } }).process.argv;

const SEED = argv[2] ?? '/work/shared/seeds/002_f3b44f37c90db4e6.txt';
const OUT_DIR = new URL('../../public/samples/', import.meta.url);
const OUT = new URL('illintsi-2026-2028.json', OUT_DIR);

const PID = 'illintsi-2026';
const YEARS = [2026, 2027, 2028] as const;
/** The source rows of the form, as the annex writes them, and the source each one is. */
const SOURCE_ROWS: readonly { label: string; sourceId: string }[] = [
  { label: 'державний бюджет', sourceId: 'state' },
  { label: 'обласний бюджет', sourceId: 'regional' },
  { label: 'районний бюджет', sourceId: 'district' },
  { label: 'бюджет територіальної громади', sourceId: 'local' },
  { label: 'інші джерела', sourceId: 'other' },
];

// ---------------------------------------------------------------------------------------------
// Seed access
// ---------------------------------------------------------------------------------------------

const lines = readFileSync(SEED, 'utf8').split(/\r?\n/);
const used = new Map<number, string>(); // line → what read it

function raw(n: number): string {
  const l = lines[n - 1];
  if (l === undefined) throw new Error(`seed line ${n} does not exist`);
  return l;
}
/** The text of a line: without the cell tab, trimmed, runs of spaces collapsed. */
function clean(n: number): string {
  return raw(n).replace(/\t/g, ' ').replace(/[\s\u00a0]+/g, ' ').trim();
}
function take(n: number, what: string): string {
  const prev = used.get(n);
  if (prev) throw new Error(`seed line ${n} read twice: ${prev} and ${what}`);
  used.set(n, what);
  return clean(n);
}
/** A cell that spans several lines (paragraphs): joined with a space. */
function takeAll(ns: readonly number[], what: string): string {
  return ns.map((n) => take(n, what)).join(' ');
}
/**
 * A table cell starts on a line beginning with a tab; the lines after it without a tab are its
 * further paragraphs (often empty: the blank line ending each table row, or an empty paragraph
 * inside a cell, as after «100» in the tourist-map measure). Amount rows are read cell by cell,
 * never line by line, so such an empty paragraph does not shift the columns.
 */
function isCell(n: number): boolean {
  return raw(n).startsWith('\t');
}
function nextCell(n: number): number {
  let k = n + 1;
  while (k <= lines.length && !isCell(k)) k++;
  if (k > lines.length) throw new Error(`no cell after line ${n}`);
  return k;
}
/** The lines of the cell starting at line n. */
function cellLines(n: number): number[] {
  if (!isCell(n)) throw new Error(`seed line ${n} does not start a cell`);
  const out = [n];
  for (let k = n + 1; k <= lines.length && !isCell(k); k++) out.push(k);
  return out;
}
function cellText(n: number): string {
  return cellLines(n).map(clean).filter((t) => t !== '').join(' ');
}
function takeCell(n: number, what: string): string {
  for (const k of cellLines(n)) if (clean(k) !== '') take(k, what);
  return cellText(n);
}
/** One money cell: null for an empty cell. */
function amount(n: number, what: string): Kop | null {
  const t = cellText(n);
  const p = parseAmount(t, 'thousand-uah');
  if (p.kind === 'empty') return null;
  if (p.kind !== 'amount') throw new Error(`seed line ${n}: «${t}» is not an amount (${what})`);
  takeCell(n, what);
  return p.value;
}

/** A row «Всього, 2026, 2027, 2028»: four cells, the first starting at line `first`. */
interface Row {
  total: Kop | null;
  years: Map<number, Kop>;
}
function row(first: number, what: string): { row: Row; last: number } {
  const total = amount(first, `${what} Всього`);
  const years = new Map<number, Kop>();
  let c = first;
  for (const y of YEARS) {
    c = nextCell(c);
    const v = amount(c, `${what} ${y}`);
    if (v !== null) years.set(y, v);
  }
  return { row: { total, years }, last: c };
}
/** Skips `offset` empty merged cells after the cell at n and returns the next cell. */
function skipEmpty(n: number, offset: number): number {
  let c = nextCell(n);
  for (let k = 0; k < offset; k++) {
    if (cellText(c) !== '') throw new Error(`seed line ${c}: expected an empty merged cell, found «${cellText(c)}»`);
    c = nextCell(c);
  }
  return c;
}

/**
 * The six rows of one amount block: the cell «Загальний обсяг, у тому числі:» at line `at`, then
 * the five source rows, each found by its label cell before the next block. `offset` empty cells
 * (merged columns) stand before the four amounts of every row of the block.
 */
function block(at: number, offset: number, what: string): { total: Row; sources: Map<string, Row> } {
  if (cellText(at) !== 'Загальний обсяг, у тому числі:') throw new Error(`seed line ${at} («${cellText(at)}») is not «Загальний обсяг»`);
  takeCell(at, `${what} label`);
  const head = row(skipEmpty(at, offset), `${what} Загальний обсяг`);
  const sources = new Map<string, Row>();
  let c = head.last;
  for (const s of SOURCE_ROWS) {
    do {
      c = nextCell(c);
      if (/^Загальний обсяг/.test(cellText(c)) || c > at + 80) throw new Error(`${what}: row «${s.label}» not found after line ${at}`);
    } while (cellText(c) !== s.label);
    takeCell(c, `${what} label`);
    const r = row(skipEmpty(c, offset), `${what} ${s.label}`);
    sources.set(s.sourceId, r.row);
    c = r.last;
  }
  return { total: head.row, sources };
}

// ---------------------------------------------------------------------------------------------
// The structure, transcribed by hand as seed line numbers
// ---------------------------------------------------------------------------------------------

/** Passport (section І): field number line, label lines, value lines. */
const PASSPORT: readonly { no: number; label: number[]; value: number[] }[] = [
  { no: 8, label: [9], value: [10] },
  { no: 12, label: [13], value: [15] },
  { no: 18, label: [19], value: [20] },
  { no: 23, label: [24, 25], value: [] }, // the date of approval is left blank
  { no: 28, label: [29], value: [30] },
  { no: 32, label: [33], value: [34] },
  { no: 40, label: [41], value: [43] },
  { no: 49, label: [50], value: [51] },
  { no: 57, label: [58], value: [60] },
  // The funding table of the passport names its source rows but gives no amounts.
  { no: 62, label: [63], value: [84, 91] },
];

interface MeasureRef {
  task?: number; // a new task cell starts at this measure (merged down over the next ones)
  title: number;
  responsible: number;
  term: number;
  amounts: number; // the «Загальний обсяг,» line
  result: number[];
}
interface PriorityRef {
  line: number; // «Пріоритет N. …»
  measures: MeasureRef[];
  totalLabel: number; // «Всього за напрямом N»
  totalAmounts: number;
  totalOffset: number; // empty merged cells before the amounts in that block
}

const m = (task: number | undefined, title: number, term: number, amounts: number, result: number[]): MeasureRef => ({
  ...(task === undefined ? {} : { task }),
  title,
  responsible: title + 1,
  term,
  amounts,
  result,
});

const PRIORITIES: readonly PriorityRef[] = [
  {
    line: 239,
    measures: [m(241, 242, 247, 255, [261])],
    totalLabel: 318, totalAmounts: 319, totalOffset: 3,
  },
  {
    line: 385,
    measures: [m(387, 388, 390, 391, [397]), m(undefined, 455, 457, 458, [464])],
    totalLabel: 524, totalAmounts: 525, totalOffset: 3,
  },
  {
    line: 591,
    measures: [
      m(593, 594, 596, 597, [603]),
      m(undefined, 661, 663, 664, [670, 671]),
      m(728, 729, 731, 732, [740]),
      m(undefined, 798, 800, 801, [809]),
      m(undefined, 867, 869, 870, [876]),
      m(933, 934, 936, 937, [943]),
      m(undefined, 1001, 1003, 1004, [1010]),
      m(undefined, 1068, 1070, 1071, [1077]),
    ],
    totalLabel: 1134, totalAmounts: 1135, totalOffset: 0,
  },
  {
    line: 1201,
    measures: [
      m(1203, 1204, 1206, 1207, [1213]),
      m(undefined, 1271, 1273, 1274, [1280]),
      m(undefined, 1338, 1340, 1341, [1347, 1348]),
      m(undefined, 1406, 1408, 1409, [1415]),
      m(1472, 1473, 1475, 1476, [1482]),
      m(undefined, 1540, 1542, 1543, [1549]),
      m(undefined, 1607, 1609, 1610, [1616]),
      m(1673, 1674, 1676, 1677, [1683]),
      m(undefined, 1741, 1743, 1744, [1750]),
      m(undefined, 1808, 1810, 1811, [1817]),
      m(undefined, 1875, 1877, 1878, [1885]),
      m(1942, 1943, 1945, 1946, [1952]),
      m(2009, 2010, 2012, 2013, [2019]),
      m(2076, 2077, 2079, 2080, [2086]),
    ],
    totalLabel: 2143, totalAmounts: 2144, totalOffset: 0,
  },
];
const PROGRAMME_TOTAL = { label: 2212, amounts: 2213, offset: 0 };
const ANNEX = { header: [214, 236] as const, end: lines.length };

// ---------------------------------------------------------------------------------------------
// Building the document
// ---------------------------------------------------------------------------------------------

/** Everything a total block states, as declared amounts. */
function declaredBlock(b: ReturnType<typeof block>, label: string): DeclaredAmount[] {
  const out: DeclaredAmount[] = [];
  if (b.total.total !== null) out.push({ year: null, sourceId: null, amount: b.total.total, label });
  for (const [y, v] of b.total.years) out.push({ year: y, sourceId: null, amount: v, label });
  for (const s of SOURCE_ROWS) {
    const r = b.sources.get(s.sourceId)!;
    if (r.total !== null) out.push({ year: null, sourceId: s.sourceId, amount: r.total, label });
    for (const [y, v] of r.years) out.push({ year: y, sourceId: s.sourceId, amount: v, label });
  }
  return out;
}

function parseTerm(text: string): Measure['term'] {
  const range = /^(\d{4})\s*[-–—]\s*(\d{4})$/.exec(text);
  if (range) return { text, from: Number(range[1]), to: Number(range[2]) };
  const single = /^(\d{4})$/.exec(text);
  if (single) return { text, from: Number(single[1]), to: Number(single[1]) };
  throw new Error(`unexpected term «${text}»`);
}

const title = takeAll([4], 'programme title');
const passport: PassportField[] = PASSPORT.map((f, i) => {
  const no = take(f.no, 'passport number');
  if (no !== `${i + 1}.`) throw new Error(`passport field ${i + 1} is numbered «${no}»`);
  return {
    key: `p${i + 1}`,
    label: takeAll(f.label, 'passport label'),
    value: f.value.map((n) => take(n, 'passport value')).join('; '),
  };
});

const priorities: Priority[] = [];
const tasks: Task[] = [];
const measures: Measure[] = [];

PRIORITIES.forEach((p, pi) => {
  const head = /^Пріоритет (\d+)\.\s*(.+)$/.exec(take(p.line, 'priority'));
  if (!head) throw new Error(`line ${p.line} is not a priority heading`);
  const code = head[1]!;
  const priorityId = `ill-p${code}`;
  const totalLabel = take(p.totalLabel, 'priority total label');
  if (totalLabel !== `Всього за напрямом ${code}`) throw new Error(`line ${p.totalLabel}: «${totalLabel}»`);
  priorities.push({
    id: priorityId,
    programmeId: PID,
    code,
    title: head[2]!,
    order: pi + 1,
    declared: declaredBlock(block(p.totalAmounts, p.totalOffset, totalLabel), totalLabel),
  });

  let task: Task | null = null;
  let inTask = 0;
  for (const ref of p.measures) {
    if (ref.task !== undefined) {
      const t = /^(\d+\.\d+)\.?\s+(.+)$/.exec(take(ref.task, 'task'));
      if (!t) throw new Error(`line ${ref.task} is not a task`);
      if (!t[1]!.startsWith(`${code}.`)) throw new Error(`task ${t[1]} under priority ${code}`);
      task = { id: `ill-t${t[1]}`, programmeId: PID, priorityId, code: t[1]!, title: t[2]!, order: tasks.length + 1, declared: [] };
      tasks.push(task);
      inTask = 0;
    }
    if (!task) throw new Error(`measure at line ${ref.title} has no task`);
    inTask++;
    const idx = measures.length + 1;
    const what = `measure ${idx}`;
    const b = block(ref.amounts, 0, what);
    const funding: FundingCell[] = [];
    const declared: DeclaredAmount[] = [];
    if (b.total.total !== null) declared.push({ year: null, sourceId: null, amount: b.total.total, label: 'Загальний обсяг' });
    for (const [y, v] of b.total.years) declared.push({ year: y, sourceId: null, amount: v, label: 'Загальний обсяг' });
    for (const s of SOURCE_ROWS) {
      const r = b.sources.get(s.sourceId)!;
      if (r.total !== null) declared.push({ year: null, sourceId: s.sourceId, amount: r.total, label: s.label });
      for (const y of YEARS) {
        const v = r.years.get(y);
        if (v !== undefined) funding.push({ year: y, sourceId: s.sourceId, planned: v, actual: null, marker: null });
      }
    }
    measures.push({
      id: `ill-m${idx}`,
      programmeId: PID,
      priorityId,
      taskId: task.id,
      code: `${task.code}.${inTask}`,
      title: take(ref.title, `${what} title`),
      responsible: take(ref.responsible, `${what} responsible`),
      term: parseTerm(take(ref.term, `${what} term`)),
      result: takeAll(ref.result, `${what} result`),
      sourceText: '',
      status: 'planned',
      order: idx,
      budgetCodes: [],
      funding,
      declared,
    });
  }
});

const grandLabel = take(PROGRAMME_TOTAL.label, 'programme total label');
if (grandLabel !== 'Всього за Програмою') throw new Error(`line ${PROGRAMME_TOTAL.label}: «${grandLabel}»`);
const programmeDeclared = declaredBlock(block(PROGRAMME_TOTAL.amounts, PROGRAMME_TOTAL.offset, grandLabel), grandLabel);

// Every non-empty line of the annex (after its header) must have been read.
for (let n = ANNEX.header[1] + 1; n <= ANNEX.end; n++) {
  if (clean(n) !== '' && !used.has(n)) throw new Error(`seed line ${n} («${clean(n)}») was not transcribed`);
}

const doc: ProgrammeDoc = programmeDocSchema.parse({
  programme: {
    id: PID,
    schemaVersion: 1,
    title,
    community: passport[0]!.value,
    katottg: passport[1]!.value,
    startYear: 2026,
    endYear: 2028,
    unit: 'thousand-uah',
    sources: STANDARD_SOURCES.map((s) => ({ ...s })),
    passport,
    declared: programmeDeclared,
    monitoring: false,
    createdAt: '2025-06-01T00:00:00.000Z',
    updatedAt: '2025-06-01T00:00:00.000Z',
  },
  priorities,
  tasks,
  measures,
  indicators: [], // the document has no Додаток 2 (indicator table)
  scenarios: [],
});

mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(OUT, JSON.stringify(doc, null, 1) + '\n');

// ---------------------------------------------------------------------------------------------
// Summary: computed from the cells next to what the document states
// ---------------------------------------------------------------------------------------------

const fmt = (v: number | undefined): string => (v === undefined ? '—' : formatAmount(v as Kop, 'thousand-uah'));
const find = (d: readonly DeclaredAmount[], year: number | null, sourceId: string | null): number | undefined =>
  d.find((x) => x.year === year && x.sourceId === sourceId)?.amount;
function sums(ms: readonly Measure[]): { total: number; year: Map<number, number>; source: Map<string, number> } {
  const year = new Map<number, number>();
  const source = new Map<string, number>();
  let total = 0;
  for (const x of ms) for (const c of x.funding) {
    const v = c.planned ?? 0;
    total += v;
    year.set(c.year, (year.get(c.year) ?? 0) + v);
    source.set(c.sourceId, (source.get(c.sourceId) ?? 0) + v);
  }
  return { total, year, source };
}
function report(name: string, ms: readonly Measure[], declared: readonly DeclaredAmount[]): void {
  const s = sums(ms);
  const line = (what: string, c: number, d: number | undefined): string =>
    `  ${what.padEnd(8)} computed ${fmt(c).padStart(9)}   declared ${fmt(d).padStart(9)}${d !== undefined && d !== c ? '   ≠' : ''}`;
  console.log(name);
  console.log(line('Всього', s.total, find(declared, null, null)));
  for (const y of YEARS) console.log(line(String(y), s.year.get(y) ?? 0, find(declared, y, null)));
  for (const src of ['local', 'other']) console.log(line(src, s.source.get(src) ?? 0, find(declared, null, src)));
}

console.log(`wrote ${decodeURIComponent(OUT.pathname)}`);
console.log(`priorities ${doc.priorities.length}, tasks ${doc.tasks.length}, measures ${doc.measures.length}, passport fields ${doc.programme.passport.length}`);
for (const p of doc.priorities) report(`Пріоритет ${p.code}. ${p.title}`, doc.measures.filter((x) => x.priorityId === p.id), p.declared);
report('Всього за Програмою', doc.measures, doc.programme.declared);

// Measures whose own rows disagree with their stated «Загальний обсяг».
for (const x of doc.measures) {
  const s = sums([x]);
  const issues: string[] = [];
  const t = find(x.declared, null, null);
  if (t !== undefined && t !== s.total) issues.push(`Всього ${fmt(t)} vs cells ${fmt(s.total)}`);
  for (const y of YEARS) {
    const d = find(x.declared, y, null);
    const c = s.year.get(y);
    if ((d ?? 0) !== (c ?? 0)) issues.push(`${y}: ${fmt(d)} vs cells ${fmt(c)}`);
  }
  for (const src of STANDARD_SOURCES) {
    const d = find(x.declared, null, src.id);
    const c = s.source.get(src.id);
    if ((d ?? 0) !== (c ?? 0)) issues.push(`${src.id}: ${fmt(d)} vs cells ${fmt(c)}`);
  }
  if (issues.length) console.log(`  ! ${x.code} «${x.title}»: ${issues.join('; ')}`);
}

const expected = [100, 2450, 4450, 2725].map((v) => v * 100_000);
doc.priorities.forEach((p, i) => {
  const c = sums(doc.measures.filter((x) => x.priorityId === p.id)).total;
  if (c !== expected[i]) throw new Error(`priority ${p.code}: computed ${fmt(c)}, expected ${fmt(expected[i])}`);
});
console.log('computed priority totals match 100 / 2450 / 4450 / 2725 тис. грн');
