/**
 * Routes live in the URL's hash (#/events?type=AID), so every view is a link that can be shared
 * or bookmarked, the back button works, and the server needs no fallback route.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  /** Path segments after '#/', decoded: ['document', 'sha256:…']. */
  path: string[];
  query: Record<string, string>;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const path = pathPart
    .split('/')
    .filter((part) => part !== '')
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
  return { path, query: Object.fromEntries(new URLSearchParams(queryPart)) };
}

/** '#/document/<id>?event=v1' from parts; empty query values are left out. */
export function href(path: string[], query: Record<string, string | null | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const text = params.toString();
  return `#/${path.map(encodeURIComponent).join('/')}${text ? `?${text}` : ''}`;
}

export function navigate(path: string[], query: Record<string, string | null | undefined> = {}): void {
  window.location.hash = href(path, query);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
