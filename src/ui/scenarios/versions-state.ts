import { createResource, onCleanup, type Resource } from 'solid-js';
import type { Version } from '../../model/schema';
import type { Store } from '../../store/store';
import type { Workbench } from '../state/workbench';

/** The programme's versions, oldest first, reloaded whenever a command (here or in another tab) touches the `versions` table. */
export function useVersions(wb: Workbench, store: Store): Resource<Version[]> {
  const [versions, { refetch }] = createResource(async () => {
    const r = await store.listVersions(wb.doc.programme.id);
    return r.ok ? r.value : [];
  });
  const stop = wb.subscribe((e) => {
    if (e.kind === 'changes' && e.changes.some((c) => c.table === 'versions')) void refetch();
  });
  onCleanup(stop);
  return versions;
}
