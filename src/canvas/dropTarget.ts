/**
 * Drop targets of a drag: which rack units, slot or cage a dragged part or device would land
 * in at a world point, snapped to whole units, with the placement check of `core/layout` (so
 * the preview shows the same refusal the drop would give). Pure.
 */
import { catalogueFor } from '../core/catalogue';
import type { Design, PortRef } from '../core/design';
import type { DeviceId, RackId } from '../core/ids';
import { canInsertModule, canPlaceEquipment, canPlugTransceiver, type PlacementCheck } from '../core/layout';
import type { Part } from '../core/parts';
import type { DragSource } from '../store/session';
import { elevationAt, rackAt } from './hitTest';
import { unitBox, type ElevationGeom, type Face, type Scene } from './scene';
import { dropTopU } from './unitMap';
import { inBox, type Box } from './viewGeometry';
import { own } from '../core/own';

/** Where a drop would go, with the check that decides it. */
export type DropTarget =
  | {
      readonly kind: 'rack';
      readonly rack: RackId;
      readonly positionU: number;
      readonly face: Face;
      readonly box: Box;
      readonly check: PlacementCheck;
    }
  | {
      readonly kind: 'slot';
      readonly parent: DeviceId;
      readonly slot: string;
      readonly box: Box;
      readonly check: PlacementCheck;
    }
  | {
      readonly kind: 'cage';
      readonly parent: DeviceId;
      readonly cage: string;
      readonly box: Box;
      readonly check: PlacementCheck;
    }
  | { readonly kind: 'port'; readonly ref: PortRef; readonly box: Box }
  | { readonly kind: 'none'; readonly hint: string };

/** The part a drag carries (for a placed device: its part). */
export function dragPart(design: Design, source: DragSource): Part | undefined {
  const cat = catalogueFor(design);
  if (source.kind === 'part') return cat.get(source.part);
  const d = own(design.devices, source.id);
  return d ? cat.get(d.part) : undefined;
}

const nearest = <T extends Box>(items: readonly T[], x: number, y: number): T | undefined => {
  let best: { item: T; d: number } | undefined;
  for (const it of items) {
    const d = Math.hypot(it.x + it.w / 2 - x, it.y + it.h / 2 - y);
    if (!best || d < best.d) best = { item: it, d };
  }
  return best?.item;
};

/**
 * The drop target at world point (x, y). `grabDy` is how far below the top of the dragged
 * equipment the pointer holds it (world units); `fromFace` the elevation face it was picked up
 * in (a device dragged to the other face of a rack turns around, so it keeps facing the viewer).
 */
export function dropTargetAt(
  design: Design,
  scene: Scene,
  source: DragSource,
  x: number,
  y: number,
  grabDy: number,
  fromFace?: Face,
): DropTarget {
  const part = dragPart(design, source);
  const exclude = source.kind === 'device' ? { exclude: source.id } : {};
  if (!part) return { kind: 'none', hint: 'Unknown part' };
  if (part.kind === 'rack-equipment') {
    const e: ElevationGeom | undefined =
      elevationAt(scene, x, y) ?? scene.elevations.find((v) => x >= v.x && x <= v.x + v.w);
    if (!e) return { kind: 'none', hint: 'Drop into a rack' };
    const h = part.heightU;
    // The same unit mapping as drawing and hit testing; a drop on a collapsed band lands at its top unit.
    const topU = dropTopU(e.units, y - grabDy - e.top);
    const positionU = Math.max(1, Math.min(e.rack.heightU - h + 1, topU - h + 1));
    const dev = source.kind === 'device' ? own(design.devices, source.id) : undefined;
    const mount = dev?.placement.kind === 'rack' ? dev.placement.face : 'front';
    const face: Face =
      source.kind === 'part'
        ? e.face
        : fromFace === undefined || fromFace === e.face
          ? mount
          : mount === 'front'
            ? 'rear'
            : 'front';
    const check = canPlaceEquipment(design, { rack: e.rack.id, positionU, heightU: h }, exclude);
    return { kind: 'rack', rack: e.rack.id, positionU, face, box: unitBox(e, positionU, h), check };
  }
  // Only the rack under the point holds slots, cages and ports there.
  const rack = rackAt(scene, x, y);
  if (part.kind === 'module') {
    const over = rack?.slots.find((s) => inBox(s, x, y));
    const host = over ? undefined : rack?.devices.find((d) => inBox(d, x, y) && (d.part?.slots.length ?? 0) > 0);
    const slot =
      over ??
      (host
        ? nearest(
            (rack?.slots ?? []).filter((s) => s.parent === host.device.id && s.face === host.face),
            x,
            y,
          )
        : undefined);
    if (!slot) return { kind: 'none', hint: 'Drop a module on an enclosure slot' };
    return {
      kind: 'slot',
      parent: slot.parent,
      slot: slot.key,
      box: slot,
      check: canInsertModule(design, slot.parent, slot.key, part, exclude),
    };
  }
  if (part.kind === 'transceiver') {
    const cages = (rack?.ports ?? []).filter((p) => p.kind === 'cage');
    const over = cages.find((p) => inBox(p, x, y));
    const host = over ? undefined : rack?.devices.find((d) => inBox(d, x, y) && (d.part?.cages.length ?? 0) > 0);
    const cage =
      over ??
      (host
        ? nearest(
            cages.filter((p) => p.host === host.device.id),
            x,
            y,
          )
        : undefined);
    if (!cage) return { kind: 'none', hint: 'Drop a transceiver on a switch port' };
    return {
      kind: 'cage',
      parent: cage.ref.device,
      cage: cage.ref.port,
      box: cage,
      check: canPlugTransceiver(design, cage.ref.device, cage.ref.port, part, exclude),
    };
  }
  const port = rack?.ports.find((p) => inBox(p, x, y));
  return port
    ? { kind: 'port', ref: port.ref, box: port }
    : { kind: 'none', hint: 'Drop a cable on a port to start connecting' };
}
