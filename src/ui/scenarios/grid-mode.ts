import type { NodeTotals } from '../../engine/types';
import { compileScenario, effectiveOverrides } from '../../engine/scenario-rules';
import { formatAmount, UNIT_LABEL, type Kop } from '../../model/money';
import { scaleKop } from '../../engine/rounding';
import { parseCellInput, sourceForYear } from '../../model/plan-ops';
import { setCellOverride } from '../../model/scenario-ops';
import type { Measure, Override, Scenario } from '../../model/schema';
import { editScenario } from '../../store/commands/scenarios';
import type { ColumnInfo } from '../plan/plan-columns-info';
import { cellColId, sourceTotalColId, TOTAL_COL, yearColId } from '../plan/plan-columns-info';
import type { PlanRow } from '../plan/plan-rows';
import type { Workbench } from '../state/workbench';
import { capPlace } from './format';
import type { ScenarioOverlay } from './scenario-overlay';
import { s } from './strings';

export type Mark = { severity: 'error' | 'warning'; message: string };

/** What the plan grid asks of the active scenario: its money, its marks, and where edits go. */
export interface GridScenarioMode {
  totals(): ReadonlyMap<string, NodeTotals>;
  /** cap excesses on the total row and money leaving the period, by `${rowId}|${colId}` */
  marks(): ReadonlyMap<string, Mark>;
  /** tooltip of a cell the scenario changed (it is tinted and marked), else undefined */
  overridden(rowId: string, colId: string): string | undefined;
  rowClass(row: PlanRow | undefined): string;
  editCell(row: PlanRow, col: ColumnInfo, text: string): Promise<void>;
  /** edits of plan measures (paste, clear) turned into the scenario's set-cell overrides */
  editMeasures(label: string, edits: ReadonlyArray<{ id: string; edit: (m: Measure) => Measure }>, inserts: number): Promise<void>;
}

type Say = (kind: 'info' | 'error', text: string, at?: { rowId: string; colId: string }) => void;

/**
 * The scenario side of the plan grid: reads the overlay's money and the scenario record, writes
 * edits as set-cell overrides. A typed amount lands in the plan year it came from (a shifted
 * measure's money is shown shifted), so that it moves with the shift like the plan's own money.
 */
export function gridScenarioMode(wb: Workbench, overlay: ScenarioOverlay, say: Say): GridScenarioMode {
  const scenario = (): Scenario | undefined => wb.doc.scenarios.find((x) => x.id === overlay.id);
  const compiled = () => {
    const sc = scenario();
    return sc ? compileScenario(sc.id, effectiveOverrides(sc, new Map(wb.doc.scenarios.map((x) => [x.id, x])))) : null;
  };
  const years = () => {
    const out: number[] = [];
    for (let y = wb.doc.programme.startYear; y <= wb.doc.programme.endYear; y++) out.push(y);
    return out;
  };
  const unit = () => wb.doc.programme.unit;
  const fmt = (v: number) => formatAmount(v as Kop, unit());

  const writeCells = async (label: string, cells: Array<{ measureId: string; year: number; sourceId: string; planned: Kop | null }>) => {
    if (!cells.length) return;
    await wb.run(editScenario(wb.doc.programme.id, overlay.id, label, (sc) => cells.reduce((acc, c) => setCellOverride(acc, c.measureId, c.year, c.sourceId, c.planned), sc)));
  };

  return {
    totals: () => overlay.totals(),

    marks() {
      const out = new Map<string, Mark>();
      const v = overlay.view();
      const p = wb.doc.programme;
      for (const e of v?.capExcess ?? []) {
        const { year, sourceId } = e.cap;
        const colId = year !== null && sourceId !== null ? cellColId(year, sourceId) : year !== null ? yearColId(year) : sourceId !== null ? sourceTotalColId(sourceId) : TOTAL_COL;
        const message = s('excess', { where: capPlace(p, e.cap), computed: fmt(e.computed), cap: fmt(e.cap.amount), over: fmt(e.over) });
        out.set(`grand|${colId}`, { severity: 'error', message });
        // Without source columns a year × source cap shows on the year's total.
        if (year !== null && sourceId !== null) out.set(`grand|${yearColId(year)}`, { severity: 'error', message });
      }
      for (const [key, n] of overlay.totals()) {
        if (n.planned.outside === 0 || n.kind === 'task') continue;
        const rowId = n.kind === 'measure' ? `m:${n.id}` : n.kind === 'priority' ? `s:${n.id}` : 'grand';
        const plan = wb.totalsMap.get(key)?.planned.outside ?? 0;
        if (n.planned.outside !== plan) out.set(`${rowId}|${TOTAL_COL}`, { severity: 'warning', message: s('outside', { amount: `${fmt(n.planned.outside)} ${UNIT_LABEL[unit()]}` }) });
      }
      return out;
    },

    overridden(rowId, colId) {
      if (!rowId.startsWith('m:')) return undefined;
      const measureId = rowId.slice(2);
      const c = compiled();
      if (!c) return undefined;
      if (colId === 'title' || colId === 'code') {
        if (c.excluded.has(measureId)) return s('excludedNote');
        const shift = c.shifts.get(measureId) ?? 0;
        return shift ? s('shiftedNote', { n: shift > 0 ? `+${shift}` : shift }) : undefined;
      }
      const sets = c.sets.get(measureId);
      if (!sets) return undefined;
      const shift = c.shifts.get(measureId) ?? 0;
      const S = wb.doc.programme.sources.length;
      const ys = years();
      const hit = sets.find((x) => cellColId(x.year + shift, x.sourceId) === colId || yearColId(x.year + shift) === colId);
      if (!hit) return undefined;
      const yi = ys.indexOf(hit.year + shift);
      const si = wb.doc.programme.sources.findIndex((x) => x.id === hit.sourceId);
      const base = yi >= 0 && si >= 0 ? overlay.baseCell(measureId, yi * S + si) : undefined;
      return s('overridden', { base: scenario()?.baseId ? s('inBase') : s('inPlan'), value: base === undefined ? '—' : fmt(base) });
    },

    rowClass(row) {
      if (row?.kind !== 'measure') return '';
      const c = compiled();
      if (c?.excluded.has(row.refId)) return ' row-excluded';
      return c?.shifts.get(row.refId) ? ' row-shifted' : '';
    },

    async editCell(row, col, text) {
      const at = { rowId: row.rowId, colId: col.colId };
      if (col.kind === 'text' || col.kind === 'status') return say('error', s('onlyMoney', { col: col.label }), at);
      if (col.kind === 'computed' || !row.measure) return;
      const c = compiled();
      if (c?.excluded.has(row.refId)) return say('error', s('excludedRow'), at);
      const v = parseCellInput(text, unit());
      if (!v.ok) return say('error', v.message, at);
      if (v.value.kind === 'marker') return say('error', s('noMarkers'), at);
      const shift = c?.shifts.get(row.refId) ?? 0;
      const src = col.kind === 'cell' ? { ok: true as const, sourceId: col.sourceId } : sourceForYear(row.measure, col.year - shift, wb.doc.programme.sources.map((x) => x.id));
      if (!src.ok) return say('error', src.message, at);
      const planned = v.value.kind === 'amount' ? v.value.value : null;
      await writeCells(`${scenario()?.name ?? ''}: ${col.label}`, [{ measureId: row.refId, year: col.year - shift, sourceId: src.sourceId, planned }]);
      const t = (r: Extract<Override, { kind: 'scale' }>) => r.target;
      const scales = (c?.scales ?? []).filter((r) => {
        const x = t(r);
        return (x.by === 'source' && x.sourceId === src.sourceId) || (x.by === 'year' && x.year === col.year) || (x.by === 'priority' && x.priorityId === row.measure!.priorityId);
      });
      if (planned !== null && scales.length) say('info', s('scaled', { value: fmt(scales.reduce((v, r) => scaleKop(v, r.num, r.den), planned as number)) }), at);
    },

    async editMeasures(label, edits, inserts) {
      if (inserts > 0) return say('error', s('noNewRows'));
      const c = compiled();
      const cells: Array<{ measureId: string; year: number; sourceId: string; planned: Kop | null }> = [];
      for (const e of edits) {
        const m = wb.doc.measures.find((x) => x.id === e.id);
        if (!m) continue;
        const next = e.edit(m);
        if (next.title !== m.title || next.code !== m.code || next.responsible !== m.responsible || next.result !== m.result || next.term.text !== m.term.text || next.status !== m.status) {
          return say('error', s('onlyMoney', { col: s('fields') }));
        }
        if (c?.excluded.has(m.id)) return say('error', s('excludedRow'));
        const shift = c?.shifts.get(m.id) ?? 0;
        const before = plannedCells(m);
        const after = plannedCells(next);
        for (const key of new Set([...before.keys(), ...after.keys()])) {
          if (before.get(key) === after.get(key)) continue;
          const [y, sourceId] = key.split('|') as [string, string];
          cells.push({ measureId: m.id, year: Number(y) - shift, sourceId, planned: (after.get(key) ?? null) as Kop | null });
        }
      }
      await writeCells(`${scenario()?.name ?? ''}: ${label}`, cells);
    },
  };
}

function plannedCells(m: Measure): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of m.funding) if (f.planned !== null) out.set(`${f.year}|${f.sourceId}`, (out.get(`${f.year}|${f.sourceId}`) ?? 0) + f.planned);
  return out;
}

