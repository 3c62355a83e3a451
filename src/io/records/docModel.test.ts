/**
 * The document of records: a design written into a Y.Doc reads back deep-equal (also through an
 * encoded update, as another tab or the server receives it); a transaction re-reads only the
 * keys it changed and every other record keeps its object; an invalid value is not applied but
 * kept aside with its JSON path; concurrent deletes read as a design the file loader accepts.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { methodA, u1Breakout } from '../../../scripts/generate-examples';
import { emptyDesign, type Design } from '../../core/design';
import * as E from '../../core/edits';
import { DATA_HALL_SIZES, generateDataHall } from '../../core/dataHall';
import { cableId, deviceId, partId, rackId } from '../../core/ids';
import { parseDesignFile } from '../loadDesign';
import { customPartsDesign } from '../fixtures/sampleDesigns';
import { serializeDesign } from '../saveDesign';
import {
  applyDiff,
  changedKeys,
  commitEdit,
  designToDoc,
  diffDesign,
  docSchemaVersion,
  docToDesign,
  readSnapshot,
  refreshSnapshot,
  type DocSnapshot,
} from './index';

const DESIGNS: readonly [string, () => Design][] = [
  ['Method A example', methodA],
  ['U1 breakout example', u1Breakout],
  ['custom parts of every kind', customPartsDesign],
  ['2.5k-fiber data hall', () => generateDataHall(DATA_HALL_SIZES['2.5k'])],
  ['empty design', () => emptyDesign('Nothing yet')],
];

/** The loader's view of a design: what "a design the file loader accepts" means. */
const reopened = (d: Design) => parseDesignFile(serializeDesign(d));

/** Two docs joined like two tabs: every update of one is applied to the other. */
function joinedPair() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'sync' && Y.applyUpdate(b, u, 'sync'));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'sync' && Y.applyUpdate(a, u, 'sync'));
  return { a, b };
}

/** Keeps a snapshot of `doc` current the way the store does: refresh on every transaction. */
function follow(doc: Y.Doc) {
  let snap: DocSnapshot = readSnapshot(doc);
  doc.on('afterTransaction', (tr: Y.Transaction) => {
    snap = refreshSnapshot(snap, doc, changedKeys(doc, tr));
  });
  return () => snap;
}

describe('designToDoc / docToDesign', () => {
  it.each(DESIGNS)('%s reads back deep-equal, directly and through an encoded update', (_n, build) => {
    const design = build();
    const doc = designToDoc(design);
    expect(docToDesign(doc)).toEqual({ design, aside: [], notices: [] });
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(docToDesign(other).design).toEqual(design);
    const file = reopened(docToDesign(other).design);
    expect(file.ok && file.design).toEqual(design);
  });

  it('lays the doc out as one meta map and one map per collection, values the plain records', () => {
    const design = methodA();
    const doc = designToDoc(design);
    expect(doc.getMap('meta').toJSON()).toEqual({ schemaVersion: 1, name: design.name, settings: design.settings });
    for (const c of ['racks', 'devices', 'cables', 'parts'] as const) {
      expect([...doc.getMap(c).keys()].sort()).toEqual(Object.keys(design[c]).sort());
      for (const [k, v] of doc.getMap(c).entries()) expect(v).toEqual(design[c][k]);
    }
  });

  it('a newer schema version is not read: its version is reported and nothing else is applied', () => {
    const doc = designToDoc(methodA());
    doc.getMap('meta').set('schemaVersion', 7);
    expect(docSchemaVersion(doc)).toBe(7);
    const r = docToDesign(doc);
    expect(r.design).toEqual(emptyDesign());
    expect(r.aside.map((x) => [x.path, x.message])).toEqual([
      ['$.schemaVersion', 'written by a newer MPO Designer (schema version 7); this version reads up to 1'],
    ]);
  });
});

describe('diffDesign / applyDiff', () => {
  it('finds changed records by identity, writes them whole in one transaction', () => {
    const design = methodA();
    const doc = designToDoc(design);
    const cab = Object.keys(design.cables)[0] as string;
    const next = E.renameDesign(E.updateCable(design, cableId(cab), { lengthM: 42 }), 'Renamed');
    const diff = diffDesign(design, next);
    expect(diff.meta).toEqual([['name', 'Renamed']]);
    expect([...diff.collections.keys()]).toEqual(['cables']);
    expect(diff.collections.get('cables')).toEqual({ set: [[cab, next.cables[cab]]], deleted: [] });
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    applyDiff(doc, diff, 'local');
    expect(transactions).toBe(1);
    expect(docToDesign(doc).design).toEqual(next);
  });

  it('equal records that are new objects write nothing; deleted keys are deleted', () => {
    const design = methodA();
    const copy = JSON.parse(JSON.stringify(design)) as Design;
    expect(diffDesign(design, copy)).toEqual({ meta: [], collections: new Map() });
    const dev = Object.keys(design.devices)[0] as string;
    const next = E.deleteDevices(design, [deviceId(dev)]);
    const d = diffDesign(design, next).collections.get('devices');
    expect(d?.deleted).toContain(dev);
  });
});

describe('refreshSnapshot (another tab, the server, undo)', () => {
  it('re-reads only changed keys: other collections and records keep their objects', () => {
    const design = generateDataHall(DATA_HALL_SIZES['2.5k']);
    const { a, b } = joinedPair();
    designToDoc(design, a);
    const snapA = follow(a);
    const before = snapA().design;
    const [k1, k2] = Object.keys(design.cables) as [string, string];
    const edited = E.updateCable(docToDesign(b).design, cableId(k1), { lengthM: 7.5 });
    applyDiff(b, diffDesign(docToDesign(b).design, edited), 'local');
    const after = snapA().design;
    expect(after.cables[k1]?.lengthM).toBe(7.5);
    expect(after.cables[k2]).toBe(before.cables[k2]);
    expect(after.devices).toBe(before.devices);
    expect(after.racks).toBe(before.racks);
    expect(after.parts).toBe(before.parts);
    expect(after.settings).toBe(before.settings);
    // Frozen, as the core's edits leave theirs (so immer stops at them instead of walking them).
    expect(Object.isFrozen(after.cables)).toBe(true);
    expect(Object.isFrozen(after.cables[k1])).toBe(true);
    expect(Object.isFrozen(after.cables[k1]?.ends)).toBe(true);
    expect(Object.keys(after.cables)).toEqual(Object.keys(before.cables));
  });

  it('an invalid record is not applied: kept aside with its path, the rest of the transaction goes on', () => {
    const design = methodA();
    const { a, b } = joinedPair();
    designToDoc(design, a);
    const snapA = follow(a);
    const [k1, k2] = Object.keys(design.cables) as [string, string];
    b.transact(() => {
      b.getMap('cables').set(k1, { ...design.cables[k1], lengthM: 200_000 });
      b.getMap('cables').set(k2, { ...design.cables[k2], name: 'Renamed in tab B' });
      b.getMap('racks').set('r-bad', { id: 'r-other', name: 'x', heightU: 42, row: 'A', order: 9 });
    });
    const s = snapA();
    expect(s.design.cables[k1]).toEqual(design.cables[k1]);
    expect(s.design.cables[k2]?.name).toBe('Renamed in tab B');
    expect(s.design.racks['r-bad']).toBeUndefined();
    expect([...s.aside.values()].map((x) => [x.path, x.message])).toEqual([
      [`$.cables["${k1}"].lengthM`, 'must be 0–100,000 m; received 200000'],
      ['$.racks["r-bad"].id', 'id "r-other" does not match its key "r-bad" (each record is keyed by its own id)'],
    ]);
    expect([...s.aside.values()][0]?.value).toMatchObject({ lengthM: 200_000 });
    expect(reopened(s.design).ok).toBe(true);
    // A valid value under the same key later replaces the aside entry.
    b.getMap('cables').set(k1, { ...design.cables[k1], lengthM: 90 });
    expect(snapA().design.cables[k1]?.lengthM).toBe(90);
    expect([...snapA().aside.keys()]).toEqual(['racks/r-bad']);
  });

  it('a cable into a device another tab deleted reads unplugged, with a notice; undoing the delete plugs it back', () => {
    //   tab A: delete Leaf-1 ─┐                  ┌─ merged: cable end on a missing device
    //   tab B: new cord into Leaf-1 cage ─────────┘   → end shown unplugged (document keeps it)
    const base = methodA();
    const a = designToDoc(base);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const leaf = Object.values(base.devices).find((d) => d.name === 'Leaf-1');
    expect(leaf).toBeDefined();
    const leafId = deviceId(leaf?.id ?? '');
    const um = new Y.UndoManager(
      ['meta', 'racks', 'devices', 'cables', 'parts'].map((n) => a.getMap(n)),
      {
        trackedOrigins: new Set(['local']),
        captureTimeout: 0,
      },
    );
    applyDiff(a, diffDesign(base, E.deleteDevices(base, [leafId])), 'local');
    const cord = {
      id: 'cab-new',
      part: partId('cable/lc-duplex-ab-upc'),
      name: 'New cord',
      lengthM: 3,
      fiberType: 'OM4',
      ends: { A: { device: leafId, port: 'cage-9' }, B: null },
    };
    b.getMap('cables').set('cab-new', cord);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b), 'sync');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a), 'sync');
    for (const doc of [a, b]) {
      const r = docToDesign(doc);
      expect(r.design.cables['cab-new']?.ends).toEqual({ A: null, B: null });
      expect(r.notices).toEqual([
        {
          path: '$.cables["cab-new"].ends.A',
          message: `end A of New cord is shown unplugged: device "${leafId}" no longer exists (a concurrent change)`,
        },
      ]);
      expect(reopened(r.design).ok).toBe(true);
    }
    expect(a.getMap('cables').get('cab-new')).toEqual(cord);
    um.undo();
    expect(docToDesign(a).design.cables['cab-new']?.ends).toEqual(cord.ends);
    expect(docToDesign(a).notices).toEqual([]);
  });

  it('two cassettes put into one slot concurrently: the lower id keeps it, the other reads unplaced', () => {
    const base = E.addRack(emptyDesign('Slots'));
    if (!base.ok) throw new Error(base.reason);
    const rack = rackId(Object.keys(base.design.racks)[0] ?? '');
    const encl = E.placeEquipment(base.design, {
      part: partId('equipment/enclosure-1u-4slot-cassette-modular'),
      rack,
      positionU: 10,
    });
    if (!encl.ok) throw new Error(encl.reason);
    const host = deviceId(encl.id ?? '');
    const start = encl.design;
    const a = designToDoc(start);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const mod = partId('module/mod-a-12f-1xmpo12-f-upc-om4');
    const put = (doc: Y.Doc, id: string) =>
      doc
        .getMap('devices')
        .set(id, { id, part: mod, name: id, placement: { kind: 'slot', parent: host, slot: 'slot-1' } });
    put(a, 'dev-a');
    put(b, 'dev-b');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    const r = docToDesign(a);
    expect(r.design.devices['dev-a']?.placement).toEqual({ kind: 'slot', parent: host, slot: 'slot-1' });
    expect(r.design.devices['dev-b']?.placement).toEqual({ kind: 'unplaced' });
    expect(r.notices.map((n) => n.path)).toEqual(['$.devices["dev-b"].placement']);
    expect(reopened(r.design).ok).toBe(true);
  });
});

describe('commitEdit', () => {
  it('writes the edit and returns the edited design object itself as the snapshot', () => {
    const design = methodA();
    const doc = designToDoc(design);
    const snap = readSnapshot(doc);
    const next = E.renameDesign(snap.design, 'Edited');
    const after = commitEdit(snap, next, doc, 'local');
    expect(after.design).toBe(next);
    expect(docToDesign(doc).design).toEqual(next);
  });
});
