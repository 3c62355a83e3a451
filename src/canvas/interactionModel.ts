/**
 * What the interaction layer shows (the drop preview, the connect rubber band, the ring on the
 * port under the pointer) and whether a pointer move changes any of it. A drag snaps its preview
 * to units, slots and ports, so most moves land on the same target as the one before: those
 * moves redraw nothing, and the browser paints no frame for them.
 */
import type { Point } from './cableGeometry';
import type { Box } from './viewGeometry';

/** What the interaction layer shows, in world units (`scale`: the stage's, for line widths and text). */
export interface InteractionModel {
  /** The drop preview; `cls` is a cable end's mating verdict over a port (issue 12 §3). */
  drop: { box: Box; ok: boolean; text: string; cls?: 'pass' | 'fail' | 'unchecked' } | null;
  band: { from: Point; to: Point } | null;
  hoverPort: Box | null;
  scale: number;
}

const sameBox = (a: Box, b: Box) => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
const samePoint = (a: Point, b: Point) => a.x === b.x && a.y === b.y;

/** True when `a` and `b` (either null) draw the same thing: equal by value, not by identity. */
function same<K extends keyof InteractionModel>(key: K, a: InteractionModel[K], b: InteractionModel[K]): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (key === 'hoverPort') return sameBox(a as Box, b as Box);
  if (key === 'band') {
    const p = a as NonNullable<InteractionModel['band']>;
    const q = b as NonNullable<InteractionModel['band']>;
    return samePoint(p.from, q.from) && samePoint(p.to, q.to);
  }
  const p = a as NonNullable<InteractionModel['drop']>;
  const q = b as NonNullable<InteractionModel['drop']>;
  return sameBox(p.box, q.box) && p.ok === q.ok && p.text === q.text && p.cls === q.cls;
}

/**
 * True when applying `patch` to `model` changes what the layer draws: a field whose new value
 * differs by value (boxes, points, caption, verdict class, scale) from the current one. Fields
 * absent from `patch` keep their value.
 */
export function changesModel(model: Readonly<InteractionModel>, patch: Partial<InteractionModel>): boolean {
  return (Object.keys(patch) as (keyof InteractionModel)[]).some(
    (k) => patch[k] !== undefined && !same(k, model[k], patch[k] as InteractionModel[typeof k]),
  );
}
