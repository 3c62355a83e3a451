/**
 * What one rack's drawing reads, as a key for its kept bitmap (`shapeBitmap.ts`): the drawing of
 * a rack whose key did not change since it was painted is the same drawing. The equipment of a
 * rack reads its scene (geometry, by identity), the zoom, and of the draw state only what
 * concerns its own devices, modules, transceivers and ports: so selecting a device in R01, or
 * numbering a device dropped there, leaves the other racks' keys as they were.
 */
import type { LabelIndex } from '../../core/labels';
import type { ElevationGeom, RackScene } from '../scene';
import type { Box } from '../viewGeometry';
import type { DeviceDrawState } from './drawRack';

/** Every key `drawDevice` looks up in the selected and dimmed sets for a rack: device, module, transceiver ids and port keys. */
const ownedOf = new WeakMap<RackScene, ReadonlySet<string>>();

function owned(rack: RackScene): ReadonlySet<string> {
  let keys = ownedOf.get(rack);
  if (!keys) {
    const s = new Set<string>();
    for (const d of rack.drawn) {
      s.add(d.geom.device.id);
      for (const slot of d.slots) if (slot.module) s.add(slot.module.id);
      for (const p of d.ports) {
        s.add(p.key);
        if (p.transceiver) s.add(p.transceiver.id);
      }
    }
    ownedOf.set(rack, (keys = s));
  }
  return keys;
}

/** The members of `set` that belong to the rack, in one string (sets of a selection are small). */
const mine = (set: ReadonlySet<string>, keys: ReadonlySet<string>): string =>
  [...set].filter((k) => keys.has(k)).join('\n');

const labelsOf = new WeakMap<RackScene, { labels: LabelIndex | undefined; text: string }>();

/** The labels of the rack's devices, in one string (recomputed only when the label index changes). */
function rackLabelText(rack: RackScene, labels: LabelIndex | undefined): string {
  const last = labelsOf.get(rack);
  if (last && last.labels === labels) return last.text;
  const text = labels ? rack.drawn.map((d) => labels.devices.get(d.geom.device.id)?.text ?? '').join('\n') : '';
  labelsOf.set(rack, { labels, text });
  return text;
}

/**
 * The key of rack `rack`'s equipment drawing at zoom `scale` (screen px per world unit): its scene
 * by identity, the zoom, its selected and dimmed members, the plug index by identity, its labels.
 */
export function equipmentKey(
  rack: RackScene,
  state: DeviceDrawState,
  labels: LabelIndex | undefined,
  scale: number,
): readonly unknown[] {
  const keys = owned(rack);
  return [
    rack,
    scale,
    mine(state.selected, keys),
    mine(state.dimmed, keys),
    state.plugged,
    rackLabelText(rack, labels),
  ];
}

/**
 * World box that holds everything drawn for elevations `es` at zoom `scale`: the frame's and the
 * selection outline's line widths grow as the zoom falls (`drawElevation`), and in the overview
 * the rack's name stands above it at 13 screen px; the margins cover both.
 */
export function elevationsBox(es: readonly ElevationGeom[], scale: number): Box {
  const side = 8 + 4 / scale;
  const above = 8 + 24 / scale;
  const x0 = Math.min(...es.map((e) => e.x)) - side;
  const y0 = Math.min(...es.map((e) => e.y)) - above;
  const x1 = Math.max(...es.map((e) => e.x + e.w)) + side;
  const y1 = Math.max(...es.map((e) => Math.max(e.y + e.h, e.top + e.units.h))) + side;
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}
