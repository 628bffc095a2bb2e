import { For } from 'solid-js';
import type { Programme } from '../../model/schema';
import { updateProgramme } from '../../store/commands/programme';
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n/uk';
import type { Workbench } from '../state/workbench';
import { SourcesEditor } from './SourcesEditor';

type TextField = 'title' | 'community' | 'katottg';

/** Programme fields and the passport, each change saved as its own undoable command. */
export function PassportPage(props: { wb: Workbench }) {
  const p = () => props.wb.doc.programme;
  const save = (label: string, edit: (p: Programme) => Programme) => props.wb.run(updateProgramme(p().id, label, edit));

  const textField = (field: TextField, key: MessageKey) => (
    <label class="field">
      <span>{t(key)}</span>
      <input
        name={field}
        value={p()[field]}
        onChange={(e) => {
          const value = e.currentTarget.value.trim();
          void save(t(key), (x) => ({ ...x, [field]: value }));
        }}
      />
    </label>
  );
  const yearField = (field: 'startYear' | 'endYear', key: MessageKey) => (
    <label class="field field-short">
      <span>{t(key)}</span>
      <input
        name={field}
        type="number"
        min="1990"
        max="2100"
        value={p()[field]}
        onChange={async (e) => {
          const input = e.currentTarget;
          const value = Number(input.value);
          const r = await save(t(key), (x) => ({ ...x, [field]: value }));
          if (!r.ok) input.value = String(p()[field]);
        }}
      />
    </label>
  );

  return (
    <div class="passport" data-testid="passport">
      <section class="card">
        {textField('title', 'title')}
        {textField('community', 'community')}
        {textField('katottg', 'katottg')}
        <div class="row">
          {yearField('startYear', 'startYear')}
          {yearField('endYear', 'endYear')}
          <label class="field field-short">
            <span>{t('unit')}</span>
            <select
              name="unit"
              value={p().unit}
              onChange={(e) => {
                const unit = e.currentTarget.value as Programme['unit'];
                void save(t('unit'), (x) => ({ ...x, unit }));
              }}
            >
              <option value="thousand-uah">{t('unitThousand')}</option>
              <option value="uah">{t('unitUah')}</option>
            </select>
          </label>
        </div>
      </section>
      <SourcesEditor wb={props.wb} />
      <section class="card">
        <h2>{t('passportFields')}</h2>
        <For each={p().passport}>
          {(f, i) => (
            <label class="field">
              <span>{f.label}</span>
              <textarea
                rows={Math.min(6, Math.max(1, Math.ceil(f.value.length / 90)))}
                value={f.value}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  void save(`${f.label}`, (x) => ({ ...x, passport: x.passport.map((pf, j) => (j === i() ? { ...pf, value } : pf)) }));
                }}
              />
            </label>
          )}
        </For>
      </section>
    </div>
  );
}
