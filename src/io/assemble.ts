/**
 * The builder's records → one validated ProgrammeDoc: title from the title block, period from
 * the year columns, sources as used, indicators linked to priorities by title or number. The
 * document goes through the same zod schema as every other entry point, so an import can never
 * store what a reload would refuse.
 */
import type { MoneyUnit } from '../model/money';
import type { ProgrammeDoc } from '../model/schema';
import { describeZodError, programmeDocSchema, SCHEMA_VERSION } from '../model/schema';
import type { DocBuilder } from './builder';
import { fail, fileLabel } from './errors';
import { cleanText, norm, yearsIn } from './text';

export function programmeTitle(texts: readonly string[], fileName?: string): string {
  for (const t of texts) {
    const m = /((?:\p{L}+-)?(?:програм|стратегі)\p{L}*\s+.*)$/iu.exec(t);
    if (m && m[1]!.length > 12) {
      // «до Програми інформатизації …» → «Програма інформатизації …»
      const s = cleanText(m[1]!)
        .replace(/^програм\p{L}*/iu, 'Програма')
        .replace(/^стратегі\p{L}*/iu, 'Стратегія');
      return s.length > 300 ? s.slice(0, 299) + '…' : s;
    }
  }
  const base = (fileName ?? '').replace(/\.[^.]+$/, '').trim();
  return base ? `Програма з файла «${base}»` : 'Імпортована програма';
}

export function assemble(b: DocBuilder, unit: MoneyUnit, fileName: string | undefined, now: Date): ProgrammeDoc {
  const title = programmeTitle(b.titleTexts, fileName);
  let years = [...b.years].sort((x, y) => x - y);
  if (!years.length) years = yearsIn(b.titleTexts.join(' '));
  const startYear = years.length ? years[0]! : now.getFullYear();
  const endYear = years.length ? Math.max(years[years.length - 1]!, startYear) : startYear + 2;
  for (const ind of b.indicators) {
    const key = norm(ind.priorityText);
    const head = ind.code.split('.')[0] ?? '';
    // By the priority's name, else by the number of the indicator's group (Додаток 2 may word the priority differently).
    const p = (key && b.priorities.find((x) => norm(x.title) === key)) || (head ? b.priorities.find((x) => x.code === head) : undefined);
    if (p) ind.priorityId = p.id;
  }
  const stamp = now.toISOString();
  const raw = {
    programme: {
      id: b.programmeId,
      schemaVersion: SCHEMA_VERSION,
      title,
      community: '',
      katottg: '',
      startYear,
      endYear,
      unit,
      sources: b.sources(),
      passport: fileName ? [{ key: 'import-file', label: 'Імпортовано з файла', value: fileName }] : [],
      declared: b.declared,
      monitoring: false,
      createdAt: stamp,
      updatedAt: stamp,
    },
    priorities: b.priorities,
    tasks: b.tasks,
    measures: b.measures,
    indicators: b.indicators,
    scenarios: [],
  };
  const parsed = programmeDocSchema.safeParse(raw);
  if (!parsed.success) {
    fail('invalid-programme', `${fileLabel(fileName)}: прочитане не складається у коректну програму (${describeZodError(parsed.error)}). Перевірте роки в заголовку таблиці та суми.`);
  }
  return parsed.data;
}
