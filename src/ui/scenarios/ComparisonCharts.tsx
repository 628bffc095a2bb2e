import { createEffect, onCleanup } from 'solid-js';
import type { Chart } from 'chart.js';
import type { Comparison } from '../../engine/types';
import type { ProgrammeDoc } from '../../model/schema';
import { fontScale } from '../app/projector';
import { drawDeltas, drawYears, loadCharts } from './charts';
import { s } from './strings';

/** The two charts of the comparison; redrawn when the comparison or the projector's font scale changes. */
export function ComparisonCharts(props: { doc: ProgrammeDoc; cmp: Comparison; name: (id: string) => string }) {
  let years!: HTMLCanvasElement;
  let deltas!: HTMLCanvasElement;
  let charts: Chart[] = [];
  let generation = 0;
  const clear = () => {
    for (const c of charts) c.destroy();
    charts = [];
  };
  createEffect(() => {
    const { doc, cmp, name } = props;
    const scale = fontScale();
    const mine = ++generation;
    void loadCharts().then((m) => {
      // A newer comparison may have come while the library loaded: only the latest draws.
      if (mine !== generation) return;
      clear();
      charts = [drawYears(m, years, doc, cmp, name, scale), drawDeltas(m, deltas, doc, cmp, name, scale)];
    });
  });
  onCleanup(() => {
    generation++;
    clear();
  });
  const refName = () => props.name(props.cmp.referenceId);
  return (
    <div class="charts">
      <figure class="chart-box wide">
        <figcaption>{s('chartYears')}</figcaption>
        <canvas ref={years} role="img" aria-label={s('chartYears')} data-testid="chart-years" />
      </figure>
      <figure class="chart-box">
        <figcaption>{s('chartDeltas', { name: refName() })}</figcaption>
        <canvas ref={deltas} role="img" aria-label={s('chartDeltas', { name: refName() })} data-testid="chart-deltas" />
      </figure>
    </div>
  );
}
