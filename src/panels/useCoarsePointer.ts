/**
 * Whether the primary pointer is coarse (a finger: tablets, touch screens), as the stylesheet's
 * `@media (pointer: coarse)` sees it, live (a tablet with a keyboard and trackpad attached changes
 * it). Views that size drawings in JavaScript (the channel diagram's SVG) read it to draw text at
 * the tablet's 16 px, as the stylesheet does for DOM text.
 */
import { useCallback, useSyncExternalStore } from 'react';

/** One list per query, made on first use (a hook's snapshot reads it on every render). */
const lists = new Map<string, MediaQueryList>();

/** The media query list of `query`, or null where there is none (jsdom without matchMedia, Node). */
function media(query: string): MediaQueryList | null {
  let m = lists.get(query);
  if (m === undefined) {
    if (typeof matchMedia !== 'function') return null;
    lists.set(query, (m = matchMedia(query)));
  }
  return m;
}

/**
 * React hook: whether the CSS media query `query` (e.g. `(pointer: coarse)`) matches now, live;
 * false where media queries are unavailable.
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (changed: () => void) => {
      const m = media(query);
      m?.addEventListener('change', changed);
      return () => m?.removeEventListener('change', changed);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => media(query)?.matches ?? false,
    () => false,
  );
}

/** React hook: true while the primary pointer is coarse; false where the query is unavailable. */
export function useCoarsePointer(): boolean {
  return useMediaQuery('(pointer: coarse)');
}
