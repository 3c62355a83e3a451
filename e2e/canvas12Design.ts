/**
 * The hand-built design of the canvas12 specs: two racks, a bundle of two MPO trunks between
 * their rear faces, cords inside each rack, one cord between the racks.
 *
 * ```text
 *   R1: SW1 (U40, Eth1–3)  P1 (U38, P1-C1 + P1-C2)  P3 (U36, empty slots)
 *   R2: SW2 (U40, Eth1–3)  P2 (U38, P2-C1 + P2-C2)
 *   PC1 SW1 Eth1 ─ P1-C1 front-1   PC2 SW1 Eth2 ─ P1-C2 front-1   PC3 SW1 Eth3 ─ SW2 Eth3
 *   T1 P1-C1 mpo1 ══ P2-C1 mpo1    T2 P1-C2 mpo1 ══ P2-C2 mpo1   (one bundle of 2, rear to rear)
 * ```
 */
import type { Page } from '@playwright/test';
import { DesignBuilder, cage, front, rear } from '../src/core/designBuilder';
import type { Design } from '../src/core/design';

/** Builds the design drawn above. */
export function bundleDesign(): Design {
  const b = new DesignBuilder('Two racks with a trunk bundle');
  const r1 = b.rack('R1');
  const r2 = b.rack('R2');
  const sw1 = b.equipment(r1, 'equipment/switch-1u-24xsfpplus', 40, 'SW1');
  const p1 = b.equipment(r1, 'equipment/enclosure-1u-4slot-cassette-modular', 38, 'P1');
  b.equipment(r1, 'equipment/enclosure-1u-4slot-cassette-modular', 36, 'P3');
  const sw2 = b.equipment(r2, 'equipment/switch-1u-24xsfpplus', 40, 'SW2');
  const p2 = b.equipment(r2, 'equipment/enclosure-1u-4slot-cassette-modular', 38, 'P2');
  const mod = 'module/mod-a-12f-1xmpo12-f-upc-om4';
  const c1 = b.module(p1, 1, mod, 'P1-C1');
  const c2 = b.module(p1, 2, mod, 'P1-C2');
  const d1 = b.module(p2, 1, mod, 'P2-C1');
  const d2 = b.module(p2, 2, mod, 'P2-C2');
  for (let k = 1; k <= 3; k++) {
    b.transceiver(sw1, k, 'transceiver/10gbase-sr-sfpplus', `SW1 Eth${k}`);
    b.transceiver(sw2, k, 'transceiver/10gbase-sr-sfpplus', `SW2 Eth${k}`);
  }
  b.cable('cable/lc-duplex-ab-upc', 'PC1', 2, 'OM4', { A: cage(sw1, 1), B: front(c1, 1) });
  b.cable('cable/lc-duplex-ab-upc', 'PC2', 2, 'OM4', { A: cage(sw1, 2), B: front(c2, 1) });
  b.cable('cable/lc-duplex-ab-upc', 'PC3', 10, 'OM4', { A: cage(sw1, 3), B: cage(sw2, 3) });
  b.cable('cable/mpo12-typeA-mm-upc', 'T1', 90, 'OM4', { A: rear(c1), B: rear(d1) });
  b.cable('cable/mpo12-typeA-mm-upc', 'T2', 90, 'OM4', { A: rear(c2), B: rear(d2) });
  return b.build();
}

/** Opens the design in the app (setup through the test API; every gesture after it is real). */
export async function openBundleDesign(page: Page): Promise<void> {
  const d = bundleDesign();
  await page.evaluate((x) => window.__designer!.loadDesign(x as never, 'Open bundle design'), d);
  await page.waitForFunction(() => window.__designer!.getState().doc.name === 'Two racks with a trunk bundle');
  await page.waitForTimeout(300);
}

/** The id of the cable named `name`. */
export const cableId = (page: Page, name: string) =>
  page.evaluate(
    (n) => Object.values(window.__designer!.getState().doc.cables).find((c) => c.name === n)!.id as string,
    name,
  );
