/**
 * The DOM caption that follows a drag (`.drag-ghost`): the name of a palette part while it is
 * carried outside the canvas (over the canvas the drop preview speaks), and "Drop on the parts list
 * to delete …" for placed equipment carried off the canvas. Placed beside a mouse pointer, above a
 * finger (`placeCaption`). The mating verdict over a port uses the same element (`portVerdict.ts`).
 */
import { catalogueFor } from '../../core/catalogue';
import type { Design } from '../../core/design';
import { own } from '../../core/own';
import type { DragSource } from '../../store/session';
import { overDeleteZone } from './pointerFeedback';
import { placeCaption } from './portVerdict';

/**
 * Shows or hides the drag caption `ghost` for a drag of `source` in `doc` at pointer event `e`;
 * `inside` is true over the canvas (the caption then hides, the canvas preview shows the target).
 */
export function showDragGhost(
  ghost: HTMLDivElement | null,
  doc: Design,
  source: DragSource,
  inside: boolean,
  e: PointerEvent,
): void {
  if (!ghost) return;
  // Only what changed is written: a write to the element, even of the same value, costs a frame.
  if (ghost.hidden !== inside) ghost.hidden = inside;
  if (source.kind === 'part' && ghost.dataset.verdict) delete ghost.dataset.verdict;
  if (inside) return;
  let text: string;
  if (source.kind === 'part') text = catalogueFor(doc).get(source.part)?.name ?? source.part;
  else {
    const name = own(doc.devices, source.id)?.name ?? '';
    text = overDeleteZone(e) ? `Release to delete ${name}` : `Drop on the parts list to delete ${name}`;
  }
  if (ghost.textContent !== text) ghost.textContent = text;
  placeCaption(ghost, e);
}

/** Hides the drag caption `ghost` and forgets its verdict. */
export function hideDragGhost(ghost: HTMLDivElement | null): void {
  if (!ghost) return;
  ghost.hidden = true;
  delete ghost.dataset.verdict;
}
