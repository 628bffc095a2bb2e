import { For, Show, createMemo, createSignal, type Resource } from 'solid-js';
import { diffDocs } from '../../engine/version-diff';
import type { Version } from '../../model/schema';
import { deleteVersion, freezeVersion, restoreVersion } from '../../store/commands/versions';
import type { Workbench } from '../state/workbench';
import { s } from './strings';
import { VersionDiffView } from './VersionDiffView';

const CURRENT = '';

/** Frozen versions: freeze the plan under a name, restore one as the plan, compare any two (or one with the current plan). */
export function VersionsPanel(props: { wb: Workbench; versions: Resource<Version[]> }) {
  const [name, setName] = createSignal('');
  const [from, setFrom] = createSignal<string | null>(null);
  const [to, setTo] = createSignal(CURRENT);
  const pid = () => props.wb.doc.programme.id;
  const list = () => props.versions() ?? [];
  const freeze = async () => {
    const r = await props.wb.run(freezeVersion(pid(), name()));
    if (r.ok) setName('');
  };
  const docOf = (id: string) => (id === CURRENT ? props.wb.doc : list().find((v) => v.id === id)?.doc);
  const fromId = () => from() ?? list().at(-1)?.id ?? null;
  const diff = createMemo(() => {
    const a = fromId();
    const da = a === null ? undefined : docOf(a);
    const db = docOf(to());
    return da && db && a !== to() ? diffDocs(da, db) : null;
  });
  const pick = (value: () => string, set: (v: string) => void, label: string, testId: string) => (
    <label class="inline">
      {label}
      <select onChange={(e) => set(e.currentTarget.value)} data-testid={testId}>
        <option value={CURRENT} selected={value() === CURRENT}>{s('current')}</option>
        <For each={list()}>{(v) => <option value={v.id} selected={value() === v.id}>{v.name}</option>}</For>
      </select>
    </label>
  );
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">{s('versions')}</h2>
      <div class="form-row">
        <input type="text" value={name()} placeholder={s('versionNameHint')} aria-label={s('versionName')} onInput={(e) => setName(e.currentTarget.value)} data-testid="version-name" />
        <button type="button" onClick={() => void freeze()} data-testid="version-freeze">{s('freeze')}</button>
      </div>
      <Show when={list().length} fallback={<p class="muted">{s('noVersions')}</p>}>
        <ul class="version-list">
          <For each={list()}>
            {(v) => (
              <li class="version-item" data-testid="version-item">
                <span class="name">{v.name}</span>
                <span class="muted">{new Date(v.createdAt).toLocaleString('uk-UA')} · {v.doc.measures.length} {s('measure').toLowerCase()}</span>
                <div class="item-actions">
                  <button type="button" onClick={() => window.confirm(s('confirmRestore', { name: v.name })) && void props.wb.run(restoreVersion(pid(), v))}>{s('restore')}</button>
                  <button type="button" class="danger" onClick={() => void props.wb.run(deleteVersion(pid(), v))}>{s('delete')}</button>
                </div>
              </li>
            )}
          </For>
        </ul>
        <h3>{s('diff')}</h3>
        <div class="form-row">
          {pick(() => fromId() ?? CURRENT, setFrom, s('diffFrom'), 'diff-from')}
          {pick(to, setTo, s('diffTo'), 'diff-to')}
        </div>
        <Show when={diff()}>{(d) => <VersionDiffView doc={props.wb.doc} diff={d()} />}</Show>
      </Show>
    </section>
  );
}
