/**
 * Recent designs of a document binding: an undo, a redo or another tab's change that brings back
 * a design shown before gives back that very object, decided at the changed keys alone.
 *
 * ```text
 *  S0 ─rename rack r─► S1 ─undo─► (equal to S0) → S0 itself ─redo─► S1 itself
 *  another tab renames r back and forth: the design equal to S0 again → S0 itself
 * ```
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { emptyDesign, type Design } from '../core/design';
import type { RackId } from '../core/ids';
import { designToDoc, type ChangedKeys } from '../io/records';
import { bindableDoc } from './docBinding';
import { RecentSnapshots, sameAtKeys } from './recentSnapshots';
import { createDesignerStore } from './store';

/** A store bound to a fresh document with two racks; the other tab's document joined to it. */
function boundWithTwoRacks() {
  const ya = designToDoc(emptyDesign('Recent'));
  const yb = new Y.Doc();
  Y.applyUpdate(yb, Y.encodeStateAsUpdate(ya));
  ya.on('update', (u: Uint8Array, o: unknown) => o !== 'tab' && Y.applyUpdate(yb, u, 'tab'));
  yb.on('update', (u: Uint8Array, o: unknown) => o !== 'tab' && Y.applyUpdate(ya, u, 'tab'));
  const store = createDesignerStore();
  store.getState().actions.bindDocument(bindableDoc(ya));
  const a = store.getState().actions;
  const r1 = a.addRack({ name: 'R1' }) as RackId;
  const r2 = a.addRack({ name: 'R2' }) as RackId;
  return { store, yb, r1, r2 };
}

describe('a binding gives back the design object shown before', () => {
  it('undo gives back the design before the edit, redo the design after it', () => {
    const { store, r1 } = boundWithTwoRacks();
    const s0 = store.getState().doc;
    store.getState().actions.renameRack(r1, 'Renamed');
    const s1 = store.getState().doc;
    expect(s1).not.toBe(s0);
    store.getState().actions.undo();
    expect(store.getState().doc).toBe(s0);
    store.getState().actions.redo();
    expect(store.getState().doc).toBe(s1);
    expect(store.getState().doc.racks[r1]?.name).toBe('Renamed');
  });

  it('another tab bringing a record back gives back the design; a new value does not', () => {
    const { store, yb, r1 } = boundWithTwoRacks();
    const s0 = store.getState().doc;
    const rack = yb.getMap('racks').get(r1) as Record<string, unknown>;
    yb.getMap('racks').set(r1, { ...rack, name: 'Elsewhere' });
    const s1 = store.getState().doc;
    expect(s1.racks[r1]?.name).toBe('Elsewhere');
    yb.getMap('racks').set(r1, { ...rack, name: 'Third' });
    const s2 = store.getState().doc;
    expect([s0, s1]).not.toContain(s2);
    yb.getMap('racks').set(r1, { ...rack });
    expect(store.getState().doc).toBe(s0);
  });

  it('a design that differs from a remembered one at a key changed earlier is not taken for it', () => {
    const { store, r1, r2 } = boundWithTwoRacks();
    const a = store.getState().actions;
    const s0 = store.getState().doc;
    a.renameRack(r1, 'One');
    a.renameRack(r2, 'Two');
    a.undo();
    // Equal to s0 at r2 (the undone key) but not at r1 (changed before): a new design.
    const after = store.getState().doc;
    expect(after).not.toBe(s0);
    expect(after.racks[r1]?.name).toBe('One');
    expect(after.racks[r2]?.name).toBe(s0.racks[r2]?.name);
  });
});

/** A design whose collections count how often their keys are listed (`Object.keys`). */
function counted(d: Design, count: { keys: number }): Design {
  const wrap = <T extends object>(o: T): T =>
    new Proxy(o, {
      ownKeys(t) {
        count.keys++;
        return Reflect.ownKeys(t);
      },
    });
  return { ...d, racks: wrap(d.racks), devices: wrap(d.devices), cables: wrap(d.cables) };
}

const rackKeys = (...keys: string[]): ChangedKeys => ({
  meta: new Set(),
  collections: new Map([['racks', new Set(keys)]]),
});

describe('RecentSnapshots', () => {
  // Three racks; s1 renames r1; s2 is s0's r1 again (a new object, equal by value).
  const base = emptyDesign('Keys');
  const rack = (id: string, name: string) => ({ id, name, heightU: 42, row: 'Row A', order: 0 });
  const s0 = { ...base, racks: { r1: rack('r1', 'A'), r2: rack('r2', 'B'), r3: rack('r3', 'C') } } as unknown as Design;
  const s1 = { ...s0, racks: { ...s0.racks, r1: rack('r1', 'Z') } } as unknown as Design;
  const s2 = { ...s1, racks: { ...s1.racks, r1: rack('r1', 'A') } } as unknown as Design;

  it('with known changed keys: finds the remembered design without listing any collection', () => {
    const count = { keys: 0 };
    const recent = new RecentSnapshots();
    const first = counted(s0, count);
    recent.shown(first, null);
    recent.shown(counted(s1, count), rackKeys('r1'));
    count.keys = 0;
    expect(recent.find(counted(s2, count), rackKeys('r1'))).toBe(first);
    expect(count.keys).toBe(0);
  });

  it('with unknown changed keys: compares record by record (lists the collections), same answer', () => {
    const count = { keys: 0 };
    const recent = new RecentSnapshots();
    const first = counted(s0, count);
    recent.shown(first, null);
    recent.shown(counted(s1, count), null);
    count.keys = 0;
    expect(recent.find(counted(s2, count), null)).toBe(first);
    expect(count.keys).toBeGreaterThan(0);
  });

  it('keys changed since a design was shown rule it out even when the new change matches it', () => {
    const recent = new RecentSnapshots();
    recent.shown(s0, null);
    const s1b = { ...s1, racks: { ...s1.racks, r2: rack('r2', 'Y') } } as unknown as Design;
    recent.shown(s1, rackKeys('r1'));
    recent.shown(s1b, rackKeys('r2'));
    // Back to s0's r1, but r2 still differs from s0: neither s0 nor s1 nor s1b.
    const d = { ...s1b, racks: { ...s1b.racks, r1: rack('r1', 'A') } } as unknown as Design;
    expect([s0, s1, s1b]).not.toContain(recent.find(d, rackKeys('r1')));
  });

  it('sameAtKeys: a record present in one design only, or with another value, differs', () => {
    const without = {
      ...s0,
      racks: { r2: s0.racks['r2' as RackId], r3: s0.racks['r3' as RackId] },
    } as unknown as Design;
    expect(sameAtKeys(s0, without, rackKeys('r1'))).toBe(false);
    expect(sameAtKeys(s0, s1, rackKeys('r1'))).toBe(false);
    expect(sameAtKeys(s0, s2, rackKeys('r1'))).toBe(true);
    expect(sameAtKeys(s0, s1, rackKeys('r2', 'r3'))).toBe(true);
  });
});
