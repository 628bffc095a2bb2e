/** Indicator values by unit kind: every accepted form, every refusal with its Ukrainian sentence. */
import { describe, expect, it } from 'vitest';
import {
  formatIndicatorValue,
  parseDirection,
  parseIndicatorValue,
  parsePlainNumber,
  parseUnitKind,
  unitKindOf,
} from '../../../src/model/indicator-values';
import type { UnitKind } from '../../../src/model/schema';

const u = (unitKind: UnitKind, unit = ''): { unitKind: UnitKind; unit: string } => ({ unitKind, unit });
const value = (text: string, unit: { unitKind: UnitKind; unit: string }) => {
  const r = parseIndicatorValue(text, unit);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const refusal = (text: string, unit: { unitKind: UnitKind; unit: string }) => {
  const r = parseIndicatorValue(text, unit);
  if (r.ok) throw new Error(`accepted ${JSON.stringify(r.value)}`);
  return r.message;
};

describe('parseIndicatorValue', () => {
  it('reads percentages with or without the sign, with a comma or a dot, and keeps values outside 0–100 for the checks', () => {
    const pct = u('percent', '%');
    expect(value('30%', pct)).toBe(30);
    expect(value('30 %', pct)).toBe(30);
    expect(value('30\u00a0%', pct)).toBe(30);
    expect(value('30', pct)).toBe(30);
    expect(value('0,01', pct)).toBe(0.01);
    expect(value('12.5%', pct)).toBe(12.5);
    expect(value('108', pct)).toBe(108);
    expect(value('-5', pct)).toBe(-5);
    expect(refusal('так', pct)).toBe('«так» — не відсоток. Введіть відсоток числом, наприклад 30 або 30%.');
    expect(refusal('30%%', pct)).toMatch(/^«30%%» — не відсоток\./);
  });

  it('reads Так/Ні and yes/no in any case, and refuses anything else', () => {
    const yn = u('yes-no', 'Так/Ні');
    expect(['Так', 'так', 'ТАК', 'yes', 'Yes', 'Ні', 'ні', 'НІ', 'no', 'NO', 'нi'].map((t) => value(t, yn))).toEqual([1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(refusal('можливо', yn)).toBe('«можливо» — для індикатора «Так/Ні» можливі лише два значення. Введіть «Так» або «Ні».');
    expect(refusal('1', yn)).toMatch(/^«1» — для індикатора «Так\/Ні»/);
    expect(refusal('50%', yn)).toMatch(/^«50%» —/);
  });

  it('reads counts as whole non-negative numbers with grouped thousands', () => {
    const c = u('count', 'Осіб');
    expect(value('12', c)).toBe(12);
    expect(value('1 200', c)).toBe(1200);
    expect(value('1\u00a0200', c)).toBe(1200);
    expect(refusal('2,5', c)).toBe('«2,5» — кількість має бути цілим числом. Введіть ціле число, наприклад 12.');
    expect(refusal('-3', c)).toBe('«-3» — кількість не може бути від’ємною. Введіть ціле число, наприклад 12.');
    expect(refusal('30%', c)).toBe('«30%» — знак % тут зайвий: одиниця виміру індикатора — «Осіб». Введіть ціле число, наприклад 12.');
    expect(refusal('багато', c)).toBe('«багато» — не число. Введіть ціле число, наприклад 12.');
  });

  it('reads ratios (coefficients) and values per 1000 residents as decimals', () => {
    expect(value('0,75', u('ratio', 'Коефіцієнт'))).toBe(0.75);
    expect(value('-0.1', u('ratio', 'Коефіцієнт'))).toBe(-0.1);
    expect(value('120', u('ratio', 'Коефіцієнт'))).toBe(120);
    expect(refusal('1:2', u('ratio', 'Коефіцієнт'))).toBe('«1:2» — не число. Введіть число, наприклад 0,75.');
    expect(value('2,5', u('per-1000', 'Од./1000 населення'))).toBe(2.5);
    expect(refusal('-1', u('per-1000', 'Од./1000 населення'))).toBe('«-1» — значення на 1000 населення не може бути від’ємним. Введіть число на 1000 населення, наприклад 2,5.');
  });

  it('reads money by the money rules, in the indicator’s own unit', () => {
    expect(value('1 250,5', u('money', 'тис. грн'))).toBe(1250.5);
    expect(value('50,000 грн', u('money', 'тис. грн'))).toBe(50);
    expect(value('1 250,55', u('money', 'грн'))).toBe(1250.55);
    expect(refusal('+', u('money', 'тис. грн'))).toBe('«+» — позначка, а не сума. Введіть суму, наприклад 1 250,5.');
    expect(refusal('-5', u('money', 'грн'))).toBe('«-5» — сума не може бути від’ємною. Введіть суму, наприклад 1 250,5.');
    expect(refusal('сто', u('money', 'грн'))).toMatch(/^«сто» — не сума\./);
  });

  it('keeps free text as written, and clears any kind on blank or a dash', () => {
    expect(value('  так, частково ', u('text', ''))).toBe('так, частково');
    for (const kind of ['percent', 'yes-no', 'count', 'ratio', 'per-1000', 'money', 'text'] as const) {
      expect([value('', u(kind)), value(' - ', u(kind)), value('—', u(kind))]).toEqual([null, null, null]);
    }
  });
});

describe('formatIndicatorValue', () => {
  it('shows values the way they can be typed back', () => {
    expect(formatIndicatorValue(30, u('percent'))).toBe('30\u00a0%');
    expect(formatIndicatorValue(0.01, u('percent'))).toBe('0,01\u00a0%');
    expect([formatIndicatorValue(1, u('yes-no')), formatIndicatorValue(0, u('yes-no')), formatIndicatorValue(5, u('yes-no'))]).toEqual(['Так', 'Ні', '5']);
    expect(formatIndicatorValue(12000, u('count'))).toBe('12\u00a0000');
    expect(formatIndicatorValue(1250.5, u('money', 'тис. грн'))).toBe('1250,5');
    expect(formatIndicatorValue('так', u('percent'))).toBe('так');
    expect(formatIndicatorValue(null, u('percent'))).toBe('');
    for (const [v, kind] of [[30, 'percent'], [0.01, 'percent'], [1, 'yes-no'], [0, 'yes-no'], [12000, 'count'], [0.75, 'ratio']] as const) {
      expect(parseIndicatorValue(formatIndicatorValue(v, u(kind)), u(kind))).toEqual({ ok: true, value: v });
    }
  });
});

describe('units, kinds and directions', () => {
  it('knows the kind a unit as written in the documents implies', () => {
    expect(['%', 'Так/Ні', 'Так/ Ні', 'Так/ні', 'Коефіцієнт', 'Осіб', 'Од.', 'Од./1000 населення', 'Осіб/1000 осіб', 'тис. грн', 'кв. м'].map(unitKindOf)).toEqual([
      'percent', 'yes-no', 'yes-no', 'yes-no', 'ratio', 'count', 'count', 'per-1000', 'per-1000', 'money', null,
    ]);
    expect([parseUnitKind('Кількість'), parseUnitKind('ratio'), parseUnitKind('%'), parseUnitKind('щось')]).toEqual(['count', 'ratio', 'percent', null]);
    expect([parseDirection('↑ більше — краще'), parseDirection('менше'), parseDirection('lower'), parseDirection('?')]).toEqual(['higher', 'lower', 'lower', null]);
    expect([parsePlainNumber('1 234,5'), parsePlainNumber('1,2,3'), parsePlainNumber('')]).toEqual([1234.5, null, null]);
  });
});
