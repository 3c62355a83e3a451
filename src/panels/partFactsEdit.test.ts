/**
 * Setting what a NetBox file cannot say on an imported part, and what the engine then concludes.
 *
 * ```text
 *  Rack R1                                                        Rack R2
 *  SW-1 cage 1 ─cord A-to-B─► ENC-1 (EDGE-01U) slot 1: ECM-UM08 front-1
 *                             ECM-UM08 rear mpo1 ═══ MPO-8 Type B trunk (male/male) ═══ ECM-UM08 rear mpo1
 *                                                        ECM-UM08 front-1 ◄─cord A-to-B─ SW-2 cage 1
 *  10GBASE-LR SFP+ both ends, OS2 (REFERENCE §5.5.4, Method U1).
 * ```
 */
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../core/analysis/analyze';
import type { Design } from '../core/design';
import type { ModulePart, Part } from '../core/parts';
import { edge8ChannelBuilder, importedFixturePart } from '../io/netbox/fixtures/importedEdge8';
import { LIMITS } from '../io/designSchema';
import { editableFacts, partKindLabel, setFact, unknownFactCount, withNote } from './partFactsEdit';

const partOf = importedFixturePart;
const ECM = 'module-types/Corning/ECM-UM08-04-E8GF-ULL.yaml';
const build = (module: Part): Design => edge8ChannelBuilder(module).b.build();
const duplex = (d: Design) => analyzeDesign(d).channels.find((c) => c.kind === 'duplex');

describe('editableFacts of the Corning ECM-UM08 (gender, polish, adapter unknown)', () => {
  const facts = editableFacts(partOf(ECM));
  it.each([
    ['gender:rear:mpo', 'Rear MPO gender', 'unknown', true],
    ['polish:rear:mpo', 'Rear MPO polish', 'unknown', true],
    ['adapter:rear:mpo', 'Rear MPO adapter orientation', 'unknown', true],
    ['loss:rear:mpo', 'Rear MPO loss grade', 'elite', false],
    ['polish:front:lc', 'Front LC polish', 'UPC', false],
    ['loss:front:lc', 'Front LC loss grade', 'elite', false],
    ['fiberType', 'Fiber type', 'OS2', false],
  ])('%s: %s = %s (unknown %s)', (key, label, value, unknown) => {
    expect(facts.find((f) => f.key === key)).toMatchObject({ label, value, unknown });
  });
  it('lists rear facts first, front LC gender not at all (LC has none), fiber type last', () => {
    expect(facts.map((f) => f.key)).toEqual([
      'gender:rear:mpo',
      'polish:rear:mpo',
      'adapter:rear:mpo',
      'loss:rear:mpo',
      'polish:front:lc',
      'loss:front:lc',
      'fiberType',
    ]);
    expect(unknownFactCount(partOf(ECM))).toBe(3);
  });
});

describe('setFact', () => {
  const set = (p: Part, ...kv: [string, string][]) => kv.reduce((acc, [k, v]) => setFact(acc, k, v), p);
  const ecm = partOf(ECM);
  const done = set(ecm, ['gender:rear:mpo', 'female'], ['polish:rear:mpo', 'UPC']) as ModulePart;

  it('sets the rear MPO connector only, follows it in the substitution group and notes it in the provenance', () => {
    const rearPort = done.ports.find((p) => p.key === 'mpo1');
    expect(rearPort?.mate).toMatchObject({
      kind: 'fixed',
      connector: { variant: 'mpo-8', gender: 'female', polish: 'UPC' },
    });
    expect(
      done.ports
        .filter((p) => p.face === 'front')
        .every((p) => p.mate.kind === 'fixed' && p.mate.connector.gender === 'n/a'),
    ).toBe(true);
    expect(done.swapGroup.endsWith(':female:UPC')).toBe(true);
    expect((ecm as ModulePart).swapGroup.endsWith(':unknown:unknown')).toBe(true);
    expect(done.provenance.source).toContain('Rear MPO gender set by user: female');
    expect(unknownFactCount(done)).toBe(1);
  });
  it('the channel through the part is unchecked while unknown, and passes as Method U1 once set', () => {
    expect(duplex(build(ecm))?.verdict).toBe('unchecked');
    const ch = duplex(build(done));
    expect(ch?.verdict).toBe('ok');
    expect(ch?.method).toBe('U1');
  });
  it('an APC rear against the UPC trunk fails V3 instead', () => {
    const apc = set(ecm, ['gender:rear:mpo', 'female'], ['polish:rear:mpo', 'APC']);
    expect(duplex(build(apc))?.verdict).toBe('invalid');
  });
  it('ignores unknown keys, "mixed" and unchanged values (same object back)', () => {
    expect(setFact(ecm, 'gender:front:lc', 'male')).toBe(ecm);
    expect(setFact(ecm, 'gender:rear:mpo', 'mixed')).toBe(ecm);
    expect(setFact(ecm, 'loss:rear:mpo', 'elite')).toBe(ecm);
  });
  it('the fiber type of a plate that does not state it', () => {
    const plate = partOf('module-types/FS/FHD-FAP8MTPHB.yaml');
    expect(editableFacts(plate).find((f) => f.key === 'fiberType')?.unknown).toBe(true);
    expect((setFact(plate, 'fiberType', 'OM4') as ModulePart).fiberType).toBe('OM4');
  });
  it('an adapter plate with the orientation unknown gets its links once it is set (key-up/key-down: i ↔ i)', () => {
    const plate = partOf('module-types/Corning/EDGE-CP48-90.yaml') as ModulePart;
    expect(plate.links).toBe('unknown');
    expect(
      editableFacts(plate)
        .filter((f) => f.key.startsWith('adapter'))
        .map((f) => f.key),
    ).toEqual(['adapter:through:mpo']);
    const a = setFact(plate, 'adapter:through:mpo', 'key-up-key-down') as ModulePart;
    expect(a.links).not.toBe('unknown');
    const links = a.links === 'unknown' ? [] : a.links;
    expect(links.length).toBe(plate.fiberCount);
    expect(links.every((l) => l.a.position === l.b.position)).toBe(true);
    const b = setFact(plate, 'adapter:through:mpo', 'key-up-key-up') as ModulePart;
    const first = b.links === 'unknown' ? undefined : b.links[0];
    expect(first && first.a.position + first.b.position).toBe(13);
  });
  it('gives no facts for an enclosure of slots only', () => {
    expect(editableFacts(partOf('device-types/Corning/EDGE-01U.yaml'))).toEqual([]);
  });
});

describe('partKindLabel', () => {
  it.each([
    [ECM, 'Cassette MOD-U1-8 (NetBox module type)'],
    ['module-types/Corning/EDGE-CP48-90.yaml', 'Adapter plate (NetBox module type)'],
    ['device-types/Corning/EDGE-01U.yaml', 'Enclosure (NetBox device type)'],
  ])('%s → %s', (path, label) => {
    expect(partKindLabel(partOf(path))).toBe(label);
  });
});

describe('withNote keeps the provenance within the schema limit', () => {
  it('appends while short and elides the middle when long', () => {
    expect(withNote('file.yaml', 'Fiber type set by user: OM4')).toBe('file.yaml; Fiber type set by user: OM4');
    const long = withNote(`NetBox x.yaml ${'y'.repeat(2500)}`, 'Rear MPO gender set by user: male');
    expect(long.length).toBeLessThanOrEqual(LIMITS.textChars);
    expect(long.startsWith('NetBox x.yaml')).toBe(true);
    expect(long.endsWith('…; Rear MPO gender set by user: male')).toBe(true);
  });
});
