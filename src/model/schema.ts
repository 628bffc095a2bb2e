/**
 * The domain model as zod schemas; the TypeScript types are inferred from them so that what is
 * validated at the edges (IndexedDB, JSON files, imports) is exactly what the code works with.
 * Records are normalised (priorities, tasks, measures, indicators are separate records pointing
 * at their parent) because the store saves and undoes one record at a time.
 */
import { z } from 'zod';
import type { Kop } from './money';

export const SCHEMA_VERSION = 1;

const id = z.string().min(1);
const year = z.number().int().min(1990).max(2100);
export const kopSchema = z
  .number()
  .refine((n) => Number.isSafeInteger(n), { message: 'сума має бути цілим числом копійок' })
  .transform((n) => n as Kop);

export const moneyUnitSchema = z.enum(['thousand-uah', 'uah']);
export const markerSchema = z.enum(['ongoing', 'within-allocations']);

/** The five sources of the official form, a named custom one, or "not divided by source". */
export const sourceKindSchema = z.enum(['state', 'regional', 'district', 'local', 'other', 'custom', 'undivided']);
export const fundingSourceSchema = z.object({
  id,
  name: z.string().min(1, 'назва джерела не може бути порожньою'),
  kind: sourceKindSchema,
});

/** A figure stated in a document (a total row or column), kept to be checked, never summed. */
export const declaredAmountSchema = z.object({
  year: year.nullable(), // null: all years
  sourceId: id.nullable(), // null: all sources
  amount: kopSchema,
  label: z.string().optional(), // the document's own words, e.g. «Всього за напрямом 1»
});

export const passportFieldSchema = z.object({ key: id, label: z.string(), value: z.string() });

export const programmeSchema = z.object({
  id,
  schemaVersion: z.literal(SCHEMA_VERSION),
  title: z.string().min(1, 'назва програми не може бути порожньою'),
  community: z.string(),
  katottg: z.string().regex(/^(UA\d{17})?$/, 'код КАТОТТГ має вигляд UA і 17 цифр'),
  startYear: year,
  endYear: year,
  unit: moneyUnitSchema,
  sources: z.array(fundingSourceSchema).min(1, 'потрібне хоча б одне джерело фінансування'),
  passport: z.array(passportFieldSchema),
  declared: z.array(declaredAmountSchema),
  monitoring: z.boolean().default(false),
  createdAt: z.string(),
  updatedAt: z.string(),
}).refine((p) => p.endYear >= p.startYear, { message: 'рік завершення раніший за рік початку', path: ['endYear'] })
  .refine((p) => new Set(p.sources.map((s) => s.id)).size === p.sources.length, {
    message: 'ідентифікатори джерел повторюються', path: ['sources'],
  });

export const prioritySchema = z.object({
  id,
  programmeId: id,
  code: z.string(),
  title: z.string(),
  order: z.number(),
  declared: z.array(declaredAmountSchema),
});

export const taskSchema = z.object({
  id,
  programmeId: id,
  priorityId: id,
  code: z.string(),
  title: z.string(),
  order: z.number(),
  declared: z.array(declaredAmountSchema),
});

export const fundingCellSchema = z.object({
  year,
  sourceId: id,
  planned: kopSchema.nullable(),
  actual: kopSchema.nullable(),
  marker: markerSchema.nullable(),
});

export const measureStatusSchema = z.enum(['planned', 'in-progress', 'done', 'cancelled']);
export const termSchema = z.object({
  text: z.string(), // as written: «2026-2028», «постійно», «IV квартал 2024»
  from: year.nullable(),
  to: year.nullable(),
});

export const measureSchema = z.object({
  id,
  programmeId: id,
  priorityId: id,
  taskId: id.nullable(), // some documents put measures straight under a priority
  code: z.string(),
  title: z.string(),
  responsible: z.string(),
  term: termSchema,
  result: z.string(),
  sourceText: z.string(), // the document's «джерела фінансування» text, kept verbatim
  status: measureStatusSchema,
  order: z.number(),
  budgetCodes: z.array(z.string()).default([]), // КПКВК codes for importing actual spending
  /** importance for «fit to ceilings» (1 = most important); absent: the measure's place in the plan */
  rank: z.number().int().min(1).optional(),
  funding: z.array(fundingCellSchema),
  declared: z.array(declaredAmountSchema),
});

export const unitKindSchema = z.enum(['percent', 'yes-no', 'count', 'ratio', 'per-1000', 'money', 'text']);
/** An indicator value: a number (percent as 30 for 30 %, yes/no as 1/0), or text when unit is text. */
export const indicatorValueSchema = z.union([z.number(), z.string()]).nullable();
export const indicatorSchema = z.object({
  id,
  programmeId: id,
  priorityId: id.nullable(),
  priorityText: z.string(), // the «Пріоритет» column as written
  code: z.string(),
  name: z.string(),
  unit: z.string(), // as written: «%», «Так/Ні», «Од./1000 населення»
  unitKind: unitKindSchema,
  direction: z.enum(['higher', 'lower']),
  baseline: indicatorValueSchema,
  targets: z.record(z.string(), indicatorValueSchema), // year → value
  actuals: z.record(z.string(), indicatorValueSchema),
  declaredDynamics: z.string(), // the document's «Динаміка» column as written
  measureIds: z.array(id),
  order: z.number(),
});

const cellOverride = z.object({ kind: z.literal('set-cell'), measureId: id, year, sourceId: id, planned: kopSchema.nullable() });
const excludeOverride = z.object({ kind: z.literal('exclude'), measureId: id });
const shiftOverride = z.object({ kind: z.literal('shift'), measureId: id, years: z.number().int() });
const scaleOverride = z.object({
  kind: z.literal('scale'),
  target: z.discriminatedUnion('by', [
    z.object({ by: z.literal('source'), sourceId: id }),
    z.object({ by: z.literal('year'), year }),
    z.object({ by: z.literal('priority'), priorityId: id }),
  ]),
  /** factor as a fraction num/den so that 50 % is exactly 1/2 */
  num: z.number().int().min(0),
  den: z.number().int().min(1),
});
export const overrideSchema = z.discriminatedUnion('kind', [cellOverride, excludeOverride, shiftOverride, scaleOverride]);
export const capSchema = z.object({ year: year.nullable(), sourceId: id.nullable(), amount: kopSchema });

export const scenarioSchema = z.object({
  id,
  programmeId: id,
  name: z.string().min(1, 'назва сценарію не може бути порожньою'),
  description: z.string(),
  baseId: id.nullable(), // null: the plan
  overrides: z.array(overrideSchema),
  caps: z.array(capSchema),
  order: z.number(),
});

/** The whole programme as one document: samples, JSON backups, versions and the engine's input. */
export const programmeDocSchema = z.object({
  programme: programmeSchema,
  priorities: z.array(prioritySchema),
  tasks: z.array(taskSchema),
  measures: z.array(measureSchema),
  indicators: z.array(indicatorSchema),
  scenarios: z.array(scenarioSchema).default([]),
});

export const versionSchema = z.object({
  id,
  programmeId: id,
  name: z.string().min(1),
  createdAt: z.string(),
  doc: programmeDocSchema,
});

export type FundingSource = z.infer<typeof fundingSourceSchema>;
export type SourceKind = z.infer<typeof sourceKindSchema>;
export type DeclaredAmount = z.infer<typeof declaredAmountSchema>;
export type PassportField = z.infer<typeof passportFieldSchema>;
export type Programme = z.infer<typeof programmeSchema>;
export type Priority = z.infer<typeof prioritySchema>;
export type Task = z.infer<typeof taskSchema>;
export type FundingCell = z.infer<typeof fundingCellSchema>;
export type MeasureStatus = z.infer<typeof measureStatusSchema>;
export type Term = z.infer<typeof termSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type UnitKind = z.infer<typeof unitKindSchema>;
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Override = z.infer<typeof overrideSchema>;
export type Cap = z.infer<typeof capSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type ProgrammeDoc = z.infer<typeof programmeDocSchema>;
export type Version = z.infer<typeof versionSchema>;

/** Names the first problem of a failed parse the way a clerk can act on: field path and reason. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'невідома помилка';
  const path = issue.path.length ? issue.path.join('.') : '(запис)';
  return `поле «${path}»: ${issue.message}`;
}
