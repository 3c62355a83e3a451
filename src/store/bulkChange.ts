/**
 * Announcements of bulk changes (a fix that changes several channels, an import into the design,
 * a restore): listeners (the library) take a version of the design as it was before. The store
 * calls `beforeBulkChange` synchronously, before it commits the change.
 */
import type { Design } from '../core/design';

/** Hears a bulk change about to be made: its name and the design before it. */
export type BulkChangeListener = (label: string, before: Design) => void;

const listeners = new Set<BulkChangeListener>();

/** Subscribes to bulk changes; returns the unsubscribe function. */
export function onBeforeBulkChange(listener: BulkChangeListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Announces a bulk change named `label` about to be made to `before`. */
export function beforeBulkChange(label: string, before: Design): void {
  for (const l of listeners) l(label, before);
}
