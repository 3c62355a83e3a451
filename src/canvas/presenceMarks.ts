/**
 * Where the other people's selections show on the canvas (issue 11, presence): for each peer in
 * the room, the boxes (rack elevations, device boxes, a port) or the cable to outline in that
 * person's colour, and where their name tag goes. Pure geometry over the scene; a selection of a
 * record not on screen (another face mode, deleted meanwhile) yields no mark.
 */
import { portKey, type PortRef } from '../core/design';
import type { DeviceId } from '../core/ids';
import type { Peer } from '../io/collab/presence';
import type { CableGeom } from './cableGeometry';
import type { Scene } from './scene';
import type { Box } from './viewGeometry';

/** One peer's mark: outline `boxes` and/or `cable` in `color`; the tag `name` at `tag` (canvas px). */
export interface PresenceMark {
  readonly clientId: number;
  readonly name: string;
  readonly color: string;
  readonly boxes: readonly Box[];
  readonly cable: CableGeom | null;
  /** Top-left corner of the first outlined thing, where the name tag is drawn. */
  readonly tag: { readonly x: number; readonly y: number };
}

/** The marks of `peers` on `scene` (same order; peers whose selection is not on screen are left out). */
export function presenceMarks(scene: Scene, cables: readonly CableGeom[], peers: readonly Peer[]): PresenceMark[] {
  const out: PresenceMark[] = [];
  for (const p of peers) {
    const sel = p.selection;
    if (!sel) continue;
    let boxes: readonly Box[] = [];
    let cable: CableGeom | null = null;
    if (sel.kind === 'rack') boxes = scene.elevations.filter((e) => e.rack.id === sel.id);
    else if (sel.kind === 'device') boxes = scene.boxesByDevice.get(sel.id as DeviceId) ?? [];
    else if (sel.kind === 'port') {
      const ref: PortRef = { device: sel.device as DeviceId, port: sel.port };
      const box = scene.portsByKey.get(portKey(ref));
      boxes = box ? [box] : [];
    } else cable = cables.find((c) => c.cable.id === sel.id) ?? null;
    const first = boxes[0];
    const leg = cable?.legs[0];
    const tag = first ? { x: first.x, y: first.y } : leg ? { x: leg.a.x, y: leg.a.y } : null;
    if (!tag) continue;
    out.push({ clientId: p.clientId, name: p.name, color: p.color, boxes, cable, tag });
  }
  return out;
}
