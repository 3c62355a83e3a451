/**
 * The store on a document of records: two stores on two joined documents (two tabs) see each
 * other's edits; each undoes only its own steps; an invalid remote record is kept aside while the
 * rest applies; a gesture is one step, written when it ends, with a remote change applied under it.
 *
 * ```text
 *  store A ── Y.Doc A ══ updates ══ Y.Doc B ── store B
 * ```
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { emptyDesign } from '../core/design';
import { partId, type DeviceId, type RackId } from '../core/ids';
import { designToDoc } from '../io/records';
import { bindableDoc } from './docBinding';
import { createDesignerStore } from './store';

const ENCL = partId('equipment/enclosure-1u-4slot-cassette-modular');

function twoTabs() {
  const ya = designToDoc(emptyDesign('Shared'));
  const yb = new Y.Doc();
  Y.applyUpdate(yb, Y.encodeStateAsUpdate(ya));
  ya.on('update', (u: Uint8Array, o: unknown) => o !== 'tab' && Y.applyUpdate(yb, u, 'tab'));
  yb.on('update', (u: Uint8Array, o: unknown) => o !== 'tab' && Y.applyUpdate(ya, u, 'tab'));
  const A = createDesignerStore();
  const B = createDesignerStore();
  A.getState().actions.bindDocument(bindableDoc(ya));
  B.getState().actions.bindDocument(bindableDoc(yb));
  return { A, B, ya, yb };
}

describe('two stores on joined documents', () => {
  it('see each other edits live; each undoes only its own', () => {
    const { A, B } = twoTabs();
    const rA = A.getState().actions.addRack({ name: 'From A' }) as RackId;
    expect(B.getState().doc.racks[rA]?.name).toBe('From A');
    B.getState().actions.renameDesign('Named in B');
    expect(A.getState().doc.name).toBe('Named in B');
    expect(A.getState().history.past.map((e) => e.label)).toEqual(['Add rack']);
    expect(B.getState().history.past.map((e) => e.label)).toEqual(['Rename design']);
    A.getState().actions.undo();
    expect(B.getState().doc.racks[rA]).toBeUndefined();
    expect(B.getState().doc.name).toBe('Named in B');
    expect(A.getState().history.future.map((e) => e.label)).toEqual(['Add rack']);
    A.getState().actions.redo();
    expect(B.getState().doc.racks[rA]?.name).toBe('From A');
  });

  it('an invalid record from the other side is kept aside; the same transaction’s valid records apply', () => {
    const { A, yb } = twoTabs();
    const rack = A.getState().actions.addRack() as RackId;
    const before = A.getState().doc.racks[rack];
    yb.transact(() => {
      yb.getMap('racks').set(rack, { ...before, heightU: 0.5 });
      yb.getMap('meta').set('name', 'Renamed remotely');
    });
    const s = A.getState();
    expect(s.doc.racks[rack]).toBe(before);
    expect(s.doc.name).toBe('Renamed remotely');
    expect(s.records.aside.map((x) => [x.path, x.message])).toEqual([
      [`$.racks["${rack}"].heightU`, 'must be 1–60 U (whole numbers); received a fraction'],
    ]);
  });

  it('a gesture is one step written when it ends; a remote change underneath it survives', () => {
    const { A, B } = twoTabs();
    const a = A.getState().actions;
    const rack = a.addRack() as RackId;
    const dev = a.placeEquipment(ENCL, rack, 10) as DeviceId;
    const steps = A.getState().history.past.length;
    a.beginGesture('Move P1');
    a.moveEquipment(dev, rack, 11);
    a.moveEquipment(dev, rack, 12);
    expect(B.getState().doc.devices[dev]?.placement).toMatchObject({ positionU: 10 });
    B.getState().actions.renameRack(rack, 'Renamed in B');
    expect(A.getState().doc.racks[rack]?.name).toBe('Renamed in B');
    expect(A.getState().doc.devices[dev]?.placement).toMatchObject({ positionU: 12 });
    a.commitGesture();
    expect(A.getState().history.past.length).toBe(steps + 1);
    expect(B.getState().doc.devices[dev]?.placement).toMatchObject({ positionU: 12 });
    a.undo();
    expect(B.getState().doc.devices[dev]?.placement).toMatchObject({ positionU: 10 });
    expect(B.getState().doc.racks[rack]?.name).toBe('Renamed in B');
  });

  it('a drop after an undo is written to the document; undo and redo still work; the other tab follows', () => {
    // A: add rack R1, drop an enclosure at U10, undo (the design before comes back), drop at U12.
    const { A, B, ya } = twoTabs();
    const a = A.getState().actions;
    const rack = a.addRack({ name: 'R1' }) as RackId;
    const before = A.getState().doc;
    const first = a.placeEquipment(ENCL, rack, 10) as DeviceId;
    a.undo();
    expect(A.getState().doc).toBe(before);
    const second = a.placeEquipment(ENCL, rack, 12) as DeviceId;
    const written = ya.getMap('devices').get(second) as { placement: unknown } | undefined;
    expect(written?.placement).toEqual({ kind: 'rack', rack, positionU: 12, face: 'front' });
    expect(B.getState().doc.devices[second]?.placement).toEqual(written?.placement);
    // The undone drop's id is free again: the new drop takes it.
    expect(second).toBe(first);
    expect(Object.keys(A.getState().doc.devices)).toEqual([...Object.keys(before.devices), second]);
    a.undo();
    expect(ya.getMap('devices').has(second)).toBe(false);
    expect(B.getState().doc.devices[second]).toBeUndefined();
    a.redo();
    expect(A.getState().doc.devices[second]?.placement).toEqual(written?.placement);
    expect(B.getState().doc.devices[second]?.placement).toEqual(written?.placement);
  });

  it('an edit the record schema refuses changes nothing and says why', () => {
    const store = createDesignerStore(emptyDesign('t'));
    const a = store.getState().actions;
    const rack = a.addRack() as RackId;
    const doc = store.getState().doc;
    a.renameRack(rack, 'x'.repeat(600));
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().session.notice?.text).toBe(
      `Not changed: $.racks["${rack}"].name must be at most 500 characters (has 600)`,
    );
  });
});

describe('one store update per edit', () => {
  it('an edit publishes the design and its undo step together, once', () => {
    const store = createDesignerStore(emptyDesign('Once'));
    const seen: { racks: number; past: number }[] = [];
    store.subscribe((s) => seen.push({ racks: Object.keys(s.doc.racks).length, past: s.history.past.length }));
    store.getState().actions.addRack({ name: 'R' });
    // Not a first update with the step but the old design, then a second one with the design.
    expect(seen).toEqual([{ racks: 1, past: 1 }]);
  });
});
