/**
 * Imported vendor parts inside a design: the engine reports `unchecked` while a fact NetBox
 * cannot state is unknown, and the TIA-568.3-E verdict once the user sets it. Also the cable
 * CSV export of the same design (PEERS §4.2).
 *
 * ```text
 *  Rack R1                                                           Rack R2
 *  SW-1 cage 1 ─cord A-to-B─► ENC-1 (EDGE-01U) 01A: ECM-UM08 {module}1
 *                             ENC-1 01A rear {module}1-4 ═══ MPO-8 Type B trunk (male/male) ═══ ENC-2 01A rear
 *                                                           ENC-2 01A: ECM-UM08 {module}1 ◄─cord A-to-B─ SW-2 cage 1
 *  10GBASE-LR SFP+ both ends, OS2.
 * ```
 */
import { parse } from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../../core/analysis/analyze';
import { front, port } from '../../core/designBuilder';
import type { Design } from '../../core/design';
import type { ModulePart } from '../../core/parts';
import { exportCablesCsv, NETBOX_CABLE_COLUMNS } from './exportCsv';
import { edge8ChannelBuilder, importedFixturePart } from './fixtures/importedEdge8';

const partOf = importedFixturePart;

function build(module: ModulePart, extras = false): Design {
  const { b, sw1, m1 } = edge8ChannelBuilder(module, 'Imported EDGE8 U1');
  if (extras) {
    // Only for the CSV: a harness from an (empty) cage to fronts 2–4, and an unplugged trunk.
    b.cable('cable/harness-mpo12-f-4xlc-upc', 'H-1', 3, 'OS2', {
      MPO: port(sw1, 'cage-9'),
      L1: front(m1, 2),
      L2: front(m1, 3),
      L3: front(m1, 4),
      L4: null,
    });
    b.cable('cable/trunk-24f-3xmpo8-typeB-mm-upc', 'T-2', 10, 'OS1a', {
      A1: null,
      A2: null,
      A3: null,
      B1: null,
      B2: null,
      B3: null,
    });
  }
  return b.build();
}

const ecm = partOf('module-types/Corning/ECM-UM08-04-E8GF-ULL.yaml') as ModulePart;
/** The same module after the user sets what the file does not say: unpinned UPC rear MPO. */
const ecmSet: ModulePart = {
  ...ecm,
  ports: ecm.ports.map((p) =>
    p.face === 'rear' && p.mate.kind === 'fixed'
      ? { ...p, mate: { ...p.mate, connector: { ...p.mate.connector, gender: 'female', polish: 'UPC' } } }
      : p,
  ),
};
const mainChannel = (d: Design) => analyzeDesign(d).channels.find((c) => c.kind === 'duplex');

describe('imported parts in the engine', () => {
  it('unknown gender and polish make the channel unchecked, never ok', () => {
    const ch = mainChannel(build(ecm));
    expect(ch?.verdict).toBe('unchecked');
    expect(ch?.findings.map((f) => `${f.rule}:${f.severity}`).sort()).toEqual([
      'V1:unchecked',
      'V1:unchecked',
      'V3:unchecked',
      'V3:unchecked',
    ]);
  });
  it('once set, the imported MOD-U1-8 map passes as TIA Method U1 (REFERENCE §5.5.4)', () => {
    const ch = mainChannel(build(ecmSet));
    expect(ch?.verdict).toBe('ok');
    expect(ch?.method).toBe('U1');
  });
});

describe('exportCablesCsv', () => {
  const out = exportCablesCsv(build(ecmSet, true), { site: 'DC-1' });
  const rows = parse<Record<string, string>>(out.csv, { header: true, skipEmptyLines: true });
  const row = (label: string) => rows.data.find((r) => r['label'] === label);

  it('writes the NetBox cable import header and one row per exportable cable', () => {
    expect(rows.meta.fields).toEqual([...NETBOX_CABLE_COLUMNS]);
    expect(out.rows).toBe(4);
    expect(rows.data.map((r) => r['label'])).toEqual(['C-1', 'T-1', 'C-2', 'H-1']);
  });
  it.each([
    ['C-1', 'SW-1', 'dcim.interface', 'Eth1', 'ENC-1', 'dcim.frontport', '01A1', 'single-1c1p'],
    ['T-1', 'ENC-1', 'dcim.rearport', '01A1-4', 'ENC-2', 'dcim.rearport', '01A1-4', 'single-1c4p'],
    ['C-2', 'SW-2', 'dcim.interface', 'Eth1', 'ENC-2', 'dcim.frontport', '01A1', 'single-1c1p'],
    ['H-1', 'SW-1', 'dcim.interface', 'Eth9', 'ENC-1', 'dcim.frontport', '01A2,01A3,01A4', 'breakout-1c4p-4c1p'],
  ])('%s: %s %s %s → %s %s %s, profile %s', (label, da, ta, na, db, tb, nb, profile) => {
    expect(row(label)).toMatchObject({
      side_a_site: 'DC-1',
      side_a_device: da,
      side_a_type: ta,
      side_a_name: na,
      side_b_device: db,
      side_b_type: tb,
      side_b_name: nb,
      profile,
      type: 'smf-os2',
      status: 'planned',
      length_unit: 'm',
    });
  });
  it('warns where NetBox cannot express the fiber map, and for skipped cables', () => {
    expect(out.warnings).toEqual([
      'Cable T-2 skipped: an end is not plugged in',
      '2 cable(s) of LC duplex cord A-to-B, UPC (C-1, C-2): NetBox cannot tell an A-to-B duplex cord from the other type',
      '1 cable(s) of MPO-8 (Base-8) Type B trunk, male/male, UPC, low-loss (T-1): NetBox profiles keep lane order; the Type B reversal (i → N+1−i) is not expressed',
      '1 cable(s) of MPO-12 (female, UPC) to 4× LC duplex harness (H-1): the per-fiber leg map (REFERENCE §6.4) is reduced to connector order',
      'OS1a has no NetBox cable type; written as smf',
    ]);
  });
});
