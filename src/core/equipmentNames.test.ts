/**
 * Default names of dropped rack equipment shift no label (REFERENCE §9.2 numbering).
 *
 * Design: the data hall with two facing racks, one 4-cassette enclosure each, one 48F trunk:
 * ```
 *  R01 (Row A, 48U)                                    R02 (Row B)
 *   U45–48 R01-P1 (enclosure) ═48F trunk═ R02-P1        Leaf-R0x-1 (switch) ─cords─ R0x-P1 C1…C4
 *   U40    (free: the drop lands here, below R01-P1)
 * ```
 * Neither `R01-P1` nor `Leaf-R01-1` states a label number (only a bare `P2`/`SW2` does), so both
 * are numbered from the top: R01-P1 is `R1-P1`, the leaf `R1-SW1`.
 */
import { describe, expect, it } from 'vitest';
import * as E from './edits';
import { SMALL_HALL } from './fixtures/randomEdits';
import type { DeviceId, PartId } from './ids';
import { labelsFor, type LabelIndex } from './labels';

const PANEL = 'equipment/panel-1u-24xlcduplex-duplex' as PartId;
const SWITCH = 'equipment/switch-1u-48xsfp28-8xqsfp28' as PartId;

/** Every label text of the design's racks, devices, ports and cables, by record key. */
function texts(L: LabelIndex): Map<string, string> {
  const out = new Map<string, string>();
  for (const [kind, m] of [
    ['rack', L.racks],
    ['device', L.devices],
    ['port', L.ports],
    ['cable', L.cables],
  ] as const)
    for (const [k, e] of m) out.set(`${kind}:${k}`, e.text);
  return out;
}

const rackNamed = (name: string) => Object.values(SMALL_HALL.racks).find((r) => r.name === name)!.id;

describe('newEquipmentName (placeEquipment without a name)', () => {
  it('a panel dropped into the hall keeps every existing rack, device, port and cable label', () => {
    const hall = structuredClone(SMALL_HALL);
    const before = texts(labelsFor(hall));
    const placed = E.placeEquipment(hall, { part: PANEL, rack: rackNamed('R01'), positionU: 40 });
    if (!placed.ok) throw new Error(placed.reason);
    const after = labelsFor(placed.design);
    // One panel in R01 already: the new one states number 2 (was `P1`, which took R01-P1's number).
    expect(placed.design.devices[placed.id as DeviceId]?.name).toBe('P2');
    expect(after.devices.get(placed.id as DeviceId)?.text).toBe('R1-P2');
    const changed = [...before].filter(([k, t]) => texts(after).get(k) !== t).map(([k]) => k);
    expect(changed).toEqual([]);
    expect(before.size).toBeGreaterThan(100); // the comparison covers the hall's ports and cables
  });

  it('skips numbers used by names elsewhere in the design, and numbers switches on their own', () => {
    let d = structuredClone(SMALL_HALL);
    const p1 = Object.values(d.devices).find((v) => v.name === 'R01-P1')!.id;
    const p2 = Object.values(d.devices).find((v) => v.name === 'R02-P1')!.id;
    d = E.renameDevice(E.renameDevice(d, p1, 'P1'), p2, 'P2');
    const panel = E.placeEquipment(d, { part: PANEL, rack: rackNamed('R01'), positionU: 40 });
    if (!panel.ok) throw new Error(panel.reason);
    // R01 holds P1 → 2 is next in the rack, but `P2` names R02's panel → P3.
    expect(panel.design.devices[panel.id as DeviceId]?.name).toBe('P3');
    const sw = E.placeEquipment(panel.design, { part: SWITCH, rack: rackNamed('R01'), positionU: 38 });
    if (!sw.ok) throw new Error(sw.reason);
    // One switch (Leaf-R01-1) in R01, none named SW<n> anywhere → SW2, labelled R1-SW2.
    expect(sw.design.devices[sw.id as DeviceId]?.name).toBe('SW2');
    expect(labelsFor(sw.design).devices.get(sw.id as DeviceId)?.text).toBe('R1-SW2');
  });
});
