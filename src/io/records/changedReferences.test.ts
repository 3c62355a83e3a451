/**
 * The per-record reference path (`changedReferences.ts`): an edit re-resolves only what its
 * keys can affect, and the result equals the full resolution after any sequence of changes.
 *
 * ```text
 *  hall (2 racks) ── drop a panel into rack-1   → 1 device judged, 0 cables
 *                 ── delete cassette dev-3      → dev-3 (gone) + the trunk plugged into it
 *  random Y writes (dangling racks, parents, loops, shared slots, cables on missing devices)
 *                 ── after every step: refreshSnapshot (per record) = readSnapshot (full)
 * ```
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { generateDataHall } from '../../core/dataHall';
import type { Design } from '../../core/design';
import { changedKeys, commitSnapshot, designToDoc, readSnapshot, refreshSnapshot, type DocSnapshot } from './docModel';
import { diffDesign } from './diff';
import { referenceVisits } from './references';
import { COLLECTION_NAMES } from './collections';

const hall = generateDataHall({ racks: 2, panelsPerRack: 1, trunksPerPanel: 1, cassettesPerPanel: 2 });

/** Placements judged and cables checked while `f` runs. */
function visits(f: () => void): { devices: number; cables: number } {
  const d0 = referenceVisits.devices;
  const c0 = referenceVisits.cables;
  f();
  return { devices: referenceVisits.devices - d0, cables: referenceVisits.cables - c0 };
}

describe('resolveChanged: per record', () => {
  it('a local device edit judges the changed device only, not every device and cable', () => {
    const snap = readSnapshot(designToDoc(hall));
    const panel = {
      id: 'dev-new',
      part: 'equipment/panel-1u-24xlcduplex-duplex',
      name: 'New panel',
      placement: { kind: 'rack', rack: 'rack-1', positionU: 20, face: 'front' },
    };
    const next = { ...snap.design, devices: { ...snap.design.devices, 'dev-new': panel } } as unknown as Design;
    let after: DocSnapshot | undefined;
    // The hall has 32 devices and 25 cables; the full path judges all 57.
    expect([Object.keys(hall.devices).length, Object.keys(hall.cables).length]).toEqual([32, 25]);
    expect(visits(() => (after = commitSnapshot(snap, next, diffDesign(snap.design, next))))).toEqual({
      devices: 1,
      cables: 0,
    });
    expect(after?.design).toBe(next);
    expect(after?.notices).toEqual([]);
  });

  it('a deleted device (another tab): it, its plugged trunk, nothing else; the trunk end reads unplugged', () => {
    const doc = designToDoc(hall);
    const snap = readSnapshot(doc);
    let changed: ReturnType<typeof changedKeys> | undefined;
    doc.on('afterTransaction', (tr: Y.Transaction) => (changed = changedKeys(doc, tr)));
    doc.getMap('devices').delete('dev-3');
    let after: DocSnapshot | undefined;
    // dev-3 (a cassette) has no children; the cables with an end on it, found by a plain scan:
    const plugged = Object.values(hall.cables).filter((c) => Object.values(c.ends).some((e) => e?.device === 'dev-3'));
    expect(plugged.map((c) => c.id)).toContain('cab-11');
    expect(visits(() => (after = refreshSnapshot(snap, doc, changed as never)))).toEqual({
      devices: 0,
      cables: plugged.length,
    });
    expect(after?.design.cables['cab-11']?.ends['A1']).toBeNull();
    const paths = plugged.flatMap((c) =>
      Object.entries(c.ends)
        .filter(([, e]) => e?.device === 'dev-3')
        .map(([k]) => `$.cables["${c.id}"].ends.${k}`),
    );
    expect([...(after?.notices.map((n) => n.path) ?? [])].sort()).toEqual(paths.sort());
  });
});

/** One raw write to the document, as another replica could make it. */
type Op =
  | { op: 'place'; dev: number; where: number; at: number }
  | { op: 'deleteDevice'; dev: number }
  | { op: 'deleteRack'; rack: number }
  | { op: 'addRack'; rack: number }
  | { op: 'plug'; cable: number; end: number; dev: number }
  | { op: 'deleteCable'; cable: number };

const DEVICES = ['dev-2', 'dev-3', 'dev-4', 'dev-5', 'dev-6', 'dev-7', 'dev-x'];
const RACKS = ['rack-1', 'rack-2', 'rack-9'];
const CABLES = ['cab-11', 'cab-12', 'cab-x'];
const ENDS = ['A1', 'B1', 'A2', 'B2'];

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('place' as const), dev: fc.nat(6), where: fc.nat(4), at: fc.nat(6) }),
  fc.record({ op: fc.constant('deleteDevice' as const), dev: fc.nat(6) }),
  fc.record({ op: fc.constantFrom('deleteRack' as const, 'addRack' as const), rack: fc.nat(2) }),
  fc.record({ op: fc.constant('plug' as const), cable: fc.nat(2), end: fc.nat(3), dev: fc.nat(6) }),
  fc.record({ op: fc.constant('deleteCable' as const), cable: fc.nat(2) }),
);

/** Applies `o` to `doc` in one transaction (placements: rack, slot, cage, unplaced; parents may loop). */
function write(doc: Y.Doc, o: Op): void {
  const devices = doc.getMap('devices');
  const at = (i: number) => DEVICES[i % DEVICES.length] as string;
  if (o.op === 'place') {
    const id = at(o.dev);
    const placement = [
      { kind: 'rack', rack: RACKS[o.at % RACKS.length], positionU: 1 + o.at, face: 'front' },
      { kind: 'slot', parent: at(o.at), slot: `slot-${1 + (o.at % 2)}` },
      { kind: 'cage', parent: at(o.at), cage: `cage-${1 + (o.at % 2)}` },
      { kind: 'unplaced' },
      { kind: 'slot', parent: id, slot: 'slot-1' },
    ][o.where];
    const part = o.where === 2 ? 'transceiver/sfp28-25gbase-sr' : 'module/mod-b1-12f-1xmpo12-f-upc-om4';
    devices.set(id, { id, part, name: id, placement });
  } else if (o.op === 'deleteDevice') devices.delete(at(o.dev));
  else if (o.op === 'deleteRack') doc.getMap('racks').delete(RACKS[o.rack] as string);
  else if (o.op === 'addRack') {
    const id = RACKS[o.rack] as string;
    doc.getMap('racks').set(id, { id, name: id, heightU: 48, row: 'Row A', order: o.rack });
  } else if (o.op === 'deleteCable') doc.getMap('cables').delete(CABLES[o.cable] as string);
  else {
    const id = CABLES[o.cable] as string;
    const old = (doc.getMap('cables').get(id) ?? hall.cables['cab-11' as never]) as Design['cables'][string];
    const ends = { ...old.ends, [ENDS[o.end] as string]: { device: at(o.dev), port: 'mpo1' } };
    doc.getMap('cables').set(id, { ...old, id, ends });
  }
}

/**
 * `next.touched` is a superset of where `next.design` differs from `prev.design`: every record
 * outside it (in either design) is the same object in both, and every design field outside its
 * meta keys and the collections is the same value. Checked by walking every key of both (the
 * oracle, independent of the snapshot's bookkeeping).
 */
function expectTouchedCovers(prev: DocSnapshot, next: DocSnapshot): void {
  const t = next.touched;
  if (!t) return;
  const a = prev.design as unknown as Record<string, Record<string, unknown> | undefined>;
  const b = next.design as unknown as Record<string, Record<string, unknown> | undefined>;
  for (const c of COLLECTION_NAMES) {
    const named = t.collections.get(c) ?? new Set<string>();
    const ra = a[c] ?? {};
    const rb = b[c] ?? {};
    for (const k of new Set([...Object.keys(ra), ...Object.keys(rb)]))
      if (!named.has(k)) expect(rb[k], `${c}/${k} changed but is not in touched`).toBe(ra[k]);
  }
  for (const k of ['name', 'settings', 'schemaVersion'])
    if (!t.meta.has(k)) expect(b[k], `meta ${k} changed but is not in touched`).toEqual(a[k]);
}

const sorted = (s: DocSnapshot) => [...s.notices].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

describe('resolveChanged = resolveReferences', () => {
  it('after every step of random raw writes (dangling references of every kind), per record = full, and `touched` covers every changed record', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 30 }), (ops) => {
        const doc = designToDoc(hall);
        let snap = readSnapshot(doc);
        const seen: Y.Transaction[] = [];
        doc.on('afterTransaction', (t: Y.Transaction) => seen.push(t));
        for (const o of ops) {
          const tr = seen.length;
          write(doc, o);
          for (const t of seen.slice(tr)) {
            const next = refreshSnapshot(snap, doc, changedKeys(doc, t));
            expectTouchedCovers(snap, next);
            snap = next;
          }
          const full = readSnapshot(doc);
          expect(snap.design).toEqual(full.design);
          expect(sorted(snap)).toEqual(sorted(full));
          expect(snap.notices).toEqual([
            ...snap.byRecord.devices.values(),
            ...[...snap.byRecord.cables.values()].flat(),
          ]);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
