/**
 * Canvas gestures while a design opens (issue 10 follow-up): a gesture that would move a device or
 * a rack is refused by the store when it ends (every edit waits for the open), so the canvas does
 * not start one — it shows the store's "Opening … — wait a moment" notice once, as the palette's
 * refused drag does — and a drag under way when an open starts ends there (its design is being
 * left: the dimmed device, the drop preview and the ghost go, the release drops nothing).
 */
import { openingNotice } from '../../store/session';
import { designerStore } from '../../store/store';

/**
 * True while a design opens, after posting the store's wait notice (once: not again while it is
 * already the notice shown); false otherwise, with nothing posted.
 */
export function refusedWhileOpening(): boolean {
  const s = designerStore.getState();
  const opening = s.session.opening;
  if (opening === null) return false;
  const text = openingNotice(opening);
  if (s.session.notice?.text !== text) s.actions.notify('info', text);
  return true;
}

/** Whether a design began opening between two store states (`prev` → `next`). */
export const openingBegan = (
  next: { session: { opening: unknown } },
  prev: { session: { opening: unknown } },
): boolean => next.session.opening !== null && prev.session.opening === null;
