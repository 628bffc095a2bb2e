import { Match, Show, Switch, createSignal, onCleanup, onMount } from 'solid-js';
import type { ImportFileOptions, ImportPreview, IoResult } from '../../io/api';
import type { WorkbookPreview } from '../../io/inspect';
import { planReimport, type ReimportPlan } from '../../io/reimport';
import { checkFileSize } from '../../io/size';
import type { ImportStage } from '../../io/types';
import { createProgramme } from '../../store/commands/programme';
import type { Store } from '../../store/store';
import { Comlink, startIoWorker, type IoApi } from './io-client';
import { MappingStep, type MappingChoice } from './MappingStep';
import { PreviewPanel } from './PreviewPanel';
import { reimportCommand } from './reimport-command';
import { ReimportPanel } from './ReimportPanel';
import { s, type ImportKey } from './strings';
import './import.css';

type Phase = 'pick' | 'working' | 'error' | 'preview' | 'mapping' | 'saving';

/**
 * Import from Excel: pick or drop a file, parse it in the io worker (progress, Cancel), look at
 * what was recognised — counts, totals, every finding — correct the column mapping if needed,
 * and only then create the programme, in one transaction.
 * @example
 *   <Show when={importing()}>
 *     <ImportWizard store={store} file={dropped()} onClose={() => setImporting(false)} onImported={(id) => navigate(`/p/${id}`)} />
 *   </Show>
 */
export function ImportWizard(props: {
  store: Store;
  onClose(): void;
  onImported(programmeId: string): void;
  /** a file dropped on the window: the wizard starts with it */
  file?: File;
  /** re-import into this (open) programme instead of creating a new one */
  programmeId?: string;
}) {
  const [phase, setPhase] = createSignal<Phase>('pick');
  const [fileName, setFileName] = createSignal('');
  const [progress, setProgress] = createSignal<{ stage: ImportStage | 'inspect'; fraction: number }>({ stage: 'check', fraction: 0 });
  const [error, setError] = createSignal<{ type: string; message: string } | null>(null);
  const [notice, setNotice] = createSignal('');
  const [result, setResult] = createSignal<ImportPreview | null>(null);
  const [sheets, setSheets] = createSignal<WorkbookPreview | null>(null);
  const [mappingError, setMappingError] = createSignal<string | null>(null);
  const [title, setTitle] = createSignal('');
  const [reimport, setReimport] = createSignal<ReimportPlan | null>(null);
  let bytes: Uint8Array | null = null;
  let worker: ReturnType<typeof startIoWorker> | null = null;
  // A cancelled worker's late answer must not land in a newer session.
  let session = 0;
  let input: HTMLInputElement | undefined;

  const api = (): Comlink.Remote<IoApi> => (worker ??= startIoWorker()).api;
  const stopWorker = () => {
    worker?.terminate();
    worker = null;
  };
  onCleanup(stopWorker);

  /** Runs one worker call for the current file; null when cancelled meanwhile. */
  async function call<T>(run: (a: Comlink.Remote<IoApi>, data: Uint8Array) => Promise<T>): Promise<T | null> {
    const mine = ++session;
    const copy = bytes!.slice();
    const out = await run(api(), Comlink.transfer(copy, [copy.buffer]));
    return mine === session ? out : null;
  }

  const onProgress = Comlink.proxy((stage: ImportStage, fraction: number) => setProgress({ stage, fraction }));

  async function runImport(opts: ImportFileOptions, fromMapping = false): Promise<void> {
    setPhase('working');
    setProgress({ stage: 'check', fraction: 0 });
    const r = await call((a, data) => a.importFile(data, { ...opts, fileName: fileName() }, onProgress) as Promise<IoResult<ImportPreview>>);
    if (!r) return;
    if (r.ok) {
      if (props.programmeId) {
        // Re-import: what the file changes in the open programme, matched by code, then by name.
        const current = await props.store.loadDoc(props.programmeId);
        if (!current.ok) {
          setError(current.error);
          setPhase('error');
          return;
        }
        setReimport(planReimport(current.value, r.value.doc));
      }
      setResult(r.value);
      setTitle(r.value.doc.programme.title);
      setPhase('preview');
      return;
    }
    if (fromMapping) {
      setMappingError(r.error.message);
      setPhase('mapping');
      return;
    }
    setError(r.error);
    setPhase('error');
  }

  async function openMapping(): Promise<void> {
    setMappingError(null);
    if (!sheets()) {
      setPhase('working');
      setProgress({ stage: 'inspect', fraction: 0 });
      const r = await call((a, data) => a.inspect(data, { fileName: fileName(), previewRows: 60 }) as Promise<IoResult<WorkbookPreview>>);
      if (!r) return;
      if (!r.ok) {
        setError(r.error);
        setPhase('error');
        return;
      }
      setSheets(r.value);
    }
    setPhase('mapping');
  }

  async function start(file: File): Promise<void> {
    stopWorker();
    setNotice('');
    setError(null);
    setResult(null);
    setReimport(null);
    setSheets(null);
    setFileName(file.name);
    // A file past the limit is refused before it is read into memory.
    const tooBig = checkFileSize(file.size, file.name);
    if (tooBig) {
      setError({ type: tooBig.code, message: tooBig.message });
      setPhase('error');
      return;
    }
    setPhase('working');
    bytes = new Uint8Array(await file.arrayBuffer());
    await runImport({});
  }

  const cancel = () => {
    session++;
    stopWorker();
    setNotice(s('cancelled'));
    setPhase(bytes && (sheets() || result()) ? (result() ? 'preview' : 'mapping') : 'pick');
  };

  async function commit(): Promise<void> {
    const r = result();
    if (!r) return;
    setPhase('saving');
    const plan = reimport();
    if (props.programmeId && plan) {
      const done = await props.store.run(reimportCommand(plan, `Повторний імпорт з файла «${fileName()}»`));
      if (!done.ok) {
        setError({ type: done.error.type, message: done.error.message });
        setPhase('error');
        return;
      }
      props.onImported(props.programmeId);
      return;
    }
    const doc = { ...r.doc, programme: { ...r.doc.programme, title: title().trim() || r.doc.programme.title } };
    const saved = await props.store.run(createProgramme(doc, `Імпорт з файла «${fileName()}»`));
    if (!saved.ok) {
      setError({ type: saved.error.type, message: saved.error.message });
      setPhase('error');
      return;
    }
    props.onImported(doc.programme.id);
  }

  onMount(() => {
    if (props.file) void start(props.file);
  });
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') phase() === 'working' ? cancel() : props.onClose();
  };

  return (
    <div class="import-overlay" onKeyDown={onKey}>
      <div class="import-dialog card" role="dialog" aria-modal="true" aria-labelledby="import-title" data-testid="import-wizard">
        <header class="import-head">
          <h2 id="import-title">{s('title')}</h2>
          <Show when={fileName()}>
            <span class="import-file" data-testid="import-file">{fileName()}</span>
          </Show>
          <button type="button" class="import-close" aria-label={s('close')} onClick={() => props.onClose()}>×</button>
        </header>
        <Show when={notice()}>
          <p class="import-notice" role="status">{notice()}</p>
        </Show>
        <input
          ref={input}
          type="file"
          class="sr-only"
          data-testid="import-input"
          accept=".xlsx,.xls,.ods,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet,text/csv"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (f) void start(f);
          }}
        />
        <Switch>
          <Match when={phase() === 'pick'}>
            <p>{s('intro')}</p>
            <div class="row actions">
              <button type="button" class="primary" onClick={() => input?.click()}>{s('chooseFile')}</button>
              <button type="button" onClick={() => props.onClose()}>{s('close')}</button>
            </div>
          </Match>
          <Match when={phase() === 'working' || phase() === 'saving'}>
            <div class="import-progress" data-testid="import-progress">
              <p>{phase() === 'saving' ? s('saving') : `${s('reading', { file: fileName() })} ${s(`stage_${progress().stage}` as ImportKey)}`}</p>
              <progress max="1" value={progress().fraction} aria-label={s(`stage_${progress().stage}` as ImportKey)} />
              <Show when={phase() === 'working'}>
                <div class="row actions">
                  <button type="button" onClick={cancel}>{s('cancel')}</button>
                </div>
              </Show>
            </div>
          </Match>
          <Match when={phase() === 'error'}>
            <div class="import-error-box" role="alert" data-testid="import-error">
              <h3>{s('errorTitle')}</h3>
              <p>{error()?.message}</p>
            </div>
            <div class="row actions">
              <button type="button" class="primary" onClick={() => input?.click()}>{s('anotherFile')}</button>
              <Show when={error()?.type === 'unrecognised-layout' || error()?.type === 'nothing-imported'}>
                <button type="button" onClick={() => void openMapping()}>{s('mapColumns')}</button>
              </Show>
              <button type="button" onClick={() => props.onClose()}>{s('close')}</button>
            </div>
          </Match>
          <Match when={phase() === 'preview' && result()}>
            {(r) => (
              <>
                <PreviewPanel result={r()} />
                <Show
                  when={reimport()}
                  fallback={
                    <label class="field">
                      <span>{s('newTitle')}</span>
                      <input name="importTitle" value={title()} onInput={(e) => setTitle(e.currentTarget.value)} />
                    </label>
                  }
                >
                  {(plan) => <ReimportPanel plan={plan()} />}
                </Show>
                <div class="row actions">
                  <button type="button" class="primary" data-testid="import-commit" onClick={() => void commit()}>
                    {props.programmeId ? s('reimportCommit') : s('commit')}
                  </button>
                  <button type="button" onClick={() => void openMapping()}>{s('changeMapping')}</button>
                  <button type="button" onClick={() => input?.click()}>{s('anotherFile')}</button>
                  <button type="button" onClick={() => props.onClose()}>{s('cancel')}</button>
                </div>
              </>
            )}
          </Match>
          <Match when={phase() === 'mapping' && sheets()}>
            {(p) => (
              <MappingStep
                preview={p()}
                initialSheet={result()?.report.sheets.find((x) => x.layout)?.name}
                error={mappingError()}
                onCancel={() => (result() ? setPhase('preview') : props.onClose())}
                onPreview={(c: MappingChoice) => {
                  setMappingError(null);
                  void runImport({ sheet: c.sheet, mapping: c.mapping, unit: c.unit }, true);
                }}
              />
            )}
          </Match>
        </Switch>
      </div>
    </div>
  );
}
