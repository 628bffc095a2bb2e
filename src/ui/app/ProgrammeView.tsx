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

/** One open programme: its tabs, undo/redo, and the engine's checks. */
export function ProgrammeView(props: { store: Store; programmeId: string; page: 'plan' | 'passport' }) {
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
                <h1 class="programme-title">{w().doc.programme.title}</h1>
                <nav class="tabs">
                  <a href={`#/p/${props.programmeId}`} aria-current={props.page === 'plan' ? 'page' : undefined}>{t('plan')}</a>
                  <a href={`#/p/${props.programmeId}/passport`} aria-current={props.page === 'passport' ? 'page' : undefined}>{t('passport')}</a>
                </nav>
                <UndoButtons wb={w()} onStep={(changes) => undoFocus(changes)} />
              </header>
              <Switch>
                <Match when={props.page === 'plan'}>
                  <PlanView wb={w()} registerUndoFocus={(fn) => (undoFocus = fn)} />
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
