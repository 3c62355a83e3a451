/**
 * Cable routes keep off labels, and cables between the same two racks bundle (issue 12 §1).
 * Hand-built design, both faces shown:
 *
 * ```text
 *        tray ═══════════════════════════════════════════════════════╗
 *   R1 front          R1 rear            R2 front          R2 rear
 *   U40 SW1 [E1][E2]…  (cages front only)  U40 SW2 [E1][E2]…
 *   U38 P1 [C1|C2|··|··] P1 rear [C1 mpo]    U38 P2 [C1|··|··|··] P2 rear [C1 mpo]
 *   U36 P3 [··|··|··|··]  (empty slots: labels "Slot 1" … "Slot 4")
 *
 *   cords: SW1 Eth1 ─ P1-C1 front-1, SW1 Eth2 ─ P1-C2 front-1 (same elevation)
 *          SW1 Eth3 ─ SW2 Eth3 (between elevations; alone: no bundle)
 *   trunks: T1 P1-C1 mpo1 ══ P2-C1 mpo1, T2 P1-C2 mpo1 ══ P2-C1 … (rear to rear: one bundle of 2)
 * ```
 *
 * The label boxes are the slot boxes of empty slots (a slot label is centred in its slot), every
 * port cell (a port label sits at the bottom of its cell), the name column of every device, and
 * every rack header. No route segment may pass through the inside of one.
 */
import { describe, expect, it } from 'vitest';
import { DesignBuilder, cage, front, rear } from '../core/designBuilder';
import { bundleAt, bundlesOf, bundleWidth } from './cableBundles';
import { cablesOf } from './cableGeometry';
import { hitTest } from './hitTest';
import { sceneOf } from './scene';
import { HEADER_H, LABEL_W, type Box } from './viewGeometry';

const ACCESS = 'equipment/switch-1u-24xsfpplus';
const ENCL = 'equipment/enclosure-1u-4slot-cassette-modular';
const MOD = 'module/mod-a-12f-1xmpo12-f-upc-om4';
const SFP = 'transceiver/10gbase-sr-sfpplus';

function build() {
  const b = new DesignBuilder('Routes');
  const r1 = b.rack('R1');
  const r2 = b.rack('R2');
  const sw1 = b.equipment(r1, ACCESS, 40, 'SW1');
  const p1 = b.equipment(r1, ENCL, 38, 'P1');
  b.equipment(r1, ENCL, 36, 'P3');
  const sw2 = b.equipment(r2, ACCESS, 40, 'SW2');
  const p2 = b.equipment(r2, ENCL, 38, 'P2');
  const c1 = b.module(p1, 1, MOD, 'P1-C1');
  const c2 = b.module(p1, 2, MOD, 'P1-C2');
  const d1 = b.module(p2, 1, MOD, 'P2-C1');
  const d2 = b.module(p2, 2, MOD, 'P2-C2');
  for (let k = 1; k <= 3; k++) {
    b.transceiver(sw1, k, SFP, `SW1 Eth${k}`);
    b.transceiver(sw2, k, SFP, `SW2 Eth${k}`);
  }
  b.cable('cable/lc-duplex-ab-upc', 'PC1', 2, 'OM4', { A: cage(sw1, 1), B: front(c1, 1) });
  b.cable('cable/lc-duplex-ab-upc', 'PC2', 2, 'OM4', { A: cage(sw1, 2), B: front(c2, 1) });
  b.cable('cable/lc-duplex-ab-upc', 'PC3', 10, 'OM4', { A: cage(sw1, 3), B: cage(sw2, 3) });
  b.cable('cable/mpo12-typeA-mm-upc', 'T1', 90, 'OM4', { A: rear(c1), B: rear(d1) });
  b.cable('cable/mpo12-typeA-mm-upc', 'T2', 90, 'OM4', { A: rear(c2), B: rear(d2) });
  return b.build();
}

const design = build();
const scene = sceneOf(design, 'both');
const cables = cablesOf(scene, design);
const byName = (n: string) => cables.find((c) => c.cable.name === n)!;

/** True when the segment a–b (horizontal or vertical) runs through the inside of box `r`. */
function crossesInside(a: { x: number; y: number }, b: { x: number; y: number }, r: Box): boolean {
  const eps = 1e-9;
  if (a.y === b.y) {
    const [x0, x1] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
    return a.y > r.y + eps && a.y < r.y + r.h - eps && Math.min(x1, r.x + r.w) - Math.max(x0, r.x) > eps;
  }
  const [y0, y1] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return a.x > r.x + eps && a.x < r.x + r.w - eps && Math.min(y1, r.y + r.h) - Math.max(y0, r.y) > eps;
}

const labelBoxes: { what: string; box: Box }[] = [
  ...scene.slots.filter((s) => !s.module).map((s) => ({ what: `slot ${s.label} of ${s.parent}`, box: s as Box })),
  ...scene.ports.map((p) => ({ what: `port ${p.label}`, box: p as Box })),
  ...scene.devices.map((d) => ({ what: `name of ${d.device.name}`, box: { x: d.x, y: d.y, w: LABEL_W, h: d.h } })),
  ...scene.elevations.map((e) => ({ what: `header of ${e.key}`, box: { x: e.x, y: e.y, w: e.w, h: HEADER_H } })),
];

describe('cable routes', () => {
  it('the design has what the drawing says: 8 empty slots, 5 cables, every end shown', () => {
    expect(scene.slots.filter((s) => !s.module).length).toBe(2 * (2 + 2 + 4)); // both faces: P1 2, P2 2, P3 4
    expect(cables.map((c) => c.cable.name)).toEqual(['PC1', 'PC2', 'PC3', 'T1', 'T2']);
    expect(cables.flatMap((c) => c.legs.map((l) => l.hidden || l.dangling))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
  it.each(['PC1', 'PC2', 'PC3', 'T1', 'T2'])('%s is orthogonal and crosses no label box', (name) => {
    for (const l of byName(name).legs) {
      expect(l.points.length).toBeGreaterThan(3);
      for (let i = 0; i + 1 < l.points.length; i++) {
        const a = l.points[i]!;
        const b = l.points[i + 1]!;
        expect(a.x === b.x || a.y === b.y, `segment ${i} of ${name} is not orthogonal`).toBe(true);
        for (const lb of labelBoxes)
          expect(crossesInside(a, b, lb.box), `${name} segment ${i} crosses ${lb.what}`).toBe(false);
      }
    }
  });
  it('between elevations a route runs in the tray above every header; within one it stays beside the rack', () => {
    const top = Math.min(...scene.elevations.map((e) => e.y));
    const minY = (n: string) => Math.min(...byName(n).legs[0]!.points.map((p) => p.y));
    expect(minY('T1')).toBeLessThan(top);
    expect(minY('PC3')).toBeLessThan(top);
    expect(minY('PC1')).toBeGreaterThan(top + HEADER_H);
    const r1front = scene.elevations[0]!;
    const maxX = Math.max(...byName('PC1').legs[0]!.points.map((p) => p.x));
    expect(maxX).toBeGreaterThan(r1front.x + r1front.w);
    expect(maxX).toBeLessThan(scene.elevations[1]!.x);
  });
  it('the crossing check itself catches a segment through a box', () => {
    expect(crossesInside({ x: 0, y: 5 }, { x: 20, y: 5 }, { x: 5, y: 0, w: 5, h: 10 })).toBe(true);
    expect(crossesInside({ x: 0, y: 10 }, { x: 20, y: 10 }, { x: 5, y: 0, w: 5, h: 10 })).toBe(false);
  });
});

describe('cable bundles', () => {
  const bundles = bundlesOf(cables, scene);
  it('bundles the two trunks between R1 rear and R2 rear; a single cable between elevations is no bundle', () => {
    expect([...bundles.values()].map((b) => [b.key, b.count, b.cables.map((id) => design.cables[id]!.name)])).toEqual([
      ['r1:rear|r2:rear'.replace(/r(\d)/g, (_m, n) => Object.values(design.racks)[Number(n) - 1]!.id), 2, ['T1', 'T2']],
    ]);
    expect(byName('PC3').legs[0]!.bundle).not.toBeNull(); // keyed, but alone
    expect(byName('PC1').legs[0]!.bundle).toBeNull(); // same elevation
  });
  it('widens with the count', () => {
    expect(bundleWidth(2)).toBe(2.5);
    expect(bundleWidth(8)).toBe(7);
    expect(bundleWidth(40)).toBe(12);
  });
  it('a point on the collapsed trunk hits the bundle, not a cable; expanded, it hits a cable', () => {
    const b = [...bundles.values()][0]!;
    // Half-way up the left manager (R1 rear), where no other cable runs.
    const p = { x: b.trunk[0]!.x, y: (b.trunk[0]!.y + b.trunk[1]!.y) / 2 };
    expect(bundleAt(bundles, p.x, p.y, 5)).toBe(b.key);
    const collapsed = hitTest(scene, cables, p.x, p.y, 1);
    expect(collapsed.bundle).toBe(b.key);
    expect(collapsed.cable).toBeUndefined();
    const open = hitTest(scene, cables, p.x, p.y, 1, b.key);
    expect(open.bundle).toBeUndefined();
    expect(['T1', 'T2']).toContain(design.cables[open.cable!]!.name);
  });
});
