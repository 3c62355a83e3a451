/**
 * Bill of materials: quantities and ordering parameters.
 *
 * ```
 *  GT-11 breakout (breakoutFixture.ts):
 *   Spine-1 ─ QSFP-1 ─ T1 (MPO-12 Type B m/f 30 m) ─ MOD-U1 in ENC-1 ─ P1…P4 (LC A-to-B 2 m) ─ SFP-1…4 in Leaf-1
 *  Second design: a preloaded enclosure (4 × MOD-U1 in the box), slots 1–2 placed with the
 *  preloaded module, slot 3 with a MOD-A; LC cords of 2, 2.5, 3 and 3 m; an unknown cable part.
 * ```
 */
import { describe, expect, it } from 'vitest';
import { DesignBuilder, front } from '../designBuilder';
import { billOfMaterials, type BomLine } from './bom';
import { breakoutFixture } from '../fixtures/breakoutFixture';

const qty = (lines: readonly BomLine[]) => Object.fromEntries(lines.map((l) => [l.key, l.quantity]));

describe('BOM of the GT-11 breakout', () => {
  const lines = billOfMaterials(breakoutFixture().design);
  it('counts every device and cable', () => {
    expect(qty(lines)).toEqual({
      'equipment/enclosure-1u-4slot-cassette-modular': 1,
      'equipment/switch-1u-48xsfp28-8xqsfp28': 1,
      'equipment/switch-1u-32xqsfp28': 1,
      'module/mod-u1-12f-1xmpo12-f-upc-om4': 1,
      'transceiver/10gbase-sr-sfpplus': 4,
      'transceiver/40gbase-sr4-qsfpplus': 1,
      'cable/lc-duplex-ab-upc~2m~OM4': 4,
      'cable/mpo12-typeB-mf-upc~30m~OM4': 1,
    });
    expect(lines.map((l) => l.category)).toEqual([
      'rack-equipment',
      'rack-equipment',
      'rack-equipment',
      'module',
      'transceiver',
      'transceiver',
      'cable',
      'cable',
    ]);
  });
  it('gives the ordering parameters of each part', () => {
    const trunk = lines.find((l) => l.partId === 'cable/mpo12-typeB-mf-upc')!;
    expect([
      trunk.connectors,
      trunk.polarity,
      trunk.fiberType,
      trunk.fiberCount,
      trunk.polish,
      trunk.lossGrade,
      trunk.lengthM,
    ]).toEqual([['MPO-12 male UPC', 'MPO-12 female UPC'], 'Type B', 'OM4', 12, 'UPC', 'low-loss', 30]);
    const cord = lines.find((l) => l.partId === 'cable/lc-duplex-ab-upc')!;
    expect([cord.connectors, cord.polarity, cord.fiberCount]).toEqual([['2× LC duplex UPC'], 'A-to-B', 2]);
    const cassette = lines.find((l) => l.category === 'module')!;
    expect([
      cassette.connectors,
      cassette.polarity,
      cassette.fiberCount,
      cassette.formFactor,
      cassette.unverified,
    ]).toEqual([['MPO-12 female UPC (rear)', '6× LC duplex UPC (front)'], 'MOD-U1 (Method U1)', 12, 'cassette', true]);
    const qsfp = lines.find((l) => l.partId === 'transceiver/40gbase-sr4-qsfpplus')!;
    expect([qsfp.connectors, qsfp.application, qsfp.formFactor, qsfp.fiberType]).toEqual([
      ['MPO-12 male UPC'],
      '40GBASE-SR4',
      'QSFP+',
      'multimode',
    ]);
    const enc = lines.find((l) => l.partId === 'equipment/enclosure-1u-4slot-cassette-modular')!;
    expect([enc.heightU, enc.formFactor, enc.fiberCount]).toEqual([1, '4× cassette slots', 96]);
  });
});

describe('BOM grouping rules', () => {
  const b = new DesignBuilder();
  const r = b.rack('R1');
  const enc = b.equipment(r, 'equipment/enclosure-1u-preloaded-4x-mod-u1-om4', 30, 'PRE-1');
  const m1 = b.module(enc, 1, 'module/mod-u1-12f-1xmpo12-f-upc-om4', 'M1');
  b.module(enc, 2, 'module/mod-u1-12f-1xmpo12-f-upc-om4', 'M2');
  b.module(enc, 3, 'module/mod-a-12f-1xmpo12-f-upc-om4', 'M3');
  for (const [i, len] of [2, 2.5, 3, 3].entries())
    b.cable('cable/lc-duplex-ab-upc', `C${i}`, len, 'OM4', { A: front(m1, i + 1), B: null });
  b.cable('custom/cable/not-in-catalogue', 'X1', 7, 'OS2', { A: null, B: null });
  const design = b.build();

  it('lists preloaded modules as included with the enclosure, not ordered again', () => {
    const lines = billOfMaterials(design);
    const included = lines.find((l) => l.includedWith === 'equipment/enclosure-1u-preloaded-4x-mod-u1-om4');
    expect([included?.partId, included?.quantity]).toEqual(['module/mod-u1-12f-1xmpo12-f-upc-om4', 4]);
    expect(lines.filter((l) => l.partId === 'module/mod-u1-12f-1xmpo12-f-upc-om4' && l.includedWith === null)).toEqual(
      [],
    );
    expect(lines.find((l) => l.partId === 'module/mod-a-12f-1xmpo12-f-upc-om4')?.quantity).toBe(1);
  });
  it('groups cables by part, length and fiber type; stock lengths round up', () => {
    const cords = (opts = {}) =>
      billOfMaterials(design, opts)
        .filter((l) => l.partId === 'cable/lc-duplex-ab-upc')
        .map((l) => [l.orderLengthM, l.quantity, l.lengthM]);
    expect(cords()).toEqual([
      [2, 1, 2],
      [2.5, 1, 2.5],
      [3, 2, 3],
    ]);
    expect(cords({ stockLengthsM: [1, 2, 3, 5] })).toEqual([
      [2, 1, 2],
      [3, 3, 3],
    ]);
  });
  it('keeps unknown parts as lines marked unknownPart', () => {
    const x = billOfMaterials(design).find((l) => l.partId === 'custom/cable/not-in-catalogue');
    expect([x?.unknownPart, x?.quantity, x?.fiberType, x?.lengthM, x?.category]).toEqual([true, 1, 'OS2', 7, 'cable']);
  });
});

describe('BOM: maker and part number, or "generic" with the ordering parameters (issue 13 §3)', () => {
  /*
   *   ENC (generic enclosure) ─ FS FHD-4MTP8MDC3PDSMFA in slot 1 ═ builder trunk MPO-12 APC Type A f/f 48F OS2 30 m
   */
  it('a vendor module, a builder trunk and an unknown part', () => {
    const b = new DesignBuilder('BOM makers');
    const r = b.rack('R1');
    const enc = b.equipment(r, 'equipment/enclosure-1u-4slot-cassette-modular', 40, 'ENC');
    const fs = {
      kind: 'module',
      id: 'module/netbox/fs/fhd-4mtp8mdc3pdsmfa',
      name: 'FS FHD-4MTP8MDC3PDSMFA',
      moduleClass: 'MOD-A',
      formFactor: 'cassette',
      ports: [],
      links: [],
      fiberType: 'OS2',
      loss: { kind: 'pairs' },
      fiberCount: 48,
      swapGroup: 'x',
      manufacturer: 'FS',
      partNumber: '147014',
      provenance: { source: 'test' },
    } as const;
    b.part(fs as never);
    const m = b.module(enc, 1, fs.id, 'CAS');
    const trunk =
      'p/trunk?connector=mpo-12&fibers=48&polarity=A&genders=ff&polish=APC&grade=low-loss&fiberType=OS2&lengthM=30';
    b.cable(trunk, 'T1', 30, 'OS2', { A1: front(m, 1), B1: null });
    b.cable('cable/does-not-exist', 'X', 5, 'OM4', {});
    const lines = billOfMaterials(b.build());
    expect(lines.map((l) => [l.manufacturer, l.partNumber, l.orderingParameters])).toEqual([
      ['generic', null, 'generic: 96F, 4× cassette slots, 1U'],
      ['FS', '147014', 'FS 147014'],
      [null, null, 'unknown part cable/does-not-exist'],
      ['generic', null, 'generic: 8× MPO-12 female APC, 48F OS2, Type A, low-loss grade, 30 m'],
    ]);
  });
});
