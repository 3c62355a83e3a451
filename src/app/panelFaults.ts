/**
 * Faults injected into panels by the test API (`window.__designer.injectPanelFault(name)`): the
 * named panel throws until it is reloaded, so its error boundary can be seen working in the real
 * app. Nothing in the app injects faults.
 */
import { useSyncExternalStore } from 'react';

const faults = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
};

/** Makes panel `name` throw on every render until `clearPanelFault(name)` (its Reload). */
export function injectPanelFault(name: string): void {
  faults.add(name);
  version += 1;
  for (const l of listeners) l();
}

/** Clears an injected fault (the boundary's Reload). */
export function clearPanelFault(name: string): void {
  faults.delete(name);
}

/** Throws while a fault is injected for panel `name`; re-renders when one is injected. */
export function useInjectedFault(name: string): void {
  useSyncExternalStore(subscribe, () => version);
  if (faults.has(name)) throw new Error(`Injected fault in ${name}`);
}
