import { Match, Show, Switch, createEffect, createResource, onCleanup } from 'solid-js';
import type { Store } from '../../store/store';
import { t } from '../../i18n';
import { ErrorScreen } from '../common/ErrorScreen';
import { useToasts } from '../common/toasts';
import { PlanView } from '../plan/PlanView';
import type { Change } from '../../store/db';
import { PassportPage } from '../passport/PassportPage';
import { openWorkbench, type Workbench } from '../state/workbench';
import { UndoButtons } from './UndoButtons';
import { ExportMenu } from './ExportMenu';
import type { ProgrammePage } from './router';
import { IndicatorsView } from '../indicators/IndicatorsView';
import { tr } from '../indicators/strings';
import { MonitoringView } from '../monitoring/MonitoringView';
import { ScenariosPage } from '../scenarios/ScenariosPage';
import { s as sc } from '../scenarios/strings';

/** One open programme: its tabs, undo/redo, and the engine's checks. */
export function ProgrammeView(props: { store: Store; programmeId: string; page: ProgrammePage; onReimport: () => void }) {
  const toasts = useToasts();
  let undoFocus: (changes: Change[] | null) => void = () => {};
  const [wb] = createResource(() => props.programmeId, (id) => openWorkbench(props.store, id));
  createEffect(() => {
    const r = wb();
    if (r?.ok) {
      const w = r.value;
      onCleanup(() => w.dispose());
      createEffect(() => {
        const e = w.error();
        if (e) {
          toasts.error(e.message);
          w.clearError();
        }
      });
    }
  });
  return (
    <Show when={wb()} fallback={<p class="loading">{t('loading')}</p>}>
      {(r) => (
        <Show
          when={r().ok && (r() as { value: Workbench }).value}
          fallback={<ErrorScreen title={t('storageError')} message={(r() as { error: { message: string } }).error?.message ?? ''} dump={() => props.store.rawDump()} />}
        >
          {(w) => (
            <div class="programme">
              <header class="programme-head">
                <h1 class="programme-title" title={w().doc.programme.title}>
                  {w().doc.programme.title}
                </h1>
                <nav class="tabs">
                  <a href={`#/p/${props.programmeId}`} aria-current={props.page === 'plan' ? 'page' : undefined}>{t('plan')}</a>
                  <a href={`#/p/${props.programmeId}/indicators`} aria-current={props.page === 'indicators' ? 'page' : undefined}>{tr('tabIndicators')}</a>
                  <a href={`#/p/${props.programmeId}/monitoring`} aria-current={props.page === 'monitoring' ? 'page' : undefined}>{tr('tabMonitoring')}</a>
                  <a href={`#/p/${props.programmeId}/scenarios`} aria-current={props.page === 'scenarios' ? 'page' : undefined}>{sc('tab')}</a>
                  <a href={`#/p/${props.programmeId}/passport`} aria-current={props.page === 'passport' ? 'page' : undefined}>{t('passport')}</a>
                </nav>
                <button type="button" onClick={() => props.onReimport()} title={t('reimportHint')}>
                  {t('reimport')}
                </button>
                <ExportMenu wb={w()} store={props.store} />
                <UndoButtons wb={w()} onStep={(changes) => undoFocus(changes)} />
              </header>
              <Switch>
                <Match when={props.page === 'plan'}>
                  <PlanView wb={w()} registerUndoFocus={(fn) => (undoFocus = fn)} />
                </Match>
                <Match when={props.page === 'indicators'}>
                  <IndicatorsView wb={w()} registerUndoFocus={(fn) => (undoFocus = fn)} />
                </Match>
                <Match when={props.page === 'monitoring'}>
                  <MonitoringView wb={w()} registerUndoFocus={(fn) => (undoFocus = fn)} />
                </Match>
                <Match when={props.page === 'scenarios'}>
                  <ScenariosPage wb={w()} store={props.store} />
                </Match>
                <Match when={props.page === 'passport'}>
                  <PassportPage wb={w()} />
                </Match>
              </Switch>
            </div>
          )}
        </Show>
      )}
    </Show>
  );
}
