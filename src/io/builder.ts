/**
 * Accumulates the programme's records while the mappers walk the rows: priorities and tasks
 * found (or reused) by code, then by title; measure codes filled in where the document has
 * none (`1.1.1`, `1.1.2` under task 1.1); sources added as they are used.
 */
import { newId } from '../model/ids';
import type { DeclaredAmount, FundingSource, Indicator, Measure, Priority, SourceKind, Task } from '../model/schema';
import { STANDARD_SOURCES, UNDIVIDED_SOURCE } from '../model/sources';
import { norm } from './text';
import type { ImportFinding, SkippedRow } from './types';

export type MeasureInput = Pick<Measure, 'title' | 'responsible' | 'term' | 'result' | 'sourceText' | 'funding' | 'declared'> & { code: string };

export class DocBuilder {
  readonly programmeId = newId('prog-');
  readonly priorities: Priority[] = [];
  readonly tasks: Task[] = [];
  readonly measures: Measure[] = [];
  readonly indicators: Indicator[] = [];
  readonly declared: DeclaredAmount[] = [];
  readonly years = new Set<number>();
  readonly findings: ImportFinding[] = [];
  readonly skipped: SkippedRow[] = [];
  /** every sheet's title block and header texts, for the programme's title and unit */
  readonly titleTexts: string[] = [];
  private readonly custom: FundingSource[] = [];
  private undividedUsed = false;
  private current: { priority: Priority | null; task: Task | null } = { priority: null, task: null };
  private perParent = new Map<string, number>();

  get currentPriority(): Priority | null {
    return this.current.priority;
  }
  get currentTask(): Task | null {
    return this.current.task;
  }

  /** Opens a priority (reused when one with this code, or else this title, exists). */
  startPriority(code: string, title: string): Priority {
    const key = norm(title);
    let p = (code && this.priorities.find((x) => x.code === code)) || this.priorities.find((x) => norm(x.title) === key && (!code || !x.code));
    if (!p) {
      p = {
        id: newId('pri-'),
        programmeId: this.programmeId,
        code: code || String(this.priorities.length + 1),
        title,
        order: this.priorities.length + 1,
        declared: [],
      };
      this.priorities.push(p);
    } else if (!p.title && title) p.title = title;
    this.current = { priority: p, task: null };
    return p;
  }

  /** The open priority, or a catch-all one for measures that come before any heading. */
  priority(): Priority {
    return this.current.priority ?? this.startPriority('', 'Без напряму');
  }

  /** Opens a task under the priority its code names (`2.3` → priority 2), else under the open one. */
  startTask(code: string, title: string): Task {
    const head = code.includes('.') ? code.slice(0, code.indexOf('.')) : '';
    let parent = this.current.priority;
    if (head && parent?.code !== head) {
      const byCode = this.priorities.find((x) => x.code === head);
      if (byCode) parent = byCode;
    }
    if (!parent) parent = this.priority();
    const key = norm(title);
    let t = this.tasks.find((x) => x.priorityId === parent.id && ((code && x.code === code) || (!code && norm(x.title) === key)));
    if (!t) {
      const n = this.tasks.filter((x) => x.priorityId === parent.id).length + 1;
      t = {
        id: newId('tsk-'),
        programmeId: this.programmeId,
        priorityId: parent.id,
        code: code || `${parent.code}.${n}`,
        title,
        order: this.tasks.length + 1,
        declared: [],
      };
      this.tasks.push(t);
    }
    this.current = { priority: parent, task: t };
    return t;
  }

  addMeasure(m: MeasureInput): Measure {
    const priority = this.priority();
    const task = this.current.task;
    const parentKey = task?.id ?? priority.id;
    const n = (this.perParent.get(parentKey) ?? 0) + 1;
    this.perParent.set(parentKey, n);
    const code = m.code || `${task?.code ?? priority.code}.${n}`;
    const measure: Measure = {
      id: newId('msr-'),
      programmeId: this.programmeId,
      priorityId: priority.id,
      taskId: task?.id ?? null,
      code,
      title: m.title,
      responsible: m.responsible,
      term: m.term,
      result: m.result,
      sourceText: m.sourceText,
      status: 'planned',
      order: this.measures.length + 1,
      budgetCodes: [],
      funding: m.funding,
      declared: m.declared,
    };
    for (const f of m.funding) this.years.add(f.year);
    this.measures.push(measure);
    return measure;
  }

  /** The id of a source: a standard one by kind, the undivided bucket, or a custom one by name. */
  sourceId(kind: SourceKind | null, name = ''): string {
    if (kind && kind !== 'custom' && kind !== 'undivided') return STANDARD_SOURCES.find((s) => s.kind === kind)!.id;
    if (kind === 'custom' && name.trim()) {
      const key = norm(name);
      let s = this.custom.find((x) => norm(x.name) === key);
      if (!s) {
        s = { id: `custom-${this.custom.length + 1}`, name: name.trim().replace(/^./u, (ch) => ch.toUpperCase()), kind: 'custom' };
        this.custom.push(s);
      }
      return s.id;
    }
    this.undividedUsed = true;
    return UNDIVIDED_SOURCE.id;
  }

  /** The programme's sources: the five of the official form, then the ones the file added. */
  sources(): FundingSource[] {
    return [...STANDARD_SOURCES.map((s) => ({ ...s })), ...(this.undividedUsed ? [{ ...UNDIVIDED_SOURCE }] : []), ...this.custom];
  }

  finding(f: ImportFinding): void {
    this.findings.push(f);
  }

  skip(sheet: string, row: number, reason: string): void {
    this.skipped.push({ sheet, row: row + 1, reason });
  }

  addIndicator(i: Omit<Indicator, 'id' | 'programmeId' | 'order'>): Indicator {
    const ind: Indicator = { ...i, id: newId('ind-'), programmeId: this.programmeId, order: this.indicators.length + 1 };
    this.indicators.push(ind);
    return ind;
  }
}
