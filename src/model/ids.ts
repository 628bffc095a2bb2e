/** A short random id; crypto.randomUUID exists in browsers, workers and Node 20. */
export function newId(prefix = ''): string {
  return prefix + crypto.randomUUID().replace(/-/g, '').slice(0, 16);
}
