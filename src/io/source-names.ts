/**
 * Which funding source a piece of text names. Documents write the five official sources in many
 * ways (`місцевий бюджет`, `бюджет територіальної громади`, `Місцевий, обласний, державний
 * бюджети, інші грантові кошти`); a text naming exactly one is that source, a text naming
 * several is money not divided by source.
 */
import type { SourceKind } from '../model/schema';
import { norm } from './text';

const KINDS: Array<{ kind: SourceKind; re: RegExp }> = [
  { kind: 'state', re: /державн/u },
  { kind: 'regional', re: /обласн/u },
  { kind: 'district', re: /районн/u },
  { kind: 'local', re: /місцев|територіальн\S* громад|бюджет\S* громад|сільськ\S* бюджет|міськ\S* бюджет|селищн\S* бюджет|бюджет\S* (?:тг|отг)(?!\p{L})/u },
  { kind: 'other', re: /інш\S* джерел|інш\S* кошт|грант|донор|позабюджет|приватн|спонсор|міжнародн|інвестор/u },
];

/** Source kinds named in the text, in the order of the official form. */
export function sourceKindsIn(text: string): SourceKind[] {
  const t = norm(text);
  return KINDS.filter((k) => k.re.test(t)).map((k) => k.kind);
}

/** The one standard source a text names, or null (none, several, or something else). */
export function singleSource(text: string): SourceKind | null {
  const kinds = sourceKindsIn(text);
  return kinds.length === 1 ? kinds[0]! : null;
}

/** A six-rows source label: «державний бюджет» … «інші джерела», or null when it is not one. */
export function isSourceLabel(text: string): boolean {
  const t = norm(text);
  return t.length < 80 && (/бюджет|джерел|кошти|грант/u.test(t));
}
