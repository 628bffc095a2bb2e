import { For, createSignal } from 'solid-js';
import { newId } from '../../model/ids';
import { addSource, moveSource, removeSource, renameSource } from '../../store/commands/programme';
import { t } from '../../i18n';
import type { Workbench } from '../state/workbench';

/** The ordered list of funding sources: add, rename, reorder, remove when unused. */
export function SourcesEditor(props: { wb: Workbench }) {
  const [name, setName] = createSignal('');
  const id = () => props.wb.doc.programme.id;
  const add = async () => {
    const n = name().trim();
    if (!n) return;
    const r = await props.wb.run(addSource(id(), { id: newId('src-'), name: n, kind: 'custom' }));
    if (r.ok) setName('');
  };
  return (
    <section class="card" data-testid="sources">
      <h2>{t('sources')}</h2>
      <ol class="sources">
        <For each={props.wb.doc.programme.sources}>
          {(s, i) => (
            <li>
              <input
                aria-label={t('rename')}
                value={s.name}
                onChange={(e) => {
                  const v = e.currentTarget.value.trim();
                  if (v && v !== s.name) void props.wb.run(renameSource(id(), s.id, v));
                  else e.currentTarget.value = s.name;
                }}
              />
              <button type="button" disabled={i() === 0} onClick={() => void props.wb.run(moveSource(id(), s.id, -1))} title={t('moveUp')}>
                ↑<span class="sr-only">{t('moveUp')}</span>
              </button>
              <button
                type="button"
                disabled={i() === props.wb.doc.programme.sources.length - 1}
                onClick={() => void props.wb.run(moveSource(id(), s.id, 1))}
                title={t('moveDown')}
              >
                ↓<span class="sr-only">{t('moveDown')}</span>
              </button>
              <button type="button" class="danger" onClick={() => void props.wb.run(removeSource(id(), s.id))}>
                {t('remove')}
              </button>
            </li>
          )}
        </For>
      </ol>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <input placeholder={t('newSourceName')} aria-label={t('newSourceName')} value={name()} onInput={(e) => setName(e.currentTarget.value)} />
        <button type="submit">{t('addSourceBtn')}</button>
      </form>
    </section>
  );
}
