import { For } from 'solid-js';
import { t } from '../../i18n';
import { projector, SCALES, setProjector } from '../app/projector';

/** The projector switch and its font scale, as every grid's toolbar shows them (Alt+P toggles too). */
export function ProjectorControls() {
  return (
    <span class="toolbar-group projector-controls">
      <label class="inline" title={t('projectorHint')}>
        <input type="checkbox" checked={projector().on} onChange={(e) => setProjector({ on: e.currentTarget.checked })} data-testid="projector" />
        <span>{t('projector')}</span>
      </label>
      <select aria-label={t('fontScale')} value={String(projector().scale)} onChange={(e) => setProjector({ scale: Number(e.currentTarget.value), on: true })} data-testid="font-scale">
        <For each={SCALES}>{(s) => <option value={String(s)}>{Math.round(s * 100)} %</option>}</For>
      </select>
    </span>
  );
}
