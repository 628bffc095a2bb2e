import { For, Show, createResource, createSignal } from 'solid-js';
import type { Programme } from '../../model/schema';
import { emptyProgramme } from '../../model/new-programme';
import { createProgramme, deleteProgramme } from '../../store/commands/programme';
import type { Store } from '../../store/store';
import { t } from '../../i18n';
import { SAMPLES, fetchSample } from '../app/samples';
import { navigate } from '../app/router';
import { useToasts } from '../common/toasts';

/** The list of programmes: open, add a sample, create an empty one, delete with undo. */
export function ProgrammePicker(props: { store: Store; onImport: () => void }) {
  const toasts = useToasts();
  const [version, setVersion] = createSignal(0);
  const [list] = createResource(version, async () => {
    const r = await props.store.listProgrammes();
    if (!r.ok) {
      toasts.error(r.error.message);
      return [] as Programme[];
    }
    return r.value;
  });
  const refresh = () => setVersion((v) => v + 1);
  props.store.feed.subscribe((m) => m.kind === 'changes' && m.changes.some((c) => c.table === 'programmes') && refresh());

  const addSample = async (file: string) => {
    try {
      const doc = await fetchSample(file);
      const r = await props.store.run(createProgramme(doc, `Додавання зразка «${doc.programme.title}»`));
      if (!r.ok) toasts.error(r.error.message);
      else navigate(`/p/${doc.programme.id}`);
    } catch (e) {
      toasts.error(e instanceof Error ? e.message : String(e));
    }
  };
  const createEmpty = async () => {
    const doc = emptyProgramme('Нова програма інформатизації', new Date().getFullYear() + 1);
    const r = await props.store.run(createProgramme(doc));
    if (!r.ok) toasts.error(r.error.message);
    else navigate(`/p/${doc.programme.id}/passport`);
  };
  const remove = async (p: Programme) => {
    if (!window.confirm(t('confirmDelete', { title: p.title }))) return;
    const r = await props.store.run(deleteProgramme(p.id, p.title));
    if (!r.ok) return toasts.error(r.error.message);
    toasts.info(t('deleted', { title: p.title }), {
      label: t('undo'),
      run: async () => {
        const u = await props.store.undo(p.id);
        if (!u.ok) toasts.error(u.error.message);
      },
    });
  };

  return (
    <main class="picker" data-testid="picker">
      <h1>{t('programmes')}</h1>
      <Show when={(list() ?? []).length > 0} fallback={<p>{t('noProgrammes')}</p>}>
        <ul class="programme-list">
          <For each={list()}>
            {(p) => (
              <li class="card programme-item">
                <a href={`#/p/${p.id}`} class="programme-link">
                  <strong>{p.title}</strong>
                  <span>
                    {p.community} · {t('period')}: {p.startYear}–{p.endYear}
                  </span>
                </a>
                <button type="button" class="danger" onClick={() => void remove(p)}>
                  {t('deleteProgramme')}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <div class="row actions">
        <button type="button" class="primary" onClick={() => props.onImport()}>
          {t('importExcel')}
        </button>
        <button type="button" onClick={() => void createEmpty()}>
          {t('newProgramme')}
        </button>
        <For each={SAMPLES.filter((s) => !(list() ?? []).some((p) => p.id === s.id))}>
          {(s) => (
            <button type="button" onClick={() => void addSample(s.file)}>
              {t('addSample')}: {s.name}
            </button>
          )}
        </For>
      </div>
    </main>
  );
}
