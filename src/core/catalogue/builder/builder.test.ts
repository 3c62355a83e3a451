/**
 * The part builder (issue 13 §2): property tests that every parametric part round-trips through
 * its id and that every cassette map it makes is a bijection; the built-ins are presets (the
 * builder rebuilds each one exactly, apart from id and name); names read like a vendor's; bad
 * ids are refused with the field that is wrong.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONNECTOR_VARIANTS, FIBER_TYPES, POS_A, POS_B } from '../../connectors';
import { DesignBuilder, mdi } from '../../designBuilder';
import { analyzeDesign } from '../../analysis/analyze';
import type { Part } from '../../parts';
import { BUILTIN_CATALOGUE, BUILTIN_PARTS } from '../index';
import {
  buildPart,
  parametricPart,
  parsePartId,
  partIdOf,
  presetParams,
  validateParams,
  type CassetteParams,
  type PartParams,
} from './index';

const duplex = fc.constantFrom('lc-duplex', 'mdc-duplex', 'sn-duplex', 'cs-duplex', 'sc-duplex' as const);
const mpo = fc.constantFrom('mpo-8', 'mpo-12', 'mpo-16', 'mpo-24', 'mpo-32' as const);
const polish = fc.constantFrom('UPC', 'APC' as const);
const grade = fc.constantFrom('low-loss', 'standard', 'elite', 'tia-max' as const);
const fiberType = fc.option(fc.constantFrom(...FIBER_TYPES), { nil: undefined });
const lengthM = fc.option(
  fc.integer({ min: 1, max: 2000 }).map((n) => n / 2),
  { nil: undefined },
);
const opt = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const cassette: fc.Arbitrary<CassetteParams> = fc
  .record({
    method: fc.constantFrom('A', 'B1', 'B2', 'U1', 'U2' as const),
    rear: fc.constantFrom('mpo-8', 'mpo-12', 'mpo-16' as const),
    groups: fc.integer({ min: 1, max: 4 }),
    front: duplex,
    rearGender: fc.constantFrom('male', 'female' as const),
    rearPolish: polish,
    frontPolish: polish,
    fiberType: fc.constantFrom(...FIBER_TYPES),
    grade,
  })
  .map((r) => ({ kind: 'cassette' as const, ...r }));

/** Arbitrary parameter records of every kind (invalid combinations filtered out). */
const params: fc.Arbitrary<PartParams> = fc
  .oneof(
    fc
      .record({
        connector: mpo,
        legs: fc.integer({ min: 1, max: 6 }),
        polarity: fc.constantFrom('A', 'B', 'C' as const),
        genders: fc.constantFrom('ff', 'mm', 'mf' as const),
        polish,
        grade,
        fiberType,
        lengthM,
      })
      .map(({ legs, ...r }) =>
        opt({ kind: 'trunk' as const, ...r, fibers: legs * CONNECTOR_VARIANTS[r.connector].positions.length }),
      ),
    fc
      .record({
        connector: duplex,
        legs: fc.integer({ min: 1, max: 24 }),
        polarity: fc.constantFrom('A-to-B', 'A-to-A' as const),
        polish,
        grade,
        fiberType,
        lengthM,
      })
      .map(({ legs, ...r }) => opt({ kind: 'duplex-trunk' as const, ...r, fibers: 2 * legs })),
    fc
      .record({
        end1: duplex,
        end2: duplex,
        polarity: fc.constantFrom('A-to-B', 'A-to-A' as const),
        polish,
        grade,
        fiberType,
        lengthM,
      })
      .map((r) => opt({ kind: 'cord' as const, ...r })),
    fc
      .record({
        connector: fc.constantFrom('mpo-8', 'mpo-12', 'mpo-16' as const),
        legs: fc.integer({ min: 1, max: 8 }),
        gender: fc.constantFrom('male', 'female' as const),
        polish,
        legConnector: duplex,
        legPolish: polish,
        grade,
        fiberType,
        lengthM,
      })
      .map((r) => opt({ kind: 'harness' as const, ...r })),
    fc
      .record({ connector: mpo, gender: fc.constantFrom('male', 'female' as const), polish, grade, fiberType, lengthM })
      .map((r) => opt({ kind: 'pigtail' as const, ...r })),
    fc
      .record({ fibers: fc.integer({ min: 1, max: 72 }), groups: fc.integer({ min: 1, max: 12 }), fiberType, lengthM })
      .map((r) => opt({ kind: 'bulk-cable' as const, ...r })),
    cassette,
    fc
      .record({
        connector: mpo,
        count: fc.integer({ min: 1, max: 72 }),
        adapter: fc.constantFrom('key-up-key-down', 'key-up-key-up' as const),
      })
      .map((r) => ({ kind: 'plate' as const, ...r })),
    fc
      .record({ connector: duplex, count: fc.integer({ min: 1, max: 72 }) })
      .map((r) => ({ kind: 'plate' as const, ...r, adapter: 'duplex' as const })),
    fc
      .record({
        fibers: fc.integer({ min: 1, max: 72 }),
        groups: fc.integer({ min: 1, max: 12 }),
        method: fc.constantFrom('fusion', 'mechanical', 'mass-fusion' as const),
        order: fc.constantFrom('colour', 'ribbon-reversed' as const),
      })
      .map((r) => ({ kind: 'splice-tray' as const, ...r })),
  )
  .filter((p) => validateParams(p as PartParams).length === 0) as fc.Arbitrary<PartParams>;

describe('property: every parametric part round-trips through its id', () => {
  it('parsePartId(partIdOf(p)) = p; buildPart(p).id = partIdOf(p); the catalogue resolves the id to that part', () => {
    fc.assert(
      fc.property(params, (p) => {
        const id = partIdOf(p);
        expect(parsePartId(id)).toEqual({ ok: true, params: p });
        const part = buildPart(p);
        expect(part.id).toBe(id);
        expect(BUILTIN_CATALOGUE.get(id)?.id).toBe(id);
        expect(parametricPart(id)).toBe(parametricPart(id));
        // The same parameters always give the same id (a rebuild from a copy is equal).
        expect(partIdOf({ ...p })).toBe(id);
      }),
      { numRuns: 400, seed: 1302 },
    );
  }, 60_000);
});

describe('property: every cassette map is a bijection rear positions ↔ front (port, A/B)', () => {
  it('each populated rear position exactly once, each front port exactly A and B once', () => {
    fc.assert(
      fc.property(
        cassette.filter((p) => validateParams(p).length === 0),
        (p) => {
          const m = buildPart(p);
          if (m.kind !== 'module' || m.links === 'unknown') throw new Error('no map');
          const rears = m.ports.filter((q) => q.face === 'rear');
          for (const r of rears)
            expect(
              m.links
                .filter((l) => l.a.port === r.key)
                .map((l) => l.a.position)
                .sort((x, y) => x - y),
            ).toEqual(CONNECTOR_VARIANTS[r.accepts].positions);
          for (const f of m.ports.filter((q) => q.face === 'front'))
            expect(
              m.links
                .filter((l) => l.b.port === f.key)
                .map((l) => l.b.position)
                .sort(),
            ).toEqual([POS_A, POS_B]);
          expect(new Set(m.links.map((l) => `${l.b.port}.${l.b.position}`)).size).toBe(m.links.length);
        },
      ),
      { numRuns: 300, seed: 1303 },
    );
  }, 60_000);
});

/** What must be equal between a built-in and its rebuild: everything but id and name. */
const structureOf = (p: Part): unknown => {
  const { id: _id, name: _name, ...rest } = p;
  void _id;
  void _name;
  return rest;
};

describe('the built-ins are presets of the builder', () => {
  const presets = BUILTIN_PARTS.flatMap((p) => {
    const params = presetParams(p);
    return params ? [[p.id, p, params] as const] : [];
  });
  it('every built-in trunk, cord, harness, cassette, plate and splice part has a preset', () => {
    const builderKinds = BUILTIN_PARTS.filter(
      (p) =>
        (p.kind === 'cable' && !['conversion-cable', 'splitter'].includes(p.cableClass)) ||
        (p.kind === 'module' && !['conversion', 'splice-cassette'].includes(p.moduleClass)),
    );
    expect(presets.map(([id]) => id)).toEqual(builderKinds.map((p) => p.id));
    expect(presets.length).toBeGreaterThan(200);
  });
  it.each(presets)('%s = buildPart(its preset) but for id and name', (_id, part, params) => {
    expect(structureOf(buildPart(params))).toEqual(structureOf(part));
    // …and its historical id still resolves to the built-in itself (designs open unchanged).
    expect(BUILTIN_CATALOGUE.get(part.id)).toBe(part);
  });
});

describe("names read like a vendor's", () => {
  it.each([
    [
      {
        kind: 'trunk',
        connector: 'mpo-16',
        fibers: 16,
        polarity: 'B',
        genders: 'ff',
        polish: 'APC',
        grade: 'low-loss',
        fiberType: 'OS2',
        lengthM: 35,
      },
      'MPO-16 APC Type B trunk, 16F OS2, female/female, 35 m',
    ],
    [
      {
        kind: 'trunk',
        connector: 'mpo-12',
        fibers: 48,
        polarity: 'A',
        genders: 'mm',
        polish: 'UPC',
        grade: 'standard',
        fiberType: 'OM4',
      },
      'MPO-12 UPC Type A trunk, 48F OM4, male/male, 4× MPO-12 per end, standard loss',
    ],
    [
      {
        kind: 'cord',
        end1: 'mdc-duplex',
        end2: 'lc-duplex',
        polarity: 'A-to-B',
        polish: 'UPC',
        grade: 'standard',
        lengthM: 2,
      },
      'MDC-to-LC UPC duplex cord A-to-B, standard loss, 2 m',
    ],
    [
      {
        kind: 'duplex-trunk',
        connector: 'lc-duplex',
        fibers: 24,
        polarity: 'A-to-B',
        polish: 'UPC',
        grade: 'low-loss',
        fiberType: 'OM4',
        lengthM: 30,
      },
      'LC UPC duplex trunk A-to-B, 24F OM4, 12× LC per end, 30 m',
    ],
    [
      {
        kind: 'cassette',
        method: 'U1',
        rear: 'mpo-12',
        groups: 2,
        front: 'mdc-duplex',
        rearGender: 'male',
        rearPolish: 'APC',
        frontPolish: 'UPC',
        fiberType: 'OS2',
        grade: 'low-loss',
      },
      'MOD-U1 cassette (Method U1), Base-24, 2× MPO-12 male APC to 12× MDC UPC, OS2',
    ],
  ] as const)('%j', (p, name) => {
    expect(buildPart(p as PartParams).name).toBe(name);
  });
});

describe('bad ids are refused with the field that is wrong', () => {
  it.each([
    ['cable/mpo12-typeB-ff-upc', 'not a builder id'],
    ['p/widget?x=1', 'unknown builder kind "widget"'],
    ['p/cord?end1=lc-duplex&polarity=A-to-B&polish=UPC&grade=low-loss', 'field "end2" is missing'],
    ['p/cord?end1=lc-duplex&end2=st&polarity=A-to-B&polish=UPC&grade=low-loss', 'end2=st is not one of'],
    [
      'p/trunk?connector=mpo-12&fibers=13&polarity=B&genders=ff&polish=UPC&grade=low-loss',
      'does not fill whole MPO-12',
    ],
    [
      'p/trunk?connector=mpo-12&fibers=12&polarity=B&genders=ff&polish=UPC&grade=low-loss&colour=red',
      'unknown field "colour"',
    ],
    [
      'p/cassette?method=U2&rear=mpo-12&groups=1&front=lc-duplex&rearGender=male&rearPolish=APC&frontPolish=UPC&fiberType=OS2&grade=low-loss',
      'cannot take APC (V4)',
    ],
  ])('%s → %s', (id, message) => {
    const r = parsePartId(id);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error).toContain(message);
  });
  it('a non-canonical (reordered) id does not resolve: one name per part', () => {
    expect(parametricPart('p/plate?count=12&connector=mdc-duplex&adapter=duplex')).toBeUndefined();
    expect(parametricPart('p/plate?connector=mdc-duplex&count=12&adapter=duplex')?.name).toBe(
      'Adapter plate 12× MDC, duplex',
    );
  });
});

describe('a design using builder ids analyses without storing the parts', () => {
  it('SR8 ↔ SR8 over a parametric MPO-16 APC Type B cord: OK, 8 lanes', () => {
    const b = new DesignBuilder('builder ids');
    const q1 = b.loose('transceiver/800gbase-sr8-osfp', 'Q1');
    const q2 = b.loose('transceiver/800gbase-sr8-osfp', 'Q2');
    const id = partIdOf({
      kind: 'trunk',
      connector: 'mpo-16',
      fibers: 16,
      polarity: 'B',
      genders: 'ff',
      polish: 'APC',
      grade: 'low-loss',
      fiberType: 'OM4',
      lengthM: 20,
    });
    b.cable(id, 'C', 20, 'OM4', { A: mdi(q1), B: mdi(q2) });
    const d = b.build();
    expect(d.parts).toEqual({});
    const ch = analyzeDesign(d).channels.filter((c) => c.kind === 'parallel');
    expect(ch.map((c) => [c.verdict, c.fibers.length])).toEqual([['ok', 16]]);
  });
});

describe('the palette form data', () => {
  it('every default record is valid, and every option the form offers is an allowed value', async () => {
    const { BUILDER_DEFAULTS, KIND_FIELDS, fieldOptions, PARAM_VALUES } = await import('./index');
    for (const [kind, p] of Object.entries(BUILDER_DEFAULTS)) {
      expect(validateParams(p), kind).toEqual([]);
      for (const f of KIND_FIELDS[p.kind]) {
        const name = f.replace('?', '');
        const allowed = (PARAM_VALUES as Record<string, readonly string[]>)[name] ?? [];
        for (const o of fieldOptions(p.kind, name)) expect(allowed, `${kind}.${name}`).toContain(o);
      }
    }
  });
});
