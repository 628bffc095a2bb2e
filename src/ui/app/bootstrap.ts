import { createProgramme } from '../../store/commands/programme';
import type { Store } from '../../store/store';
import { SAMPLES, fetchSample } from './samples';

const SEEDED = 'hw.seeded';

/**
 * On the very first start, puts the sample programmes into the store so the app opens with a
 * real programme. Runs once per browser profile: a user who deletes the samples keeps them deleted.
 */
export async function seedSamplesOnce(store: Store): Promise<void> {
  try {
    if (localStorage.getItem(SEEDED)) return;
  } catch {
    /* no localStorage: seed when the store is empty */
  }
  const list = await store.listProgrammes();
  if (!list.ok) return;
  // Seeding may have been interrupted by a reload: add whichever samples are still missing.
  for (const s of SAMPLES) {
    if (list.value.some((p) => p.id === s.id)) continue;
    const doc = await fetchSample(s.file);
    await store.run(createProgramme(doc, `Додавання зразка «${doc.programme.title}»`));
  }
  try {
    localStorage.setItem(SEEDED, '1');
  } catch {
    /* ignore */
  }
}
