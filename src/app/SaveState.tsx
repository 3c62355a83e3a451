/**
 * The status bar's saving line: every change is saved in this browser as it happens (or, with a
 * storage problem, that it is not), and, said plainly, that the undo history lasts only while
 * the tab is open while versions keep earlier states across reloads.
 */
import { useStorageProblems } from '../store/library/storageHealth';
import { useLibraryState } from './designLibrary';

/** The saving line. */
export function SaveState() {
  const problems = useStorageProblems();
  const inLibrary = useLibraryState((s) => s.currentId !== null);
  const saving = inLibrary && !problems.some((p) => p.kind !== 'unreadable');
  return (
    <span
      className={saving ? 'muted' : 'save-state not-saved'}
      data-testid="save-state"
      title="Every change is saved in this browser as it happens. The undo history lasts until this tab is reloaded or closed; Designs → Versions keeps earlier states."
    >
      {saving ? 'Saved in this browser' : 'Not saved in this browser'} · Undo history lasts until reload
    </span>
  );
}
