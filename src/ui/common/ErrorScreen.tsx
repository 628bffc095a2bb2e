import { Show } from 'solid-js';
import { t } from '../../i18n';
import { saveFile } from './download';

/** A full-page explanation for a fault that stops the app, with a rescue download of the raw data. */
export function ErrorScreen(props: { title: string; message: string; dump?: () => Promise<unknown> }) {
  const download = async () => {
    const data = await props.dump!();
    saveFile(JSON.stringify(data, null, 1), `hromada-workbench-backup-${new Date().toISOString().slice(0, 10)}.json`, 'application/json');
  };
  return (
    <main class="error-screen" role="alert" data-testid="error-screen">
      <h1>✖ {props.title}</h1>
      <p>{props.message}</p>
      <div class="row">
        <Show when={props.dump}>
          <button type="button" onClick={() => void download()}>{t('downloadRaw')}</button>
        </Show>
        <button type="button" onClick={() => location.reload()}>{t('reload')}</button>
      </div>
    </main>
  );
}
