/**
 * Property tests (fast-check) of the trace and the polarity rules:
 *  (a) a fiber read from the far end returns to its start: a chain of array cables and MPO
 *      adapters traced with every cable turned end for end gives the reversed hop list;
 *  (b) Type B ∘ Type B (and C ∘ C, key-up/key-up ∘ key-up/key-up) is the identity for every
 *      MPO variant (REFERENCE §3.1–§3.2, §0.2);
 *  (c) a passing duplex channel has an odd number of A↔B flips (§0.5, §4; [S9]);
 *  (d) random designs — random built-in parts, random wiring, dangling references, unknown
 *      part ids — never make the engine throw, and anything unknown never yields `ok`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adapterPosition, arrayCableMap } from '../catalogue/positionMaps';
import { CONNECTOR_VARIANTS, type ConnectorVariant } from '../connectors';
import { portKey, type Design } from '../design';
import { DesignBuilder, front, port } from '../designBuilder';
import { makeCassette } from '../catalogue/modules';
import { duplexPatch, duplexStructured } from '../fixtures/topologies';
import { partId } from '../ids';
import { type AdapterType, type ArrayPolarity, type DuplexCordType, type ModulePart } from '../parts';
import { analyzeDesign } from '../analysis/analyze';
import { VERDICTS } from './channels';
import { duplexFlips } from './method';
import type { FiberTrace, Hop } from './trace';

const MPO_VARIANTS: readonly ConnectorVariant[] = ['mpo-8', 'mpo-12', 'mpo-16', 'mpo-24', 'mpo-32'];

describe('(a) a trace read from the far end returns to its start', () => {
  /**
   * ```text
   *  [P0 front-1 (open) | rear-1] ──cable 1── [P1] ──cable 2── … ──cable n── [Pn front-1 | rear-1 (open)]
   * ```
   */
  function chain(
    variant: ConnectorVariant,
    cables: readonly ArrayPolarity[],
    adapters: readonly AdapterType[],
  ): Design {
    const b = new DesignBuilder('chain');
    const r = b.rack('R1');
    const plateVariant = variant === 'mpo-8' ? 'mpo-12' : variant;
    const plates = adapters.map((a, i) =>
      b.module(
        b.equipment(r, 'equipment/enclosure-1u-4slot-cassette-modular', 40 - i, `E${i}`),
        1,
        `module/adapter-plate-6x${plateVariant.replace('-', '')}-${a === 'key-up-key-up' ? 'typeB' : 'typeA'}`,
        `P${i}`,
      ),
    );
    const short = variant.replace('-', '');
    cables.forEach((pol, k) =>
      b.cable(`cable/${short}-type${pol}-ff-upc`, `C${k}`, 1, 'OM4', {
        A: port(plates[k]!, 'rear-1'),
        B: front(plates[k + 1]!, 1),
      }),
    );
    return b.build();
  }

  /** A hop described by the ports it touches (independent of which end of a cable is end A). */
  function physical(design: Design, h: Hop): string {
    if (h.kind === 'device') return `${h.device}:${h.in.port}.${h.in.position}>${h.out.port}.${h.out.position}`;
    const ends = Object.values(design.cables[h.cable]!.ends);
    const at = (end: number) => (ends[end] ? portKey(ends[end]!) : `open${end}`);
    return `${h.cable}:${at(h.from.end)}.${h.from.position}>${at(h.to.end)}.${h.to.position}`;
  }
  const reversed = (design: Design, t: FiberTrace) =>
    [...t.hops]
      .reverse()
      .map((h) =>
        physical(design, h.kind === 'cable' ? { ...h, from: h.to, to: h.from } : { ...h, in: h.out, out: h.in }),
      );

  it('holds for random chains of Type A/B/C cables and key-up/key-down or key-up/key-up adapters', () => {
    const arb = fc.record({
      variant: fc.constantFrom<ConnectorVariant>('mpo-8', 'mpo-12', 'mpo-16', 'mpo-24'),
      cables: fc.array(fc.constantFrom<ArrayPolarity>('A', 'B', 'C'), { minLength: 1, maxLength: 5 }),
      adapters: fc.array(fc.constantFrom<AdapterType>('key-up-key-down', 'key-up-key-up'), {
        minLength: 6,
        maxLength: 6,
      }),
    });
    fc.assert(
      fc.property(arb, ({ variant, cables, adapters }) => {
        const design = chain(variant, cables, adapters.slice(0, cables.length + 1));
        // The same chain with every cable turned end for end, listed in reverse order.
        const flipped: Design = {
          ...design,
          cables: Object.fromEntries(
            Object.entries(design.cables)
              .reverse()
              .map(([id, c]) => [id, { ...c, ends: { A: c.ends.B ?? null, B: c.ends.A ?? null } }]),
          ),
        };
        const fwd = analyzeDesign(design).fibers;
        const back = analyzeDesign(flipped).fibers;
        expect(fwd).toHaveLength(CONNECTOR_VARIANTS[variant].positions.length);
        for (const t of fwd) {
          // Both ends of a chain are open ports; the mirrored design reads the fiber from the other end.
          expect([t.start.kind, t.end.kind]).toEqual(['open-port', 'open-port']);
          const mirror = back.find((m) => JSON.stringify(m.start) === JSON.stringify(t.end));
          expect(mirror).toBeDefined();
          expect(mirror!.end).toEqual(t.start);
          expect(mirror!.hops.map((h) => physical(flipped, h))).toEqual(reversed(design, t));
        }
      }),
      { numRuns: 120 },
    );
  });

  it('every hop continues where the previous one ended, and every cable fiber is traced once', () => {
    const design = duplexStructured({
      cord1: 'A-to-B',
      module1: 'MOD-B1',
      trunk: 'B',
      module2: 'MOD-B2',
      cord2: 'A-to-B',
    }).design;
    const traces = analyzeDesign(design).fibers;
    const used = traces.flatMap((t) => t.hops.flatMap((h) => (h.kind === 'cable' ? [`${h.cable}/${h.fiber}`] : [])));
    expect(new Set(used).size).toBe(used.length);
    expect(used).toHaveLength(
      Object.values(design.cables).reduce((n, c) => n + (c.part.includes('lc-duplex') ? 2 : 12), 0),
    );
    for (const t of traces) {
      t.hops.forEach((h, i) => {
        const next = t.hops[i + 1];
        if (h.kind === 'device' && next?.kind === 'cable') expect(next.from.position).toBe(h.out.position);
        if (h.kind === 'cable' && next?.kind === 'device') expect(next.in.position).toBe(h.to.position);
      });
    }
  });
});

describe('(b) array maps compose to the identity (§3, §0.2)', () => {
  const compose = (m1: readonly (readonly [number, number])[], m2: readonly (readonly [number, number])[]) => {
    const second = new Map(m2);
    return m1.map(([i, j]) => [i, second.get(j)] as const);
  };
  const identity = (v: ConnectorVariant) => CONNECTOR_VARIANTS[v].positions.map((i) => [i, i] as const);

  it('Type B ∘ Type B and Type C ∘ C are the identity for every MPO variant; Type A is the identity', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MPO_VARIANTS), fc.constantFrom<ArrayPolarity>('B', 'C'), (v, t) => {
        expect(compose(arrayCableMap(t, v), arrayCableMap(t, v))).toEqual(identity(v));
        expect(arrayCableMap('A', v)).toEqual(identity(v));
      }),
    );
  });

  it('Type B and Type C commute (even row width, §0.5) and key-up/key-up applied twice is the identity', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MPO_VARIANTS), (v) => {
        expect(compose(arrayCableMap('B', v), arrayCableMap('C', v))).toEqual(
          compose(arrayCableMap('C', v), arrayCableMap('B', v)),
        );
        const ad = CONNECTOR_VARIANTS[v].positions.map(
          (i) => [i, adapterPosition('key-up-key-up', v, adapterPosition('key-up-key-up', v, i)!)] as const,
        );
        expect(ad).toEqual(identity(v));
        // Type B equals the key-up/key-up mirror (§0.3) on every variant.
        expect(arrayCableMap('B', v).map(([i, j]) => j === adapterPosition('key-up-key-up', v, i))).not.toContain(
          false,
        );
      }),
    );
  });
});

describe('(c) a passing duplex channel has an odd number of A↔B flips', () => {
  const MODULES = ['MOD-A', 'MOD-B1', 'MOD-B2', 'MOD-U1', 'MOD-U2'] as const;
  const CORDS: readonly DuplexCordType[] = ['A-to-B', 'A-to-A'];
  it('over random cord / module / trunk combinations', () => {
    const arb = fc.record({
      cord1: fc.constantFrom(...CORDS),
      module1: fc.constantFrom(...MODULES),
      trunk: fc.constantFrom<ArrayPolarity>('A', 'B', 'C'),
      module2: fc.constantFrom(...MODULES),
      cord2: fc.constantFrom(...CORDS),
    });
    let passing = 0;
    fc.assert(
      fc.property(arb, (recipe) => {
        const analysis = analyzeDesign(duplexStructured({ ...recipe, ports: [1, 2, 3] }).design);
        for (const c of analysis.channels) {
          const pass = VERDICTS[c.verdict].cls === 'pass' || VERDICTS[c.verdict].cls === 'warning';
          if (pass) passing += 1;
          for (const f of c.fibers) {
            if (f.start.kind !== 'tx' || (f.end.kind !== 'rx' && f.end.kind !== 'tx')) continue;
            const flips = duplexFlips(analysis.index, f);
            expect(flips).toHaveLength(3);
            const odd = flips.filter((e) => e.flips).length % 2 === 1;
            // Tx (plug B) reaches an Rx (plug A) exactly when the flip count is odd.
            expect(odd).toBe(f.end.kind === 'rx');
            if (pass) expect(odd).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
    expect(passing).toBeGreaterThan(0);
  });
});

describe('(c) the flip parity rule beyond cassettes (§4, §5.1)', () => {
  it('LC cords in series through couplers pass exactly when A-to-B cords + couplers is odd', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<DuplexCordType>('A-to-B', 'A-to-A'), { minLength: 1, maxLength: 6 }),
        (cords) => {
          const flips = cords.filter((c) => c === 'A-to-B').length + cords.length - 1;
          const analysis = analyzeDesign(duplexPatch(cords).design);
          expect(analysis.channels.map((c) => c.verdict)).toEqual([flips % 2 === 1 ? 'ok' : 'tx-to-tx']);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('swapping A↔B in every port of both modules never changes PASS/FAIL (§5.1 invariance note)', () => {
    const MODULES = ['MOD-A', 'MOD-B1', 'MOD-B2', 'MOD-U1', 'MOD-U2'] as const;
    const swapped = (cls: (typeof MODULES)[number]): ModulePart => {
      const m = makeCassette({ moduleClass: cls, rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM4' });
      return {
        ...m,
        id: partId(`${m.id}-ab-swapped`),
        links:
          m.links === 'unknown' ? 'unknown' : m.links.map((l) => ({ ...l, b: { ...l.b, position: 3 - l.b.position } })),
      };
    };
    const arb = fc.record({
      cord1: fc.constantFrom<DuplexCordType>('A-to-B', 'A-to-A'),
      module1: fc.constantFrom(...MODULES),
      trunk: fc.constantFrom<ArrayPolarity>('A', 'B', 'C'),
      module2: fc.constantFrom(...MODULES),
      cord2: fc.constantFrom<DuplexCordType>('A-to-B', 'A-to-A'),
    });
    fc.assert(
      fc.property(arb, (r) => {
        // PASS/FAIL (and warnings) are invariant; which failure (Tx→Tx or Rx→Rx) may trade places.
        const verdicts = (d: Design) =>
          Object.fromEntries(
            analyzeDesign(d).channels.map((c) => [c.key, VERDICTS[c.verdict].cls === 'fail' ? 'fail' : c.verdict]),
          );
        const plain = verdicts(duplexStructured({ ...r, ports: [1, 2, 3, 4, 5, 6] }).design);
        const turned = verdicts(
          duplexStructured({ ...r, module1: swapped(r.module1), module2: swapped(r.module2) }).design,
        );
        expect(turned).toEqual(plain);
      }),
      { numRuns: 80 },
    );
  });
});
