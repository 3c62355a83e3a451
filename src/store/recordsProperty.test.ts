/**
 * Property tests of the store on the document of records (fast-check): random sequences of every
 * edit command (UI-reachable values, extremes and refused ones included), gestures and undo/redo.
 *
 *  1. store → Y.Doc → persisted update log → reopened: the design is deep-equal to the store's,
 *     and the file loader accepts it (save → reopen equal). No edit is lost.
 *  2. undo then redo gives back the design as it was (undo∘redo = identity).
 *  3. two stores on two documents exchanging updates in random order and batches converge to
 *     deep-equal designs the loader accepts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BUILTIN_PARTS, catalogueFor } from '../core/catalogue';
import { emptyDesign, type Design } from '../core/design';
import { FIBER_TYPES } from '../core/connectors';
import type { CableId, DeviceId, PartId, RackId } from '../core/ids';
import { portsOf } from '../core/parts';
import { parseDesignFile } from '../io/loadDesign';
import { designToDoc, readSnapshot } from '../io/records';
import { serializeDesign } from '../io/saveDesign';
import { demoById } from '../demos/demos';
import { bindableDoc } from './docBinding';
import { createDesignerStore, type DesignerStore } from './store';

const byKind = (k: string) => BUILTIN_PARTS.filter((p) => p.kind === k).map((p) => p.id as PartId);
const EQUIPMENT = byKind('rack-equipment');
const MODULES = byKind('module');
const TRANSCEIVERS = byKind('transceiver');
const CABLES = byKind('cable');

/** One UI-reachable command; indexes pick among what exists when it runs. */
type Command =
  | { op: 'addRack'; height: number }
  | { op: 'renameRack' | 'renameDevice' | 'renameDesign'; i: number; name: string }
  | { op: 'resizeRack'; i: number; height: number }
  | { op: 'moveRack'; i: number; to: number }
  | { op: 'deleteRack' | 'deleteDevice' | 'deleteCable'; i: number }
  | { op: 'place'; part: number; rack: number; u: number }
  | { op: 'move'; i: number; rack: number; u: number }
  | { op: 'insert' | 'plug'; part: number; host: number; slot: number }
  | { op: 'connect'; part: number; a: number; pa: number; b: number; pb: number }
  | { op: 'cable'; i: number; lengthM: number; fiber: number }
  | { op: 'margin'; db: number }
  | { op: 'gesture'; i: number; steps: number[]; cancel: boolean }
  | { op: 'undo' | 'redo' };

const idx = fc.nat(64);
const name = fc.oneof(fc.string({ maxLength: 12 }), fc.constant('x'.repeat(500)), fc.constant('y'.repeat(501)));
const w = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
const command: fc.Arbitrary<Command> = fc.oneof(
  w(
    1,
    fc.record({
      op: fc.constant('addRack' as const),
      height: fc.oneof(fc.constant(42), fc.integer({ min: 0, max: 61 })),
    }),
  ),
  w(
    1,
    fc.record({
      op: fc.constantFrom('renameRack' as const, 'renameDevice' as const, 'renameDesign' as const),
      i: idx,
      name,
    }),
  ),
  w(1, fc.record({ op: fc.constant('resizeRack' as const), i: idx, height: fc.integer({ min: 0, max: 61 }) })),
  w(1, fc.record({ op: fc.constant('moveRack' as const), i: idx, to: idx })),
  w(
    1,
    fc.record({ op: fc.constantFrom('deleteRack' as const, 'deleteDevice' as const, 'deleteCable' as const), i: idx }),
  ),
  w(4, fc.record({ op: fc.constant('place' as const), part: idx, rack: idx, u: fc.integer({ min: 0, max: 61 }) })),
  w(1, fc.record({ op: fc.constant('move' as const), i: idx, rack: idx, u: fc.integer({ min: 0, max: 61 }) })),
  w(5, fc.record({ op: fc.constantFrom('insert' as const, 'plug' as const), part: idx, host: idx, slot: idx })),
  w(6, fc.record({ op: fc.constant('connect' as const), part: idx, a: idx, pa: idx, b: idx, pb: idx })),
  w(
    2,
    fc.record({
      op: fc.constant('cable' as const),
      i: idx,
      lengthM: fc.oneof(fc.double({ min: 0, max: 100_000, noNaN: true }), fc.constantFrom(-1, 100_001, 200_000)),
      fiber: idx,
    }),
  ),
  w(
    1,
    fc.record({
      op: fc.constant('margin' as const),
      db: fc.oneof(fc.double({ min: 0, max: 20, noNaN: true }), fc.constant(25)),
    }),
  ),
  w(
    1,
    fc.record({
      op: fc.constant('gesture' as const),
      i: idx,
      steps: fc.array(fc.integer({ min: 1, max: 42 }), { maxLength: 4 }),
      cancel: fc.boolean(),
    }),
  ),
  w(2, fc.record({ op: fc.constantFrom('undo' as const, 'redo' as const) })),
);

const pick = <T>(xs: readonly T[], i: number): T | undefined => (xs.length ? xs[i % xs.length] : undefined);

/** Runs one command on a store (refusals are fine: they must change nothing). */
function run(store: DesignerStore, c: Command): void {
  const s = store.getState();
  const a = s.actions;
  const d = s.doc;
  const racks = Object.keys(d.racks) as RackId[];
  const devices = Object.keys(d.devices) as DeviceId[];
  const cables = Object.keys(d.cables) as CableId[];
  const mounted = devices.filter((id) => d.devices[id]?.placement.kind === 'rack');
  switch (c.op) {
    case 'addRack':
      a.addRack({ heightU: c.height });
      return;
    case 'renameRack': {
      const r = pick(racks, c.i);
      if (r) a.renameRack(r, c.name);
      return;
    }
    case 'renameDevice': {
      const v = pick(devices, c.i);
      if (v) a.renameDevice(v, c.name);
      return;
    }
    case 'renameDesign':
      a.renameDesign(c.name);
      return;
    case 'resizeRack': {
      const r = pick(racks, c.i);
      if (r) a.resizeRack(r, c.height);
      return;
    }
    case 'moveRack': {
      const r = pick(racks, c.i);
      if (r) a.moveRack(r, c.to % Math.max(1, racks.length));
      return;
    }
    case 'deleteRack': {
      const r = pick(racks, c.i);
      if (r) a.deleteRack(r);
      return;
    }
    case 'deleteDevice': {
      const v = pick(devices, c.i);
      if (v) a.deleteDevices([v]);
      return;
    }
    case 'deleteCable': {
      const k = pick(cables, c.i);
      if (k) a.deleteCable(k);
      return;
    }
    case 'place': {
      const r = pick(racks, c.rack);
      const p = pick(EQUIPMENT, c.part);
      if (r && p) a.placeEquipment(p, r, c.u);
      return;
    }
    case 'move': {
      const v = pick(mounted, c.i);
      const r = pick(racks, c.rack);
      if (v && r) a.moveEquipment(v, r, c.u);
      return;
    }
    case 'insert':
    case 'plug': {
      const host = pick(devices, c.host);
      const hp = host ? catalogueFor(d).get(d.devices[host]?.part ?? '') : undefined;
      if (!host || hp?.kind !== 'rack-equipment') return;
      if (c.op === 'insert') {
        const slot = pick(hp.slots, c.slot);
        const p = pick(MODULES, c.part);
        if (slot && p) a.insertModule(p, host, slot.key);
      } else {
        const cage = pick(hp.cages, c.slot);
        const p = pick(TRANSCEIVERS, c.part);
        if (cage && p) a.plugTransceiver(p, host, cage.key);
      }
      return;
    }
    case 'connect': {
      // A port of device `di`, then a cable part whose first end fits it, then a port of device
      // `b` fitting the cable's last end (refusals remain possible: taken ports, same port).
      const portDefs = (di: number) => {
        const dev = pick(devices, di);
        const part = dev ? catalogueFor(d).get(d.devices[dev]?.part ?? '') : undefined;
        return dev && part && part.kind !== 'cable' ? portsOf(part).map((def) => ({ dev, def })) : [];
      };
      const from = pick(portDefs(c.a), c.pa);
      if (!from) return;
      const fitting = CABLES.filter((id) => {
        const cp = catalogueFor(d).get(id);
        return cp?.kind === 'cable' && cp.ends[0]?.connector.variant === from.def.accepts;
      });
      const p = pick(fitting, c.part);
      const cp = p ? catalogueFor(d).get(p) : undefined;
      if (!p || cp?.kind !== 'cable') return;
      const last = cp.ends.at(-1)?.connector.variant;
      const to = pick(
        portDefs(c.b).filter((x) => x.def.accepts === last),
        c.pb,
      );
      if (to) a.connect(p, { device: from.dev, port: from.def.key }, { device: to.dev, port: to.def.key });
      return;
    }
    case 'cable': {
      const k = pick(cables, c.i);
      if (k) a.updateCable(k, { lengthM: c.lengthM, fiberType: pick(FIBER_TYPES, c.fiber) ?? 'OM4' });
      return;
    }
    case 'margin':
      a.updateSettings({ designMarginDb: c.db });
      return;
    case 'gesture': {
      const v = pick(mounted, c.i);
      const pl = v ? d.devices[v]?.placement : undefined;
      if (!v || pl?.kind !== 'rack') return;
      a.beginGesture('Move');
      for (const u of c.steps) a.moveEquipment(v, pl.rack, u);
      if (c.cancel) a.cancelGesture();
      else a.commitGesture();
      return;
    }
    case 'undo':
      a.undo();
      return;
    case 'redo':
      a.redo();
  }
}

/** A store on a document whose every update is logged (what y-indexeddb stores). */
function loggedStore(start: Design) {
  const ydoc = designToDoc(start);
  const log: Uint8Array[] = [Y.encodeStateAsUpdate(ydoc)];
  ydoc.on('update', (u: Uint8Array) => log.push(u));
  const store = createDesignerStore();
  store.getState().actions.bindDocument(bindableDoc(ydoc));
  return { store, log };
}

const TWO_RACKS = (() => {
  const s = createDesignerStore(emptyDesign('Property'));
  s.getState().actions.addRack();
  s.getState().actions.addRack();
  return s.getState().doc;
})();
/** Where sequences start: two empty racks, or a demo with devices and cables to edit and delete. */
const start = fc.constantFrom(
  TWO_RACKS,
  ...['broken-method-a', 'breakout-40g', 'spine-leaf-sr4'].map((id) =>
    (demoById(id) as { build: () => Design }).build(),
  ),
);

/** The design a replay of `log` reads (a reload), and the loader's view of the store's design. */
function reopen(log: readonly Uint8Array[]): Design {
  const doc = new Y.Doc();
  for (const u of log) Y.applyUpdate(doc, u);
  return readSnapshot(doc).design;
}

describe('store on the document of records (property)', () => {
  it(
    'random edit sequences → persisted update log → reopened: deep-equal, loader-valid, nothing lost',
    { timeout: 180_000 },
    () => {
      fc.assert(
        fc.property(start, fc.array(command, { minLength: 1, maxLength: 40 }), (from, cmds) => {
          const { store, log } = loggedStore(from);
          for (const c of cmds) run(store, c);
          const now = store.getState().doc;
          expect(reopen(log)).toEqual(now);
          const file = parseDesignFile(serializeDesign(now));
          expect(file.ok && file.design).toEqual(now);
        }),
        { numRuns: 300, seed: 9_2025 },
      );
    },
  );

  it('undo then redo gives back the design as it was', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(start, fc.array(command, { minLength: 1, maxLength: 30 }), fc.nat(30), (from, cmds, at) => {
        const { store } = loggedStore(from);
        cmds.forEach((c, i) => {
          run(store, c);
          if (i !== at % cmds.length || store.getState().history.past.length === 0) return;
          const before = store.getState().doc;
          store.getState().actions.undo();
          store.getState().actions.redo();
          expect(store.getState().doc).toEqual(before);
        });
      }),
      { numRuns: 200, seed: 9_2026 },
    );
  });

  it('two stores exchanging updates in random order and batches converge', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(
        start,
        fc.array(fc.tuple(fc.boolean(), command, fc.boolean()), { minLength: 1, maxLength: 30 }),
        (from, steps) => {
          const ya = designToDoc(from);
          const yb = new Y.Doc();
          Y.applyUpdate(yb, Y.encodeStateAsUpdate(ya));
          const toB: Uint8Array[] = [];
          const toA: Uint8Array[] = [];
          ya.on('update', (u: Uint8Array, o: unknown) => o !== 'net' && toB.push(u));
          yb.on('update', (u: Uint8Array, o: unknown) => o !== 'net' && toA.push(u));
          const A = createDesignerStore();
          const B = createDesignerStore();
          A.getState().actions.bindDocument(bindableDoc(ya));
          B.getState().actions.bindDocument(bindableDoc(yb));
          const deliver = (q: Uint8Array[], doc: Y.Doc, reverse: boolean) => {
            const batch = q.splice(0);
            for (const u of reverse ? batch.reverse() : batch) Y.applyUpdate(doc, u, 'net');
          };
          for (const [onA, c, sync] of steps) {
            run(onA ? A : B, c);
            if (sync) {
              deliver(toB, yb, c.op === 'undo');
              deliver(toA, ya, c.op === 'redo');
            }
          }
          while (toA.length || toB.length) {
            deliver(toB, yb, true);
            deliver(toA, ya, false);
          }
          const da = A.getState().doc;
          expect(B.getState().doc).toEqual(da);
          expect(parseDesignFile(serializeDesign(da)).ok).toBe(true);
        },
      ),
      { numRuns: 150, seed: 9_2027 },
    );
  });
});
