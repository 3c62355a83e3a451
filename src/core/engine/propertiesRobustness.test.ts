/**
 * Property (d) of the engine (fast-check): random designs never make the analysis throw, and an
 * unknown part, map or dangling reference never yields `ok` (REFERENCE §0.4: unknown is a state);
 * breaking any element of a passing golden channel never leaves it `ok`. Properties (a)–(c) are in
 * `properties.test.ts`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, BUILTIN_PARTS } from '../catalogue';
import { FIBER_TYPES } from '../connectors';
import { emptyDesign, type Cable, type Design, type Device, type Placement, type PortRef } from '../design';
import { arrayCable, breakoutU1, duplexStructured, mpoAdapter, parallelPath } from '../fixtures/topologies';
import { cableId, deviceId, partId } from '../ids';
import { portsOf } from '../parts';
import { analyzeDesign } from '../analysis/analyze';
import { VERDICTS } from './channels';
import type { FiberTrace } from './trace';

describe('(d) random designs never throw, unknown never yields ok', () => {
  it('a cord plugged into a cage of a deleted switch is unchecked, not ok (dangling reference)', () => {
    const topo = duplexStructured({
      cord1: 'A-to-B',
      module1: 'MOD-A',
      trunk: 'A',
      module2: 'MOD-A',
      cord2: 'A-to-A',
      ports: [1],
    });
    const { [topo.switch1]: _gone, ...devices } = topo.design.devices;
    const analysis = analyzeDesign({ ...topo.design, devices });
    const cord = topo.end1[1]!.cord;
    const onCord = analysis.channels.filter((c) =>
      c.fibers.some((f) => f.hops.some((h) => h.kind === 'cable' && h.cable === cord)),
    );
    expect(onCord.map((c) => [c.kind, c.verdict])).toEqual([['partial', 'unchecked']]);
    expect(onCord[0]!.fibers.map((f) => f.end)).toEqual([
      expect.objectContaining({ kind: 'unchecked', cable: cord }),
      expect.objectContaining({ kind: 'unchecked', cable: cord }),
    ]);
    expect(analysis.channels.map((c) => c.verdict)).not.toContain('ok');
  });

  const deviceParts = BUILTIN_PARTS.filter((p) => p.kind !== 'cable').map((p) => p.id as string);
  const cableParts = BUILTIN_PARTS.filter((p) => p.kind === 'cable').map((p) => p.id as string);
  const partArb = (ids: readonly string[], wrong: readonly string[]) =>
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...ids) },
      { weight: 1, arbitrary: fc.constantFrom('part/unknown-1', 'module/imported-x') },
      { weight: 1, arbitrary: fc.constantFrom(...wrong.slice(0, 20)) },
    );
  const arb = fc.record({
    devices: fc.array(
      fc.record({
        part: partArb(deviceParts, cableParts),
        kind: fc.constantFrom('rack', 'slot', 'cage', 'unplaced'),
        parent: fc.nat(9),
        n: fc.nat(47),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    cables: fc.array(
      fc.record({
        part: partArb(cableParts, deviceParts),
        fiberType: fc.constantFrom(...FIBER_TYPES),
        ends: fc.array(fc.option(fc.record({ dev: fc.nat(9), port: fc.nat(30) }), { freq: 4 }), {
          minLength: 1,
          maxLength: 9,
        }),
      }),
      { maxLength: 10 },
    ),
  });

  function toDesign(
    raw: fc.Arbitrary<unknown> extends never ? never : ReturnType<typeof arb.generate>['value'],
  ): Design {
    const devices: Record<string, Device> = {};
    const devId = (i: number) => deviceId(i < raw.devices.length ? `dev-${i}` : 'dev-ghost');
    raw.devices.forEach((d, i) => {
      const parent = devId(d.parent);
      const placement: Placement =
        d.kind === 'rack'
          ? { kind: 'rack', rack: 'rack-1' as never, positionU: d.n + 1, face: 'front' }
          : d.kind === 'slot'
            ? { kind: 'slot', parent, slot: `slot-${(d.n % 4) + 1}` }
            : d.kind === 'cage'
              ? { kind: 'cage', parent, cage: `cage-${(d.n % 8) + 1}` }
              : { kind: 'unplaced' };
      devices[`dev-${i}`] = { id: devId(i), part: partId(d.part), name: `D${i}`, placement };
    });
    const portChoices = (id: string): string[] => {
      const part = devices[id] ? BUILTIN_CATALOGUE.get(devices[id]!.part) : undefined;
      const keys =
        part && part.kind !== 'cable'
          ? [
              ...portsOf(part).map((p) => p.key),
              ...(part.kind === 'rack-equipment' ? part.cages.slice(0, 8).map((c) => c.key) : []),
            ]
          : [];
      return [...keys, 'mdi', 'no-such-port'];
    };
    const cables: Record<string, Cable> = {};
    raw.cables.forEach((c, i) => {
      const part = BUILTIN_CATALOGUE.get(c.part);
      const keys = part?.kind === 'cable' ? part.ends.map((e) => e.key) : ['A', 'B'];
      const ends: Record<string, PortRef | null> = {};
      keys.forEach((k, j) => {
        const e = c.ends[j % c.ends.length];
        if (!e) return void (ends[k] = null);
        const device = devId(e.dev);
        const choices = portChoices(device);
        ends[k] = { device, port: choices[e.port % choices.length]! };
      });
      cables[`cab-${i}`] = {
        id: cableId(`cab-${i}`),
        part: partId(c.part),
        name: `C${i}`,
        lengthM: 1,
        fiberType: c.fiberType,
        ends,
      };
    });
    return {
      ...emptyDesign('random'),
      racks: { 'rack-1': { id: 'rack-1' as never, name: 'R', heightU: 48, row: 'A', order: 0 } },
      devices,
      cables,
    };
  }

  it('analyzeDesign never throws; channels with unknown parts or dangling references are never ok', () => {
    fc.assert(
      fc.property(arb, (raw) => {
        const design = toDesign(raw);
        const analysis = analyzeDesign(design);
        const { index } = analysis;
        const unknownDevice = (id: string | undefined) => id !== undefined && !index.devices.get(id as never)?.part;
        const unknownCable = (id: string) => !index.cables.get(id as never)?.part;
        for (const c of analysis.channels) {
          expect(VERDICTS[c.verdict]).toBeDefined();
          const touches = c.fibers.some(
            (f) =>
              [f.start, f.end].some(
                (t) =>
                  t.kind === 'unchecked' ||
                  ('device' in t && unknownDevice(t.device)) ||
                  ('cable' in t && t.cable !== undefined && unknownCable(t.cable)),
              ) || f.hops.some((h) => (h.kind === 'device' ? unknownDevice(h.device) : unknownCable(h.cable))),
          );
          if (touches)
            expect(VERDICTS[c.verdict].rank, c.reasons.join('; ')).toBeLessThanOrEqual(VERDICTS.unchecked.rank);
        }
        // Every fiber of every known cable is traced exactly once.
        const used = analysis.fibers.flatMap((t) =>
          t.hops.flatMap((h) => (h.kind === 'cable' ? [`${h.cable}/${h.fiber}`] : [])),
        );
        expect(new Set(used).size).toBe(used.length);
        const expected = [...index.cables.values()].reduce(
          (n, c) => n + (c.part && c.part.fibers !== 'unknown' ? c.part.fibers.length : 0),
          0,
        );
        expect(used).toHaveLength(expected);
      }),
      { numRuns: 300 },
    );
  });

  /**
   * Golden designs with 1–3 random breakages: an unknown part id on a module, transceiver or
   * cable, a deleted device (every reference to it dangles), or a cable end moved to a device
   * that does not exist. A channel that was `ok` and whose path used a broken element must not
   * come back `ok` between the same two transceivers.
   */
  it('breaking an element of a passing golden channel never leaves it ok', () => {
    const goldens = [
      duplexStructured({
        cord1: 'A-to-B',
        module1: 'MOD-A',
        trunk: 'A',
        module2: 'MOD-A',
        cord2: 'A-to-A',
        ports: [1, 2],
      }).design,
      duplexStructured({
        cord1: 'A-to-B',
        module1: 'MOD-U1',
        trunk: 'B',
        module2: 'MOD-U1',
        cord2: 'A-to-B',
        ports: [1, 2],
      }).design,
      parallelPath([arrayCable('A'), mpoAdapter('A'), arrayCable('B'), mpoAdapter('A'), arrayCable('A')]).design,
      breakoutU1({ legs: [1, 2] }).design,
    ];
    const mutation = fc.record({
      kind: fc.constantFrom('unknown-device-part', 'unknown-cable-part', 'delete-device', 'dangling-end'),
      pick: fc.nat(),
    });
    fc.assert(
      fc.property(fc.nat(goldens.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), (g, mutations) => {
        let design = goldens[g]!;
        const broken = new Set<string>();
        for (const m of mutations) {
          const devs = Object.values(design.devices).filter(
            (d) => m.kind === 'delete-device' || BUILTIN_CATALOGUE.get(d.part)?.kind !== 'rack-equipment',
          );
          const cabs = Object.values(design.cables);
          if (m.kind === 'unknown-device-part' || m.kind === 'delete-device') {
            const d = devs[m.pick % devs.length]!;
            broken.add(d.id);
            if (m.kind === 'delete-device') {
              for (const c of cabs) if (Object.values(c.ends).some((e) => e?.device === d.id)) broken.add(c.id);
              const { [d.id]: _gone, ...rest } = design.devices;
              design = { ...design, devices: rest };
            } else
              design = { ...design, devices: { ...design.devices, [d.id]: { ...d, part: partId('part/unknown') } } };
          } else {
            const c = cabs[m.pick % cabs.length]!;
            broken.add(c.id);
            const ends =
              m.kind === 'dangling-end'
                ? {
                    ...c.ends,
                    [Object.keys(c.ends)[m.pick % Object.keys(c.ends).length]!]: {
                      device: deviceId('dev-ghost'),
                      port: 'mpo1',
                    },
                  }
                : c.ends;
            design = {
              ...design,
              cables: {
                ...design.cables,
                [c.id]: { ...c, ends, part: m.kind === 'unknown-cable-part' ? partId('part/unknown') : c.part },
              },
            };
          }
        }
        const before = analyzeDesign(goldens[g]!);
        const after = analyzeDesign(design);
        const touches = (f: FiberTrace) =>
          f.hops.some((h) => broken.has(h.kind === 'cable' ? h.cable : h.device)) ||
          [f.start, f.end].some((t) => 'device' in t && t.device !== undefined && broken.has(t.device));
        for (const c of before.channels) {
          if (c.verdict !== 'ok' || !c.fibers.some(touches)) continue;
          const again = after.channels.filter((x) => x.a.key === c.a.key && x.b.key === c.b.key);
          for (const x of again) expect(x.verdict, `${c.key} after ${JSON.stringify(mutations)}`).not.toBe('ok');
        }
      }),
      { numRuns: 300 },
    );
  });
});
