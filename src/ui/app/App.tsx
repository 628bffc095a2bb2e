import { Match, Show, Switch, createResource, createSignal, onCleanup, onMount } from 'solid-js';
import { ImportWizard } from '../import/ImportWizard';
import { installDropZone } from '../import/drop-zone';
import { Store } from '../../store/store';
import { lang, setLang, t } from '../../i18n';
import { ErrorScreen } from '../common/ErrorScreen';
import { Toasts } from '../common/toasts';
import { ProgrammePicker } from '../picker/ProgrammePicker';
import { seedSamplesOnce } from './bootstrap';
import { ProgrammeView } from './ProgrammeView';
import { navigate, route, type ProgrammePage } from './router';
import { DEFAULT_SAMPLE } from './samples';
import { applyProjector, projector, setProjector } from './projector';
import { warmEngine } from '../state/workbench';

applyProjector();
window.addEventListener('keydown', (e) => {
  if (e.altKey && !e.ctrlKey && (e.key === 'p' || e.key === 'P' || e.code === 'KeyP')) {
    e.preventDefault();
    setProjector({ on: !projector().on });
  }
});

async function boot() {
  // User Timing marks (hw:*), for the browser's performance panel and the open bench's profiling.
  performance.mark('hw:boot');
  warmEngine();
  const opened = await Store.open();
  performance.mark('hw:store-open');
  if (!opened.ok) return opened;
  await seedSamplesOnce(opened.value).catch(() => undefined);
  performance.mark('hw:seeded');
  if (!location.hash) location.hash = `#/p/${DEFAULT_SAMPLE.id}`;
  return opened;
}

const openId = () => {
  const r = route();
  return r.page === 'picker' ? '' : r.programmeId;
};
const programmePage = (): ProgrammePage => {
  const r = route();
  return r.page === 'picker' ? 'plan' : r.page;
};

export function App() {
  const [store] = createResource(boot);
  // The import wizard: from the picker's button, the programme's «Оновити з Excel», or a file dropped anywhere.
  const [importing, setImporting] = createSignal<{ file?: File; programmeId?: string } | null>(null);
  onMount(() => onCleanup(installDropZone((file) => setImporting({ file }))));
  return (
    <div class="app">
      <header class="topbar">
        <a href="#/" class="brand" title={t('back')}>
          <strong>{t('appName')}</strong> <span>{t('appTagline')}</span>
        </a>
        <label class="lang">
          <span class="sr-only">{t('language')}</span>
          <select value={lang()} onChange={(e) => setLang(e.currentTarget.value as 'uk' | 'en')} data-testid="lang">
            <option value="uk">Українська</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <Show when={store()} fallback={<p class="loading">{t('loading')}</p>}>
        {(r) => (
          <Show when={r().ok && (r() as { value: Store }).value} fallback={<ErrorScreen title={t('storageError')} message={(r() as { error: { message: string } }).error.message} />}>
            {(s) => (
              <Switch>
                <Match when={route().page === 'picker'}>
                  <ProgrammePicker store={s()} onImport={() => setImporting({})} />
                </Match>
                <Match when={route().page !== 'picker'}>
                  <ProgrammeView store={s()} programmeId={openId()} page={programmePage()} onReimport={() => setImporting({ programmeId: openId() })} />
                </Match>
              </Switch>
            )}
          </Show>
        )}
      </Show>
      <Show when={store()?.ok && importing()}>
        {(i) => (
          <Show when={store()?.ok ? (store() as { value: Store }).value : null}>
            {(s) => (
              <ImportWizard
                store={s()}
                file={i().file}
                programmeId={i().programmeId}
                onClose={() => setImporting(null)}
                onImported={(id) => {
                  setImporting(null);
                  navigate(`/p/${id}`);
                }}
              />
            )}
          </Show>
        )}
      </Show>
      <Toasts />
    </div>
  );
}
