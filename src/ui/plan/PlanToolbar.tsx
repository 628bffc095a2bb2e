import { For } from 'solid-js';
import { Menu } from '../common/Menu';
import { STATUS_LABELS } from '../../model/plan-ops';
import { t } from '../../i18n';
import { ProjectorControls } from '../grid/ProjectorControls';
import type { ColumnPreset } from './plan-columns';
import type { PlanFilters } from './plan-grid-controller';

export type RowAction = 'measure-above' | 'measure-below' | 'task' | 'priority' | 'delete' | 'up' | 'down' | 'renumber';

/** Column presets, find and filters, row actions and the projector switch above the plan grid. */
export function PlanToolbar(props: {
  preset: ColumnPreset;
  onPreset: (p: ColumnPreset) => void;
  filters: PlanFilters;
  onFilters: (f: PlanFilters) => void;
  onAction: (a: RowAction) => void;
}) {
  const set = (patch: Partial<PlanFilters>) => props.onFilters({ ...props.filters, ...patch });
  // Buttons keep the grid's focus (mousedown is not let through), so the action applies to the focused row.
  const action = (a: RowAction, label: string, title?: string) => (
    <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => props.onAction(a)} title={title ?? label} data-action={a}>
      {label}
    </button>
  );
  const item = (a: RowAction, label: string, shortcut?: string) => ({ action: a, label, ...(shortcut ? { shortcut } : {}), run: () => props.onAction(a) });
  return (
    <div class="plan-toolbar" role="toolbar" aria-label={t('plan')}>
      <label class="inline">
        <span>{t('preset')}</span>
        <select value={props.preset} onChange={(e) => props.onPreset(e.currentTarget.value as ColumnPreset)} data-testid="preset">
          <option value="by-year">{t('presetByYear')}</option>
          <option value="by-source">{t('presetBySource')}</option>
          <option value="full">{t('presetFull')}</option>
        </select>
      </label>
      <input type="search" placeholder={t('find')} aria-label={t('find')} value={props.filters.text} onInput={(e) => set({ text: e.currentTarget.value })} data-testid="find" />
      <input type="search" placeholder={t('filterResponsible')} aria-label={t('filterResponsible')} value={props.filters.responsible} onInput={(e) => set({ responsible: e.currentTarget.value })} />
      <select aria-label={t('filterStatus')} value={props.filters.status} onChange={(e) => set({ status: e.currentTarget.value })}>
        <option value="">{t('allStatuses')}</option>
        <For each={Object.entries(STATUS_LABELS)}>{([id, label]) => <option value={id}>{label}</option>}</For>
      </select>
      <span class="toolbar-group row-actions">
        <Menu
          label={t('rowMenu')}
          title={t('rowMenuHint')}
          testId="row-menu"
          items={[
            item('measure-above', t('insertMeasureAbove')),
            item('measure-below', t('insertMeasureBelow'), 'Alt+Enter'),
            item('task', t('insertTask')),
            item('priority', t('insertPriority')),
            item('delete', t('deleteRow')),
            item('renumber', t('renumber')),
          ]}
        />
        {action('up', '↑', t('moveUpRow'))}
        {action('down', '↓', t('moveDownRow'))}
      </span>
      <ProjectorControls />
    </div>
  );
}
