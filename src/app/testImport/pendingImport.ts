/**
 * The results file waiting in the import dialog (issue 14), shared by the Field test menu and
 * the file drop: dropping a `.csv` on the app opens the same dialog as "Import test results".
 * A tiny external store for `useSyncExternalStore`.
 */
import { readResultsFile } from '../fieldTestActions';
import type { ImportSource } from './TestImportDialog';

let current: ImportSource | null = null;
let busy: string | null = null;
const listeners = new Set<() => void>();
const emit = () => {
  for (const l of listeners) l();
};

/** Subscribes to changes (for `useSyncExternalStore`). */
export function subscribePendingImport(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The file in the dialog, or null. */
export const pendingImport = (): ImportSource | null => current;
/** What is being read, or null. */
export const pendingBusy = (): string | null => busy;

/** Reads `file` (size checked first) and opens the import dialog on it. */
export async function openResultsFile(file: File): Promise<void> {
  busy = `Reading ${file.name}…`;
  emit();
  try {
    current = await readResultsFile(file);
  } finally {
    busy = null;
    emit();
  }
}

/** Closes the dialog. */
export function closePendingImport(): void {
  current = null;
  emit();
}

/**
 * Opens a file picker for tester results (CSV or TXT; a detached input, so the page keeps one file
 * input: Open) and hands the picked file to the import dialog (mapping, review).
 */
export function pickResultsFile(): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.csv,.txt,text/csv';
  input.addEventListener('change', () => {
    const f = input.files?.[0];
    if (f) void openResultsFile(f);
  });
  input.click();
}
