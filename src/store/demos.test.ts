/**
 * The built-in demos load into a store and analyse to the verdicts they are meant to show, and
 * the hand-written Corning parts agree with the NetBox device-type files they cite.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { VERDICTS } from '../core/engine/channels';
import { positionLabel } from '../core/connectors';
import { DEMOS } from '../demos/demos';
import { CORNING_ECM_UM08, CORNING_EDGE_01U, CORNING_EDGE_BAYS } from '../demos/vendorParts';
import { analysisOf, isEquipmentChannel } from './selectors';
import { createDesignerStore } from './store';

/** Expected verdicts of the equipment channels of each demo, by verdict: count. */
const EXPECTED: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'spine-leaf-sr4': { 'parallel ok B': 4 },
  'breakout-40g': { 'breakout ok U1': 8 },
  'dr4-breakout': { 'breakout ok U1': 4 },
  'broken-method-a': { 'duplex ok A': 1, 'duplex tx-to-tx none': 1 },
  'ten-racks': { 'duplex ok U1': 60 },
};

describe('demos', () => {
  it.each(DEMOS.map((d) => [d.id, d] as const))(
    '%s analyses to its intended verdicts with no mating findings',
    (id, demo) => {
      const store = createDesignerStore(demo.build());
      const a = analysisOf(store.getState().doc);
      const got: Record<string, number> = {};
      for (const c of a.channels.filter(isEquipmentChannel)) {
        const k = `${c.kind} ${c.verdict} ${c.method}`;
        got[k] = (got[k] ?? 0) + 1;
      }
      expect(got).toEqual(EXPECTED[id]);
      expect(a.findings).toEqual([]);
      expect(a.channels.every((c) => VERDICTS[c.verdict].cls !== 'unchecked')).toBe(true);
    },
  );
  it.each(DEMOS.map((d) => [d.id, d] as const))(
    '%s: the counts its blurb states are what the app shows',
    (_id, demo) => {
      const a = analysisOf(demo.build());
      const duplex = /(\d+) duplex circuits/.exec(demo.blurb);
      if (duplex) expect(a.channels.filter((c) => c.kind === 'duplex').length).toBe(Number(duplex[1]));
      const racks = /^(Ten|Two) racks/.exec(demo.blurb);
      if (racks) expect(Object.keys(demo.build().racks).length).toBe(racks[1] === 'Ten' ? 10 : 2);
    },
  );
});

const VENDOR_DIR = join(dirname(fileURLToPath(import.meta.url)), '../demos/vendor/netbox-devicetype-library');
const vendorFile = (rel: string) => parse(readFileSync(join(VENDOR_DIR, rel), 'utf8'));

describe('Corning parts match the NetBox device-type library', () => {
  it('EDGE-01U: 1U, module bays 01A–02D in order', () => {
    const y = vendorFile('device-types/Corning/EDGE-01U.yaml');
    expect(CORNING_EDGE_01U.heightU).toBe(y.u_height);
    expect(y['module-bays'].map((b: { name: string }) => b.name)).toEqual(CORNING_EDGE_BAYS);
    expect(CORNING_EDGE_01U.slots.map((s) => s.label)).toEqual(CORNING_EDGE_BAYS.map((b) => `Bay ${b}`));
    expect(CORNING_EDGE_01U.partNumber).toBe(y.part_number);
  });
  it('ECM-UM08-04-E8GF-ULL: four LC fronts carrying the strand pairs the file describes', () => {
    const y = vendorFile('module-types/Corning/ECM-UM08-04-E8GF-ULL.yaml');
    const fronts = y['front-ports'] as { description: string }[];
    expect(CORNING_ECM_UM08.ports.filter((p) => p.face === 'front').length).toBe(fronts.length);
    expect(CORNING_ECM_UM08.fiberType).toBe('OS2');
    expect(y.comments).toMatch(/Single-mode ultra \(OS2\)/);
    const links = CORNING_ECM_UM08.links === 'unknown' ? [] : CORNING_ECM_UM08.links;
    fronts.forEach((f, i) => {
      const [s1, s2] = (/Strands (\d+), (\d+)/.exec(f.description) ?? []).slice(1).map(Number);
      // Trunk strands of front port i+1, with the LC side (A/B) each lands on.
      const mine = links
        .filter((l) => l.b.port === `front-${i + 1}`)
        .map((l) => `${l.a.position}:${positionLabel('lc-duplex', l.b.position)}`)
        .sort();
      expect(mine).toEqual([`${s1}:B`, `${s2}:A`].sort());
    });
  });
});
