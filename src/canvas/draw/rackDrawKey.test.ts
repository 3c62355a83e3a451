/**
 * A rack's bitmap key (`rackDrawKey.ts`) changes with what that rack's drawing reads and with
 * nothing else: a selection, a dimmed device or a label in another rack leaves it as it was.
 *
 * ```text
 *  ten-racks demo: Row A  R1 R2 R3 R4 R5,  Row B  R6 … R10 (each: Leaf-n switch, Pn enclosure
 *  with two cassettes, LCn panel, Mgmt-n switch), a ring of U1 trunks between neighbours
 * ```
 */
import { describe, expect, it } from 'vitest';
import { labelsFor } from '../../core/labels';
import { plugIndexOf } from '../../core/occupancy';
import { DEMOS } from '../../demos/demos';
import { sceneOf } from '../scene';
import { elevationsBox, equipmentKey } from './rackDrawKey';

const design = DEMOS.find((d) => d.id === 'ten-racks')!.build();
const scene = sceneOf(design, 'both', false);
const [r1, r2] = [scene.racks[0]!, scene.racks[1]!];
const plugged = plugIndexOf(design.cables).byPort;
const none: ReadonlySet<string> = new Set();
const state = (selected: ReadonlySet<string>, dimmed: ReadonlySet<string> = none) => ({ selected, plugged, dimmed });
const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

describe('equipmentKey', () => {
  const leaf1 = Object.values(design.devices).find((v) => v.name === 'Leaf-1')!;
  const cassette = Object.values(design.devices).find((v) => v.placement.kind === 'slot')!;
  const r1Port = r1.ports[0]!.key;

  it('a device, module or port selected in R1 changes R1 key only', () => {
    for (const picked of [leaf1.id, cassette.id, r1Port]) {
      expect(
        same(equipmentKey(r1, state(new Set([picked])), undefined, 1), equipmentKey(r1, state(none), undefined, 1)),
      ).toBe(false);
      expect(
        same(equipmentKey(r2, state(new Set([picked])), undefined, 1), equipmentKey(r2, state(none), undefined, 1)),
      ).toBe(true);
    }
  });

  it('a dimmed device and a zoom change the key; a new label index with the same texts does not', () => {
    expect(
      same(
        equipmentKey(r1, state(none, new Set([leaf1.id])), undefined, 1),
        equipmentKey(r1, state(none), undefined, 1),
      ),
    ).toBe(false);
    expect(
      same(
        equipmentKey(r2, state(none, new Set([leaf1.id])), undefined, 1),
        equipmentKey(r2, state(none), undefined, 1),
      ),
    ).toBe(true);
    expect(same(equipmentKey(r2, state(none), undefined, 1), equipmentKey(r2, state(none), undefined, 2))).toBe(false);
    // A new label index whose texts are the same leaves the key as it was.
    expect(
      same(
        equipmentKey(r2, state(none), labelsFor(design), 1),
        equipmentKey(r2, state(none), labelsFor(structuredClone(design)), 1),
      ),
    ).toBe(true);
  });

  it('a label text of an R1 device changes R1 key, not R2 key', () => {
    const p1 = Object.values(design.devices).find((v) => v.name === 'P1')!;
    // Label index where P1's label reads otherwise: the key of R1 follows its texts.
    const base = labelsFor(design);
    const devices = new Map(base.devices);
    devices.set(p1.id, { ...devices.get(p1.id)!, text: 'R1-P9' });
    const changed = { ...base, devices };
    expect(same(equipmentKey(r1, state(none), base, 1), equipmentKey(r1, state(none), changed, 1))).toBe(false);
    expect(same(equipmentKey(r2, state(none), base, 1), equipmentKey(r2, state(none), changed, 1))).toBe(true);
  });
});

describe('elevationsBox', () => {
  it('holds every elevation of the rack with the outline margin (8 + 4/scale world units)', () => {
    for (const scale of [0.1, 1, 3]) {
      const b = elevationsBox(r1.elevations, scale);
      for (const e of r1.elevations) {
        expect(b.x).toBeLessThanOrEqual(e.x - 8 - 4 / scale + 1e-9);
        expect(b.x + b.w).toBeGreaterThanOrEqual(e.x + e.w + 8 + 4 / scale - 1e-9);
        expect(b.y).toBeLessThanOrEqual(e.y - 8 - 24 / scale + 1e-9);
        expect(b.y + b.h).toBeGreaterThanOrEqual(e.top + e.units.h + 8 + 4 / scale - 1e-9);
      }
    }
  });
});
