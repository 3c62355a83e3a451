/**
 * Level of detail (issue 12 §1): zoom → what is drawn, from on-screen sizes. Expectations are
 * hand-computed from the constants: one rack unit is U_PX = 26 world units; text is never under
 * 9 px on screen; a port is a hit target from 24 px on screen.
 */
import { describe, expect, it } from 'vitest';
import { deviceDetail, readableScale, textSize, tierAt } from './lod';

describe('tierAt: the tier from the on-screen height of one rack unit', () => {
  it.each([
    // scale, unit px on screen, tier
    [0.1, 2.6, 'overview'],
    [0.34, 8.84, 'overview'],
    [0.35, 9.1, 'racks'],
    [0.62, 16.12, 'racks'],
    [0.9, 23.4, 'racks'],
    [0.93, 24.18, 'devices'],
    [3, 78, 'devices'],
  ] as const)('scale %f (a unit is %f px) → %s', (scale, _px, tier) => {
    expect(tierAt(scale)).toBe(tier);
  });
});

describe('textSize: raised to 9 px on screen where the box holds it, else hidden', () => {
  it.each([
    // nominal world size, scale, room (world), expected world size
    [12, 2, 20, 12], // 24 px on screen already
    [12, 0.5, 20, 18], // 6 px → raised to 9 px = 18 world units, fits 20
    [12, 0.4, 20, null], // 9 px would need 22.5 world units: hidden
    [7, 1, 10, 9], // slot label: 7 px → 9
    [7, 1, 8, null],
    [11, 0.62, 22.1, 9 / 0.62],
  ] as const)('%f at zoom %f with room %f → %s', (nominal, scale, room, want) => {
    const got = textSize(nominal, scale, room);
    if (want === null) expect(got).toBeNull();
    else {
      expect(got).toBeCloseTo(want, 6);
      expect((got as number) * scale).toBeGreaterThanOrEqual(9 - 1e-9);
    }
  });
});

describe('deviceDetail: from the port pitch on screen', () => {
  it.each([
    // tier, pitch (world), scale, ports, detail, labels, wide name
    ['overview', 15, 0.3, false, false, false, false],
    ['racks', 15, 0.5, true, false, false, true], // 7.5 px: plain cells, name across
    ['racks', 15, 0.6, true, true, false, true], // 9 px: LC pair drawn, not a hit target
    ['devices', 15, 1.6, true, true, true, false], // 24 px: labels, name in its column
    ['devices', 15, 1.5, true, true, false, false], // 22.5 px: no labels; the name column reads
    ['devices', Infinity, 2, true, true, true, true], // no ports: the name may use the width
  ] as const)('%s, pitch %f at zoom %f', (tier, pitch, scale, ports, detail, labels, wide) => {
    expect(deviceDetail(tier, pitch, scale)).toEqual({
      ports,
      portDetail: detail,
      portLabels: labels,
      wideName: wide,
    });
  });
});

it('Fit never goes below a rack unit of 16 px on screen', () => {
  expect(readableScale() * 26).toBeCloseTo(16, 9);
});
