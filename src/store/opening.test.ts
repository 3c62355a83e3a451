/**
 * A design that is opening takes no edits: while `session.opening` is set (the library is
 * creating or reading the next design; the design on screen is the one being left), every edit,
 * undo and redo is refused, changes nothing in either document and says so once. Remote changes
 * still apply. Once the next design is bound and the flag clears, edits land in the new design.
 *
 * ```text
 *   A bound ──setOpening("B")──► edits refused (A unchanged) ──bind B, setOpening(null)──► edits → B
 *                                   ▲ another tab writes A: applied
 * ```
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { emptyDesign } from '../core/design';
import { partId, type RackId } from '../core/ids';
import { designToDoc, docToDesign } from '../io/records';
import { bindableDoc } from './docBinding';
import { createDesignerStore } from './store';

const WAIT = 'Opening “Hall B” — wait a moment';
const rackNames = (d: { racks: Record<string, { name: string }> }) =>
  Object.values(d.racks)
    .map((r) => r.name)
    .sort();

function openingStore() {
  const store = createDesignerStore(emptyDesign('Hall A'));
  const a = store.getState().actions;
  const kept = a.addRack({ name: 'A1' });
  a.addRack({ name: 'A2' });
  a.undo(); // A2 waits on the redo stack
  return { store, a, kept };
}

describe('a design that is opening takes no edits', () => {
  it('refuses every edit, undo and redo while opening: nothing changes, the reason is returned and shown', () => {
    const { store, a, kept } = openingStore();
    a.setOpening('“Hall B”');
    const before = store.getState().doc;
    const history = store.getState().history;
    expect(history.past.map((e) => e.label)).toEqual(['Add rack']);
    expect(history.future.map((e) => e.label)).toEqual(['Add rack']);

    expect(a.addRack({ name: 'Stray' })).toBeNull();
    expect(a.renameDesign('Renamed')).toBe(false);
    expect(a.renameRack(kept as RackId, 'Renamed')).toBe(false);
    a.deleteRack(kept as RackId);
    a.undo();
    a.redo();
    expect(a.loadDesign(emptyDesign('Replaced'))).toBe(false);
    expect(a.placePart(partId('equipment/enclosure-1u-4slot-cassette-modular'))).toBeNull();
    a.beginGesture('Move A1');
    expect(store.getState().history.gesture).toBeNull();

    expect(store.getState().doc).toBe(before);
    expect(store.getState().history.past.map((e) => e.label)).toEqual(['Add rack']);
    expect(store.getState().history.future.map((e) => e.label)).toEqual(['Add rack']);
    expect(rackNames(store.getState().doc)).toEqual(['A1']);
    expect(store.getState().session.notice).toMatchObject({ tone: 'info', text: WAIT });
  });

  it('says it once, not once per key repeat', () => {
    const { store, a } = openingStore();
    a.setOpening('“Hall B”');
    a.undo();
    const first = store.getState().session.notice;
    for (let i = 0; i < 30; i++) a.undo();
    for (let i = 0; i < 5; i++) a.addRack();
    expect(store.getState().session.notice).toBe(first);
    expect(first?.text).toBe(WAIT);
  });

  it('abandons an open gesture when the open starts: the drag does not land in the design being left', () => {
    const { store, a, kept } = openingStore();
    a.beginGesture('Rename while dragging');
    a.renameRack(kept as RackId, 'Dragged');
    expect(rackNames(store.getState().doc)).toEqual(['Dragged']);
    a.setOpening('“Hall B”');
    expect(store.getState().history.gesture).toBeNull();
    a.commitGesture();
    expect(rackNames(store.getState().doc)).toEqual(['A1']);
    expect(store.getState().history.past).toHaveLength(1);
  });

  it('starts no palette drag while opening, and ends one under way when the open starts', () => {
    const { store, a } = openingStore();
    const part = { kind: 'part', part: partId('equipment/enclosure-1u-4slot-cassette-modular') } as const;
    a.startDrag({ source: part, pointerId: 1, clientX: 10, clientY: 20 });
    expect(store.getState().session.drag).not.toBeNull();
    a.setOpening('“Hall B”');
    expect(store.getState().session.drag).toBeNull();
    a.startDrag({ source: part, pointerId: 2, clientX: 10, clientY: 20 });
    expect(store.getState().session.drag).toBeNull();
    expect(store.getState().session.notice).toMatchObject({ tone: 'info', text: WAIT });
    a.setOpening(null);
    a.startDrag({ source: part, pointerId: 3, clientX: 10, clientY: 20 });
    expect(store.getState().session.drag).toMatchObject({ pointerId: 3 });
  });

  it('still applies a change from another tab to the design being left', () => {
    const a0 = designToDoc(emptyDesign('Hall A'));
    const bound = bindableDoc(a0);
    const store = createDesignerStore();
    const a = store.getState().actions;
    a.bindDocument(bound);
    a.setOpening('“Hall B”');
    // Another tab's update arrives with its own origin (not this user's local edit).
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(a0));
    other.getMap('meta').set('name', 'Renamed in the other tab');
    Y.applyUpdate(a0, Y.encodeStateAsUpdate(other), 'tab');
    expect(store.getState().doc.name).toBe('Renamed in the other tab');
    expect(store.getState().history.past).toEqual([]);
  });

  it('after the flag clears, edits land in the newly bound design and the one left is unchanged', () => {
    const left = bindableDoc(designToDoc(emptyDesign('Hall A')));
    const opened = bindableDoc(designToDoc(emptyDesign('Hall B')));
    const store = createDesignerStore();
    const a = store.getState().actions;
    a.bindDocument(left);
    a.setOpening('“Hall B”');
    expect(a.addRack({ name: 'Too early' })).toBeNull();
    a.bindDocument(opened);
    a.setOpening(null);
    expect(store.getState().session.opening).toBeNull();
    // The "wait" notice goes with the flag.
    expect(store.getState().session.notice).toBeNull();
    expect(a.addRack({ name: 'B1' })).not.toBeNull();
    expect(rackNames(docToDesign(opened.ydoc).design)).toEqual(['B1']);
    expect(rackNames(docToDesign(left.ydoc).design)).toEqual([]);
    a.undo();
    expect(rackNames(docToDesign(opened.ydoc).design)).toEqual([]);
  });
});
