/**
 * Small designs for the field-test tests (issue 14), built from catalogue parts. Each draws its
 * topology; values the tests expect are computed by hand in the tests.
 */
import type { Design, DesignSettings } from '../design';
import { cage, DesignBuilder, front, port, rear } from '../designBuilder';

/** Catalogue parts used by the fixtures. */
export const FT_PARTS = {
  enclosure: 'equipment/enclosure-1u-4slot-cassette-modular',
  modA: 'module/mod-a-12f-1xmpo12-f-upc-om4',
  modAstd: 'module/mod-a-12f-1xmpo12-f-upc-om4-standard',
  trunkA: 'cable/mpo12-typeA-mm-upc',
  trunkB: 'cable/mpo12-typeB-mm-upc',
  panelB: 'equipment/panel-1u-24xmpo12-typeB',
  panelA: 'equipment/panel-1u-24xmpo12-typeA',
  cordAB: 'cable/lc-duplex-ab-upc',
  cordAA: 'cable/lc-duplex-aa-upc',
  sw: 'equipment/switch-1u-24xsfpplus',
  sfp10: 'transceiver/10gbase-sr-sfpplus',
} as const;

/**
 * Two racks R12 and R14, a MOD-A cassette in each (fronts open), one Type-A MPO-12 trunk:
 *
 *   R12-P1-C1 Port1–6 [LC│MOD-A│MPO] ═══ trunk `lengthM` m OM4 ═══ [MPO│MOD-A│LC] R14-P1-C1 Port1–6
 *
 * Six permanent links (one per duplex port), kind `link` channels, each fiber A → A, B → B.
 */
export function cassetteLinks(
  lengthM = 90,
  settings: Partial<DesignSettings> = {},
  module: string = FT_PARTS.modA,
): Design {
  const b = new DesignBuilder('Cassette links').with(settings);
  const r12 = b.rack('R12');
  const r14 = b.rack('R14');
  const e1 = b.equipment(r12, FT_PARTS.enclosure, 42, 'R12-P1');
  const e2 = b.equipment(r14, FT_PARTS.enclosure, 42, 'R14-P1');
  const c1 = b.module(e1, 1, module, 'R12-P1-C1');
  const c2 = b.module(e2, 1, module, 'R14-P1-C1');
  b.cable(FT_PARTS.trunkA, 'TR-01', lengthM, 'OM4', { A: rear(c1), B: rear(c2) });
  return numbered(b.build(), { R12: 12, R14: 14 });
}

/**
 * An MPO link between two Type-B (key-up/key-up) adapter panels, Type-B male trunk:
 *
 *   R1-P1 front-1 │B adapter│ rear-1 ═══ Type-B trunk `lengthM` m OM4 ═══ rear-1 │B adapter│ front-1 R2-P1
 *
 * One 12-fiber permanent link; designed map near position i → far position 13 − i... composed
 * from the adapters and the trunk by the trace.
 */
export function mpoPanelLink(lengthM = 60, trunk: string = FT_PARTS.trunkB): Design {
  const b = new DesignBuilder('MPO panel link');
  const r1 = b.rack('R1');
  const r2 = b.rack('R2');
  const p1 = b.equipment(r1, FT_PARTS.panelB, 40, 'P1');
  const p2 = b.equipment(r2, FT_PARTS.panelB, 40, 'P2');
  b.cable(trunk, 'T1', lengthM, 'OM4', { A: port(p1, 'rear-1'), B: port(p2, 'rear-1') });
  return b.build();
}

/**
 * GT-06 Method A channel with its permanent link inside (cords at both ends):
 *
 *   SW1 Eth1 ─A-to-B 2 m─ R12-P1-C1 Port1 [MOD-A] ═ Type-A trunk 90 m ═ [MOD-A] R14-P1-C1 Port1 ─A-to-A 2 m─ SW2 Eth1
 */
export function patchedMethodA(): Design {
  const b = new DesignBuilder('Patched Method A');
  const r12 = b.rack('R12');
  const r14 = b.rack('R14');
  const s1 = b.equipment(r12, FT_PARTS.sw, 40, 'SW1');
  const s2 = b.equipment(r14, FT_PARTS.sw, 40, 'SW2');
  const e1 = b.equipment(r12, FT_PARTS.enclosure, 42, 'R12-P1');
  const e2 = b.equipment(r14, FT_PARTS.enclosure, 42, 'R14-P1');
  const c1 = b.module(e1, 1, FT_PARTS.modA, 'R12-P1-C1');
  const c2 = b.module(e2, 1, FT_PARTS.modA, 'R14-P1-C1');
  b.cable(FT_PARTS.trunkA, 'TR-01', 90, 'OM4', { A: rear(c1), B: rear(c2) });
  b.transceiver(s1, 1, FT_PARTS.sfp10, 'SW1 Eth1');
  b.transceiver(s2, 1, FT_PARTS.sfp10, 'SW2 Eth1');
  b.cable(FT_PARTS.cordAB, 'PC-1', 2, 'OM4', { A: cage(s1, 1), B: front(c1, 1) });
  b.cable(FT_PARTS.cordAA, 'PC-2', 2, 'OM4', { A: front(c2, 1), B: cage(s2, 1) });
  return numbered(b.build(), { R12: 12, R14: 14 });
}

/** Sets rack label numbers from names. */
function numbered(d: Design, numbers: Readonly<Record<string, number>>): Design {
  const racks = Object.fromEntries(
    Object.entries(d.racks).map(([k, r]) => {
      const n = numbers[r.name];
      return [k, n === undefined ? r : { ...r, number: n }];
    }),
  );
  return { ...d, racks };
}
