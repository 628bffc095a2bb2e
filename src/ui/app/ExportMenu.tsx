import { createSignal } from 'solid-js';
import type { ExportKind } from '../../../workers/io.worker';
import { t } from '../../i18n';
import type { Store } from '../../store/store';
import { saveFile } from '../common/download';
import { Menu } from '../common/Menu';
import { useToasts } from '../common/toasts';
import { sharedIoWorker } from '../import/io-client';
import type { Workbench } from '../state/workbench';

/** «Експорт ▾»: the official annexes (Додаток 1 in both layouts, Додаток 2), the plan as CSV, a JSON backup; written in the io worker. */
export function ExportMenu(props: { wb: Workbench; store: Store }) {
  const toasts = useToasts();
  const [busy, setBusy] = createSignal(false);
  const run = async (kind: ExportKind) => {
    setBusy(true);
    try {
      const doc = props.wb.raw();
      const versions = kind === 'backup' ? await props.store.listVersions(doc.programme.id) : null;
      if (versions && !versions.ok) return toasts.error(versions.error.message);
      const r = await sharedIoWorker().exportFile(kind, { doc, indicators: [...props.wb.indicators().values()], versions: versions?.value ?? [] });
      if (!r.ok) return toasts.error(r.error.message);
      saveFile(r.value.data, r.value.name, r.value.mime);
      toasts.info(t('exported', { name: r.value.name }));
    } finally {
      setBusy(false);
    }
  };
  const item = (kind: ExportKind, label: string) => ({ action: `export-${kind}`, label, disabled: busy(), run: () => void run(kind) });
  return (
    <Menu
      label={busy() ? t('exporting') : t('exportMenu')}
      title={t('exportHint')}
      testId="export-menu"
      align="right"
      items={[
        item('annex1-six', t('exportAnnex1')),
        item('annex1-compact', t('exportAnnex1Compact')),
        item('annex2', t('exportAnnex2')),
        item('plan-csv', t('exportCsv')),
        item('backup', t('exportBackup')),
      ]}
    />
  );
}
