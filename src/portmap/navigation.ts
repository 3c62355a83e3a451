/**
 * Moving between the app's screens through the URL hash (routes in `route.ts`), and the page URL
 * that share links and QR codes point to.
 */

/** The page URL without its hash, e.g. `https://example.org/mpo/`. */
export const pageUrl = (): string => `${location.origin}${location.pathname}${location.search}`;

/** Replaces the hash without a history entry (no re-route). */
export function setHashQuietly(hash: string): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

/** Replaces the hash without a history entry, then re-routes (`hashchange`). */
export function replaceHash(hash: string): void {
  setHashQuietly(hash);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** Navigates to a hash with a history entry (Back returns); `''` is the designer. */
export function goToHash(hash: string): void {
  if (hash === '' || hash === '#') {
    history.pushState(history.state, '', `${location.pathname}${location.search}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else location.hash = hash;
}
