/**
 * Labels derived from a design (REFERENCE §9): numbering rules, both schemes, renames, search.
 *
 * Fixture (GT-11 breakout, see breakoutFixture.ts):
 * ```
 *  Rack "R1" (R1; 606 cabinet R1)
 *   U40  Spine-1  R1-SW1   (R1-40)  cage 1: QSFP-1
 *   U38  ENC-1    R1-P1    (R1-38)  slot 1: MOD-U1 → R1-P1-C1-Port1…6, R1-P1-C1-MPO1
 *   U36  Leaf-1   R1-SW2   (R1-36)  cages 1–4: SFP-1…4
 *  T1: R1-P1-C1-MPO1/R1-SW1-Eth1     P1…P4: R1-P1-C1-Portk/R1-SW2-Ethk
 * ```
 */
import { describe, expect, it } from 'vitest';
import type { Design, Rack } from '../design';
import { breakoutFixture } from '../fixtures/breakoutFixture';
import { DesignBuilder } from '../designBuilder';
import { findPorts } from './findPorts';
import { labelsFor, portLabelOf } from './labelIndex';

const f = breakoutFixture();

/** The design with one rack's fields changed (a rename or renumber in the UI). */
function editRack(d: Design, patch: Partial<Rack>): Design {
  const rack = d.racks[f.rack]!;
  return { ...d, racks: { ...d.racks, [f.rack]: { ...rack, ...patch } } };
}

describe('project scheme (§9.2)', () => {
  const L = labelsFor(f.design);
  it('numbers panels and switches from the top of the rack', () => {
    expect(L.racks.get(f.rack)?.text).toBe('R1');
    expect(L.devices.get(f.spine)?.text).toBe('R1-SW1');
    expect(L.devices.get(f.enclosure)?.text).toBe('R1-P1');
    expect(L.devices.get(f.leaf)?.text).toBe('R1-SW2');
    expect(L.devices.get(f.cassette)?.text).toBe('R1-P1-C1');
    expect(L.slots.get(`${f.enclosure}#slot-4`)?.text).toBe('R1-P1-C4');
  });
  it('labels cassette, MPO and switch ports; transceivers carry their cage label', () => {
    expect(portLabelOf(L, { device: f.cassette, port: 'front-3' })).toBe('R1-P1-C1-Port3');
    expect(portLabelOf(L, { device: f.cassette, port: 'front-3' }, 2)).toBe('R1-P1-C1-Port3:B');
    expect(portLabelOf(L, { device: f.cassette, port: 'mpo1' }, 12)).toBe('R1-P1-C1-MPO1:12');
    expect(portLabelOf(L, { device: f.spine, port: 'cage-1' })).toBe('R1-SW1-Eth1');
    expect(portLabelOf(L, { device: f.qsfp, port: 'mdi' })).toBe('R1-SW1-Eth1');
    expect(L.devices.get(f.sfps[3]!)?.text).toBe('R1-SW2-Eth4');
  });
  it('labels cables near/far and each end this/other', () => {
    const t1 = L.cables.get(f.trunk)!;
    expect(t1.text).toBe('R1-P1-C1-MPO1/R1-SW1-Eth1');
    expect(t1.ends.A?.text).toBe('R1-P1-C1-MPO1/R1-SW1-Eth1');
    expect(t1.ends.B?.text).toBe('R1-SW1-Eth1/R1-P1-C1-MPO1');
    expect(L.cables.get(f.cords[1]!)?.text).toBe('R1-P1-C1-Port2/R1-SW2-Eth2');
  });
  it('has no conflicts', () => expect(L.conflicts).toEqual([]));
});

describe('TIA-606 scheme (§9.1: cabinet-RU:port, separate field)', () => {
  const d = editRack({ ...f.design, settings: { ...f.design.settings, labelScheme: 'tia-606' } }, { name: 'AJ05' });
  const L = labelsFor(d);
  it('uses cabinet, rack unit and 2-digit ports, and keeps the project id alongside', () => {
    const p = L.ports.get(`${f.cassette}#front-4`)!;
    expect(p.text).toBe('AJ05-38:C1-04');
    expect(p.tia606).toBe('AJ05-38:C1-04');
    expect(p.project).toBe('R1-P1-C1-Port4');
    expect(portLabelOf(L, { device: f.cassette, port: 'front-4' }, 2)).toBe('AJ05-38:C1-04.B');
    expect(portLabelOf(L, { device: f.spine, port: 'cage-1' })).toBe('AJ05-40:01');
    expect(L.cables.get(f.trunk)?.text).toBe('AJ05-38:C1-MPO1/AJ05-40:01');
  });
  it('falls back to row + number when the rack name is not a site id', () => {
    const L2 = labelsFor(editRack(d, { name: 'Rack one', row: 'Row B', number: 3 }));
    expect(L2.racks.get(f.rack)?.text).toBe('B03');
  });
});

describe('labels are derived, never stored', () => {
  it('renumbering the rack changes every label under it', () => {
    const before = labelsFor(f.design);
    const after = labelsFor(editRack(f.design, { number: 12 }));
    expect([...before.ports.values()].every((e) => e.project.startsWith('R1-'))).toBe(true);
    expect([...after.ports.values()].every((e) => e.project.startsWith('R12-'))).toBe(true);
    expect(after.cables.get(f.cords[0]!)?.text).toBe('R12-P1-C1-Port1/R12-SW2-Eth1');
    expect(JSON.stringify(f.design)).not.toContain('R1-P1');
  });
  it('renaming the rack changes every TIA-606 label', () => {
    const d = editRack(f.design, { name: 'AK07' });
    const L = labelsFor(d);
    expect([...L.ports.values()].every((e) => e.tia606.startsWith('AK07-'))).toBe(true);
    expect(L.cables.get(f.trunk)?.tia606).toBe('AK07-38:C1-MPO1/AK07-40:01');
  });
  it('moving a panel above another renumbers the panels; TIA-606 ids follow the rack unit', () => {
    const b = new DesignBuilder();
    const r = b.rack('R1');
    const e1 = b.equipment(r, 'equipment/panel-1u-24xlcduplex-duplex', 20, 'LC-1');
    const e2 = b.equipment(r, 'equipment/panel-1u-24xlcduplex-duplex', 10, 'LC-2');
    const d = b.build();
    expect(labelsFor(d).devices.get(e2)?.text).toBe('R1-P2');
    const moved: Design = {
      ...d,
      devices: {
        ...d.devices,
        [e2]: { ...d.devices[e2]!, placement: { kind: 'rack', rack: r, positionU: 30, face: 'front' } },
      },
    };
    const L = labelsFor(moved);
    expect(L.devices.get(e2)?.text).toBe('R1-P1');
    expect(L.devices.get(e1)?.text).toBe('R1-P2');
    expect(L.devices.get(e2)?.tia606).toBe('R1-30');
  });
});

describe('port words', () => {
  it('gives the rear side of a pass-through adapter -Rear, and unplaced devices [name]', () => {
    const b = new DesignBuilder();
    const r = b.rack('R1');
    const lc = b.equipment(r, 'equipment/panel-1u-24xlcduplex-duplex', 20, 'LC-1');
    const loose = b.loose('transceiver/100gbase-sr4-qsfp28', 'Bench QSFP');
    const L = labelsFor(b.build());
    expect(portLabelOf(L, { device: lc, port: 'front-7' })).toBe('R1-P1-Port7');
    expect(portLabelOf(L, { device: lc, port: 'rear-7' })).toBe('R1-P1-Port7-Rear');
    expect(portLabelOf(L, { device: loose, port: 'mdi' })).toBe('[Bench QSFP]');
    expect(L.conflicts).toEqual([]);
  });
  it('reports two racks with the same number as a conflict', () => {
    const b = new DesignBuilder();
    b.rack('A');
    b.rack('B');
    const d = b.build();
    const [x, y] = Object.values(d.racks);
    const L = labelsFor({ ...d, racks: { [x!.id]: { ...x!, number: 5 }, [y!.id]: { ...y!, number: 5 } } });
    expect(L.conflicts.map((c) => c.text)).toEqual(['R5']);
  });
});

describe('findPorts', () => {
  const L = labelsFor(editRack(f.design, { name: 'AJ05' }));
  const texts = (q: string) => findPorts(L, q).map((m) => m.entry.project);
  it('finds an exact label in any case, with leading zeros, with a fiber suffix', () => {
    expect(texts('R1-P1-C1-Port4')[0]).toBe('R1-P1-C1-Port4');
    expect(texts('r01-p01-c01-port04')[0]).toBe('R1-P1-C1-Port4');
    const m = findPorts(L, 'R1-P1-C1-Port4:B')[0];
    expect([m?.entry.project, m?.score, m?.position]).toEqual(['R1-P1-C1-Port4', 0, 'B']);
    expect(texts('AJ05-38:C1-04')[0]).toBe('R1-P1-C1-Port4');
  });
  it('finds fragments and device names, best first in natural order', () => {
    expect(texts('C1-Port')).toEqual([
      'R1-P1-C1-Port1',
      'R1-P1-C1-Port2',
      'R1-P1-C1-Port3',
      'R1-P1-C1-Port4',
      'R1-P1-C1-Port5',
      'R1-P1-C1-Port6',
    ]);
    expect(texts('SW2-Eth1').slice(0, 3)).toEqual(['R1-SW2-Eth1', 'R1-SW2-Eth10', 'R1-SW2-Eth11']);
    expect(texts('Spine-1 Eth3')).toEqual(['R1-SW1-Eth3', 'R1-SW1-Eth30', 'R1-SW1-Eth31', 'R1-SW1-Eth32']);
    expect(findPorts(L, '')).toEqual([]);
  });
  it('lists a transceiver port once (its cage)', () => {
    expect(
      findPorts(L, 'R1-SW1-Eth1')
        .filter((m) => m.score === 0)
        .map((m) => m.ref),
    ).toEqual([{ device: f.spine, port: 'cage-1' }]);
  });
});

describe('panel numbers follow the names that state them', () => {
  // Rack R1: P1 (U38); rack R2: an enclosure named "P2" (U38) and one named "Patch A" (U36).
  it('a panel named P2 in rack 2 is R2-P2 (not R2-P1); an unnamed one below takes the lowest free number', () => {
    const b = new DesignBuilder('names');
    const r1 = b.rack('R1');
    const r2 = b.rack('R2');
    b.equipment(r1, 'equipment/enclosure-1u-4slot-cassette-modular', 38, 'P1');
    const p2 = b.equipment(r2, 'equipment/enclosure-1u-4slot-cassette-modular', 38, 'P2');
    const a = b.equipment(r2, 'equipment/enclosure-1u-4slot-cassette-modular', 36, 'Patch A');
    const other = b.equipment(r2, 'equipment/enclosure-1u-4slot-cassette-modular', 34, 'p2');
    const l = labelsFor(b.build());
    expect(l.devices.get(p2)?.project).toBe('R2-P2');
    expect(l.devices.get(a)?.project).toBe('R2-P1');
    // A second "P2" in the same rack cannot take 2 again: it gets the next free number, 3.
    expect(l.devices.get(other)?.project).toBe('R2-P3');
  });
});
