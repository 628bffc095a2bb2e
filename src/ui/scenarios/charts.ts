/**
 * The comparison's charts, drawn with Chart.js on a canvas. The library is loaded on first use
 * (its own chunk, chart-setup.ts) with only the parts used: bar charts on category and linear
 * axes with a legend and tooltips. Chart.js runs no eval and needs no inline script, so it
 * works under the app's Content-Security-Policy.
 */
import type { Chart as ChartType, ChartOptions } from 'chart.js';
import type { Comparison } from '../../engine/types';
import { toUnitNumber, type Kop } from '../../model/money';
import type { ProgrammeDoc } from '../../model/schema';

export type ChartModule = typeof import('./chart-setup');
let loading: Promise<ChartModule> | null = null;

export async function loadCharts(): Promise<ChartModule> {
  loading ??= import('./chart-setup');
  return loading;
}

/** Colours of the five standard sources (and more), told apart by lightness too, not hue alone. */
const PALETTE = ['#1f4e99', '#5b9bd5', '#8064a2', '#f2a93b', '#4a7c2a', '#b83b3b', '#7f7f7f', '#2bb3a3'];

const font = (scale: number) => ({ size: Math.round(12 * scale), family: 'system-ui, sans-serif' });
/** Text colour: black at the projector (scale > 1), dark grey otherwise. */
const ink = (scale: number) => (scale > 1 ? '#000' : '#333');
const axis = (scale: number, stacked = false) => ({ stacked, ticks: { font: font(scale), color: ink(scale) } });

/** A label over several short lines (Chart.js draws an array as lines), so long names need no rotation. */
function lines(text: string, width = 16): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = out.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

/** Funding by year, stacked by source, one bar per item and year. */
/** A bar chart in the app's look: no animation, Ukrainian number format, legend sized for the projector. */
function bars(Chart: ChartModule['Chart'], canvas: HTMLCanvasElement, data: { labels: unknown[]; datasets: Array<{ label: string; backgroundColor: string; data: number[] }> }, scale: number, scales: ChartOptions<'bar'>['scales']): ChartType {
  return new Chart(canvas, {
    type: 'bar',
    data,
    options: {
      animation: false,
      maintainAspectRatio: false,
      locale: 'uk-UA',
      plugins: { legend: { labels: { font: font(scale), color: ink(scale) } } },
      scales,
    },
  });
}

export function drawYears({ Chart }: ChartModule, canvas: HTMLCanvasElement, doc: ProgrammeDoc, cmp: Comparison, name: (id: string) => string, scale: number): ChartType {
  const S = cmp.sourceIds.length;
  const labels = cmp.years.flatMap((y) => cmp.items.map((it) => [String(y), ...lines(name(it.id))]));
  const datasets = cmp.sourceIds.map((sid, si) => ({
    label: doc.programme.sources.find((x) => x.id === sid)?.name ?? sid,
    backgroundColor: PALETTE[si % PALETTE.length]!,
    data: cmp.years.flatMap((_, y) => cmp.items.map((it) => toUnitNumber(it.programme.cells[y * S + si]! as Kop, doc.programme.unit))),
  }));
  return bars(Chart, canvas, { labels, datasets }, scale, { x: { ...axis(scale, true), ticks: { ...axis(scale).ticks, autoSkip: false, maxRotation: 0 } }, y: axis(scale, true) });
}

/** Change of each priority's total against the reference, one bar per compared item. */
export function drawDeltas({ Chart }: ChartModule, canvas: HTMLCanvasElement, doc: ProgrammeDoc, cmp: Comparison, name: (id: string) => string, scale: number): ChartType {
  const others = cmp.items.filter((i) => i.id !== cmp.referenceId);
  const labels = doc.priorities.map((p) => p.code || p.title.slice(0, 24));
  const datasets = others.map((it, i) => ({
    label: name(it.id),
    backgroundColor: PALETTE[(i + 2) % PALETTE.length]!,
    data: doc.priorities.map((p) => toUnitNumber((it.delta.priorities.find((x) => x.id === p.id)?.total.abs ?? 0) as Kop, doc.programme.unit)),
  }));
  return bars(Chart, canvas, { labels, datasets }, scale, { x: axis(scale), y: axis(scale) });
}
