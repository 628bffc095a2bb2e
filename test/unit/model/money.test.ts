import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatAmount, kop, parseAmount } from '../../../src/model/money';

const amount = (text: string, unit: 'thousand-uah' | 'uah' = 'thousand-uah') => {
  const r = parseAmount(text, unit);
  return r.kind === 'amount' ? r.value : r;
};

describe('parseAmount', () => {
  it.each([
    ['1 250,5', 125_050_000],
    ['1250.5', 125_050_000],
    ['150,0', 15_000_000],
    ['1 250', 125_000_000],
    ['1\u00a0250', 125_000_000],
    ['1\u202f250,5', 125_050_000],
    ['1,250,000', 125_000_000_000],
    ['1.250,5', 125_050_000],
    ['1,250.5', 125_050_000],
    ['0,01', 1_000],
    ['1,23456', 123_456],
    ['-5', -500_000],
    ['−5,5', -550_000],
  ])('%s in тис. грн is %d kop', (text, kopiykas) => {
    expect(amount(text)).toBe(kopiykas);
  });

  it('reads hryvnia amounts and converts them to kopiykas, the comma grouping thousands', () => {
    expect(amount('50,000 грн')).toBe(5_000_000);
    expect(amount('200,000грн')).toBe(20_000_000);
    expect(amount('2000 грн')).toBe(200_000);
    expect(amount('2000,50 грн')).toBe(200_050);
    expect(amount('1 250', 'uah')).toBe(125_000);
  });

  it.each(['', '  ', '-', '—', '---', '~~~'])('%j is empty', (text) => {
    expect(parseAmount(text, 'thousand-uah')).toEqual({ kind: 'empty' });
  });

  it('reads markers', () => {
    expect(parseAmount('+', 'thousand-uah')).toEqual({ kind: 'marker', marker: 'ongoing' });
    expect(parseAmount('В межах кошторисних призначень', 'thousand-uah')).toEqual({ kind: 'marker', marker: 'within-allocations' });
    expect(parseAmount('в межах  кошторисних', 'thousand-uah')).toEqual({ kind: 'marker', marker: 'within-allocations' });
  });

  it.each([
    ['abc', 'not-a-number'],
    ['12 34', 'not-a-number'],
    ['1,2,3.4.5', 'not-a-number'],
    ['1,234567', 'too-precise'],
    ['10.5555 грн', 'too-precise'],
    ['1'.repeat(20), 'too-large'],
  ])('refuses %j with a typed error naming the text', (text, code) => {
    const r = parseAmount(text, 'thousand-uah');
    expect(r.kind).toBe('error');
    if (r.kind === 'error') {
      expect(r.code).toBe(code);
      expect(r.message).toContain(`«${text.trim()}»`);
    }
  });
});

describe('formatAmount', () => {
  it('formats the Ukrainian way with at least one decimal', () => {
    expect(formatAmount(kop(125_050_000), 'thousand-uah')).toBe('1\u00a0250,5');
    expect(formatAmount(kop(15_000_000), 'thousand-uah')).toBe('150,0');
    expect(formatAmount(kop(123_456), 'thousand-uah')).toBe('1,23456');
    expect(formatAmount(kop(-15_000_000), 'thousand-uah')).toBe('-150,0');
    expect(formatAmount(kop(0), 'thousand-uah')).toBe('0,0');
    expect(formatAmount(kop(125_005), 'uah')).toBe('1\u00a0250,05');
  });

  it('parse(format(x)) === x for every amount, in both units', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e14, max: 1e14 }), fc.constantFrom('thousand-uah' as const, 'uah' as const), (n, unit) => {
        const r = parseAmount(formatAmount(kop(n), unit), unit);
        expect(r).toEqual({ kind: 'amount', value: n === 0 ? 0 : n });
      }),
      { numRuns: 2000 },
    );
  });
});
