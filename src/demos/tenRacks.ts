/**
 * Ten racks in two rows of five (Row A: R1–R5, Row B: R6–R10; issue 12 §5 hall view) for the
 * performance check (issue 4: "the canvas stays smooth with a 10-rack design"). Every rack holds a leaf switch, an enclosure with two MOD-U1 cassettes and six
 * 25GBASE-SR circuits to the next rack (Method U1: A-to-B cord — MOD-U1 — Type-B trunk — MOD-U1
 * — A-to-B cord), so the hall is a ring of 60 passing duplex channels.
 *
 * ```text
 *  R(i): Leaf Eth1–6 ─PC─ C1 front 1–6 │ C1 MPO1 ══T(i) Type B══ C2 MPO1 of R(i+1) │ C2 front 1–6 ─PC─ Leaf Eth7–12 :R(i+1)
 * ```
 */
import { DesignBuilder, cage, front, rear } from '../core/designBuilder';
import type { Design } from '../core/design';
import type { DeviceId } from '../core/ids';

const RACKS = 10;
const CIRCUITS = 6;

/** Builds the ten-rack ring (deterministic ids). */
export function tenRackRow(): Design {
  const b = new DesignBuilder('Ten racks in two rows, Method U1 ring');
  const racks = Array.from({ length: RACKS }, (_, i) => {
    const r = b.rack(`R${i + 1}`, 42, i < RACKS / 2 ? 'Row A' : 'Row B');
    const leaf = b.equipment(r, 'equipment/switch-1u-48xsfp28-8xqsfp28', 40, `Leaf-${i + 1}`);
    const encl = b.equipment(r, 'equipment/enclosure-1u-4slot-cassette-modular', 38, `P${i + 1}`);
    const east = b.module(encl, 1, 'module/mod-u1-12f-1xmpo12-f-upc-om4', `P${i + 1}-C1`);
    const west = b.module(encl, 2, 'module/mod-u1-12f-1xmpo12-f-upc-om4', `P${i + 1}-C2`);
    b.equipment(r, 'equipment/panel-1u-24xlcduplex-duplex', 36, `LC${i + 1}`);
    b.equipment(r, 'equipment/switch-1u-24xsfpplus', 20, `Mgmt-${i + 1}`);
    for (let k = 1; k <= 2 * CIRCUITS; k++)
      b.transceiver(leaf, k, 'transceiver/25gbase-sr-sfp28', `Leaf-${i + 1} Eth${k}`);
    return { leaf, east, west };
  });
  racks.forEach((here, i) => {
    const next = racks[(i + 1) % RACKS] as { leaf: DeviceId; west: DeviceId };
    b.cable('cable/mpo12-typeB-mm-upc', `T${i + 1}`, 15, 'OM4', { A: rear(here.east), B: rear(next.west) });
    for (let k = 1; k <= CIRCUITS; k++) {
      b.cable('cable/lc-duplex-ab-upc', `PC${i + 1}.${k}`, 2, 'OM4', { A: cage(here.leaf, k), B: front(here.east, k) });
      b.cable('cable/lc-duplex-ab-upc', `PC${i + 1}.${CIRCUITS + k}`, 2, 'OM4', {
        A: cage(here.leaf, CIRCUITS + k),
        B: front(here.west, k),
      });
    }
  });
  return b.build();
}
