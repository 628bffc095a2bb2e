import { createSignal } from 'solid-js';

export type Route =
  | { page: 'picker' }
  | { page: 'plan'; programmeId: string }
  | { page: 'passport'; programmeId: string };

/** Hash routes: `#/`, `#/p/<id>`, `#/p/<id>/passport`. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'p' && parts[1]) return parts[2] === 'passport' ? { page: 'passport', programmeId: parts[1] } : { page: 'plan', programmeId: parts[1] };
  return { page: 'picker' };
}

const [route, setRoute] = createSignal<Route>(parseRoute(typeof location === 'undefined' ? '' : location.hash));
if (typeof window !== 'undefined') window.addEventListener('hashchange', () => setRoute(parseRoute(location.hash)));
export { route };

export function navigate(path: string): void {
  location.hash = `#${path}`;
}
