import { createSignal } from 'solid-js';

/** The tabs of an open programme, named by the last part of the hash (`plan` has none). */
export const PROGRAMME_PAGES = ['plan', 'passport', 'indicators', 'monitoring', 'scenarios'] as const;
export type ProgrammePage = (typeof PROGRAMME_PAGES)[number];

export type Route =
  | { page: 'picker' }
  | { page: ProgrammePage; programmeId: string };

/** Hash routes: `#/`, `#/p/<id>`, `#/p/<id>/passport`, `#/p/<id>/indicators`, `#/p/<id>/monitoring`. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'p' && parts[1]) {
    const page = PROGRAMME_PAGES.find((x) => x === parts[2]) ?? 'plan';
    return { page, programmeId: parts[1] };
  }
  return { page: 'picker' };
}

const [route, setRoute] = createSignal<Route>(parseRoute(typeof location === 'undefined' ? '' : location.hash));
if (typeof window !== 'undefined') window.addEventListener('hashchange', () => setRoute(parseRoute(location.hash)));
export { route };

export function navigate(path: string): void {
  location.hash = `#${path}`;
}
