/**
 * Test fixture (used by label, deliverable and export tests; never by app code): the GT-11
 * breakout of REFERENCE §10 built in one rack.
 *
 * ```
 *  Rack "R1" (42U, row A, order 0 → R1; TIA-606 cabinet R1)
 *   U40  Spine-1  switch 32× QSFP28         R1-SW1   cage 1: QSFP-1 40GBASE-SR4
 *   U38  ENC-1    1U enclosure, 4 slots      R1-P1    slot 1: MOD-U1 12F (female rear, UPC, OM4)
 *   U36  Leaf-1   switch 48× SFP28 + 8× QSFP R1-SW2   cages 1–4: SFP-1…SFP-4 10GBASE-SR
 *
 *  QSFP-1 ─ T1 (MPO-12 Type B, male end A at the cassette, female end B at the QSFP, 30 m OM4)
 *         ─ R1-P1-C1-MPO1 ═ MOD-U1 ═ R1-P1-C1-Port1…4
 *         ─ LC A-to-B cords P1…P4 (2 m, end A at the cassette) ─ R1-SW2-Eth1…4 (SFP-1…4)
 * ```
 * GT-11: PASS, QSFP lane k ↔ cassette port k+1; Tx0 leaves on T1 fiber 1 (Blue), returns on
 * fiber 12 (Aqua); cassette ports 5–6 unused.
 */
import type { Design } from '../design';
import { cage, DesignBuilder, front, port, rear } from '../designBuilder';
import type { CableId, DeviceId, RackId } from '../ids';

/** The fixture design plus the ids tests refer to. */
export interface BreakoutFixture {
  readonly design: Design;
  readonly rack: RackId;
  readonly spine: DeviceId;
  readonly enclosure: DeviceId;
  readonly leaf: DeviceId;
  readonly qsfp: DeviceId;
  readonly cassette: DeviceId;
  readonly sfps: readonly DeviceId[];
  readonly trunk: CableId;
  readonly cords: readonly CableId[];
}

/**
 * Builds the GT-11 breakout fixture (deterministic ids). `cassettePart` swaps the module (GT-11's
 * negative case: MOD-A makes SFP-1's Tx land on QSFP Tx0).
 */
export function breakoutFixture(
  name = 'GT-11 breakout',
  cassettePart = 'module/mod-u1-12f-1xmpo12-f-upc-om4',
): BreakoutFixture {
  const b = new DesignBuilder(name);
  const rack = b.rack('R1');
  const spine = b.equipment(rack, 'equipment/switch-1u-32xqsfp28', 40, 'Spine-1');
  const enclosure = b.equipment(rack, 'equipment/enclosure-1u-4slot-cassette-modular', 38, 'ENC-1');
  const leaf = b.equipment(rack, 'equipment/switch-1u-48xsfp28-8xqsfp28', 36, 'Leaf-1');
  const qsfp = b.transceiver(spine, 1, 'transceiver/40gbase-sr4-qsfpplus', 'QSFP-1');
  const cassette = b.module(enclosure, 1, cassettePart, 'MOD-U1 #1');
  const sfps = [1, 2, 3, 4].map((k) => b.transceiver(leaf, k, 'transceiver/10gbase-sr-sfpplus', `SFP-${k}`));
  const trunk = b.cable('cable/mpo12-typeB-mf-upc', 'T1', 30, 'OM4', { A: rear(cassette), B: cage(spine, 1) });
  const cords = [1, 2, 3, 4].map((k) =>
    b.cable('cable/lc-duplex-ab-upc', `P${k}`, 2, 'OM4', { A: front(cassette, k), B: port(leaf, `cage-${k}`) }),
  );
  return { design: b.build(), rack, spine, enclosure, leaf, qsfp, cassette, sfps, trunk, cords };
}
