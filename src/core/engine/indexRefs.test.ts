/**
 * The direct references a fresh design index resolves once per analysis (issue 10 §2), so the
 * trace, the mating check and the grouping follow them instead of looking records up by id:
 * each plug names its resolved cable and that cable's position in the index's `cables` order,
 * each device's plug row its resolved device, each trace the transceivers its walk reached.
 * Every reference is checked against the index's own maps (the lookup by id it replaces).
 */
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../analysis/analyze';
import { createAnalyzer } from '../analysis/analyzer';
import type { Design } from '../design';
import { deleteDevices, updateCable } from '../edits';
import type { CableId, DeviceId } from '../ids';
import { duplexStructured, METHOD_RECIPES } from '../fixtures/topologies';
import { portEnd, resolveEnd, sharedPortEnd } from './cableEnd';
import { groupFibers, transceiverOf } from './channels';
import { buildDesignIndex, isCagePort, type DevicePlugs, type PlugAt } from './designIndex';
import { Trace } from './fiberTrace';
import { PlugRow } from './plugRow';

/*
 * Method B, two duplex channels:
 *   SW-1 cage p ─cord1─ MOD-1 front p ═TRUNK (MPO-12)═ MOD-2 front p ─cord2─ SW-2 cage p   (p = 1, 2)
 * Each cage holds an SFP; a cord end in cage p meets that SFP's MDI.
 */
const topo = () => duplexStructured({ ...METHOD_RECIPES.B, ports: [1, 2] });

/** Plugged cable ends of a design, counted from the records (independently of the index). */
const pluggedEnds = (d: Design): number =>
  Object.values(d.cables).reduce((n, c) => n + Object.values(c.ends).filter((e) => e !== null).length, 0);

describe('fresh index references', () => {
  it('gives every plug its resolved cable and position, and every row its resolved device', () => {
    const design = topo().design;
    const index = buildDesignIndex(design);
    const order = [...index.cables.keys()];
    let plugs = 0;
    for (const [device, row] of index.plugsByDevice) {
      expect(row).toBeInstanceOf(PlugRow);
      expect((row as DevicePlugs).dev).toBe(index.devices.get(device as DeviceId));
      for (const [, p] of row) {
        plugs += 1;
        expect(p.rc).toBe(index.cables.get(p.cable));
        expect(order[p.ord as number]).toBe(p.cable);
      }
    }
    // 2 trunk ends + 2 cords × 2 ends at each side; every end is plugged, none crowded.
    expect(plugs).toBe(10);
    expect(plugs).toBe(pluggedEnds(design));
  });

  it('resolves every cable end as the walk would from the maps (cages to their transceiver)', () => {
    const design = topo().design;
    // The first transceiver removed: a cord end in its cage now sits in an empty cage.
    const sfp = Object.values(design.devices).find((d) => d.placement.kind === 'cage')!;
    for (const d of [design, deleteDevices(design, [sfp.id as DeviceId])]) {
      const index = buildDesignIndex(d);
      const ends = index.pluggedEnds!;
      let resolved = 0;
      let open = 0;
      [...index.cables.values()].forEach((rc, ord) => {
        for (let end = 0; end < rc.ends.length; end++) {
          const slot = (ends.base[ord] as number) + end;
          const slow = resolveEnd(index, rc, end);
          if (ends.rows[slot] === undefined) {
            expect(ends.ports[slot]).toBeUndefined();
            // Only an empty cage is left to the walk here (every end is plugged).
            expect(slow.code).toBe(2);
            open += 1;
            continue;
          }
          resolved += 1;
          expect(slow.code).toBe(0);
          expect(ends.rows[slot]!.dev).toBe(slow.dev);
          expect(ends.rows[slot]).toBe(slow.plugs);
          // The port the walk takes for a resolved end: a cage end meets the transceiver's MDI.
          const port = rc.ends[end]!.port;
          expect(isCagePort(port) ? 'mdi' : port).toBe(slow.port);
          expect(ends.ports[slot]).toBe(slow.port);
        }
      });
      expect(resolved + open).toBe(10);
      expect(open).toBe(d === design ? 0 : 1);
    }
  });

  it("resolves a plugged end to its part's shared port end, as the walk's own resolution but for the device", () => {
    const index = buildDesignIndex(topo().design);
    const ends = index.pluggedEnds!;
    const byPart = new Map<string, Set<object>>();
    [...index.cables.values()].forEach((rc, ord) => {
      for (let end = 0; end < rc.ends.length; end++) {
        const row = ends.rows[(ends.base[ord] as number) + end]!;
        const slow = resolveEnd(index, rc, end);
        const shared = sharedPortEnd(row.dev!, slow.port)!;
        // Everything but the device and its plugs, which the walk reads from the row.
        expect([shared.code, shared.dev, shared.plugs, shared.port, shared.row]).toEqual([
          0,
          null,
          undefined,
          slow.port,
          slow.row,
        ]);
        expect([row.dev, row]).toEqual([slow.dev, slow.plugs]);
        const k = `${row.dev!.part!.id} ${slow.port}`;
        byPart.set(k, (byPart.get(k) ?? new Set()).add(shared));
      }
    });
    // One object per part and port: the four SFPs' MDIs share one, each module port its own.
    expect([...byPart.values()].every((set) => set.size === 1)).toBe(true);
    const sfp = [...index.devices.values()].find((d) => d.device.placement.kind === 'cage')!;
    expect(sharedPortEnd(sfp, 'mdi')).toBe(
      sharedPortEnd([...index.devices.values()].filter((d) => d.part === sfp.part)[3]!, 'mdi'),
    );
    // A port the part lacks: no shared end (the walk's own stop names the device).
    expect(sharedPortEnd(sfp, 'no-such-port')).toBeNull();
    expect(portEnd(sfp, 'no-such-port', undefined).reason).toBe(`${sfp.device.name} has no port no-such-port`);
  });

  it('holds null for the row of a device id that names no device, and the walk stops there', () => {
    const design = topo().design;
    const cord = Object.values(design.cables).find((c) => c.name !== 'TRUNK')!;
    const [key] = Object.keys(cord.ends) as [string];
    const ghost = 'dev-ghost' as DeviceId;
    const broken: Design = {
      ...design,
      cables: { ...design.cables, [cord.id]: { ...cord, ends: { ...cord.ends, [key]: { device: ghost, port: 'x' } } } },
    };
    const index = buildDesignIndex(broken);
    expect((index.plugsByDevice.get(ghost) as DevicePlugs).dev).toBeNull();
    const fibers = analyzeDesign(broken).fibers.filter((f) =>
      [f.start, f.end].some((t) => t.kind === 'unchecked' && t.reason.includes('does not exist (dev-ghost)')),
    );
    expect(fibers).toHaveLength(2);
  });

  it('stops the walk at a cage of a switch that does not exist, even with a transceiver claiming it', () => {
    const design = topo().design;
    const sfp = Object.values(design.devices).find((d) => d.placement.kind === 'cage')!;
    const sw = sfp.placement.kind === 'cage' ? sfp.placement.parent : '';
    const devices = { ...design.devices };
    delete devices[sw as DeviceId];
    const broken: Design = { ...design, devices };
    const stopped = analyzeDesign(broken).fibers.filter((f) =>
      [f.start, f.end].some((t) => t.kind === 'unchecked' && t.reason.includes(`does not exist (${sw})`)),
    );
    // Both cords into SW-1's cages: two fibers each.
    expect(stopped).toHaveLength(4);
  });

  it("leaves an analyzer's live plugs plain (a cable edit must not leave a stale cable behind)", () => {
    const d0 = topo().design;
    const an = createAnalyzer();
    an.update(d0);
    const trunk = Object.values(d0.cables).find((c) => c.name === 'TRUNK')!;
    const d1 = updateCable(d0, trunk.id as CableId, { lengthM: 150 });
    const a1 = an.update(d1);
    let plugs = 0;
    for (const row of a1.index.plugsByDevice.values())
      for (const p of row.values()) {
        plugs += 1;
        expect((p as PlugAt).rc).toBeUndefined();
      }
    expect(plugs).toBe(10);
    // The new length reaches the loss: as a fresh analysis of the edited design, not as before.
    const fiberDb = (a: ReturnType<typeof analyzeDesign>) => a.channels.find((c) => c.kind === 'duplex')!.loss!.fiberDb;
    expect(fiberDb(a1)).toBe(fiberDb(analyzeDesign(d1)));
    expect(fiberDb(a1)).toBeGreaterThan(fiberDb(analyzeDesign(d0)));
  });
});

describe('traces and groups', () => {
  it('records the transceiver each trace reached, as the index resolved it', () => {
    const a = analyzeDesign(topo().design);
    let reached = 0;
    for (const f of a.fibers) {
      expect(f).toBeInstanceOf(Trace);
      const t = f as Trace;
      for (const [term, at] of [
        [t.start, t.startAt],
        [t.end, t.endAt],
      ] as const) {
        if (term.kind === 'tx' || term.kind === 'rx' || term.kind === 'dark-mdi') {
          reached += 1;
          expect(at?.dev).toBe(a.index.devices.get(term.device));
          // A fresh index's plug row of the transceiver (kept by the index: nothing more retained).
          expect(at).toBe(a.index.plugsByDevice.get(term.device));
        } else expect(at).toBeNull();
      }
    }
    // Two duplex channels of two fibers, each fiber from a transmitter to a receiver.
    expect(reached).toBe(8);
  });

  it('gives each group the transceiver parts a lookup by id would give', () => {
    const a = analyzeDesign(topo().design);
    const groups = [...groupFibers(a.fibers, undefined, true).values()];
    // One group per channel: the two duplex ones and the trunk's other fibers (open at both modules).
    expect(groups).toHaveLength(a.channels.length);
    for (const g of groups) {
      expect(g.ta).toBe(transceiverOf(a.index, g.a) ?? null);
      expect(g.tb).toBe(transceiverOf(a.index, g.b) ?? null);
    }
    expect(groups.filter((g) => g.ta?.kind === 'transceiver' && g.tb?.kind === 'transceiver')).toHaveLength(2);
  });
});
