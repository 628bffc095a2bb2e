/**
 * What an import amounts to, computed by the engine exactly as the app will show it: counts,
 * totals in the programme's unit, and every finding — the import's own (formula errors, hidden
 * rows…) first, then the engine's checks (a stated total that disagrees with its rows…). Used by
 * the CLI (`npm run check`) and the wizard's preview.
 */
import { Engine } from '../engine/engine';
import type { Kop } from '../model/money';
import { toUnitNumber, UNIT_LABEL } from '../model/money';
import type { ProgrammeDoc } from '../model/schema';
import { placeText } from './text';
import type { ImportFinding, ImportReport, LayoutId } from './types';

export interface SummaryFinding {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  location: string;
  stated?: number;
  computed?: number;
}

export interface ImportSummary {
  layout: LayoutId;
  unit: string;
  years: number[];
  priorities: number;
  tasks: number;
  measures: number;
  indicators: number;
  totals: { total: number; perYear: Record<string, number>; perSource: Record<string, number> };
  findings: SummaryFinding[];
}

function importLocation(f: ImportFinding): string {
  if (f.col && f.row) return `аркуш «${f.sheet ?? ''}», клітинка ${f.col}${f.row}`;
  return placeText(f.sheet, f.row === undefined ? undefined : f.row - 1);
}

export function summarize(doc: ProgrammeDoc, layout: LayoutId, report: ImportReport): ImportSummary {
  const unit = doc.programme.unit;
  const n = (k: Kop | number) => toUnitNumber(k as Kop, unit);
  const snap = new Engine().load(doc);
  const prog = snap.nodes.find((x) => x.kind === 'programme');
  const perYear: Record<string, number> = {};
  const perSource: Record<string, number> = {};
  snap.years.forEach((y, i) => (perYear[String(y)] = n(prog?.planned.perYear[i] ?? 0)));
  snap.sourceIds.forEach((id, i) => {
    const name = doc.programme.sources.find((s) => s.id === id)?.name ?? id;
    perSource[name] = n(prog?.planned.perSource[i] ?? 0);
  });
  const findings: SummaryFinding[] = report.findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message, location: importLocation(f) }));
  for (const c of snap.checks) {
    const f: SummaryFinding = { code: c.code, severity: c.severity, message: c.message, location: c.where };
    if (c.stated !== undefined) f.stated = n(c.stated);
    if (c.computed !== undefined) f.computed = n(c.computed);
    findings.push(f);
  }
  return {
    layout,
    unit: UNIT_LABEL[unit],
    years: snap.years,
    priorities: doc.priorities.length,
    tasks: doc.tasks.length,
    measures: doc.measures.length,
    indicators: doc.indicators.length,
    totals: { total: n(prog?.planned.total ?? 0), perYear, perSource },
    findings,
  };
}
