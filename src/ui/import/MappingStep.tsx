import { For, Show, createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { SheetPreview, WorkbookPreview } from '../../io/inspect';
import { FIELD_LABELS } from '../../io/mapping';
import { COLUMN_FIELDS, LAYOUTS, type ColumnField, type ColumnMapping, type LayoutId } from '../../io/types';
import { colLetter } from '../../io/text';
import type { MoneyUnit } from '../../model/money';
import { lang } from '../../i18n';
import { FIELD_NAMES_EN, s, type ImportKey } from './strings';

export interface MappingChoice {
  sheet: string;
  mapping: ColumnMapping;
  unit: MoneyUnit;
}

const PREVIEW_ROWS = 40;
const fieldName = (f: ColumnField) => (lang() === 'en' ? FIELD_NAMES_EN[f] ?? f : FIELD_LABELS[f]);

/**
 * The mapping step: choose the sheet and its header rows, say what each column holds and the
 * unit of the amounts, then ask for a preview. Starts from what the detector guessed.
 */
export function MappingStep(props: {
  preview: WorkbookPreview;
  initialSheet?: string;
  error: string | null;
  onPreview(choice: MappingChoice): void;
  onCancel(): void;
}) {
  const sheets = () => props.preview.sheets;
  const startSheet = sheets().find((x) => x.name === props.initialSheet) ?? sheets().find((x) => x.layout && !x.hidden) ?? sheets().find((x) => x.rowCount > 0) ?? sheets()[0]!;
  const [sheetName, setSheetName] = createSignal(startSheet.name);
  const [header, setHeader] = createStore({ first: 1, last: 1 });
  const [layout, setLayout] = createSignal<LayoutId>('one-row-markers');
  const [unit, setUnit] = createSignal<MoneyUnit>(props.preview.unit ?? 'thousand-uah');
  const [cols, setCols] = createStore<Array<{ field: ColumnField; year: number | '' }>>([]);

  const sheet = (): SheetPreview => sheets().find((x) => x.name === sheetName()) ?? startSheet;
  const reset = (sh: SheetPreview) => {
    setHeader({ first: (sh.header?.first ?? 0) + 1, last: (sh.header?.last ?? 0) + 1 });
    setLayout(sh.layout ?? 'one-row-markers');
    setCols(Array.from({ length: sh.width }, (_, c) => {
      const g = sh.columns.find((x) => x.col === c);
      return { field: g?.field ?? 'ignore', year: g?.year ?? '' };
    }));
  };
  reset(startSheet);

  const submit = (e: Event) => {
    e.preventDefault();
    props.onPreview({
      sheet: sheetName(),
      unit: unit(),
      mapping: {
        layout: layout(),
        headerRows: { first: header.first - 1, last: header.last - 1 },
        columns: cols.flatMap((c, col) => (c.field === 'ignore' ? [] : [{ col, field: c.field, ...(c.year !== '' ? { year: c.year } : {}) }])),
      },
    });
  };
  const inHeader = (r: number) => r + 1 >= header.first && r + 1 <= header.last;

  return (
    <form class="import-mapping" data-testid="import-mapping" onSubmit={submit}>
      <h3>{s('mappingTitle')}</h3>
      <p class="import-muted">{s('mappingHelp')}</p>
      <div class="row">
        <label class="field">
          <span>{s('sheet')}</span>
          <select
            name="sheet"
            value={sheetName()}
            onChange={(e) => {
              setSheetName(e.currentTarget.value);
              reset(sheet());
            }}
          >
            <For each={sheets()}>{(x) => <option value={x.name}>{x.name}{x.hidden ? ` (${s('hidden')})` : ''}</option>}</For>
          </select>
        </label>
        <label class="field field-short">
          <span>{s('headerFirst')}</span>
          <input name="headerFirst" type="number" min="1" value={header.first} onInput={(e) => setHeader('first', Number(e.currentTarget.value) || 1)} />
        </label>
        <label class="field field-short">
          <span>{s('headerLast')}</span>
          <input name="headerLast" type="number" min="1" value={header.last} onInput={(e) => setHeader('last', Number(e.currentTarget.value) || 1)} />
        </label>
        <label class="field">
          <span>{s('layoutLabel')}</span>
          <select name="layout" value={layout()} onChange={(e) => setLayout(e.currentTarget.value as LayoutId)}>
            <For each={LAYOUTS}>{(l) => <option value={l}>{s(`layout_${l}` as ImportKey)}</option>}</For>
          </select>
        </label>
        <fieldset class="field import-unit">
          <legend>{s('unitLabel')}</legend>
          <label>
            <input type="radio" name="unit" value="thousand-uah" checked={unit() === 'thousand-uah'} onChange={() => setUnit('thousand-uah')} /> {s('unit_thousand')}
          </label>
          <label>
            <input type="radio" name="unit" value="uah" checked={unit() === 'uah'} onChange={() => setUnit('uah')} /> {s('unit_uah')}
          </label>
        </fieldset>
      </div>
      <Show when={props.error}>
        <p class="import-error" role="alert" data-testid="import-mapping-error">{props.error}</p>
      </Show>
      <div class="import-table-wrap">
        <table class="import-sheet">
          <thead>
            <tr>
              <th />
              <For each={cols}>
                {(c, i) => (
                  <th>
                    <label class="import-col">
                      <span class="sr-only">{s('column', { col: colLetter(i()) })}</span>
                      <span aria-hidden="true">{colLetter(i())}</span>
                      <select data-col={i()} value={c.field} onChange={(e) => setCols(i(), 'field', e.currentTarget.value as ColumnField)}>
                        <For each={COLUMN_FIELDS}>{(f) => <option value={f}>{fieldName(f)}</option>}</For>
                      </select>
                      <Show when={c.field === 'year' || c.field === 'ind-target'}>
                        <input
                          type="number"
                          min="1990"
                          max="2100"
                          aria-label={s('yearFor')}
                          value={c.year}
                          onInput={(e) => setCols(i(), 'year', e.currentTarget.value === '' ? '' : Number(e.currentTarget.value))}
                        />
                      </Show>
                    </label>
                  </th>
                )}
              </For>
            </tr>
          </thead>
          <tbody>
            <For each={sheet().rows.slice(0, PREVIEW_ROWS)}>
              {(row, r) => (
                <tr classList={{ 'import-header-row': inHeader(r()) }}>
                  <th scope="row">{r() + 1}</th>
                  <For each={row}>{(text) => <td title={text}>{text}</td>}</For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <p class="import-muted">{s('rowsShown', { n: Math.min(PREVIEW_ROWS, sheet().rowCount) })}</p>
      <div class="row actions">
        <button type="submit" class="primary">{s('previewResult')}</button>
        <button type="button" onClick={() => props.onCancel()}>{s('cancel')}</button>
      </div>
    </form>
  );
}
