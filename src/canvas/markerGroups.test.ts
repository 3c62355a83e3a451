/**
 * Overview markers aggregated per elevation (issue 12 §1). Two elevations side by side:
 *
 * ```text
 *   R1 front (x 0–100)        R2 front (x 200–300)
 *   ✕ at (10,50) ✕ at (60,80)  ? at (210,50)
 *   ? at (20,90)
 *                      ✕ at (150,50) — between racks: dropped
 * ```
 */
import { expect, it } from 'vitest';
import { groupMarkers, type Marker } from './markerGroups';
import type { ElevationGeom } from './rackScene';

const elev = (key: string, x: number): ElevationGeom =>
  ({
    key,
    x,
    y: 0,
    w: 100,
    h: 200,
    top: 40,
    innerX: x + 26,
    face: 'front',
    rack: { id: key },
  }) as unknown as ElevationGeom;

it('counts markers per elevation and class, fail first, and drops markers outside every rack', () => {
  const e1 = elev('R1:front', 0);
  const e2 = elev('R2:front', 200);
  const at = (x: number, y: number) => ({ x: x - 2, y: y - 2, w: 4, h: 4 });
  const markers: Marker[] = [
    { p: at(20, 90), cls: 'unchecked' },
    { p: at(10, 50), cls: 'fail' },
    { p: at(60, 80), cls: 'fail' },
    { p: at(210, 50), cls: 'unchecked' },
    { p: at(150, 50), cls: 'fail' },
  ];
  expect(groupMarkers(markers, [e1, e2]).map((g) => [g.elevation.key, g.cls, g.count])).toEqual([
    ['R1:front', 'fail', 2],
    ['R1:front', 'unchecked', 1],
    ['R2:front', 'unchecked', 1],
  ]);
});
