/**
 * Hit testing in world coordinates against the scene geometry (the Konva layers do not listen,
 * which keeps drawing cheap): what lies under a point, from the most specific thing (a port) to
 * the least (a rack unit). Pure.
 */
import type { CableId, DeviceId } from '../core/ids';
import { bundleAt, bundlesOf, segmentDistance } from './cableBundles';
import type { CableGeom } from './cableGeometry';
import type { DeviceGeom, ElevationGeom, PortGeom, RackScene, Scene, SlotGeom } from './scene';
import { unitAtOffset } from './unitMap';
import { HEADER_H, inBox } from './viewGeometry';

/** Everything under a point. `drag` is the most specific movable device (transceiver, module, equipment). */
export interface Hit {
  readonly port?: PortGeom;
  readonly cable?: CableId;
  /** A collapsed cable bundle's key (its trunk is under the point). */
  readonly bundle?: string;
  readonly slot?: SlotGeom;
  readonly device?: DeviceGeom;
  readonly elev?: ElevationGeom;
  /** Rack unit under the point (1 = bottom) when inside an elevation's mounting area. */
  readonly u?: number;
  /** True on an elevation's header (rack name). */
  readonly header?: boolean;
  readonly drag?: DeviceId;
}

/**
 * The cable whose drawn route passes within `tol` of (x, y), the closest first. A leg in a bundle
 * listed in `collapsed` is drawn only as its tails, so only they count.
 */
export function cableAt(
  cables: readonly CableGeom[],
  x: number,
  y: number,
  tol: number,
  collapsed?: ReadonlySet<string>,
): CableId | undefined {
  let best: { id: CableId; d: number } | undefined;
  for (const c of cables) {
    const b = c.box;
    if (!b || x < b.x - tol || x > b.x + b.w + tol || y < b.y - tol || y > b.y + b.h + tol) continue;
    for (const leg of c.legs) {
      const s = leg.samples;
      const tails = !!leg.bundle && !!collapsed?.has(leg.bundle);
      for (let i = 0; i + 3 < s.length; i += 2) {
        // Segment k runs from point k to point k + 1; a collapsed leg skips its middle (joinA … joinB).
        const k = i / 2;
        if (tails && k >= leg.joinA && k < leg.joinB) continue;
        const d = segmentDistance(
          x,
          y,
          { x: s[i] as number, y: s[i + 1] as number },
          { x: s[i + 2] as number, y: s[i + 3] as number },
        );
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
 * What lies under world point (x, y) at zoom `scale` (cable and bundle tolerance `tolPx` screen
 * px: 5 for a mouse, more for a finger). Ports win
 * over cables, cables over bundles, bundles over device bodies, device bodies over rack units.
 * Only the rack whose elevation holds the point is searched, and only cables whose box holds it
 * are sampled. Bundles other than `expanded` are collapsed (see `cableBundles.ts`).
 */
export function hitTest(
  scene: Scene,
  cables: readonly CableGeom[],
  x: number,
  y: number,
  scale: number,
  expanded: string | null = null,
  tolPx = 5,
): Hit {
  const elev = elevationAt(scene, x, y);
  const rack = rackAt(scene, x, y);
  const port = rack?.ports.find((p) => inBox(p, x, y));
  const slot = rack?.slots.find((s) => inBox(s, x, y));
  const device = rack?.devices.find((d) => inBox(d, x, y));
  const tol = Math.max(2, tolPx / scale);
  const bundles = bundlesOf(cables, scene);
  const collapsed = new Set(bundles.keys());
  if (expanded) collapsed.delete(expanded);
  const cable = port ? undefined : cableAt(cables, x, y, tol, collapsed);
  let bundle: string | undefined;
  if (!port && !cable && collapsed.size) {
    const shown = new Map([...bundles].filter(([k]) => collapsed.has(k)));
    bundle = bundleAt(shown, x, y, tol);
  }
  const drag = port?.transceiver?.id ?? slot?.module?.id ?? device?.device.id;
  const u = elev ? unitAt(elev, y) : undefined;
  const header = !!elev && y < elev.y + HEADER_H;
  return {
    ...(port ? { port } : {}),
    ...(cable ? { cable } : {}),
    ...(bundle ? { bundle } : {}),
    ...(slot ? { slot } : {}),
    ...(device ? { device } : {}),
    ...(elev ? { elev } : {}),
    ...(u !== undefined ? { u } : {}),
    ...(header ? { header } : {}),
    ...(drag ? { drag } : {}),
  };
}
