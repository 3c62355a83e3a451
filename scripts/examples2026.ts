/**
 * The issue-13 example designs (REFERENCE-2 §13–§15), generated with the DesignBuilder from the
 * built-in catalogue and checked by src/cli/examples.test.ts:
 *
 *   800g-spine-leaf.json     800GBASE-DR8 spine ↔ leaf over MPO-16/APC Type B (cord B – panel A – trunk B – panel A – cord B)
 *   800g-dr8-breakout.json   800GBASE-DR8 → 8 × 100GBASE-DR over APC through MOD-U16 (REFERENCE-2 GT-20)
 *   mdc-high-density.json    MDC Method A, 48F 4× MPO-12 → 24× MDC cassettes, 8 × 100GBASE-FR1 (REFERENCE-2 GT-17)
 *   spliced-trunk.json       400GBASE-DR4 over a field-spliced trunk: pigtail – splice – 430 m I/O – splice – pigtail (GT-23)
 */
import type { Design } from '../src/core/design';
import { DesignBuilder, cage, front, port, rear } from '../src/core/designBuilder';

/** Built-in part ids used by the issue-13 examples. */
const Q = {
  spine800: 'equipment/switch-2u-64xosfp',
  leaf800: 'equipment/switch-1u-32xosfp',
  shelf100: 'equipment/switch-1u-16xqsfp28',
  dr8: 'transceiver/800gbase-dr8-osfp',
  dr: 'transceiver/100gbase-dr-qsfp28',
  dr4: 'transceiver/400gbase-dr4-qsfp-dd',
  fr1Mdc: 'transceiver/100gbase-fr1-qsfp28-mdc',
  qsfpdd: 'equipment/switch-2u-64xqsfp-dd',
  panel16A: 'equipment/panel-1u-24xmpo16-typeA',
  panel12A: 'equipment/panel-1u-24xmpo12-typeA',
  enclosure: 'equipment/enclosure-1u-4slot-cassette-modular',
  cord16B: 'cable/mpo16-typeB-ff-apc',
  trunk16B: 'cable/mpo16-typeB-mm-apc',
  trunk16Bff: 'cable/mpo16-typeB-ff-apc',
  modU16: 'module/mod-u16-16f-1xmpo16-m-apc-os2',
  lcAB: 'cable/lc-duplex-ab-upc',
  modAMdc48: 'module/mod-a-48f-4xmpo12-m-apc-os2-mdc',
  trunk12Aff: 'cable/mpo12-typeA-ff-apc',
  mdcAB: 'cable/mdc-duplex-ab-upc-standard',
  mdcAA: 'cable/mdc-duplex-aa-upc-standard',
  cord12B: 'cable/mpo12-typeB-ff-apc',
  cord12A: 'cable/mpo12-typeA-ff-apc',
  pigtail: 'cable/pigtail-mpo12-m-apc',
  bulk12: 'cable/bulk-12f',
  splice: 'module/splice-tray-1x12f-fusion',
} as const;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * 800G spine–leaf, 4 links, OS2:
 *
 *   Spine-1 cage k (DR8) ─B cord 3 m─ [R1-P1 front-k (key-up/key-down) rear-k] ═B trunk 60 m═
 *   [rear-k R2-P1 front-k] ─B cord 3 m─ Leaf-1 cage k (DR8)       3 reversals → lane k ↔ lane k
 */
export function spineLeaf800(): Design {
  const b = new DesignBuilder('800G spine–leaf, 800GBASE-DR8 over MPO-16/APC Type B');
  const r1 = b.rack('R1', 42);
  const r2 = b.rack('R2', 42);
  const spine = b.equipment(r1, Q.spine800, 38, 'Spine-1');
  const leaf = b.equipment(r2, Q.leaf800, 38, 'Leaf-1');
  const p1 = b.equipment(r1, Q.panel16A, 42, 'R1-P1');
  const p2 = b.equipment(r2, Q.panel16A, 42, 'R2-P1');
  for (let k = 1; k <= 4; k++) {
    b.transceiver(spine, k, Q.dr8, `Spine-1 Eth${k}`);
    b.transceiver(leaf, k, Q.dr8, `Leaf-1 Eth${k}`);
    b.cable(Q.cord16B, `MC-R1-${pad(k)}`, 3, 'OS2', { A: cage(spine, k), B: port(p1, `front-${k}`) });
    b.cable(Q.trunk16B, `TR-R1-R2-${pad(k)}`, 60, 'OS2', { A: port(p1, `rear-${k}`), B: port(p2, `rear-${k}`) });
    b.cable(Q.cord16B, `MC-R2-${pad(k)}`, 3, 'OS2', { A: port(p2, `front-${k}`), B: cage(leaf, k) });
  }
  return b.build();
}

/**
 * 800GBASE-DR8 → 8 × 100GBASE-DR over APC (REFERENCE-2 GT-20 shape):
 *
 *   Spine-1 cage 1 (DR8) ─Type B MPO-16/APC f/f 120 m─ [mpo1 (m) R11-P1-C1 MOD-U16 front-k] ─LC A-to-B 2 m─ Shelf-1 cage k (100G-DR)
 */
export function dr8Breakout(): Design {
  const b = new DesignBuilder('800GBASE-DR8 breakout to 8x 100GBASE-DR through MOD-U16 (APC)');
  const r10 = b.rack('R10', 42);
  const r11 = b.rack('R11', 42);
  const spine = b.equipment(r10, Q.spine800, 38, 'Spine-1');
  b.transceiver(spine, 1, Q.dr8, 'Spine-1 Eth1');
  const enc = b.equipment(r11, Q.enclosure, 42, 'R11-P1');
  const mod = b.module(enc, 1, Q.modU16, 'R11-P1-C1');
  const shelf = b.equipment(r11, Q.shelf100, 38, 'Shelf-1');
  b.cable(Q.trunk16Bff, 'MPO-R10-R11-01', 120, 'OS2', { A: cage(spine, 1), B: rear(mod) });
  for (let k = 1; k <= 8; k++) {
    b.transceiver(shelf, k, Q.dr, `Shelf-1 Eth${k}`);
    b.cable(Q.lcAB, `PC-R11-${pad(k)}`, 2, 'OS2', { A: front(mod, k), B: cage(shelf, k) });
  }
  return b.build();
}

/**
 * High-density MDC, Method A (REFERENCE-2 GT-17 shape), 8 circuits:
 *
 *   Leaf-1 cage p (FR1, MDC) ─MDC A-to-B 2 m─ [R31-P1-C1 port p] ═4× Type A MPO-12/APC f/f 150 m═
 *   [R32-P1-C1 port p] ─MDC A-to-A 2 m─ Leaf-2 cage p        (48F 4× MPO-12 → 24× MDC cassettes)
 */
export function mdcHighDensity(): Design {
  const b = new DesignBuilder('High-density MDC, Method A, 100GBASE-FR1');
  const r31 = b.rack('R31', 42);
  const r32 = b.rack('R32', 42);
  const l1 = b.equipment(r31, Q.shelf100, 38, 'Leaf-1');
  const l2 = b.equipment(r32, Q.shelf100, 38, 'Leaf-2');
  const c1 = b.module(b.equipment(r31, Q.enclosure, 42, 'R31-P1'), 1, Q.modAMdc48, 'R31-P1-C1');
  const c2 = b.module(b.equipment(r32, Q.enclosure, 42, 'R32-P1'), 1, Q.modAMdc48, 'R32-P1-C1');
  for (let g = 1; g <= 4; g++)
    b.cable(Q.trunk12Aff, `TR-R31-R32-${pad(g)}`, 150, 'OS2', { A: rear(c1, g), B: rear(c2, g) });
  for (let p = 1; p <= 8; p++) {
    b.transceiver(l1, p, Q.fr1Mdc, `Leaf-1 Eth${p}`);
    b.transceiver(l2, p, Q.fr1Mdc, `Leaf-2 Eth${p}`);
    b.cable(Q.mdcAB, `PC-R31-${pad(p)}`, 2, 'OS2', { A: cage(l1, p), B: front(c1, p) });
    b.cable(Q.mdcAA, `PC-R32-${pad(p)}`, 2, 'OS2', { A: front(c2, p), B: cage(l2, p) });
  }
  return b.build();
}

/**
 * 400GBASE-DR4 over a field-spliced trunk (REFERENCE-2 GT-23 shape):
 *
 *   Core-1 cage 1 (DR4) ─Type B cord 5 m─ [R41-P1 front-1 / rear-1] ─pigtail (m) 2 m─ (SPLICE-A)
 *     ═ I/O cable 430 m, 0.5 dB/km ═ (SPLICE-B) ─pigtail (m) 2 m─ [R42-P1 rear-1 / front-1] ─Type A cord 5 m─ Core-2 cage 1 (DR4)
 */
export function splicedTrunk(): Design {
  const b = new DesignBuilder('400GBASE-DR4 over a field-spliced trunk');
  const r41 = b.rack('R41', 42);
  const r42 = b.rack('R42', 42);
  const s1 = b.equipment(r41, Q.qsfpdd, 38, 'Core-1');
  const s2 = b.equipment(r42, Q.qsfpdd, 38, 'Core-2');
  b.transceiver(s1, 1, Q.dr4, 'Core-1 Eth1');
  b.transceiver(s2, 1, Q.dr4, 'Core-2 Eth1');
  const p1 = b.equipment(r41, Q.panel12A, 42, 'R41-P1');
  const p2 = b.equipment(r42, Q.panel12A, 42, 'R42-P1');
  const sa = b.loose(Q.splice, 'SPLICE-A (closure, building 1)');
  const sb = b.loose(Q.splice, 'SPLICE-B (closure, building 2)');
  b.cable(Q.cord12B, 'MC-R41-01', 5, 'OS2', { A: cage(s1, 1), B: port(p1, 'front-1') });
  b.cable(Q.pigtail, 'PT-R41-01', 2, 'OS2', { A: port(p1, 'rear-1'), S: port(sa, 'a-1') });
  b.cable(
    Q.bulk12,
    'OSP-B1-B2-01',
    430,
    'OS2',
    { A: port(sa, 'b-1'), B: port(sb, 'a-1') },
    { construction: 'indoor-outdoor' },
  );
  b.cable(Q.pigtail, 'PT-R42-01', 2, 'OS2', { A: port(p2, 'rear-1'), S: port(sb, 'b-1') });
  b.cable(Q.cord12A, 'MC-R42-01', 5, 'OS2', { A: port(p2, 'front-1'), B: cage(s2, 1) });
  return b.build();
}

/** The issue-13 examples: file name → design. */
export const EXAMPLES_2026: Readonly<Record<string, () => Design>> = {
  '800g-spine-leaf.json': spineLeaf800,
  '800g-dr8-breakout.json': dr8Breakout,
  'mdc-high-density.json': mdcHighDensity,
  'spliced-trunk.json': splicedTrunk,
};
