/**
 * Catalogue checks: the position-map tables equal the REFERENCE Appendix A formulas and the
 * §3/§4/§6 tables, every cassette is a bijection between its rear positions and its front A/B
 * positions, and every part carries the fields the mating rules (§1.8) read.
 */
import { describe, expect, it } from 'vitest';
import {
  CONNECTOR_VARIANTS,
  FIBER_TYPES,
  POS_A,
  POS_B,
  type ConnectorSpec,
  type ConnectorVariant,
} from '../connectors';
import { REF_MODULES, refAdapterMap, refCableMap, refCordMap, REF_MOD_U } from '../fixtures/referenceModel';
import type { Part, PortDef } from '../parts';
import { portsOf } from '../parts';
import { BUILTIN_PARTS, catalogueFor } from './index';
import { MODULE_PARTS } from './modules';
import {
  adapterPosition,
  arrayCableMap,
  CASSETTE_MAP_U1_8,
  CASSETTE_MAPS_12,
  CASSETTE_REAR_ADAPTER,
  DUPLEX_CORD_MAP,
  harnessLegMap,
  mdiPlugPosition,
} from './positionMaps';
import { TRANSCEIVER_PARTS } from './transceivers';

const LETTER = { A: POS_A, B: POS_B } as const;

describe('position maps equal REFERENCE Appendix A and §3–§6', () => {
  it.each(Object.keys(CASSETTE_MAPS_12) as (keyof typeof CASSETTE_MAPS_12)[])(
    'CASSETTE_MAPS_12[%s] equals the Appendix A formula',
    (cls) => {
      const ref = REF_MODULES[cls];
      expect(CASSETTE_MAPS_12[cls].map(([p, x]) => [p, x])).toEqual(
        Array.from({ length: 12 }, (_, i) => [ref[i + 1]![0], LETTER[ref[i + 1]![1]]]),
      );
    },
  );

  it('MOD-U1-8 is MOD-U restricted to the populated Base-8 positions 1–4 and 9–12 (§5.2)', () => {
    const u = REF_MOD_U();
    expect(CASSETTE_MAP_U1_8.map(([j, p, x]) => [j, p, x])).toEqual(
      CONNECTOR_VARIANTS['mpo-8'].positions.map((j) => [j, u[j]![0], LETTER[u[j]![1]]]),
    );
  });

  it.each(['A', 'B', 'C'] as const)('Type %s MPO-12 cable map equals §3.1 / Appendix A cable_map', (t) => {
    expect(Object.fromEntries(arrayCableMap(t, 'mpo-12'))).toEqual(refCableMap(t));
  });

  it('§3.1 table, written out', () => {
    const col = (t: 'A' | 'B' | 'C') => arrayCableMap(t, 'mpo-12').map(([, to]) => to);
    expect(col('A')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(col('B')).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(col('C')).toEqual([2, 1, 4, 3, 6, 5, 8, 7, 10, 9, 12, 11]);
  });

  it.each<[ConnectorVariant, 'B' | 'C', number[][]]>([
    [
      'mpo-8',
      'B',
      [
        [1, 12],
        [2, 11],
        [3, 10],
        [4, 9],
        [9, 4],
        [10, 3],
        [11, 2],
        [12, 1],
      ],
    ],
    [
      'mpo-8',
      'C',
      [
        [1, 2],
        [2, 1],
        [3, 4],
        [4, 3],
        [9, 10],
        [10, 9],
        [11, 12],
        [12, 11],
      ],
    ],
    ['mpo-16', 'B', Array.from({ length: 16 }, (_, i) => [i + 1, 16 - i])],
    ['mpo-24', 'B', Array.from({ length: 24 }, (_, i) => [i + 1, i < 12 ? 12 - i : 36 - i])],
  ])('§3.2 %s Type %s', (variant, t, pairs) => {
    expect(arrayCableMap(t, variant)).toEqual(pairs);
  });

  it.each(['A', 'B'] as const)('MPO-12 Type %s adapter equals §1.4 / Appendix A adapter_map', (t) => {
    const ad = t === 'A' ? 'key-up-key-down' : 'key-up-key-up';
    const ours = Object.fromEntries(
      CONNECTOR_VARIANTS['mpo-12'].positions.map((i) => [i, adapterPosition(ad, 'mpo-12', i)]),
    );
    expect(ours).toEqual(refAdapterMap(t));
  });

  it('two-row adapters follow the §3.4 convention; duplex couplers swap A↔B; unknown is null', () => {
    expect([1, 12, 13, 24].map((i) => adapterPosition('key-up-key-down', 'mpo-24', i))).toEqual([13, 24, 1, 12]);
    expect([1, 12, 13, 24].map((i) => adapterPosition('key-up-key-up', 'mpo-24', i))).toEqual([12, 1, 24, 13]);
    expect([POS_A, POS_B].map((i) => adapterPosition('duplex', 'lc-duplex', i))).toEqual([POS_B, POS_A]);
    expect(adapterPosition('unknown', 'mpo-12', 1)).toBeNull();
  });

  it.each([
    ['A-to-B', 'AB'],
    ['A-to-A', 'AA'],
  ] as const)('%s cord equals Appendix A cord_map', (t, ref) => {
    const m = refCordMap(ref);
    expect(DUPLEX_CORD_MAP[t]).toEqual([
      [POS_A, LETTER[m.A]],
      [POS_B, LETTER[m.B]],
    ]);
  });

  it('§6.1 SR4 MDI: Tx lanes 0–3 on plug 12–9, Rx lanes 0–3 on plug 1–4, 5–8 dark', () => {
    const sr4 = TRANSCEIVER_PARTS.find((t) => t.id === 'transceiver/40gbase-sr4-qsfpplus')!;
    expect(sr4.lanes).toEqual([
      ...[12, 11, 10, 9].map((position, lane) => ({ position, role: 'tx', lane })),
      ...[1, 2, 3, 4].map((position, lane) => ({ position, role: 'rx', lane })),
    ]);
    expect([1, 4, 9, 12].map((r) => mdiPlugPosition('mpo-12', r))).toEqual([12, 9, 4, 1]);
  });

  it('§6.5 SR8 MDI (UNVERIFIED): Tx_k at plug 16−k, Rx_k at plug k+1, MPO-16 APC male', () => {
    const sr8 = TRANSCEIVER_PARTS.find((t) => t.application === '400GBASE-SR8')!;
    const lanes = sr8.lanes === 'unknown' ? [] : sr8.lanes;
    expect(lanes.filter((l) => l.role === 'tx').map((l) => [l.lane, l.position])).toEqual(
      Array.from({ length: 8 }, (_, k) => [k, 16 - k]),
    );
    expect(lanes.filter((l) => l.role === 'rx').map((l) => [l.lane, l.position])).toEqual(
      Array.from({ length: 8 }, (_, k) => [k, k + 1]),
    );
    expect(sr8.port.mate).toMatchObject({ connector: { variant: 'mpo-16', gender: 'male', polish: 'APC' } });
    expect(sr8.provenance.unverified).toBe(true);
  });

  it('duplex transceivers transmit on plug B and receive on plug A (§0.1)', () => {
    for (const t of TRANSCEIVER_PARTS.filter((x) => x.laneCount === 1))
      expect(t.lanes).toEqual([
        { position: POS_B, role: 'tx', lane: 0 },
        { position: POS_A, role: 'rx', lane: 0 },
      ]);
  });

  it('§6.4 breakout leg map: leg k A = plug 13−k (Tx), leg k B = plug k (Rx)', () => {
    expect(harnessLegMap('mpo-12', 4)).toEqual([
      [12, 1, POS_A],
      [1, 1, POS_B],
      [11, 2, POS_A],
      [2, 2, POS_B],
      [10, 3, POS_A],
      [3, 3, POS_B],
      [9, 4, POS_A],
      [4, 4, POS_B],
    ]);
  });

  it('rear adapters per module class follow §5.3 (A, U1 key-up/key-down; B1, B2, U2 key-up/key-up)', () => {
    expect(CASSETTE_REAR_ADAPTER).toEqual({
      'MOD-A': 'key-up-key-down',
      'MOD-B1': 'key-up-key-up',
      'MOD-B2': 'key-up-key-up',
      'MOD-U1': 'key-up-key-down',
      'MOD-U2': 'key-up-key-up',
      'MOD-U1-8': 'key-up-key-down',
      'MOD-U16': 'key-up-key-down',
    });
  });
});

const CASSETTES = MODULE_PARTS.filter((m) => m.moduleClass.startsWith('MOD-'));

describe('every cassette is a bijection rear positions ↔ front A/B positions', () => {
  it('there are cassettes of every class', () => {
    expect(new Set(CASSETTES.map((c) => c.moduleClass))).toEqual(
      new Set(['MOD-A', 'MOD-B1', 'MOD-B2', 'MOD-U1', 'MOD-U2', 'MOD-U1-8', 'MOD-U16']),
    );
  });

  it.each(CASSETTES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    if (c.links === 'unknown') throw new Error('built-in cassette without a map');
    const ports = new Map(c.ports.map((p) => [p.key, p]));
    const rears = c.ports.filter((p) => p.face === 'rear');
    const fronts = c.ports.filter((p) => p.face === 'front');
    expect(rears.length).toBeGreaterThan(0);
    // Each rear group: every populated position used exactly once.
    for (const r of rears) {
      const used = c.links
        .filter((l) => l.a.port === r.key)
        .map((l) => l.a.position)
        .sort((x, y) => x - y);
      expect(used).toEqual(CONNECTOR_VARIANTS[r.accepts].positions);
      expect(r.mate).toMatchObject({
        kind: 'fixed',
        adapter: CASSETTE_REAR_ADAPTER[c.moduleClass as keyof typeof CASSETTE_REAR_ADAPTER],
      });
    }
    // Each front port: exactly A and B once, each from a rear port.
    for (const f of fronts) {
      const got = c.links
        .filter((l) => l.b.port === f.key)
        .map((l) => l.b.position)
        .sort();
      expect(got, f.key).toEqual([POS_A, POS_B]);
    }
    for (const l of c.links) expect([ports.get(l.a.port)?.face, ports.get(l.b.port)?.face]).toEqual(['rear', 'front']);
    expect(c.links).toHaveLength(fronts.length * 2);
    expect(c.fiberCount).toBe(fronts.length * 2);
  });
});

/** Every connector a part carries, with where it is. */
function connectorsOf(p: Part): [string, ConnectorSpec][] {
  if (p.kind === 'cable') return p.ends.map((e) => [`end ${e.key}`, e.connector]);
  return portsOf(p).flatMap((port: PortDef) =>
    port.mate.kind === 'fixed' ? [[`port ${port.key}`, port.mate.connector] as [string, ConnectorSpec]] : [],
  );
}

describe('every built-in part has the fields the rules need', () => {
  it('part ids are unique and the design catalogue adds custom parts', () => {
    expect(new Set(BUILTIN_PARTS.map((p) => p.id)).size).toBe(BUILTIN_PARTS.length);
    const extra = { ...CASSETTES[0]!, id: 'module/custom-x' as (typeof CASSETTES)[0]['id'] };
    const cat = catalogueFor({ parts: { [extra.id]: extra } });
    expect(cat.get('module/custom-x')).toBe(extra);
    expect(cat.get('nope')).toBeUndefined();
  });

  it.each(BUILTIN_PARTS.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    for (const [where, c] of connectorsOf(p)) {
      const info = CONNECTOR_VARIANTS[c.variant];
      expect(info, where).toBeDefined();
      // V1/V2 need a gender on every MPO (known or explicitly unknown); LC/SC have none.
      expect(info.family === 'mpo' ? ['male', 'female', 'unknown'] : ['n/a'], where).toContain(c.gender);
      // A spliced end has no end face: polish n/a, never anything else (REFERENCE-2 §15.2).
      expect(info.family === 'splice' ? ['n/a'] : ['UPC', 'APC', 'PC', 'unknown'], where).toContain(c.polish);
    }
    if (p.kind === 'cable') {
      expect(FIBER_TYPES).toContain(p.defaultFiberType);
      if (p.fibers === 'unknown') return;
      expect(new Set(p.fibers.map((f) => f.fiber)).size).toBe(p.fibers.length);
      for (const f of p.fibers) {
        for (const side of [f.from, f.to])
          expect(CONNECTOR_VARIANTS[p.ends[side.end]!.connector.variant].positions).toContain(side.position);
      }
      return;
    }
    const ports = new Map(portsOf(p).map((x) => [x.key, x]));
    for (const port of ports.values()) {
      expect(CONNECTOR_VARIANTS[port.accepts]).toBeDefined();
      if (port.mate.kind === 'splice') {
        // A splice port takes spliced ends only; an inline splice names an existing peer splice port.
        expect(port.accepts).toBe('spliced');
        if (port.mate.peer) expect(ports.get(port.mate.peer)?.mate).toMatchObject({ kind: 'splice', peer: port.key });
      }
      if (port.mate.kind === 'through') {
        expect(ports.has(port.mate.peer)).toBe(true);
        expect(['key-up-key-down', 'key-up-key-up', 'duplex', 'unknown']).toContain(port.mate.adapter);
      }
    }
    if (p.kind === 'transceiver') {
      expect(['multimode', 'single-mode']).toContain(p.fiberMode);
      if (p.lanes !== 'unknown')
        for (const l of p.lanes) expect(CONNECTOR_VARIANTS[p.port.accepts].positions).toContain(l.position);
      return;
    }
    expect([...FIBER_TYPES, 'unknown']).toContain(p.fiberType);
    if (p.links === 'unknown') return;
    for (const l of p.links) {
      for (const end of [l.a, l.b]) {
        const port = ports.get(end.port);
        expect(port, `${end.port}`).toBeDefined();
        expect(CONNECTOR_VARIANTS[port!.accepts].positions).toContain(end.position);
      }
    }
  });
});
