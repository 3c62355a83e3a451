/**
 * Sample designs for the io tests and fuzzing: one design that carries a custom part of every
 * kind (cable, module, rack equipment, transceiver), including the `unknown` states (fiber map,
 * internal links, lane table, gender, polish) that the engine reports as `unchecked`.
 *
 *   R07 U40  Custom panel "R07-P1" (2× LC duplex through, slot-1 preloaded)
 *            slot-1: custom module "R07-P1-C1" (links unknown, module loss figure)
 *   Bench    custom transceiver "Lab-SFP-A" (lanes known) ──custom cord (2 fibers)── R07-P1 front-1
 *   Bench    custom transceiver "Lab-SFP-B" (lanes unknown) ──custom cord (fibers unknown)── R07-P1 rear-1
 */
import type { Design } from '../core/design';
import { DesignBuilder, mdi, port } from '../core/designBuilder';
import { partId } from '../core/ids';
import type { CablePart, ModulePart, RackPart, TransceiverPart } from '../core/parts';
import { dB, nm } from '../core/units';

const LC = { variant: 'lc-duplex', gender: 'n/a', polish: 'UPC' } as const;

/** A custom LC duplex cord with an explicit A-to-B fiber map. */
export const CUSTOM_CORD: CablePart = {
  kind: 'cable',
  id: partId('custom/cable/lc-ab-lab'),
  name: 'Lab LC cord A-to-B <b>bold</b>',
  cableClass: 'duplex-cord',
  cordType: 'A-to-B',
  ends: [
    { key: 'A', label: 'End A', connector: LC, lossGrade: 'standard' },
    { key: 'B', label: 'End B', connector: LC, lossGrade: 'standard' },
  ],
  fibers: [
    { fiber: 1, from: { end: 0, position: 1 }, to: { end: 1, position: 2 } },
    { fiber: 2, from: { end: 0, position: 2 }, to: { end: 1, position: 1 } },
  ],
  fiberCount: 2,
  defaultFiberType: 'OM4',
  swapGroup: 'lab-cord',
  partNumber: 'LAB-001',
  manufacturer: 'Lab & Co',
  provenance: { source: 'lab measurement', unverified: true },
};

/** A custom cord whose fiber map is unknown (an imported part). */
export const UNKNOWN_CORD: CablePart = {
  ...CUSTOM_CORD,
  id: partId('custom/cable/lc-unknown'),
  name: 'Imported LC cord',
  fibers: 'unknown',
  ends: [
    {
      key: 'A',
      label: 'End A',
      connector: { variant: 'lc-duplex', gender: 'unknown', polish: 'unknown' },
      lossGrade: 'unknown',
    },
    { key: 'B', label: 'End B', connector: LC, lossGrade: 'unknown' },
  ],
};

/** A custom module with an unknown internal map and a single module loss figure (§7.4). */
export const CUSTOM_MODULE: ModulePart = {
  kind: 'module',
  id: partId('custom/module/unknown-cassette'),
  name: 'Imported cassette',
  moduleClass: 'custom',
  formFactor: 'lab-slot',
  ports: [
    {
      key: 'mpo1',
      label: 'MPO1',
      face: 'rear',
      index: 1,
      accepts: 'mpo-12',
      mate: {
        kind: 'fixed',
        connector: { variant: 'mpo-12', gender: 'unknown', polish: 'unknown' },
        lossGrade: 'unknown',
      },
    },
  ],
  links: 'unknown',
  fiberType: 'unknown',
  loss: { kind: 'module', loss: { maxDb: dB(0.6), typicalDb: dB(0.35), provenance: { source: 'vendor datasheet' } } },
  fiberCount: 12,
  swapGroup: 'lab-cassette',
  provenance: { source: 'NetBox import' },
};

/** A custom 1U panel: two LC duplex through-adapters and one preloaded slot. */
export const CUSTOM_PANEL: RackPart = {
  kind: 'rack-equipment',
  id: partId('custom/equipment/lab-panel'),
  name: 'Lab panel',
  role: 'patch-panel',
  heightU: 1,
  mounting: 'preloaded',
  slots: [{ key: 'slot-1', label: 'Slot 1', formFactor: 'lab-slot' }],
  cages: [],
  ports: [
    {
      key: 'front-1',
      label: 'Port 1',
      face: 'front',
      index: 1,
      accepts: 'lc-duplex',
      mate: { kind: 'through', peer: 'rear-1', adapter: 'duplex' },
    },
    {
      key: 'rear-1',
      label: 'Port 1 rear',
      face: 'rear',
      index: 1,
      accepts: 'lc-duplex',
      mate: { kind: 'through', peer: 'front-1', adapter: 'duplex' },
    },
  ],
  links: [
    { a: { port: 'front-1', position: 1 }, b: { port: 'rear-1', position: 2 } },
    { a: { port: 'front-1', position: 2 }, b: { port: 'rear-1', position: 1 } },
  ],
  fiberType: 'unknown',
  maxFibers: 2,
  preloaded: { 'slot-1': partId('custom/module/unknown-cassette') },
  provenance: { source: 'custom' },
};

/** A custom duplex transceiver with its lane table (Tx on B, Rx on A, §0.1). */
export const CUSTOM_SFP: TransceiverPart = {
  kind: 'transceiver',
  id: partId('custom/transceiver/lab-sfp'),
  name: 'Lab SFP',
  formFactor: 'SFP+',
  application: '10GBASE-SR',
  port: {
    key: 'mdi',
    label: 'MDI',
    face: 'front',
    index: 1,
    accepts: 'lc-duplex',
    mate: { kind: 'fixed', connector: LC, lossGrade: 'low-loss' },
  },
  lanes: [
    { position: 2, role: 'tx', lane: 0 },
    { position: 1, role: 'rx', lane: 0 },
  ],
  laneCount: 1,
  fiberMode: 'multimode',
  wavelength: nm(850),
  txPowerMinDbm: -7.3,
  rxSensitivityDbm: -9.9,
  provenance: { source: 'datasheet' },
};

/** A custom transceiver whose lane table is unknown. */
export const UNKNOWN_SFP: TransceiverPart = {
  ...CUSTOM_SFP,
  id: partId('custom/transceiver/unknown-sfp'),
  name: 'Imported SFP',
  lanes: 'unknown',
};

/** The design drawn in the module comment: every custom part kind, known and unknown maps. */
export function customPartsDesign(): Design {
  const b = new DesignBuilder('Custom parts <script>alert(1)</script>');
  for (const p of [CUSTOM_CORD, UNKNOWN_CORD, CUSTOM_MODULE, CUSTOM_PANEL, CUSTOM_SFP, UNKNOWN_SFP]) b.part(p);
  const r = b.rack('R07', 45, 'Row C');
  const panel = b.equipment(r, CUSTOM_PANEL.id, 40, 'R07-P1');
  b.module(panel, 1, CUSTOM_MODULE.id, 'R07-P1-C1');
  const a = b.loose(CUSTOM_SFP.id, 'Lab-SFP-A');
  const z = b.loose(UNKNOWN_SFP.id, 'Lab-SFP-B');
  b.cable(CUSTOM_CORD.id, 'Lab cord 1', 1.5, 'OM4', { A: mdi(a), B: port(panel, 'front-1') });
  b.cable(UNKNOWN_CORD.id, 'Lab cord 2', 0, 'OM3', { A: port(panel, 'rear-1'), B: mdi(z) });
  b.with({ lossMode: 'typical', designMarginDb: 1, multimodeAttenuation: 'alt-3.0', labelScheme: 'tia-606' });
  return b.build();
}
