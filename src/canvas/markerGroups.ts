/**
 * Verdict markers aggregated per rack elevation for the overview (issue 12 §1): far out, one
 * marker per elevation and verdict class with the number of findings in it replaces a marker at
 * every mated pair. Pure.
 */
import type { ElevationGeom } from './rackScene';
import { inBox, type Box } from './viewGeometry';

/** A finding's marker: where it sits (a port or device box) and its verdict class. */
export interface Marker {
  readonly p: Box;
  readonly cls: 'fail' | 'unchecked';
}

/** One aggregated marker: an elevation, a class and how many findings it stands for. */
export interface MarkerGroup {
  readonly elevation: ElevationGeom;
  readonly cls: 'fail' | 'unchecked';
  readonly count: number;
}

/**
 * The markers grouped by the elevation holding their box's centre and by class (fail first in
 * each elevation, elevations in the given order); markers outside every elevation are dropped.
 */
export function groupMarkers(markers: readonly Marker[], elevations: readonly ElevationGeom[]): MarkerGroup[] {
  const counts = new Map<string, { fail: number; unchecked: number }>();
  for (const m of markers) {
    const e = elevations.find((v) => inBox(v, m.p.x + m.p.w / 2, m.p.y + m.p.h / 2));
    if (!e) continue;
    const c = counts.get(e.key) ?? { fail: 0, unchecked: 0 };
    c[m.cls] += 1;
    counts.set(e.key, c);
  }
  const out: MarkerGroup[] = [];
  for (const e of elevations) {
    const c = counts.get(e.key);
    if (!c) continue;
    if (c.fail) out.push({ elevation: e, cls: 'fail', count: c.fail });
    if (c.unchecked) out.push({ elevation: e, cls: 'unchecked', count: c.unchecked });
  }
  return out;
}
