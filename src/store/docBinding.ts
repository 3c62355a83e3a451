/**
 * The store's link to a design's document of records (`io/records`): one `Y.Doc` and a per-user
 * `Y.UndoManager`. Local edits go design → check → diff → one transaction (local origin, one undo
 * step); everything else that changes the document (another tab, the sync server, undo/redo,
 * storage loading) comes back through the document observer: the changed keys are re-read and
 * validated, valid records are applied to the snapshot, invalid ones are kept aside.
 *
 * ```text
 *  action ─ pure edit ─► next ─ checkEdit ─► diff ─► Y transaction (LOCAL) ─► snapshot = next
 *  Y transaction (tab, server, undo) ─► changedKeys ─► refreshSnapshot ─► snapshot
 * ```
 *
 * A gesture (a drag) edits the snapshot only; its edits are written as one transaction when it
 * ends (so it is one step, and Escape cancels it without touching the document or redo). A remote
 * change during a gesture is applied underneath the gesture's own changes.
 *
 * The snapshot is an immutable `Design` sharing every unchanged record object with the one before;
 * after an undo or redo the records (and, when all match, the whole design) of a recent snapshot
 * are reused, so memoised derivations by identity keep working.
 */
import { noteDiff } from './designChange';
import type * as Y from 'yjs';
import type { Design } from '../core/design';
import {
  allKeys,
  changedKeys,
  commitSnapshot,
  designToDoc,
  diffDesign,
  docSchemaVersion,
  isEmptyDiff,
  readSnapshot,
  refreshSnapshot,
  showRecent,
  applyDiff,
  applyDiffToDesign,
  type AsideRecord,
  type DesignDiff,
  type DocSnapshot,
  type ReferenceNotice,
} from '../io/records';
import { createUndoManager, emptyHistory, historyOf, type History, type LocalOrigin } from './history';
import { checkEdit, type TouchedKeys } from '../io/editCheck';
import { RecentSnapshots } from './recentSnapshots';

/**
 * The keys a record diff writes or deletes, per checked collection, for `checkEdit`: records
 * equal by value to the ones they replace are left out (they were valid already).
 */
function touchedKeys(diff: DesignDiff): TouchedKeys {
  const out: Record<string, string[]> = {};
  for (const c of ['racks', 'devices', 'cables', 'parts'] as const) {
    const d = diff.collections.get(c);
    out[c] = d ? [...d.set.map(([k]) => k), ...d.deleted] : [];
  }
  return out as TouchedKeys;
}

/** A design's document and this user's undo manager over it (a library session provides both). */
export interface BoundDoc {
  readonly ydoc: Y.Doc;
  readonly undo: Y.UndoManager;
  readonly origin: LocalOrigin;
  /** The name the next local step gets (set by the store just before it writes). */
  readonly step: { label: string };
}

/** Makes the undo manager and local origin for `ydoc` (one per document and user). */
export function bindableDoc(ydoc: Y.Doc): BoundDoc {
  const origin: LocalOrigin = { kind: 'local-edit' };
  const step = { label: 'Change' };
  return { ydoc, undo: createUndoManager(ydoc, origin, () => step.label), origin, step };
}

/** What the store shows of the document besides the design: values kept aside, notices. */
export interface RecordsView {
  /** Values not applied (invalid), each with its JSON path and message. */
  readonly aside: readonly AsideRecord[];
  /** References shown differently from the document (concurrent deletes). */
  readonly notices: readonly ReferenceNotice[];
  /** Schema version of a document written by a newer app (nothing more is applied), else null. */
  readonly newerVersion: number | null;
}

/** An empty records view. */
export const emptyRecordsView: RecordsView = { aside: [], notices: [], newerVersion: null };

/** The state the binding publishes to the store. */
export interface BoundState {
  readonly doc: Design;
  readonly history: History;
  readonly records: RecordsView;
}

/** The outcome of an edit: written (or joined to the gesture), unchanged, or refused with a reason. */
export type CommitOutcome = 'done' | 'unchanged' | { readonly refused: string };

/** A binding of the store to one document (replaced when another design is opened). */
export class DocBinding {
  private snap: DocSnapshot;
  private state: BoundState;
  private gesture: { label: string; start: Design } | null = null;
  private readonly recent = new RecentSnapshots();
  private writing = false;
  private readonly onTransaction: (tr: Y.Transaction) => void;
  private readonly onStack: () => void;
  readonly bound: BoundDoc;

  /**
   * Binds to `bound` (or to a fresh in-memory document holding `initial`); `publish` receives
   * every new state (design, history, records view).
   */
  constructor(
    boundOrInitial: BoundDoc | Design,
    private readonly publish: (s: BoundState) => void,
  ) {
    this.bound = 'ydoc' in boundOrInitial ? boundOrInitial : bindableDoc(designToDoc(boundOrInitial));
    this.snap = readSnapshot(this.bound.ydoc);
    this.state = { doc: this.snap.design, history: emptyHistory, records: this.view(this.snap, null) };
    this.state = { ...this.state, history: historyOf(this.bound.undo, null, emptyHistory) };
    this.recent.shown(this.snap.design, null);
    this.onTransaction = (tr) => this.transactionDone(tr);
    // While this binding writes an edit, its own publish carries the new undo step (one store
    // update per edit, not one for the step and another for the design).
    this.onStack = () => {
      if (!this.writing) this.setState({ history: this.historyNow() });
    };
    this.bound.ydoc.on('afterTransaction', this.onTransaction);
    for (const ev of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const)
      this.bound.undo.on(ev, this.onStack);
  }

  /** The state now. */
  current(): BoundState {
    return this.state;
  }

  /** Stops following the document (the document and undo manager stay with their owner). */
  detach(): void {
    this.bound.ydoc.off('afterTransaction', this.onTransaction);
    for (const ev of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const)
      this.bound.undo.off(ev, this.onStack);
  }

  private view(s: DocSnapshot, newer: number | null): RecordsView {
    const prev = this.state?.records ?? emptyRecordsView;
    const aside = [...s.aside.values()];
    const sameAside = aside.length === prev.aside.length && aside.every((a, i) => a === prev.aside[i]);
    const sameNotices =
      s.notices.length === prev.notices.length &&
      s.notices.every((n, i) => n.path === prev.notices[i]?.path && n.message === prev.notices[i]?.message);
    if (sameAside && sameNotices && newer === prev.newerVersion) return prev;
    return {
      aside: sameAside ? prev.aside : aside,
      notices: sameNotices ? prev.notices : s.notices,
      newerVersion: newer,
    };
  }

  private historyNow(): History {
    return historyOf(this.bound.undo, this.gesture ? { label: this.gesture.label } : null, this.state.history);
  }

  private setState(patch: Partial<BoundState>): void {
    const next = { ...this.state, ...patch };
    if (next.doc === this.state.doc && next.history === this.state.history && next.records === this.state.records)
      return;
    this.state = next;
    this.publish(next);
  }

  private transactionDone(tr: Y.Transaction): void {
    if (tr.origin === this.bound.origin) return;
    const keys = changedKeys(this.bound.ydoc, tr);
    if (keys.meta.size === 0 && keys.collections.size === 0) return;
    const version = docSchemaVersion(this.bound.ydoc);
    if (version !== null && version > (this.snap.raw.schemaVersion as number)) {
      this.setState({ records: this.view(this.snap, version) });
      return;
    }
    const snap = refreshSnapshot(this.snap, this.bound.ydoc, keys);
    const design = this.recent.find(snap.design, snap.touched);
    this.snap = showRecent(snap, design);
    this.recent.shown(design, snap.touched);
    let doc = design;
    if (this.gesture) {
      const own = diffDesign(this.gesture.start, this.state.doc);
      this.gesture = { ...this.gesture, start: design };
      doc = applyDiffToDesign(design, own);
    }
    this.setState({ doc, history: this.historyNow(), records: this.view(this.snap, null) });
  }

  /**
   * Commits `next` (an edit of the current design) as one undo step named `label`, or joins the
   * open gesture. Refused (nothing changes) when the edit check refuses it.
   */
  commit(label: string, next: Design): CommitOutcome {
    const prev = this.state.doc;
    if (next === prev) return 'unchanged';
    // One pass over the changed collections finds the edit's records; the edit check and the
    // write both use it (outside a gesture the shown design is the document's snapshot).
    const diff = this.gesture || prev !== this.snap.design ? null : diffDesign(prev, next);
    // The schema at the edit door (io/editCheck.ts): changed records and the cross-record rules
    // they can break, exactly as the file loader would judge the saved result.
    const problem = checkEdit(prev, next, diff ? touchedKeys(diff) : undefined);
    if (!problem.ok) return { refused: problem.message };
    if (this.gesture) {
      this.setState({ doc: next });
      return 'done';
    }
    return this.write(label, this.snap.design, next, diff);
  }

  private write(label: string, prev: Design, next: Design, known: DesignDiff | null = null): CommitOutcome {
    const diff = known ?? diffDesign(prev, next);
    if (isEmptyDiff(diff)) {
      this.setState({ doc: this.snap.design });
      return 'unchanged';
    }
    this.bound.step.label = label;
    this.bound.undo.stopCapturing();
    this.writing = true;
    try {
      applyDiff(this.bound.ydoc, diff, this.bound.origin);
    } finally {
      this.writing = false;
    }
    this.snap = commitSnapshot(this.snap, next, diff);
    if (this.snap.design === next) noteDiff(prev, next, diff);
    this.recent.shown(this.snap.design, this.snap.touched);
    this.setState({ doc: this.snap.design, history: this.historyNow(), records: this.view(this.snap, null) });
    return 'done';
  }

  /** Undoes this user's last step (an open gesture is cancelled first). */
  undo(): void {
    if (this.gesture) {
      this.cancelGesture();
      return;
    }
    this.bound.undo.undo();
    this.setState({ history: this.historyNow() });
  }

  /** Redoes this user's last undone step. */
  redo(): void {
    if (this.gesture) return;
    this.bound.undo.redo();
    this.setState({ history: this.historyNow() });
  }

  /** Opens a gesture: edits until `commitGesture` make one step named `label`. */
  beginGesture(label: string): void {
    this.gesture = { label, start: this.snap.design };
    this.setState({ history: this.historyNow() });
  }

  /** Writes the gesture's edits as one step (none when nothing changed). */
  commitGesture(): void {
    const g = this.gesture;
    if (!g) return;
    this.gesture = null;
    const next = this.state.doc;
    if (next === this.snap.design) this.setState({ history: this.historyNow() });
    else this.write(g.label, this.snap.design, next);
  }

  /** Abandons the gesture: the design it started from comes back; the document and redo are untouched. */
  cancelGesture(): void {
    if (!this.gesture) return;
    this.gesture = null;
    this.setState({ doc: this.snap.design, history: this.historyNow() });
  }

  /** Re-reads the whole document (after storage loaded into it, or a migration). */
  reread(): void {
    const snap = refreshSnapshot(this.snap, this.bound.ydoc, allKeys(this.bound.ydoc));
    this.snap = snap;
    this.recent.shown(snap.design, snap.touched);
    this.setState({ doc: this.gesture ? this.state.doc : snap.design, records: this.view(snap, null) });
  }
}
