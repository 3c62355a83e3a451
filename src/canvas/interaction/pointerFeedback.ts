/**
 * What the pointer shows over the canvas: the cursor for what lies under it, and whether it is
 * over the parts list (the drop zone that deletes a dragged device). DOM only, no state.
 */
import type { Hit } from '../hitTest';

/**
 * The CSS cursor over `hit`: a crosshair on a port while connecting, a grab hand on something
 * movable while selecting, a pointer on a port, cable or bundle, else the default arrow.
 */
export function cursorFor(hit: Hit, connecting: boolean): string {
  if (hit.port && connecting) return 'crosshair';
  if (hit.drag && !connecting) return 'grab';
  return hit.port || hit.cable || hit.bundle ? 'pointer' : 'default';
}

/** True over an element that accepts dropped devices for deletion (`data-drop="delete"`: the parts list). */
export const overDeleteZone = (e: { clientX: number; clientY: number }): boolean =>
  !!document.elementFromPoint(e.clientX, e.clientY)?.closest('[data-drop="delete"]');
