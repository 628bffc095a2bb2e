/** Plain numbers written the Ukrainian way: comma before decimals, no grouping, trailing zeros dropped. */
export function uaNumber(x: number, maxDecimals: number): string {
  const f = 10 ** maxDecimals;
  const rounded = Math.round(x * f) / f;
  return String(Object.is(rounded, -0) ? 0 : rounded).replace('.', ',');
}
