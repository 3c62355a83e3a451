/**
 * Consumer fuzz, NetBox imports (issue 9 proof): the 5,200 mutated devicetype-library documents
 * of `io/netbox/fixtures/yamlMutations.ts` go through the importer; every distinct part it accepts
 * is placed in a design the way a user would (rack equipment mounted in a rack, a module in a
 * slot of an imported enclosure that takes it, else loose), the design is checked by the loader
 * (saved and reopened), and every consumer runs on it (`app/fixtures/consumers.ts`). Parts are
 * placed 20 to a design, so each design exercises many imported parts at once.
 *
 *   design k:  rack R1: part 1 (U1)   rack R2: part 2 (U1) … ; modules in matching slots, else loose;
 *              up to 12 built-in cords/trunks between neighbouring ports of different devices
 */
import { afterAll, describe, expect, it } from 'vitest';
import { emptyDesign, type Design } from '../../core/design';
import { catalogueFor } from '../../core/catalogue';
import { addParts, addRack, connectCable, insertModule, placeEquipment, planConnection } from '../../core/edits';
import type { DeviceId, RackId } from '../../core/ids';
import { freeSlotFor } from '../../core/layout';
import { own } from '../../core/own';
import { portsOf, type Part } from '../../core/parts';
import { parseDesignFile } from '../../io/loadDesign';
import { importNetboxYaml } from '../../io/netbox/importNetbox';
import { MUTATED_YAML_COUNT, mutatedYamlFiles, YAML_FAMILIES } from '../../io/netbox/fixtures/yamlMutations';
import { serializeDesign } from '../../io/saveDesign';
import { ConsumerRunner } from '../fixtures/consumers';

const PER_DESIGN = 20;

/** A design holding `parts`, each placed where it can stand (see the module comment). */
function designOf(parts: readonly Part[], n: number): Design {
  let d = addParts(emptyDesign(`NetBox fuzz ${n}`), parts);
  const hosts: DeviceId[] = [];
  for (const p of parts) {
    if (p.kind !== 'rack-equipment') continue;
    const rack = addRack(d, { heightU: 60 });
    if (!rack.ok) throw new Error(rack.reason);
    const placed = placeEquipment(rack.design, { part: p.id, rack: rack.id as RackId, positionU: 1 });
    if (!placed.ok) throw new Error(`${p.id}: ${placed.reason}`);
    d = placed.design;
    hosts.push(placed.id as DeviceId);
  }
  for (const p of parts) {
    if (p.kind !== 'module') continue;
    const host = hosts.find((h) => freeSlotFor(d, h, p) !== null);
    const slot = host ? freeSlotFor(d, host, p) : null;
    if (host && slot) {
      const r = insertModule(d, { part: p.id, parent: host, slot });
      if (r.ok) d = r.design;
    }
  }
  return connectNeighbours(d);
}

/** A built-in cord or trunk for each connector variant (Type-B, pinned both ends). */
const CORD_FOR: Readonly<Record<string, string>> = {
  'lc-duplex': 'cable/lc-duplex-ab-upc',
  'mpo-8': 'cable/mpo8-typeB-mm-upc',
  'mpo-12': 'cable/mpo12-typeB-mm-upc',
  'mpo-16': 'cable/mpo16-typeB-mm-upc',
};

/**
 * Lays up to 12 cables, one between each pair of neighbouring devices (design order) on the first
 * ports of the same connector a built-in cable fits (the engine then traces fibers through the
 * imported parts).
 */
function connectNeighbours(d: Design): Design {
  const cat = catalogueFor(d);
  const devices = Object.values(d.devices).flatMap((v) => {
    const p = cat.get(v.part);
    return p && p.kind !== 'cable' ? [{ id: v.id, ports: portsOf(p) }] : [];
  });
  let laid = 0;
  for (let k = 0; k + 1 < devices.length && laid < 12; k++) {
    const [x, y] = [devices[k], devices[k + 1]] as [(typeof devices)[number], (typeof devices)[number]];
    for (const px of x.ports) {
      const py = y.ports.find((q) => q.accepts === px.accepts);
      const cable = py ? cat.get(own(CORD_FOR, px.accepts) ?? '') : undefined;
      if (!py || cable?.kind !== 'cable') continue;
      const plan = planConnection(d, cable, { device: x.id, port: px.key }, { device: y.id, port: py.key });
      const r = plan.ok ? connectCable(d, { part: cable.id, ends: plan.ends }) : null;
      if (r?.ok) {
        d = r.design;
        laid += 1;
        break;
      }
    }
  }
  return d;
}

const runner = new ConsumerRunner();
const tally = { inputs: 0, accepted: 0, distinct: 0, designs: 0, placedInSlots: 0 };
const seen = new Set<string>();
let batch: Part[] = [];

/** Builds, checks and runs the design of the current batch of parts. */
async function flushBatch(): Promise<void> {
  if (batch.length === 0) return;
  const d = designOf(batch, tally.designs);
  batch = [];
  tally.designs += 1;
  tally.placedInSlots += Object.values(d.devices).filter((v) => v.placement.kind === 'slot').length;
  const reopened = parseDesignFile(serializeDesign(d));
  expect(reopened.ok, reopened.ok ? '' : `${reopened.error.path} ${reopened.error.message}`).toBe(true);
  await runner.run(reopened.ok ? reopened.design : d);
}

// Measured on a 2-core machine at load average 19: structural ≈ 66 s, text ≈ 19 s, bombs ≈ 2 s.
// Budgets 3× that, at least 30 s.
const BUDGET_MS = [200_000, 90_000, 30_000] as const;

describe('every consumer handles designs holding every accepted NetBox part', () => {
  YAML_FAMILIES.forEach((family, i) => {
    it(`${family.runs} × ${family.family}`, { timeout: BUDGET_MS[i] ?? 60_000 }, async () => {
      for (const m of mutatedYamlFiles(family)) {
        tally.inputs += 1;
        const r = importNetboxYaml(m.text, m.fileName);
        if (!r.ok) continue;
        tally.accepted += 1;
        const key = JSON.stringify(r.part);
        if (seen.has(key)) continue;
        seen.add(key);
        tally.distinct += 1;
        // One part per id in a design: a second part with the same id starts the next design.
        if (batch.some((p) => p.id === r.part.id) || batch.length >= PER_DESIGN) await flushBatch();
        batch.push(r.part);
      }
      await flushBatch();
      await runner.flush();
    });
  });

  it('ran every input and every distinct accepted part', () => {
    expect(tally.inputs).toBe(MUTATED_YAML_COUNT);
    expect(tally.distinct).toBeGreaterThan(500);
    expect(runner.counts.designs).toBe(tally.designs);
  });

  afterAll(() => {
    const c = runner.counts;
    console.info(
      `consumer fuzz (NetBox): ${tally.inputs} documents, ${tally.accepted} parts accepted (${tally.distinct} distinct) → placed in ${tally.designs} designs (${tally.placedInSlots} modules in slots), each saved, reopened and run through every consumer: ${c.channels} channels, ${c.sharedLinks} share links, ${c.pdfRows} PDF rows; 0 throws`,
    );
  });
});
