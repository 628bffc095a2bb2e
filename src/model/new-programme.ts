import { newId } from './ids';
import type { ProgrammeDoc } from './schema';
import { SCHEMA_VERSION } from './schema';
import { STANDARD_SOURCES } from './sources';

/** An empty three-year programme with the official form's five sources. */
export function emptyProgramme(title: string, startYear: number, now = new Date()): ProgrammeDoc {
  const id = newId('prog-');
  return {
    programme: {
      id,
      schemaVersion: SCHEMA_VERSION,
      title,
      community: '',
      katottg: '',
      startYear,
      endYear: startYear + 2,
      unit: 'thousand-uah',
      sources: STANDARD_SOURCES.map((s) => ({ ...s })),
      passport: [],
      declared: [],
      monitoring: false,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    },
    priorities: [],
    tasks: [],
    measures: [],
    indicators: [],
    scenarios: [],
  };
}
