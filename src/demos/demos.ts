/**
 * Built-in demo designs: real designs a sales engineer would show, each built from catalogue
 * parts with `DesignBuilder` (deterministic ids). They load on first start and from the Demos
 * menu. Expected verdicts are pinned by `src/store/demos.test.ts`.
 */
import { DesignBuilder, cage, front, port, rear } from '../core/designBuilder';
import type { Design } from '../core/design';
import { CORNING_ECM_UM08, CORNING_EDGE_01U } from './vendorParts';
import { tenRackRow } from './tenRacks';

/** One entry of the Demos menu. */
export interface Demo {
  readonly id: string;
  readonly title: string;
  /** One sentence: what the demo shows and what to look at. */
  readonly blurb: string;
  readonly build: () => Design;
}

const SPINE_32 = 'equipment/switch-1u-32xqsfp28';
const LEAF = 'equipment/switch-1u-48xsfp28-8xqsfp28';
const ACCESS = 'equipment/switch-1u-24xsfpplus';
const SPINE_DD = 'equipment/switch-2u-64xqsfp-dd';
const ENCL = 'equipment/enclosure-1u-4slot-cassette-modular';
const MPO_PANEL_B = 'equipment/panel-1u-24xmpo12-typeB';

/**
 * Spine–leaf, parallel Method B (REFERENCE §6.3, GT-04): four 100GBASE-SR4 uplinks, Type-B MPO
 * cords (female) — key-up/key-up MPO panels — a 48F Type-B trunk (4 legs, male) — panels — Type-B
 * cords. Five reversing elements per path: every Tx lane reaches its Rx lane.
 *
 * ```text
 *  R1: Spine-1 Eth1–4 ─MPO cord B─ P1 front-1–4 │ P1 rear-1–4 ══ T1 48F Type B ══ P2 rear-1–4 │ P2 front-1–4 ─MPO cord B─ Leaf-1 Eth49–52 :R2
 * ```
 */
function spineLeaf(): Design {
  const b = new DesignBuilder('Spine–leaf 100GBASE-SR4, parallel Method B');
  const r1 = b.rack('Spine R1');
  const r2 = b.rack('Leaf R2');
  const spine = b.equipment(r1, SPINE_32, 40, 'Spine-1');
  const p1 = b.equipment(r1, MPO_PANEL_B, 38, 'P1');
  const leaf = b.equipment(r2, LEAF, 40, 'Leaf-1');
  const p2 = b.equipment(r2, MPO_PANEL_B, 38, 'P2');
  const trunkEnds: Record<string, ReturnType<typeof port>> = {};
  for (let k = 1; k <= 4; k++) {
    b.transceiver(spine, k, 'transceiver/100gbase-sr4-qsfp28', `Spine-1 Eth${k}`);
    b.transceiver(leaf, 48 + k, 'transceiver/100gbase-sr4-qsfp28', `Leaf-1 Eth${48 + k}`);
    b.cable('cable/mpo12-typeB-ff-upc', `MC${k}`, 3, 'OM4', { A: cage(spine, k), B: port(p1, `front-${k}`) });
    b.cable('cable/mpo12-typeB-ff-upc', `MC${4 + k}`, 3, 'OM4', { A: port(p2, `front-${k}`), B: cage(leaf, 48 + k) });
    trunkEnds[`A${k}`] = port(p1, `rear-${k}`);
    trunkEnds[`B${k}`] = port(p2, `rear-${k}`);
  }
  b.cable('cable/trunk-48f-4xmpo12-typeB-mm-upc', 'T1', 60, 'OM4', trunkEnds);
  return b.build();
}

/**
 * 40GBASE-SR4 → 4× 10GBASE-SR breakout through MOD-U1 cassettes (REFERENCE §6.4, GT-11): two
 * QSFP+ ports, each over a Type-B MPO-12 cable (female at the transceiver, male at the cassette)
 * to a MOD-U1 cassette, then A-to-B LC cords to eight SFP+ ports. Lane k ↔ cassette port k+1;
 * cassette ports 5–6 stay dark.
 */
function breakout40g(): Design {
  const b = new DesignBuilder('40GBASE-SR4 → 4× 10GBASE-SR breakout, MOD-U1');
  const r1 = b.rack('Leaf R1');
  const r2 = b.rack('Access R2');
  const leaf = b.equipment(r1, LEAF, 40, 'Leaf-1');
  const p1 = b.equipment(r2, ENCL, 41, 'P1');
  const acc = b.equipment(r2, ACCESS, 39, 'Access-1');
  for (let q = 0; q < 2; q++) {
    b.transceiver(leaf, 49 + q, 'transceiver/40gbase-sr4-qsfpplus', `Leaf-1 Eth${49 + q}`);
    const u1 = b.module(p1, q + 1, 'module/mod-u1-12f-1xmpo12-f-upc-om4', `P1-C${q + 1}`);
    b.cable('cable/mpo12-typeB-mf-upc', `MC${q + 1}`, 30, 'OM4', { A: rear(u1), B: cage(leaf, 49 + q) });
    for (let k = 1; k <= 4; k++) {
      const n = q * 4 + k;
      b.transceiver(acc, n, 'transceiver/10gbase-sr-sfpplus', `Access-1 Eth${n}`);
      b.cable('cable/lc-duplex-ab-upc', `PC${n}`, 2, 'OM4', { A: front(u1, k), B: cage(acc, n) });
    }
  }
  return b.build();
}

/**
 * 400GBASE-DR4 → 4× 100GBASE-DR, single-mode with APC, on real Corning parts (GT-12 with a Base-8
 * module): a DR4 QSFP-DD, a Type-B MPO-8 APC OS2 cable (female both ends), a Corning EDGE8
 * universal module (MOD-U1-8, pinned APC rear) in an EDGE-01U housing, LC UPC A-to-B OS2 cords to
 * four 100GBASE-DR QSFP28 ports.
 */
function dr4Breakout(): Design {
  const b = new DesignBuilder('400GBASE-DR4 → 4× 100GBASE-DR, single-mode APC (Corning EDGE8)');
  b.part(CORNING_EDGE_01U).part(CORNING_ECM_UM08);
  const r1 = b.rack('Spine R1');
  const r2 = b.rack('Leaf R2');
  const spine = b.equipment(r1, SPINE_DD, 40, 'Spine-1');
  const edge = b.equipment(r2, CORNING_EDGE_01U.id, 41, 'P1');
  const leaf = b.equipment(r2, LEAF, 39, 'Leaf-1');
  b.transceiver(spine, 1, 'transceiver/400gbase-dr4-qsfp-dd', 'Spine-1 Eth1');
  const m = b.module(edge, 1, CORNING_ECM_UM08.id, 'P1-01A');
  b.cable('cable/mpo8-typeB-ff-apc', 'MC1', 100, 'OS2', { A: rear(m), B: cage(spine, 1) });
  for (let k = 1; k <= 4; k++) {
    b.transceiver(leaf, 48 + k, 'transceiver/100gbase-dr-qsfp28', `Leaf-1 Eth${48 + k}`);
    b.cable('cable/lc-duplex-ab-upc', `PC${k}`, 2, 'OS2', { A: front(m, k), B: cage(leaf, 48 + k) });
  }
  return b.build();
}

/**
 * Duplex Method A with the wrong cord (GT-06 / GT-06b): two 10GBASE-SR circuits over a Type-A
 * trunk between MOD-A cassettes. Circuit 1 has the A-to-B + A-to-A cords Method A needs and
 * passes; circuit 2 has A-to-B cords at both ends and fails Tx→Tx. The proposed fix replaces one
 * of its cords with an A-to-A cord.
 */
function brokenMethodA(): Design {
  const b = new DesignBuilder('Method A with the wrong cord');
  const r1 = b.rack('R1');
  const r2 = b.rack('R2');
  const sw1 = b.equipment(r1, ACCESS, 40, 'SW1');
  const p1 = b.equipment(r1, ENCL, 38, 'P1');
  const sw2 = b.equipment(r2, ACCESS, 40, 'SW2');
  const p2 = b.equipment(r2, ENCL, 38, 'P2');
  const c1 = b.module(p1, 1, 'module/mod-a-12f-1xmpo12-f-upc-om4', 'P1-C1');
  const c2 = b.module(p2, 1, 'module/mod-a-12f-1xmpo12-f-upc-om4', 'P2-C1');
  b.cable('cable/mpo12-typeA-mm-upc', 'T1', 90, 'OM4', { A: rear(c1), B: rear(c2) });
  for (let k = 1; k <= 2; k++) {
    b.transceiver(sw1, k, 'transceiver/10gbase-sr-sfpplus', `SW1 Eth${k}`);
    b.transceiver(sw2, k, 'transceiver/10gbase-sr-sfpplus', `SW2 Eth${k}`);
    b.cable('cable/lc-duplex-ab-upc', `PC${k}`, 2, 'OM4', { A: cage(sw1, k), B: front(c1, k) });
    b.cable(k === 1 ? 'cable/lc-duplex-aa-upc' : 'cable/lc-duplex-ab-upc', `PC${2 + k}`, 2, 'OM4', {
      A: cage(sw2, k),
      B: front(c2, k),
    });
  }
  return b.build();
}

/** Every built-in demo, in menu order; the first loads on first start. */
export const DEMOS: readonly Demo[] = [
  {
    id: 'spine-leaf-sr4',
    title: 'Spine–leaf 100GBASE-SR4, Method B trunk',
    blurb: 'Four parallel uplinks over Type-B cords, key-up/key-up panels and a 48F Type-B trunk between two racks.',
    build: spineLeaf,
  },
  {
    id: 'breakout-40g',
    title: '40GBASE-SR4 → 4× 10GBASE-SR breakout',
    blurb: 'Two QSFP+ ports broken out through MOD-U1 cassettes to eight SFP+ ports.',
    build: breakout40g,
  },
  {
    id: 'dr4-breakout',
    title: '400GBASE-DR4 → 4× 100GBASE-DR (single-mode APC)',
    blurb: 'Base-8 APC breakout on a real Corning EDGE8 module and EDGE-01U housing.',
    build: dr4Breakout,
  },
  {
    id: 'broken-method-a',
    title: 'Method A with the wrong cord',
    blurb: 'One circuit fails Tx→Tx: select it and apply the proposed fix.',
    build: brokenMethodA,
  },
  {
    id: 'ten-racks',
    title: 'Ten racks in two rows (performance)',
    blurb:
      'Ten racks in two rows of five, in a ring: 60 duplex circuits (120 SFP28 ports) over Method U1 trunks between neighbouring racks.',
    build: tenRackRow,
  },
];

/** The demo with this id, or undefined. */
export const demoById = (id: string): Demo | undefined => DEMOS.find((d) => d.id === id);
