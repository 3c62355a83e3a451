/**
 * Hit testing in world coordinates against the scene geometry (the Konva layers do not listen,
 * which keeps drawing cheap): what lies under a point, from the most specific thing (a port) to
 * the least (a rack unit). Pure.
 */
import type { CableId, DeviceId } from '../core/ids';
import type { CableGeom } from './cableGeometry';
import type { DeviceGeom, ElevationGeom, PortGeom, RackScene, Scene, SlotGeom } from './scene';
import { unitAtOffset } from './unitMap';
import { HEADER_H, inBox } from './viewGeometry';

/** Everything under a point. `drag` is the most specific movable device (transceiver, module, equipment). */
export interface Hit {
  readonly port?: PortGeom;
  readonly cable?: CableId;
  readonly slot?: SlotGeom;
  readonly device?: DeviceGeom;
  readonly elev?: ElevationGeom;
  /** Rack unit under the point (1 = bottom) when inside an elevation's mounting area. */
  readonly u?: number;
  /** True on an elevation's header (rack name). */
  readonly header?: boolean;
  readonly drag?: DeviceId;
}

/** Distance from (x, y) to segment (ax, ay)–(bx, by). */
function segDist(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** The cable whose drawn curve passes within `tol` of (x, y), the closest first. */
export function cableAt(cables: readonly CableGeom[], x: number, y: number, tol: number): CableId | undefined {
  let best: { id: CableId; d: number } | undefined;
  for (const c of cables) {
    const b = c.box;
    if (!b || x < b.x - tol || x > b.x + b.w + tol || y < b.y - tol || y > b.y + b.h + tol) continue;
    for (const leg of c.legs) {
      const s = leg.samples;
      for (let i = 0; i + 3 < s.length; i += 2) {
        const d = segDist(x, y, s[i] as number, s[i + 1] as number, s[i + 2] as number, s[i + 3] as number);
        if (d <= tol && (!best || d < best.d)) best = { id: c.cable.id, d };
      }
    }
  }
  return best?.id;
}

/** The elevation whose column (header and units) contains (x, y). */
export function elevationAt(scene: Scene, x: number, y: number): ElevationGeom | undefined {
  return scene.elevations.find((e) => inBox(e, x, y));
}

/** The scene of the rack whose elevation holds (x, y), if any. */
export function rackAt(scene: Scene, x: number, y: number): RackScene | undefined {
  const elev = elevationAt(scene, x, y);
  return elev ? scene.racks.find((r) => r.rack.id === elev.rack.id) : undefined;
}

/**
 * The rack unit at height y in an elevation (1 = bottom; on a collapsed band, the band's top
 * unit), or undefined outside its units. Same mapping as `unitBox` (`unitMap.ts`).
 */
export function unitAt(e: ElevationGeom, y: number): number | undefined {
  return unitAtOffset(e.units, y - e.top)?.u;
}

/**
 * What lies under world point (x, y) at zoom `scale` (cable tolerance is 5 screen px). Ports win
 * over cables, cables over device bodies, device bodies over rack units. Only the rack whose
 * elevation holds the point is searched, and only cables whose box holds it are sampled.
 */
export function hitTest(scene: Scene, cables: readonly CableGeom[], x: number, y: number, scale: number): Hit {
  const elev = elevationAt(scene, x, y);
  const rack = rackAt(scene, x, y);
  const port = rack?.ports.find((p) => inBox(p, x, y));
  const slot = rack?.slots.find((s) => inBox(s, x, y));
  const device = rack?.devices.find((d) => inBox(d, x, y));
  const cable = port ? undefined : cableAt(cables, x, y, Math.max(2, 5 / scale));
  const drag = port?.transceiver?.id ?? slot?.module?.id ?? device?.device.id;
  const u = elev ? unitAt(elev, y) : undefined;
  const header = !!elev && y < elev.y + HEADER_H;
  return {
    ...(port ? { port } : {}),
    ...(cable ? { cable } : {}),
    ...(slot ? { slot } : {}),
    ...(device ? { device } : {}),
    ...(elev ? { elev } : {}),
    ...(u !== undefined ? { u } : {}),
    ...(header ? { header } : {}),
    ...(drag ? { drag } : {}),
  };
}
