/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Service worker registration in the prompt-for-update flow of vite-plugin-pwa: a new build is
 * downloaded in the background and waits; every open tab shows "new version — reload"; Reload in
 * any tab activates it, and every tab (changes already saved, flushed first) reloads onto it.
 * Open tabs also check for a new build every hour. The port map keeps working offline from the
 * precache.
 */
import { registerSW } from 'virtual:pwa-register';
import { flushCurrent } from './designLibrary';
import { updateState } from './updateState';

const HOUR_MS = 60 * 60 * 1000;

/** Registers the service worker (production builds). */
export function registerPwa(): void {
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => updateState.setState({ ready: true }),
    onNeedReload: () => {
      void flushCurrent().finally(() => window.location.reload());
    },
    onRegisteredSW: (_url, registration) => {
      if (registration) setInterval(() => void registration.update().catch(() => undefined), HOUR_MS);
    },
  });
  updateState.setState({
    apply: async () => {
      await flushCurrent();
      await update(true);
    },
  });
}
