/** The small parts of the pipeline, each on its own. */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readAmountText } from '../../../src/io/amounts';
import { decodeText, detectDelimiter, parseCsv } from '../../../src/io/csv';
import { unitInText, yearLabel } from '../../../src/io/header';
import { countInflated } from '../../../src/io/inflate-count';
import { parseHeading, parseTotalLabel, splitCode } from '../../../src/io/labels';
import { indicatorValue, unitKindOf } from '../../../src/io/map-indicators';
import { sourceKindsIn, singleSource } from '../../../src/io/source-names';
import { cleanText, colLetter } from '../../../src/io/text';
import { prng } from './helpers';

describe('countInflated', () => {
  it('counts exactly what zlib inflates, for text, zeros and random bytes', () => {
    const rnd = prng(7);
    const inputs = [
      new TextEncoder().encode('Загальний обсяг, у тому числі: '.repeat(5000)),
      new Uint8Array(1_000_000),
      Uint8Array.from({ length: 70_000 }, () => Math.floor(rnd() * 256)),
      new Uint8Array(0),
    ];
    for (const data of inputs) {
      for (const level of [0, 1, 9]) {
        const z = deflateRawSync(data, { level });
        expect(countInflated(z, 0, z.length, data.length)).toEqual({ ok: true, bytes: data.length });
      }
    }
  });

  it('stops past the limit and reports corrupt streams', () => {
    const z = deflateRawSync(new Uint8Array(1_000_000));
    expect(countInflated(z, 0, z.length, 999_999)).toEqual({ ok: false, reason: 'over-limit' });
    expect(countInflated(z, 0, Math.floor(z.length / 2), 10_000_000)).toEqual({ ok: false, reason: 'corrupt' });
    expect(countInflated(new Uint8Array([0xff, 0xff, 0xff]), 0, 3, 100)).toEqual({ ok: false, reason: 'corrupt' });
  });
});

describe('amounts', () => {
  it.each([
    ['150,0', 'thousand-uah', 15_000_000],
    ['1 250,5', 'thousand-uah', 125_050_000],
    ['30,0 тис. грн', 'uah', 3_000_000],
    ['50,000 грн', 'thousand-uah', 5_000_000],
    ['50,000 грн 200,000грн', 'thousand-uah', 25_000_000],
    ['20,00 0 грн', 'thousand-uah', 2_000_000],
    ['2000 грн', 'thousand-uah', 200_000],
    ['69150', 'uah', 6_915_000],
  ] as const)('%s in %s → %i kop', (text, unit, kop) => {
    const a = readAmountText(text, unit);
    expect(a.kind === 'amount' ? a.value : a).toBe(kop);
  });

  it('markers, empties and refusals', () => {
    expect(readAmountText('+', 'thousand-uah')).toEqual({ kind: 'marker', marker: 'ongoing' });
    expect(readAmountText('В межах кошторисних призначень', 'thousand-uah')).toEqual({ kind: 'marker', marker: 'within-allocations' });
    for (const t of ['---', '~~~', '-', '']) expect(readAmountText(t, 'uah')).toEqual({ kind: 'empty' });
    expect(readAmountText('сто', 'uah').kind).toBe('bad');
    expect(readAmountText('1,2345678', 'thousand-uah').kind).toBe('bad');
  });
});

describe('labels', () => {
  it('codes in front of names', () => {
    expect(splitCode('1.1.1. Забезпечення')).toEqual({ code: '1.1.1', rest: 'Забезпечення' });
    expect(splitCode('1.1 Стимулювання')).toEqual({ code: '1.1', rest: 'Стимулювання' });
    expect(splitCode('І.ІІ Розвиток')).toEqual({ code: 'І.ІІ', rest: 'Розвиток' });
    expect(splitCode('500 активних користувачів')).toEqual({ code: '', rest: '500 активних користувачів' });
    expect(splitCode('2024 рік')).toEqual({ code: '', rest: '2024 рік' });
  });

  it('headings, by words or by the depth of their number', () => {
    expect(parseHeading('Пріоритет 1. Цифрова економіка')).toEqual({ level: 'priority', code: '1', title: 'Цифрова економіка', worded: true });
    expect(parseHeading('Пріоритетний напрям № 3. Розбудова')).toMatchObject({ level: 'priority', code: '3', title: 'Розбудова' });
    expect(parseHeading('Таблиця: Стратегічний напрямок 1: Залучення мешканців')).toMatchObject({ level: 'priority', code: '1', title: 'Залучення мешканців' });
    expect(parseHeading('Ціль: І.І Доступність ІТ технологій')).toMatchObject({ level: 'task', code: 'І.І' });
    expect(parseHeading('1. Цифрова інфраструктура')).toEqual({ level: 'priority', code: '1', title: 'Цифрова інфраструктура', worded: false });
    expect(parseHeading('1.1. Розвиток електронної')).toMatchObject({ level: 'task', code: '1.1' });
    expect(parseHeading('ДОДАТОК 1. ПЕРЕЛІК ПРОЄКТІВ')).toBeNull();
  });

  it('stated totals and what they total', () => {
    expect(parseTotalLabel('Всього за напрямом 2')).toEqual({ scope: 'priority', code: '2', label: 'Всього за напрямом 2' });
    expect(parseTotalLabel('Всього за Програмою')).toMatchObject({ scope: 'programme' });
    expect(parseTotalLabel('Разом за Програмою')).toMatchObject({ scope: 'programme' });
    expect(parseTotalLabel('Разом')).toMatchObject({ scope: 'programme' });
    expect(parseTotalLabel('Усього:')).toMatchObject({ scope: 'programme' });
    expect(parseTotalLabel('Разом з тим громада має потенціал')).toBeNull();
  });
});

describe('header words', () => {
  it('years from numbers, texts and dates', () => {
    expect(yearLabel({ text: '2026', kind: 'number', num: 2026 })).toEqual({ year: 2026, fromDate: false });
    expect(yearLabel({ text: '2020 рік', kind: 'text' })).toEqual({ year: 2020, fromDate: false });
    expect(yearLabel({ text: '01.01.2027', kind: 'date', year: 2027 })).toEqual({ year: 2027, fromDate: true });
    expect(yearLabel({ text: '2000,0', kind: 'number', num: 2000.5 })).toBeNull();
  });

  it('the unit a header names', () => {
    expect(unitInText(['Обсяги фінансування, тис. грн'])).toBe('thousand-uah');
    expect(unitInText(['Приближний бюджет, тис.грн'])).toBe('thousand-uah');
    expect(unitInText(['Сума, грн'])).toBe('uah');
    expect(unitInText(['Обсяги фінансування'])).toBeNull();
  });
});

describe('sources and indicators', () => {
  it('one source, several, or none', () => {
    expect(singleSource('Місцевий бюджет')).toBe('local');
    expect(singleSource('бюджет територіальної громади')).toBe('local');
    expect(singleSource('інші джерела')).toBe('other');
    expect(sourceKindsIn('Місцевий, обласний, державний бюджети, інші грантові кошти')).toEqual(['state', 'regional', 'local', 'other']);
    expect(singleSource('Місцевий, обласний, державний бюджети')).toBeNull();
    expect(singleSource('людський ресурс')).toBeNull();
  });

  it('units and values of indicators as documents write them', () => {
    expect(['%', 'Так/Ні', 'Так/ Ні', 'Коефіцієнт', 'Осіб', 'Од./1000 населення', 'Осіб/1000 осіб', 'текст'].map(unitKindOf)).toEqual([
      'percent', 'yes-no', 'yes-no', 'ratio', 'count', 'per-1000', 'per-1000', 'text',
    ]);
    expect(indicatorValue({ text: '30%', kind: 'text' }, 'percent')).toBe(30);
    expect(indicatorValue({ text: '30%', kind: 'number', num: 0.3 }, 'percent')).toBe(30);
    expect(indicatorValue({ text: '0,01', kind: 'text' }, 'percent')).toBe(0.01);
    expect(indicatorValue({ text: 'так', kind: 'text' }, 'yes-no')).toBe(1);
    expect(indicatorValue({ text: 'Ні', kind: 'text' }, 'yes-no')).toBe(0);
    expect(indicatorValue({ text: 'так', kind: 'text' }, 'percent')).toBe('так');
    expect(indicatorValue({ text: '—', kind: 'text' }, 'count')).toBeNull();
  });
});

describe('text and CSV', () => {
  it('cleans converter tags and spaces, keeps other markup as typed text', () => {
    expect(cleanText('<p>Рядок  один</p> <i>курсив</i>\u00a0кінець')).toBe('Рядок один курсив кінець');
    expect(cleanText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect([colLetter(0), colLetter(25), colLetter(26), colLetter(100)]).toEqual(['A', 'Z', 'AA', 'CW']);
  });

  it('detects encodings and delimiters', () => {
    const cp1251 = new Uint8Array([0xcf, 0xf0, 0xee, 0xe3, 0xf0, 0xe0, 0xec, 0xe0, 0x3b, 0xb2]); // «Програма;І»
    expect(decodeText(cp1251)).toEqual({ text: 'Програма;І', encoding: 'windows-1251' });
    expect(decodeText(new TextEncoder().encode('Програма'))).toEqual({ text: 'Програма', encoding: 'utf-8' });
    expect(detectDelimiter('a;b;1,5\nc;d;2,5\n')).toBe(';');
    expect(detectDelimiter('a,b,c\nd,e,f\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\nd\te\tf\n')).toBe('\t');
    expect(detectDelimiter('sep=,\na;b,c\n')).toBe(',');
    expect(parseCsv('a;"b;c"\r\n"d ""e""";f', ';')).toEqual([['a', 'b;c'], ['d "e"', 'f']]);
  });
});
