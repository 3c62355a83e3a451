/**
 * The resolved records of a fresh design index (`DeviceRecord`, `CableRecord`, `freshPlug`): each
 * answers every field of its interface as the part's tables and the record give it (checked
 * against `tablesOf` and the record itself, not against another resolver), and a packed plug
 * gives back the end and position it was made with.
 */
import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../catalogue';
import type { Cable, Device } from '../design';
import { cableId, deviceId, partId } from '../ids';
import { duplexStructured, METHOD_RECIPES } from '../fixtures/topologies';
import { cableFiberIndex } from './cableFibers';
import { buildDesignIndex, resolveCable, resolveDevice } from './designIndex';
import { LiveIndex } from './liveIndex';
import { tablesOf } from './partTables';
import { freshPlug, plugEndOf, type ResolvedCable } from './resolvedRecords';

/*
 * Method B, one duplex channel:
 *   SW-1 cage 1 ─cord1─ MOD-1 front 1 ═TRUNK (MPO-12)═ MOD-2 front 1 ─cord2─ SW-2 cage 1
 */
const topo = () => duplexStructured({ ...METHOD_RECIPES.B, ports: [1] });

describe('resolved records', () => {
  it('a resolved device answers its part tables; an unknown part answers no ports and unknown maps', () => {
    const design = topo().design;
    const catalogue = catalogueFor(design);
    for (const device of Object.values(design.devices)) {
      const part = catalogue.get(device.part);
      if (!part || part.kind === 'cable') continue;
      const t = tablesOf(part);
      const rd = resolveDevice(catalogue, device);
      expect(rd.device).toBe(device);
      expect(rd.id).toBe(device.id);
      expect(rd.part).toBe(part);
      expect([rd.ports, rd.links, rd.linkSlots, rd.lanes, rd.portGroups]).toEqual([
        t.ports,
        t.links,
        t.linkSlots,
        t.lanes,
        t.portGroups,
      ]);
      expect(rd.ports).toBe(t.ports);
      expect(rd.extraLanes).toBe(t.extraLanes ?? undefined);
    }
    const ghost: Device = { ...Object.values(design.devices)[0]!, id: deviceId('ghost'), part: partId('no/such-part') };
    const rd = resolveDevice(catalogue, ghost);
    expect(rd.id).toBe('ghost');
    expect([rd.part, rd.ports.size, rd.links, rd.linkSlots, rd.lanes, rd.portGroups, rd.extraLanes]).toEqual([
      undefined,
      0,
      'unknown',
      'unknown',
      'unknown',
      null,
      undefined,
    ]);
  });

  it('a resolved cable answers its part tables and its own plugged ends; an unknown part keeps its record keys', () => {
    const design = topo().design;
    const catalogue = catalogueFor(design);
    for (const cable of Object.values(design.cables)) {
      const part = catalogue.get(cable.part);
      if (!part || part.kind !== 'cable') throw new Error(`fixture cable ${cable.id} has no cable part`);
      const rc = resolveCable(catalogue, cable);
      expect(rc.cable).toBe(cable);
      expect(rc.id).toBe(cable.id);
      expect([rc.fiberType, rc.lengthM, rc.construction]).toEqual([cable.fiberType, cable.lengthM, cable.construction]);
      expect(rc.part).toBe(part);
      expect(rc.fibers).toBe(cableFiberIndex(part));
      expect(rc.endKeys).toEqual(part.ends.map((e) => e.key));
      expect(rc.ends).toEqual(part.ends.map((e) => cable.ends[e.key] ?? null));
      expect(rc.slots).toBe(part.fibers === 'unknown' ? 1 : part.fibers.length);
    }
    const some = Object.values(design.cables)[0]!;
    const plugged = Object.values(some.ends).find((e) => e)!;
    const ghost: Cable = {
      ...some,
      id: cableId('ghost'),
      part: partId('no/such-cable'),
      ends: { x: null, y: plugged },
    };
    const rc = resolveCable(catalogue, ghost);
    expect([rc.id, rc.part, rc.fibers, rc.endKeys, rc.ends, rc.slots]).toEqual([
      'ghost',
      undefined,
      'unknown',
      ['x', 'y'],
      [null, plugged],
      1,
    ]);
  });

  it('a resolved cable reads each end from its record once, own ends only (plugEndOf)', () => {
    // cable ends record:  a → MOD-1#front-1,  b → null,  (no c),  and an inherited `toString`
    const ref = { device: deviceId('dev-m1'), port: 'front-1' };
    const ends = Object.assign(Object.create({ c: ref }) as Record<string, typeof ref | null>, { a: ref, b: null });
    const cable = { id: cableId('c-1'), ends } as unknown as Cable;
    expect(['a', 'b', 'c', 'toString'].map((k) => plugEndOf(cable, k))).toEqual([ref, null, null, null]);
    // A cable of a known part: `ends` in part order, the same array on every read.
    const design = topo().design;
    const catalogue = catalogueFor(design);
    const cord = Object.values(design.cables).find((c) => c.name !== 'TRUNK')!;
    const rc = resolveCable(catalogue, cord);
    const first = rc.ends;
    expect(first).toEqual(rc.endKeys.map((k) => cord.ends[k] ?? null));
    expect(rc.ends).toBe(first);
  });

  it("a fresh index plugs each cable end where the cable's record says, as its resolved ends list them", () => {
    /*
     * The topology (ports 1, 2) with cord 1 of port 2 unplugged at its module end:
     *   SW-1 cage 2 ─cord─ (open)      → the module's front-2 holds no plug; cage 2's transceiver still does
     */
    const t = duplexStructured({ ...METHOD_RECIPES.B, ports: [1, 2] });
    const cord = t.design.cables[t.end1[2]!.cord]!;
    const endKeys = Object.keys(cord.ends);
    const modEnd = endKeys.find((k) => cord.ends[k]?.device === t.module1)!;
    const design = {
      ...t.design,
      cables: { ...t.design.cables, [cord.id]: { ...cord, ends: { ...cord.ends, [modEnd]: null } } },
    };
    const index = buildDesignIndex(design);
    const plugged = index.pluggedEnds!;
    const cables = [...index.cables.values()];
    cables.forEach((rc, ord) => {
      const record = design.cables[rc.id]!;
      rc.endKeys.forEach((key, end) => {
        const ref = record.ends[key] ?? null;
        // A plugged end that is not a cage end names its device's row and port (cage ends meet the transceiver).
        const row = plugged.rows[plugged.base[ord]! + end];
        if (ref === null) expect(row).toBeUndefined();
        else if (!ref.port.startsWith('cage-')) {
          expect(row?.dev?.id).toBe(ref.device);
          expect(plugged.ports[plugged.base[ord]! + end]).toBe(ref.port);
        }
        expect(rc.ends[end]).toBe(ref);
      });
    });
    expect(index.plugsByDevice.get(t.module1)?.get('front-2')).toBeUndefined();
    expect(index.plugsByDevice.get(t.module1)?.get('front-1')?.cable).toBe(t.end1[1]!.cord);
  });

  it("a live index's resolved cable copies the new record's fiber type, length and construction", () => {
    const design = topo().design;
    const live = new LiveIndex(buildDesignIndex(design));
    const trunk =
      Object.values(design.cables).find((c) => c.name.includes('TRUNK')) ?? Object.values(design.cables)[0]!;
    const before = live.cables.get(trunk.id)!;
    expect([before.fiberType, before.lengthM, before.construction]).toEqual([
      trunk.fiberType,
      trunk.lengthM,
      undefined,
    ]);
    // The edit changes all three copied fields (OS2 indoor/outdoor, 250 m); nothing else.
    const edited: Cable = { ...trunk, fiberType: 'OS2', lengthM: 250, construction: 'indoor-outdoor' };
    const next = { ...design, cables: { ...design.cables, [trunk.id]: edited } };
    live.apply(next, new Map(), new Map([[trunk.id, edited]]), { devices: new Map(), cables: new Map() });
    const after = live.cables.get(trunk.id)!;
    expect(after.cable).toBe(edited);
    expect([after.fiberType, after.lengthM, after.construction]).toEqual(['OS2', 250, 'indoor-outdoor']);
    // The record resolved before the edit keeps its own copy (an older trace may still hold it).
    expect([before.fiberType, before.lengthM]).toEqual([trunk.fiberType, trunk.lengthM]);
  });

  it('a fresh plug gives back its cable, end and position, packed or not', () => {
    const rc = [...buildDesignIndex(topo().design).cables.values()][0] as ResolvedCable;
    const cases: [end: number, ord: number][] = [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 35_000],
      [1023, 1_048_575], // the largest that pack
      [1024, 7], // an end past 1,023: a plain plug
      [2, 1_048_576], // a position past the packed range: a plain plug
    ];
    for (const [end, ord] of cases) {
      const p = freshPlug(rc, end, ord);
      expect([p.cable, p.end, p.ord, p.rc]).toEqual([rc.cable.id, end, ord, rc]);
      expect(p.rc).toBe(rc);
    }
  });
});
