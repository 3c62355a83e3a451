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
  ghost.hidden = inside;
  if (source.kind === 'part') {
    delete ghost.dataset.verdict;
    ghost.textContent = catalogueFor(doc).get(source.part)?.name ?? source.part;
  } else if (inside) return;
  else {
    const name = own(doc.devices, source.id)?.name ?? '';
    ghost.textContent = overDeleteZone(e) ? `Release to delete ${name}` : `Drop on the parts list to delete ${name}`;
  }
  placeCaption(ghost, e);
}

/** Hides the drag caption `ghost` and forgets its verdict. */
export function hideDragGhost(ghost: HTMLDivElement | null): void {
  if (!ghost) return;
  ghost.hidden = true;
  delete ghost.dataset.verdict;
}
