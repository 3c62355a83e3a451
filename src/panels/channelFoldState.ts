/**
 * Which of the channel table's columns are folded into the channel's cell right now (a narrow
 * touch pane: `columnFold.ts`), shared by the table, which decides it from its pane's width, and
 * its Columns menu, which says so of each folded column. Not stored: it follows the layout.
 */
import { useSyncExternalStore } from 'react';

let folded: readonly string[] = [];
const listeners = new Set<() => void>();

/** Records the keys of the folded columns (the table, on every layout change; [] when it unmounts). */
export function setFoldedChannelColumns(keys: readonly string[]): void {
  if (keys.join(' ') === folded.join(' ')) return;
  folded = keys;
  for (const l of listeners) l();
}

/** React hook: the keys of the channel table's folded columns, live; [] when none (or no table). */
export function useFoldedChannelColumns(): readonly string[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => folded,
    () => folded,
  );
}
