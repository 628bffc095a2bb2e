/**
 * Scales a kopiyka amount by num/den and rounds to the nearest kopiyka, halves away from zero
 * (the commercial rule clerks and Excel's ROUND use), in exact integer arithmetic.
 * @example scaleKop(5, 1, 2) // 3 (2.5 rounds up); scaleKop(-5, 1, 2) // -3
 */
export function scaleKop(value: number, num: number, den: number): number {
  const product = value * num;
  if (Number.isSafeInteger(product)) {
    const abs = Math.abs(product);
    const q = Math.floor((2 * abs + den) / (2 * den));
    // 2 * abs + den may leave the safe range for huge amounts; fall through to BigInt then.
    if (Number.isSafeInteger(2 * abs + den)) return product < 0 ? -q : q;
  }
  const p = BigInt(value) * BigInt(num);
  const abs = p < 0n ? -p : p;
  const q = (2n * abs + BigInt(den)) / (2n * BigInt(den));
  return Number(p < 0n ? -q : q);
}
