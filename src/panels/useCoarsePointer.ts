/**
 * Whether the primary pointer is coarse (a finger: tablets, touch screens), as the stylesheet's
 * `@media (pointer: coarse)` sees it, live (a tablet with a keyboard and trackpad attached changes
 * it). Views that size drawings in JavaScript (the channel diagram's SVG) read it to draw text at
 * the tablet's 16 px, as the stylesheet does for DOM text.
 */
import { useSyncExternalStore } from 'react';

const QUERY = '(pointer: coarse)';

/** The media query list, or null where there is none (jsdom without matchMedia, Node). */
const media = (): MediaQueryList | null => (typeof matchMedia === 'function' ? matchMedia(QUERY) : null);

function subscribe(changed: () => void): () => void {
  const m = media();
  m?.addEventListener('change', changed);
  return () => m?.removeEventListener('change', changed);
}

/** React hook: true while the primary pointer is coarse; false where the query is unavailable. */
export function useCoarsePointer(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => media()?.matches ?? false,
    () => false,
  );
}
