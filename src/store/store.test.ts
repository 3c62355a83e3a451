/**
 * The store, driven headlessly (tldraw TestEditor style): fresh store per test, actions in,
 * assertions on the design, the history and the session. Pins the load-bearing decisions:
 * one gesture = one undo step, a refused drop leaves no history, Escape cancels, session changes
 * never clear redo, the analysis is memoised on the design object.
 */
import { describe, expect, it } from 'vitest';
import { emptyDesign } from '../core/design';
import { partId, type CableId, type DeviceId, type RackId } from '../core/ids';
import { demoById } from '../demos/demos';
import {
  analysisOf,
  channelPath,
  channelsThroughPort,
  fixesFor,
  focusedChannel,
  isEquipmentChannel,
} from './selectors';
import { createDesignerStore } from './store';

const ENCL = partId('equipment/enclosure-1u-4slot-cassette-modular');
const LEAF = partId('equipment/switch-1u-48xsfp28-8xqsfp28');
const MOD_A = partId('module/mod-a-12f-1xmpo12-f-upc-om4');

function fresh() {
  const store = createDesignerStore(emptyDesign('t'));
  const a = store.getState().actions;
  const rack = a.addRack() as RackId;
  return { store, a, rack, s: () => store.getState() };
}

describe('history', () => {
  it('records one named step per action and undoes/redoes it', () => {
    const { a, s, rack } = fresh();
    const id = a.placeEquipment(ENCL, rack, 20) as DeviceId;
    expect(s().history.past.map((e) => e.label)).toEqual([
      'Add rack',
      'Place 1U modular enclosure, 4 cassette slots, 96F max',
    ]);
    a.undo();
    expect(s().doc.devices[id]).toBeUndefined();
    a.redo();
    expect(s().doc.devices[id]?.placement).toMatchObject({ positionU: 20 });
  });
  it('makes one undo step of a gesture with several edits (arrow-key drag, move + move)', () => {
    const { a, s, rack } = fresh();
    const id = a.placeEquipment(ENCL, rack, 20) as DeviceId;
    const before = s().history.past.length;
    a.beginGesture('Move P1');
    a.moveEquipment(id, rack, 21);
    a.moveEquipment(id, rack, 22);
    a.commitGesture();
    expect(s().history.past.length).toBe(before + 1);
    a.undo();
    expect(s().doc.devices[id]?.placement).toMatchObject({ positionU: 20 });
  });
  it('cancel restores the design the gesture started from and keeps redo', () => {
    const { a, s, rack } = fresh();
    const id = a.placeEquipment(ENCL, rack, 20) as DeviceId;
    a.undo();
    a.redo();
    a.undo();
    const future = s().history.future.length;
    a.beginGesture('Move');
    a.addRack();
    a.cancelGesture();
    expect(Object.keys(s().doc.racks)).toEqual([rack]);
    expect(s().history.future.length).toBe(future);
    expect(s().doc.devices[id]).toBeUndefined();
  });
  it('a refused edit leaves design and history alone and explains why', () => {
    const { a, s, rack } = fresh();
    a.placeEquipment(LEAF, rack, 12);
    const doc = s().doc;
    const steps = s().history.past.length;
    expect(a.placeEquipment(ENCL, rack, 12)).toBeNull();
    expect(s().doc).toBe(doc);
    expect(s().history.past.length).toBe(steps);
    expect(s().session.notice).toMatchObject({ tone: 'error', text: 'U12 taken by SW1' });
  });
  it('a later successful edit clears the stale refusal from the status bar; a notice that is not an error stays', () => {
    const { a, s, rack } = fresh();
    a.placeEquipment(LEAF, rack, 12);
    expect(a.placeEquipment(ENCL, rack, 12)).toBeNull();
    expect(s().session.notice?.tone).toBe('error');
    a.select({ kind: 'rack', id: rack }); // a session change is not an edit: the refusal stays
    expect(s().session.notice?.tone).toBe('error');
    expect(a.placeEquipment(ENCL, rack, 30)).not.toBeNull();
    expect(s().session.notice).toBeNull();
    a.notify('info', 'hello');
    a.placeEquipment(ENCL, rack, 32);
    expect(s().session.notice).toMatchObject({ tone: 'info', text: 'hello' });
  });
  it('session changes never clear redo and never change the design object', () => {
    const { a, s, rack } = fresh();
    a.placeEquipment(ENCL, rack, 20);
    a.undo();
    const doc = s().doc;
    a.select({ kind: 'rack', id: rack });
    a.setFace('rear');
    expect(s().doc).toBe(doc);
    expect(s().history.future.length).toBe(1);
  });
});

describe('placing, nudging, deleting', () => {
  it('places parts where they fit: equipment from the top, modules and transceivers into the selected host', () => {
    const { a, s } = fresh();
    const enc = a.placePart(ENCL) as DeviceId;
    expect(s().doc.devices[enc]?.placement).toMatchObject({ kind: 'rack', positionU: 42 });
    const m1 = a.placePart(MOD_A) as DeviceId;
    a.select({ kind: 'device', id: enc });
    const m2 = a.placePart(MOD_A) as DeviceId;
    expect([m1, m2].map((m) => s().doc.devices[m]?.placement)).toEqual([
      { kind: 'slot', parent: enc, slot: 'slot-1' },
      { kind: 'slot', parent: enc, slot: 'slot-2' },
    ]);
    const leaf = a.placePart(LEAF) as DeviceId;
    expect(s().doc.devices[leaf]?.placement).toMatchObject({ positionU: 41 });
    const q = a.placePart(partId('transceiver/100gbase-sr4-qsfp28')) as DeviceId;
    expect(s().doc.devices[q]?.placement).toEqual({ kind: 'cage', parent: leaf, cage: 'cage-49' });
    a.placePart(partId('cable/lc-duplex-ab-upc'));
    expect(s().session.tool).toEqual({ kind: 'connect', part: 'cable/lc-duplex-ab-upc', from: null });
  });
  it('nudges the selected equipment one unit per press, refusing collisions', () => {
    const { a, s, rack } = fresh();
    a.placeEquipment(ENCL, rack, 21);
    const id = a.placeEquipment(ENCL, rack, 19) as DeviceId;
    a.select({ kind: 'device', id });
    a.nudgeSelection(-1);
    expect(s().doc.devices[id]?.placement).toMatchObject({ positionU: 18 });
    a.nudgeSelection(+1);
    a.nudgeSelection(+1);
    expect(s().doc.devices[id]?.placement).toMatchObject({ positionU: 20 });
    a.nudgeSelection(+1);
    expect(s().doc.devices[id]?.placement).toMatchObject({ positionU: 20 });
    expect(s().session.notice?.text).toBe('U21 taken by P1');
  });
  it('deletes the selection and clears it', () => {
    const { a, s, rack } = fresh();
    const id = a.placeEquipment(ENCL, rack, 20) as DeviceId;
    a.select({ kind: 'device', id });
    a.deleteSelection();
    expect(s().doc.devices[id]).toBeUndefined();
    expect(s().session.selection).toBeNull();
  });
});

describe('connect tool, analysis and fixes', () => {
  it('lays a cord with two port picks; Escape steps out of the pick, then out of the tool', () => {
    const store = createDesignerStore(demoById('broken-method-a')?.build());
    const a = store.getState().actions;
    const s = () => store.getState();
    const sw1 = Object.values(s().doc.devices).find((d) => d.name === 'SW1')?.id as DeviceId;
    const c1 = Object.values(s().doc.devices).find((d) => d.name === 'P1-C1')?.id as DeviceId;
    a.startConnect(partId('cable/lc-duplex-ab-upc'));
    a.pickPort({ device: sw1, port: 'cage-1' });
    expect(s().session.notice?.text).toBe('SW1 Eth1: Will not mate: P1 one plug per port: already holds PC1');
    a.pickPort({ device: sw1, port: 'cage-5' });
    a.escape();
    expect(s().session.tool).toEqual({ kind: 'connect', part: 'cable/lc-duplex-ab-upc', from: null });
    a.pickPort({ device: sw1, port: 'cage-5' });
    a.pickPort({ device: c1, port: 'front-5' });
    const sel = s().session.selection;
    expect(sel?.kind).toBe('cable');
    const cable = s().doc.cables[(sel as { id: CableId }).id];
    expect(cable).toMatchObject({
      name: 'PC5',
      ends: { A: { device: sw1, port: 'cage-5' }, B: { device: c1, port: 'front-5' } },
    });
    a.escape();
    expect(s().session.tool).toEqual({ kind: 'select' });
  });
  it('memoises the analysis on the design object and repairs the broken demo with one fix = one undo step', () => {
    const store = createDesignerStore(demoById('broken-method-a')?.build());
    const a = store.getState().actions;
    const doc = store.getState().doc;
    expect(analysisOf(doc)).toBe(analysisOf(doc));
    a.select({ kind: 'rack', id: Object.keys(doc.racks)[0] as RackId });
    expect(analysisOf(store.getState().doc)).toBe(analysisOf(doc));
    const failing = analysisOf(doc).channels.find((c) => c.verdict === 'tx-to-tx');
    if (!failing) throw new Error('demo should fail');
    const fixes = fixesFor(doc, analysisOf(doc), failing);
    expect(fixes[0]?.description).toMatch(
      /^Replace PC[24] \(LC duplex cord A-to-B, UPC\) with LC duplex cord A-to-A, UPC$/,
    );
    expect(fixes[0]?.otherChannelsChanged).toBe(0);
    const steps = store.getState().history.past.length;
    a.applyFix(fixes[0] as (typeof fixes)[number]);
    const after = analysisOf(store.getState().doc)
      .channels.filter(isEquipmentChannel)
      .map((c) => [c.verdict, c.method]);
    expect(after).toEqual([
      ['ok', 'A'],
      ['ok', 'A'],
    ]);
    expect(store.getState().history.past.length).toBe(steps + 1);
    a.undo();
    expect(store.getState().doc).toBe(doc);
  });
  /*
   * broken-method-a after its polarity fix: SW cage ─PC─ MOD-A ══Type-A trunk T1══ MOD-A ─PC─ SW
   * cage, all OM4 multimode (REFERENCE §5.5.1). Setting PC2 to OS2 raises V5 (§1.8); the fix is
   * PC2's own part with OM4 fiber, applied as one undo step (issue 12 §9).
   */
  it('repairs an OS2 cord in a multimode channel by its fiber type, as one undo step', () => {
    const store = createDesignerStore(demoById('broken-method-a')?.build());
    const a = store.getState().actions;
    const doc0 = store.getState().doc;
    const failing = analysisOf(doc0).channels.find((c) => c.verdict === 'tx-to-tx')!;
    a.applyFix(fixesFor(doc0, analysisOf(doc0), failing)[0]!);
    const pc2 = Object.values(store.getState().doc.cables).find((c) => c.name === 'PC2')!;
    expect(pc2.fiberType).toBe('OM4');
    a.updateCable(pc2.id, { fiberType: 'OS2' });
    const doc = store.getState().doc;
    const invalid = analysisOf(doc).channels.find((c) => c.findings.some((f) => f.rule === 'V5'))!;
    expect(invalid.verdict).toBe('invalid');
    const fix = fixesFor(doc, analysisOf(doc), invalid).find((f) => f.target.id === pc2.id && f.toFiberType);
    expect(fix).toMatchObject({ toPart: pc2.part, toFiberType: 'OM4' });
    const steps = store.getState().history.past.length;
    expect(a.applyFix(fix!)).toBe(true);
    expect(store.getState().doc.cables[pc2.id]).toMatchObject({ part: pc2.part, fiberType: 'OM4' });
    expect(analysisOf(store.getState().doc).channels.find((c) => c.key === invalid.key)?.verdict).toBe('ok');
    expect(store.getState().history.past.length).toBe(steps + 1);
    expect(store.getState().history.past.at(-1)?.label).toBe(`Fix: ${fix!.description}`);
    a.undo();
    expect(store.getState().doc).toBe(doc);
  });
  it('finds the channel through a selected port and the path it highlights', () => {
    const d = demoById('broken-method-a')?.build();
    if (!d) throw new Error('demo');
    const an = analysisOf(d);
    const pc4 = Object.values(d.cables).find((c) => c.name === 'PC4');
    const ref = pc4?.ends.B;
    if (!ref) throw new Error('PC4 end B');
    const ch = focusedChannel(d, an, { kind: 'port', ref });
    expect(ch?.verdict).toBe('tx-to-tx');
    const path = channelPath(d, ch as NonNullable<typeof ch>);
    expect([...path.cables].map((id) => d.cables[id]?.name).sort()).toEqual(['PC2', 'PC4', 'T1']);
    expect(channelsThroughPort(d, an, ref).length).toBeGreaterThan(0);
  });
});

describe('the schema at the commit path (issue 9)', () => {
  /** A rack with a cassette enclosure, a module and a cable to the other module. */
  function withCable() {
    const t = fresh();
    const p1 = t.a.placeEquipment(ENCL, t.rack, 20) as DeviceId;
    const p2 = t.a.placeEquipment(ENCL, t.rack, 22) as DeviceId;
    const m1 = t.a.insertModule(MOD_A, p1, 'slot-1') as DeviceId;
    const m2 = t.a.insertModule(MOD_A, p2, 'slot-1') as DeviceId;
    const cab = t.a.connect(
      partId('cable/mpo12-typeB-mm-upc'),
      { device: m1, port: 'mpo1' },
      { device: m2, port: 'mpo1' },
    );
    return { ...t, cab: cab as CableId };
  }

  it.each([
    [
      'a cable length of 200000 m',
      (a: ReturnType<typeof withCable>) => a.a.updateCable(a.cab, { lengthM: 200_000 }),
      /lengthM must be 0–100,000 m; received 200000/,
    ],
    [
      'a name of 501 characters',
      (a: ReturnType<typeof withCable>) => a.a.renameRack(a.rack, 'r'.repeat(501)),
      /\.name must be at most 500 characters/,
    ],
    [
      'U+0000 in a design name',
      (a: ReturnType<typeof withCable>) => a.a.renameDesign('a\u0000b'),
      /^Not changed: \$\.name must not contain control characters/,
    ],
    [
      'a design margin of 20.5 dB',
      (a: ReturnType<typeof withCable>) => a.a.updateSettings({ designMarginDb: 20.5 }),
      /designMarginDb must be 0–20 dB/,
    ],
  ])('refuses %s: the design and the history are unchanged, the status bar says why', (_n, act, notice) => {
    const t = withCable();
    expect(t.cab).toMatch(/^cab-/);
    const before = t.s();
    expect(act(t)).toBe(false);
    expect(t.s().doc).toBe(before.doc);
    expect(t.s().history).toBe(before.history);
    expect(t.s().session.notice).toMatchObject({ tone: 'error', text: expect.stringMatching(notice) });
  });

  it('accepts the largest legal values', () => {
    const t = withCable();
    expect(t.a.updateCable(t.cab, { lengthM: 100_000 })).toBe(true);
    expect(t.a.updateSettings({ designMarginDb: 20 })).toBe(true);
    expect(t.s().doc.cables[t.cab]?.lengthM).toBe(100_000);
  });
});
