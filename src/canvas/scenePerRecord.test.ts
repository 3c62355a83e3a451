/**
 * The canvas geometry derived per record (issue 10 §5): after any sequence of edits, the scene
 * and the cable legs built incrementally (reusing every rack's geometry and every cable's legs
 * whose inputs kept their identity) equal the ones a fresh instance of the scene and cable
 * modules computes from a deep copy of the design (nothing shared, nothing reusable). And a
 * cable edit keeps the whole scene; an edit in one rack keeps the other rack's geometry.
 *
 * Design: `SMALL_HALL` (core/fixtures/randomEdits.ts), two facing racks joined by a 48F trunk.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as E from '../core/edits';
import { applyRandomEdit, randomEditArb, SMALL_HALL } from '../core/fixtures/randomEdits';
import type { FaceMode } from '../store/session';
import { cablesOf, type CableGeom } from './cableGeometry';
import type * as CableModule from './cableGeometry';
import { sceneOf, type Scene } from './scene';
import type * as SceneModule from './scene';

type Modules = { scene: typeof SceneModule; cables: typeof CableModule };
/** Second instances of the scene and cable modules, with caches of their own: the oracle. */
let fresh: Modules;
beforeAll(async () => {
  vi.resetModules();
  fresh = { scene: await import('./scene'), cables: await import('./cableGeometry') };
});

const r = (v: number) => Math.round(v * 1000) / 1000;
const box = (b: { x: number; y: number; w: number; h: number }) => [r(b.x), r(b.y), r(b.w), r(b.h)];

/** Everything the canvas reads of a scene and its cables, as plain values. */
function plain(s: Scene, cables: readonly CableGeom[]) {
  return {
    elevations: s.elevations.map((e) => [e.key, ...box(e), r(e.top)]),
    devices: s.devices.map((d) => [d.device.id, d.device.name, d.elev, d.part?.id ?? null, ...box(d)]),
    slots: s.slots.map((x) => [x.parent, x.key, x.face, x.module?.id ?? null, ...box(x)]),
    ports: s.ports.map((p) => [p.key, p.face, p.label, p.kind, p.transceiver?.id ?? null, ...box(p)]),
    boxes: s.racks.flatMap((x) => [...x.boxes].map(([id, b]) => [id, b.map(box)])).sort(),
    bounds: box(s.bounds),
    cables: cables.map((c) => [
      c.cable.id,
      c.cable.lengthM,
      c.cls,
      c.legs.map((l) => [l.ends, l.hidden, l.dangling, l.samples.map(r)]),
    ]),
  };
}

describe('scene and cable geometry per record', () => {
  it('equal geometry computed from scratch after every edit of a random sequence', () => {
    fc.assert(
      fc.property(
        fc.array(randomEditArb, { minLength: 1, maxLength: 8 }),
        fc.constantFrom<FaceMode>('both', 'front', 'rear'),
        (ops, mode) => {
          let d = SMALL_HALL;
          cablesOf(sceneOf(d, mode), d);
          for (const op of ops) {
            d = applyRandomEdit(d, op);
            const copy = structuredClone(d);
            const s = sceneOf(d, mode);
            const f = fresh.scene.sceneOf(copy, mode);
            expect(plain(s, cablesOf(s, d))).toEqual(plain(f, fresh.cables.cablesOf(f, copy)));
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 90_000);

  it('a cable edit keeps the scene; a device edit in one rack keeps the other rack', () => {
    const hall = structuredClone(SMALL_HALL);
    const s0 = sceneOf(hall, 'both');
    const trunk = Object.values(hall.cables).find((c) => c.name.startsWith('TR-'))!;
    const cord = Object.values(hall.cables).find((c) => c.name === 'PC-R02-001')!;
    const longer = E.updateCable(hall, trunk.id, { lengthM: 99 });
    expect(sceneOf(longer, 'both')).toBe(s0);
    const c0 = cablesOf(s0, hall);
    const c1 = cablesOf(s0, longer);
    expect(c1.find((c) => c.cable.id === cord.id)).toBe(c0.find((c) => c.cable.id === cord.id));
    expect(c1.find((c) => c.cable.id === trunk.id)?.cable.lengthM).toBe(99);
    const panel = Object.values(hall.devices).find((v) => v.name === 'R01-P1')!;
    const renamed = E.renameDevice(longer, panel.id, 'Renamed');
    const s2 = sceneOf(renamed, 'both');
    expect(s2).not.toBe(s0);
    const [r01, r02] = [s2.racks[0]!, s2.racks[1]!];
    expect(r01).not.toBe(s0.racks[0]);
    expect(r01.devices.find((d) => d.device.id === panel.id)?.device.name).toBe('Renamed');
    expect(r02).toBe(s0.racks[1]);
    // The cord in the other rack keeps its legs; the scene's ports there are the same objects.
    expect(cablesOf(s2, renamed).find((c) => c.cable.id === cord.id)).toBe(c1.find((c) => c.cable.id === cord.id));
  });

  it('a device dropped into a rack keeps the geometry of the devices already there (and their cables)', () => {
    // R01: P1 (enclosure, U48) and the leaf switch (U1); the drop adds a 1U panel at U20 of R01.
    const hall = structuredClone(SMALL_HALL);
    const s0 = sceneOf(hall, 'both');
    const c0 = cablesOf(s0, hall);
    const rack = s0.racks[0]!.rack.id;
    const r = E.placeEquipment(hall, {
      part: 'equipment/panel-1u-24xlcduplex-duplex' as never,
      rack,
      positionU: 20,
    });
    if (!r.ok) throw new Error(r.reason);
    const added = r.design;
    expect(Object.keys(added.devices).length).toBe(Object.keys(hall.devices).length + 1);
    const s1 = sceneOf(added, 'both');
    const [before, after] = [s0.racks[0]!, s1.racks[0]!];
    expect(after).not.toBe(before);
    // Every device drawn before is drawn with the very same geometry objects (box, slots, ports).
    expect(before.drawn.length).toBeGreaterThan(0);
    for (const d of before.drawn) expect(after.drawn).toContain(d);
    expect(after.drawn.length).toBe(before.drawn.length + 2); // the new panel, front and rear
    const placed = after.drawn.filter((d) => !before.drawn.includes(d));
    expect(placed.map((d) => d.geom.device.name)).toEqual([placed[0]!.geom.device.name, placed[0]!.geom.device.name]);
    expect(Object.hasOwn(hall.devices, placed[0]!.geom.device.id)).toBe(false);
    // So no cable is re-routed: each keeps its legs object, and the list is the previous one.
    const c1 = cablesOf(s1, added);
    expect(c1.length).toBe(c0.length);
    c1.forEach((c, i) => expect(c).toBe(c0[i]));
    expect(c1).toBe(c0);
  });

  it('a renamed device gets new geometry; its neighbours keep theirs', () => {
    const hall = structuredClone(SMALL_HALL);
    const s0 = sceneOf(hall, 'both');
    const panel = Object.values(hall.devices).find((v) => v.name === 'R01-P1')!;
    const s1 = sceneOf(E.renameDevice(hall, panel.id, 'Renamed'), 'both');
    const was = s0.racks[0]!.drawn;
    const now = s1.racks[0]!.drawn;
    expect(now.length).toBe(was.length);
    now.forEach((d, i) => {
      if (d.geom.device.id === panel.id) {
        expect(d).not.toBe(was[i]);
        expect(d.geom.device.name).toBe('Renamed');
        expect(was[i]!.geom.device.name).toBe('R01-P1');
      } else expect(d).toBe(was[i]);
    });
  });
});
