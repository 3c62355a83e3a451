/**
 * The designs being opened in this tab (New, a demo, a file, a share link, Designs → Open, a
 * version as a copy, a live room), as the store's `session.opening`: from the user's click (before
 * the first await) until the next design is bound, or the open failed. Meanwhile every edit waits
 * (`store/openingGuard.ts`), so nothing lands in the design being left.
 *
 * Flows can overlap (New clicked while a demo opens: the library runs them one after another), so
 * each holds its own `Opening`; the store shows the newest one still pending, and the flag clears
 * only when none is left. A flow that hands its opening to another (a room join opening the
 * room's copy) passes it down, and ending is idempotent.
 *
 * An open that hangs (IndexedDB blocked by another tab, say) must not lock the editor: after
 * `OPEN_GIVE_UP_MS` the opening is given up — the error is shown, edits go on in the design on
 * screen, and the flow, if it ever finishes, does not bind its design (it stays in Designs).
 */
import { designerStore } from '../store/store';

/**
 * How long an opening may take before it is given up, ms: a hang, not a slow open (a 100,000-fiber
 * design opens in seconds; a busy tablet may take several times that).
 */
export const OPEN_GIVE_UP_MS = 60_000;

/** One opening in progress. */
export interface Opening {
  /** True once given up (too slow): the flow must not bind its design any more. */
  readonly gaveUp: boolean;
  /** Resolves when the opening is given up (never, when it ends in time). */
  readonly givenUp: Promise<void>;
  /** Says what is opening from now on (once the design's name is known), e.g. `“Hall 3”`. */
  relabel(what: string): void;
  /** The design is bound (or the open failed): edits go on. Idempotent. */
  end(): void;
}

const pending: { what: string }[] = [];

function publish(): void {
  const what = pending.at(-1)?.what ?? null;
  const s = designerStore.getState();
  if ((s.session.opening?.what ?? null) !== what) s.actions.setOpening(what);
}

/** A design name as the status bar quotes it: `“Hall 3”` (long names cut at 60 characters). */
export const quoted = (name: string): string => `“${name.length > 60 ? `${name.slice(0, 59)}…` : name}”`;

/** Starts an opening of `what` (e.g. `“Hall 3”`, `a stored design`): edits wait until it ends. */
export function beginOpening(what: string): Opening {
  const entry = { what };
  pending.push(entry);
  publish();
  let ended = false;
  let gaveUp = false;
  let resolveGiveUp = () => undefined as void;
  const givenUp = new Promise<void>((r) => (resolveGiveUp = r));
  const end = () => {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
    pending.splice(pending.indexOf(entry), 1);
    publish();
  };
  const timer = setTimeout(() => {
    gaveUp = true;
    end();
    designerStore
      .getState()
      .actions.notify(
        'error',
        `Not opened: ${entry.what} took more than ${OPEN_GIVE_UP_MS / 1000} s (is another tab blocking the storage?); the design on screen stays open and editable`,
      );
    resolveGiveUp();
  }, OPEN_GIVE_UP_MS);
  return {
    get gaveUp() {
      return gaveUp;
    },
    givenUp,
    relabel: (next) => {
      if (ended) return;
      entry.what = next;
      publish();
    },
    end,
  };
}

/** Runs `f` as an opening of `what` (ended when `f` settles, unless `f` ended it sooner). */
export async function whileOpening<T>(what: string, f: (opening: Opening) => Promise<T>): Promise<T> {
  const opening = beginOpening(what);
  try {
    return await f(opening);
  } finally {
    opening.end();
  }
}
