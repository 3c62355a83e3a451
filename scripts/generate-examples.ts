/**
 * Generates the example design files in `examples/` with the DesignBuilder, so the files are
 * reproducible and checked by `src/cli/examples.test.ts` (which also asserts the committed files
 * equal the generated ones).
 *
 * Run: `npx tsx scripts/generate-examples.ts` (writes examples/*.json).
 *
 * The designs follow REFERENCE §10:
 *   method-a.json         GT-06  Method A duplex 10GBASE-SR (A-to-B cord at end 1, A-to-A at end 2)
 *   method-b.json         GT-10  Method B duplex 25GBASE-SR (MOD-B1 / MOD-B2, A-to-B cords)
 *   u1-breakout.json      GT-11  40GBASE-SR4 → 4× 10GBASE-SR through MOD-U1
 *   broken-method-a.json  GT-06b Method A with A-to-B cords at both ends (fails; A-to-A is the fix)
 * and the issue-13 examples of scripts/examples2026.ts (800G, MDC, splices; REFERENCE-2).
 *   field-test.json       issue 14: six cassette links (one patched into a 10GBASE-SR channel) and
 *                         an MPO panel link, for examples/field-test-results.csv (REFERENCE-2 §16)
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Design } from '../src/core/design';
import { DesignBuilder, cage, front, port, rear } from '../src/core/designBuilder';
import type { DeviceId, RackId } from '../src/core/ids';
import { serializeDesign } from '../src/io/saveDesign';
import { EXAMPLES_2026 } from './examples2026';

/** Catalogue part ids used by the examples (built-in catalogue). */
const P = {
  enclosure: 'equipment/enclosure-1u-4slot-cassette-modular',
  access: 'equipment/switch-1u-24xsfpplus',
  leaf: 'equipment/switch-1u-48xsfp28-8xqsfp28',
  sfp10: 'transceiver/10gbase-sr-sfpplus',
  sfp25: 'transceiver/25gbase-sr-sfp28',
  qsfp40: 'transceiver/40gbase-sr4-qsfpplus',
  modA: 'module/mod-a-12f-1xmpo12-f-upc-om4',
  modB1: 'module/mod-b1-12f-1xmpo12-f-upc-om4',
  modB2: 'module/mod-b2-12f-1xmpo12-f-upc-om4',
  modU1: 'module/mod-u1-12f-1xmpo12-f-upc-om4',
  trunkA: 'cable/mpo12-typeA-mm-upc',
  trunkB: 'cable/mpo12-typeB-mm-upc',
  arrayB: 'cable/mpo12-typeB-mf-upc',
  cordAB: 'cable/lc-duplex-ab-upc',
  cordAA: 'cable/lc-duplex-aa-upc',
  mpoPanelA: 'equipment/panel-1u-24xmpo12-typeA',
} as const;

/** Sets each rack's label number from its name (`R12` → 12). */
function numberRacks(d: Design): Design {
  const racks = Object.fromEntries(
    Object.entries(d.racks).map(([k, r]) => {
      const n = /^R(\d+)$/.exec(r.name);
      return [k, n ? { ...r, number: Number(n[1]) } : r];
    }),
  );
  return { ...d, racks };
}

/** One end of a duplex structured channel: a rack with a switch and a 1U cassette enclosure. */
interface DuplexEnd {
  readonly rack: RackId;
  readonly sw: DeviceId;
  readonly cassette: DeviceId;
}

function duplexEnd(
  b: DesignBuilder,
  rackName: string,
  switchPart: string,
  switchName: string,
  modulePart: string,
): DuplexEnd {
  const rack = b.rack(rackName, 42);
  const sw = b.equipment(rack, switchPart, 40, switchName);
  const enc = b.equipment(rack, P.enclosure, 42, `${rackName}-P1`);
  const cassette = b.module(enc, 1, modulePart, `${rackName}-P1-C1`);
  return { rack, sw, cassette };
}

/** Options of a duplex structured-cabling example (cord – module – trunk – module – cord). */
interface DuplexExample {
  readonly name: string;
  readonly ports: number;
  readonly transceiver: string;
  readonly switchPart: string;
  readonly modules: readonly [string, string];
  readonly trunk: string;
  readonly trunkM: number;
  readonly cords: readonly [string, string];
  readonly cordM: number;
}

/**
 * Two racks, one switch each, one cassette each, one MPO-12 trunk between the cassettes and
 * `ports` duplex channels, each switch port patched to the same cassette port:
 *
 *   Leaf-1 cage p ──cord1── R12-P1-C1 port p ══trunk══ R14-P1-C1 port p ──cord2── Leaf-2 cage p
 */
function duplexExample(o: DuplexExample): Design {
  const b = new DesignBuilder(o.name);
  const e1 = duplexEnd(b, 'R12', o.switchPart, 'Leaf-1', o.modules[0]);
  const e2 = duplexEnd(b, 'R14', o.switchPart, 'Leaf-2', o.modules[1]);
  b.cable(o.trunk, 'TR-R12-R14-01', o.trunkM, 'OM4', { A: rear(e1.cassette), B: rear(e2.cassette) });
  for (let p = 1; p <= o.ports; p++) {
    b.transceiver(e1.sw, p, o.transceiver, `Leaf-1 Eth${p}`);
    b.transceiver(e2.sw, p, o.transceiver, `Leaf-2 Eth${p}`);
    b.cable(o.cords[0], `PC-R12-${String(p).padStart(2, '0')}`, o.cordM, 'OM4', {
      A: cage(e1.sw, p),
      B: front(e1.cassette, p),
    });
    b.cable(o.cords[1], `PC-R14-${String(p).padStart(2, '0')}`, o.cordM, 'OM4', {
      A: front(e2.cassette, p),
      B: cage(e2.sw, p),
    });
  }
  return numberRacks(b.build());
}

/** GT-06: Method A, 10GBASE-SR, A-to-B cord at end 1 and A-to-A at end 2, 90 m trunk. */
export function methodA(): Design {
  return duplexExample({
    name: 'Method A duplex 10GBASE-SR',
    ports: 4,
    transceiver: P.sfp10,
    switchPart: P.access,
    modules: [P.modA, P.modA],
    trunk: P.trunkA,
    trunkM: 90,
    cords: [P.cordAB, P.cordAA],
    cordM: 2,
  });
}

/** GT-06b: as GT-06 with A-to-B cords at both ends: every channel fails (Tx→Tx / Rx→Rx). */
export function brokenMethodA(): Design {
  return duplexExample({
    name: 'Method A with A-to-B cords at both ends (broken)',
    ports: 4,
    transceiver: P.sfp10,
    switchPart: P.access,
    modules: [P.modA, P.modA],
    trunk: P.trunkA,
    trunkM: 90,
    cords: [P.cordAB, P.cordAB],
    cordM: 2,
  });
}

/** GT-10: Method B, 25GBASE-SR, MOD-B1 / MOD-B2, Type-B trunk 80 m, A-to-B cords 3 m. */
export function methodB(): Design {
  return duplexExample({
    name: 'Method B duplex 25GBASE-SR',
    ports: 4,
    transceiver: P.sfp25,
    switchPart: P.leaf,
    modules: [P.modB1, P.modB2],
    trunk: P.trunkB,
    trunkM: 80,
    cords: [P.cordAB, P.cordAB],
    cordM: 3,
  });
}

/**
 * GT-11: a 40GBASE-SR4 QSFP+ in Spine-1 broken out to four 10GBASE-SR SFP+ in Access-1:
 *
 *   Spine-1 cage 49 (SR4) ──Type-B MPO-12 30 m (female at QSFP, male at module)── R21-P1-C1 (MOD-U1)
 *   R21-P1-C1 port k ──A-to-B cord 2 m── Access-1 cage k (10GBASE-SR), k = 1…4; ports 5–6 open
 */
export function u1Breakout(): Design {
  const b = new DesignBuilder('40GBASE-SR4 breakout to 4x 10GBASE-SR through MOD-U1');
  const r20 = b.rack('R20', 42);
  const r21 = b.rack('R21', 42);
  const spine = b.equipment(r20, P.leaf, 40, 'Spine-1');
  const qsfp = 49;
  b.transceiver(spine, qsfp, P.qsfp40, 'Spine-1 Eth49');
  const access = b.equipment(r21, P.access, 40, 'Access-1');
  const enc = b.equipment(r21, P.enclosure, 42, 'R21-P1');
  const cassette = b.module(enc, 1, P.modU1, 'R21-P1-C1');
  b.cable(P.arrayB, 'MPO-R20-R21-01', 30, 'OM4', { A: rear(cassette), B: cage(spine, qsfp) });
  for (let k = 1; k <= 4; k++) {
    b.transceiver(access, k, P.sfp10, `Access-1 Eth${k}`);
    b.cable(P.cordAB, `PC-R21-${String(k).padStart(2, '0')}`, 2, 'OM4', { A: front(cassette, k), B: cage(access, k) });
  }
  return numberRacks(b.build());
}

/**
 * Issue 14 (REFERENCE-2 §16): permanent links to test, for `examples/field-test-results.csv`.
 *
 *   Row A  Leaf-1 Eth1 ─A-to-B 2 m─ R12-P1-C1 Port1 [MOD-A] ══ Type-A trunk 90 m OM4 ══ [MOD-A] R14-P1-C1 Port1 ─A-to-A 2 m─ Leaf-2 Eth1
 *          R12-P1-C1 Port2–6 ══ (same trunk) ══ R14-P1-C1 Port2–6   (passive links, fronts open)
 *   Row B  R20-P1 MPO1 │key-up/key-down│ ══ Type-A MPO-12 trunk 60 m OM4 ══ │key-up/key-down│ R21-P1 MPO1
 *          (designed map Type A: i → i; the results report Type B, a polarity failure)
 */
export function fieldTest(): Design {
  const b = new DesignBuilder('Field test: cassette links and an MPO panel link');
  const e1 = duplexEnd(b, 'R12', P.access, 'Leaf-1', P.modA);
  const e2 = duplexEnd(b, 'R14', P.access, 'Leaf-2', P.modA);
  b.cable(P.trunkA, 'TR-R12-R14-01', 90, 'OM4', { A: rear(e1.cassette), B: rear(e2.cassette) });
  b.transceiver(e1.sw, 1, P.sfp10, 'Leaf-1 Eth1');
  b.transceiver(e2.sw, 1, P.sfp10, 'Leaf-2 Eth1');
  b.cable(P.cordAB, 'PC-R12-01', 2, 'OM4', { A: cage(e1.sw, 1), B: front(e1.cassette, 1) });
  b.cable(P.cordAA, 'PC-R14-01', 2, 'OM4', { A: front(e2.cassette, 1), B: cage(e2.sw, 1) });
  const r20 = b.rack('R20', 42, 'Row B');
  const r21 = b.rack('R21', 42, 'Row B');
  const p20 = b.equipment(r20, P.mpoPanelA, 40, 'R20-P1');
  const p21 = b.equipment(r21, P.mpoPanelA, 40, 'R21-P1');
  b.cable(P.trunkA, 'TR-R20-R21-01', 60, 'OM4', { A: port(p20, 'rear-1'), B: port(p21, 'rear-1') });
  return numberRacks(b.build());
}

/** Every example: file name → design. */
export const EXAMPLES: Readonly<Record<string, () => Design>> = {
  'method-a.json': methodA,
  'method-b.json': methodB,
  'u1-breakout.json': u1Breakout,
  'broken-method-a.json': brokenMethodA,
  ...EXAMPLES_2026,
  'field-test.json': fieldTest,
};

/** The examples directory of the repository. */
export const EXAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples');

/** Writes every example file; returns the paths written. */
export function writeExamples(dir = EXAMPLES_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(EXAMPLES).map(([file, make]) => {
    const path = join(dir, file);
    writeFileSync(path, serializeDesign(make()));
    return path;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const p of writeExamples()) console.log(`wrote ${p}`);
}
