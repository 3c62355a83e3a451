/**
 * Export → import round trips: generated parts and imported vendor parts come back with the
 * same ports, connectors, adapters and fiber links (both NetBox mapping shapes).
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { makeAdapterPlate, makeCassette, makeConversionModule } from '../../core/catalogue/modules';
import { makeEnclosure, makeFixedPanel, makeSwitch } from '../../core/catalogue/equipment';
import { partId } from '../../core/ids';
import type { ModulePart, Part } from '../../core/parts';
import { exportDesignPartsYaml, exportPartYaml, type MappingShape } from './exportYaml';
import { fixtureText, NETBOX_FIXTURES } from './fixtures';
import { importNetboxYaml } from './importNetbox';

/** What must survive a round trip (labels lose the `{module}:` prefix the export adds). */
function essence(p: Part): unknown {
  if (p.kind === 'cable' || p.kind === 'transceiver') return p.id;
  const ports = [...p.ports]
    .map((x) => ({ ...x, label: x.label.replace('{module}:', '') }))
    .sort((x, y) => (x.key < y.key ? -1 : 1));
  const links =
    p.links === 'unknown'
      ? 'unknown'
      : p.links.map((l) => `${l.a.port}:${l.a.position}-${l.b.port}:${l.b.position}`).sort();
  const common = { ports, links, fiberType: p.fiberType };
  return p.kind === 'module'
    ? { ...common, moduleClass: p.moduleClass, formFactor: p.formFactor, loss: p.loss, fiberCount: p.fiberCount }
    : {
        ...common,
        role: p.role,
        heightU: p.heightU,
        slots: p.slots,
        cages: p.cages,
        maxFibers: p.maxFibers,
        mounting: p.mounting,
      };
}
const roundTrip = (p: Part, shape: MappingShape = 'port-mappings') => {
  const out = exportPartYaml(p, shape);
  const r = importNetboxYaml(out.yaml, out.fileName);
  if (!r.ok) throw new Error(r.error);
  return { out, back: r.part, lint: r.lint, unknowns: r.unknowns };
};

/** A non-canonical cassette: MOD-U1 with front ports 1 and 2 swapped (moduleClass custom). */
const base = makeCassette({ moduleClass: 'MOD-U1', rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM4' });
const swapped: ModulePart = {
  ...base,
  id: partId('module/custom-swapped'),
  name: 'Custom swapped cassette',
  moduleClass: 'custom',
  links:
    base.links === 'unknown'
      ? 'unknown'
      : base.links.map((l) => ({
          ...l,
          b: { ...l.b, port: l.b.port === 'front-1' ? 'front-2' : l.b.port === 'front-2' ? 'front-1' : l.b.port },
        })),
};

const GENERATED: readonly Part[] = [
  makeCassette({ moduleClass: 'MOD-A', rearGender: 'male', rearPolish: 'UPC', fiberType: 'OM4' }),
  makeCassette({ moduleClass: 'MOD-B1', rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM3' }),
  makeCassette({ moduleClass: 'MOD-B2', rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM5' }),
  makeCassette({ moduleClass: 'MOD-U1', rearGender: 'male', rearPolish: 'APC', fiberType: 'OS2', lossGrade: 'elite' }),
  makeCassette({
    moduleClass: 'MOD-U2',
    rearGender: 'female',
    rearPolish: 'UPC',
    fiberType: 'OM4',
    lossGrade: 'standard',
  }),
  makeCassette({ moduleClass: 'MOD-A', groups: 2, rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM4' }),
  makeCassette({ moduleClass: 'MOD-U1-8', groups: 3, rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM4' }),
  swapped,
  makeAdapterPlate({ variant: 'mpo-12', count: 6, adapter: 'key-up-key-down' }),
  makeAdapterPlate({ variant: 'mpo-16', count: 6, adapter: 'key-up-key-up' }),
  makeAdapterPlate({ variant: 'lc-duplex', count: 12, adapter: 'duplex' }),
  makeEnclosure({ heightU: 2, slots: 8, formFactor: 'cassette', mounting: 'modular', maxFibers: 192 }),
  makeFixedPanel('mpo-12', 24, 'key-up-key-up'),
  makeFixedPanel('lc-duplex', 48, 'duplex', 2),
  makeSwitch({
    name: 'Leaf switch 1U, 48× SFP28 + 8× QSFP28',
    heightU: 1,
    cages: [
      { count: 48, formFactor: 'SFP28' },
      { count: 8, formFactor: 'QSFP28' },
    ],
  }),
];

describe('export → import round trip of generated parts', () => {
  it.each(GENERATED.flatMap((p) => (['port-mappings', 'legacy'] as const).map((shape) => [p.name, shape, p] as const)))(
    '%s (%s)',
    (_name, shape, p) => {
      const { back, out } = roundTrip(p, shape);
      expect(out.warnings).toEqual([]);
      expect(essence(back)).toEqual(essence(p));
    },
  );
});

describe('exported YAML', () => {
  const u1 = GENERATED[3] as ModulePart;
  const doc = parse(exportPartYaml(u1).yaml) as Record<string, unknown>;
  it('writes the NetBox ≥ 4.5 port-mappings stanza with its four keys', () => {
    const maps = doc['port-mappings'] as Record<string, unknown>[];
    expect(maps).toHaveLength(6);
    expect(maps[0]).toEqual({
      front_port: '{module}:Port 1',
      front_port_position: 1,
      rear_port: '{module}:MPO1',
      rear_port_position: 1,
    });
    expect((doc['rear-ports'] as Record<string, unknown>[])[0]).toEqual({
      name: '{module}:MPO1',
      type: 'mpo',
      positions: 6,
      description: 'MTP-12',
    });
  });
  it('writes the fiber map NetBox cannot hold as per-port text (REFERENCE §5.6)', () => {
    const fronts = doc['front-ports'] as Record<string, unknown>[];
    expect(fronts.map((f) => f['description'])).toEqual(
      [1, 2, 3, 4, 5, 6].map((p) => `Strands ${p}, ${13 - p}; A=${13 - p}, B=${p}`),
    );
    expect(fronts[0]?.['type']).toBe('lc-upc');
    expect(doc['comments']).toContain(
      'Polarity: Method U1. Rear: 1x MTP-12 (Male) APC. Rear adapter Key Up to Key Down.',
    );
  });
  it('legacy shape: rear_port on each front port, no stanza', () => {
    const legacy = parse(exportPartYaml(u1, 'legacy').yaml) as Record<string, unknown>;
    expect(legacy['port-mappings']).toBeUndefined();
    expect((legacy['front-ports'] as Record<string, unknown>[])[5]).toMatchObject({
      rear_port: '{module}:MPO1',
      rear_port_position: 6,
    });
  });
  it('warns where NetBox cannot hold the map; the re-import keeps it unknown', () => {
    const conv = makeConversionModule('24-to-3x8', 'UPC', 'OM4');
    const { out, back } = roundTrip(conv);
    expect(out.warnings).toHaveLength(3);
    expect(out.warnings[0]).toContain('cannot be written in NetBox');
    expect(back.kind === 'module' && back.links).toBe('unknown');
  });
  it('design export: custom parts as files; cables and built-ins as warnings', () => {
    const cable = { kind: 'cable', id: 'cable/x', name: 'Cable X' } as unknown as Part;
    const design = {
      parts: { a: GENERATED[0] as Part, b: cable },
      devices: { d: { part: 'equipment/switch-1u-24xsfpplus' } },
    } as unknown as Parameters<typeof exportDesignPartsYaml>[0];
    const out = exportDesignPartsYaml(design);
    expect(out.files.map((f) => f.fileName)).toEqual([
      'module-types/Generic/MOD-A-cassette-12F-MPO-12-pinned-UPC-to-6-LC-OM4.yaml',
    ]);
    expect(out.warnings).toEqual([
      'Cable X: NetBox has no device-type or module-type file for a cable (cables go to the cable CSV)',
      'Built-in parts used by devices are not exported: equipment/switch-1u-24xsfpplus',
    ]);
  });
});

describe('import → export → import of the vendor fixtures', () => {
  it.each(NETBOX_FIXTURES.map(([path]) => path))('%s', (path) => {
    const first = importNetboxYaml(fixtureText(path), path);
    if (!first.ok) throw new Error(first.error);
    const { back, unknowns } = roundTrip(first.part);
    expect(essence(back)).toEqual(essence(first.part));
    expect(unknowns).toEqual(first.unknowns);
  });
});
