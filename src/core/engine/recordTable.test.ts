/**
 * A fresh index's record tables (`RecordTable`, issue 10 §2): the resolved records in the
 * collection's key order, with the lookup by id built on first use. Every answer is checked
 * against the `Map` the index built before (`set(record.id, resolved)` in key order), including
 * collections whose keys are not their records' ids (a corrupt or hand-made design: the core must
 * still answer by id and never throw).
 */
import { describe, expect, it } from 'vitest';
import { analyzeDesign, type Analysis } from '../analysis/analyze';
import { createAnalyzer } from '../analysis/analyzer';
import type { Design } from '../design';
import { duplexStructured, METHOD_RECIPES } from '../fixtures/topologies';
import { buildDesignIndex } from './designIndex';
import { RecordTable, recordMapCopy, recordsInOrder } from './recordTable';

interface Rec {
  readonly id: string;
  readonly n: number;
}

/** The model: a Map filled by record id in key order (a repeated id keeps its first place, its last record). */
const modelOf = (keys: readonly string[], recs: readonly Rec[]): Map<string, Rec> => {
  const m = new Map<string, Rec>();
  keys.forEach((_, i) => m.set(recs[i]!.id, recs[i]!));
  return m;
};

const tableOf = (keys: readonly string[], recs: readonly Rec[]) =>
  new RecordTable<string, Rec>(keys, recs, (r) => r.id);

/** Every read of a table against the model map, and lookups by `probes`. */
const expectSameAs = (t: RecordTable<string, Rec>, m: Map<string, Rec>, probes: readonly string[]): void => {
  expect([...t]).toEqual([...m]);
  expect([...t.keys()]).toEqual([...m.keys()]);
  expect([...t.values()]).toEqual([...m.values()]);
  expect([...t.entries()]).toEqual([...m.entries()]);
  expect(t.size).toBe(m.size);
  expect(t.ordered()).toEqual([...m.values()]);
  expect([...t.toMap()]).toEqual([...m]);
  const seen: [string, Rec][] = [];
  t.forEach((v, k, table) => {
    expect(table).toBe(t);
    seen.push([k, v]);
  });
  expect(seen).toEqual([...m]);
  for (const p of probes) {
    expect(t.get(p)).toBe(m.get(p));
    expect(t.has(p)).toBe(m.has(p));
  }
};

describe('RecordTable', () => {
  const r = (id: string, n: number): Rec => ({ id, n });

  it('answers as a Map by id when every key is its record id, in key order', () => {
    const recs = [r('dev-b', 1), r('dev-a', 2), r('dev-c', 3)];
    const keys = recs.map((x) => x.id);
    const t = tableOf(keys, recs);
    // Read in order before any lookup: the table's own array, no Map built yet.
    expect(t.ordered()).toBe(recs);
    expectSameAs(t, modelOf(keys, recs), ['dev-a', 'dev-b', 'dev-c', 'dev-d', '']);
    expect(recordsInOrder(t)).toBe(recs);
  });

  it('answers by id when a key is not its record id: a repeated id keeps its first place and last record', () => {
    // key:  a      b      c      d
    // id:   a      x      a      d      → model: a → 3rd record (1st place), x → 2nd, d → 4th; no 'b', no 'c'
    const keys = ['a', 'b', 'c', 'd'];
    const recs = [r('a', 1), r('x', 2), r('a', 3), r('d', 4)];
    const m = modelOf(keys, recs);
    expect([...m.keys()]).toEqual(['a', 'x', 'd']);
    // First read by lookup, then by order (both orders of first use are covered below).
    const t1 = tableOf(keys, recs);
    expect(t1.get('b')).toBeUndefined();
    expect(t1.get('a')?.n).toBe(3);
    expectSameAs(t1, m, ['a', 'b', 'c', 'd', 'x']);
    const t2 = tableOf(keys, recs);
    expect(t2.ordered().map((x) => x.n)).toEqual([3, 2, 4]);
    expectSameAs(t2, m, ['a', 'b', 'c', 'd', 'x']);
  });

  it('answers the same when its maker says whether every key is its record id (compared while resolving)', () => {
    // key:  a      b      c      d
    // id:   a      x      a      d      → not all ids: told false, the table answers as the model
    const keys = ['a', 'b', 'c', 'd'];
    const recs = [r('a', 1), r('x', 2), r('a', 3), r('d', 4)];
    const told = new RecordTable<string, Rec>(keys, recs, (x) => x.id, undefined, false);
    expectSameAs(told, modelOf(keys, recs), ['a', 'b', 'c', 'd', 'x']);
    // Every key its id: told true, the lookup finds each id without the table comparing them.
    const ids = recs.map((x, i) => r(`id-${i}`, x.n));
    const idKeys = ids.map((x) => x.id);
    const byIds = new RecordTable<string, Rec>(idKeys, ids, (x) => x.id, undefined, true);
    expect(byIds.ordered()).toBe(ids);
    expectSameAs(byIds, modelOf(idKeys, ids), [...idKeys, 'id-9', '']);
  });

  it('holds what setSlot put in a record’s place, and answers with the record it holds, in both lookups', () => {
    // A holder wraps its record (as a device's plug row holds its device); `held` unwraps it.
    interface Holder {
      readonly of: Rec;
    }
    const isHolder = (s: unknown): s is Holder => typeof s === 'object' && s !== null && 'of' in s;
    const held = (s: unknown): Rec => (isHolder(s) ? s.of : (s as Rec));
    const recs = [r('a', 1), r('b', 2), r('c', 3)];
    for (const keys of [
      ['a', 'b', 'c'],
      ['a', 'k', 'c'],
    ]) {
      const t = new RecordTable<string, Rec>(keys, recs, (x) => x.id, held);
      const h: Holder = { of: recs[1]! };
      t.setSlot('b', h);
      expect(t.slot('b')).toBe(h);
      expect(t.slot('a')).toBe(recs[0]);
      expect(t.slot('z')).toBeUndefined();
      expect([t.get('a'), t.get('b'), t.get('c'), t.get('z')]).toEqual([recs[0], recs[1], recs[2], undefined]);
      expect([t.has('b'), t.has('k'), t.has('z')]).toEqual([true, false, false]);
    }
  });

  it('reads and fills a slot by position as by id when every key is its record id', () => {
    // keys:      a   b   c      (position 0, 1, 2; each key its record's id)
    // setSlotAt(1, h): the slot of id 'b' holds h; slotAt(i) is slot(keys[i]) throughout.
    interface Holder {
      readonly of: Rec;
    }
    const held = (s: unknown): Rec =>
      typeof s === 'object' && s !== null && 'of' in s ? (s as Holder).of : (s as Rec);
    const recs = [r('a', 1), r('b', 2), r('c', 3)];
    const keys = ['a', 'b', 'c'];
    const t = new RecordTable<string, Rec>(keys, recs, (x) => x.id, held, true);
    expect(t.keyedById()).toBe(true);
    expect([t.slotAt(0), t.slotAt(1), t.slotAt(2)]).toEqual([recs[0], recs[1], recs[2]]);
    const h: Holder = { of: recs[1]! };
    t.setSlotAt(1, h);
    expect(t.slot('b')).toBe(h);
    expect(t.slotAt(1)).toBe(h);
    expect([t.slotAt(0), t.slotAt(2)]).toEqual([recs[0], recs[2]]);
    expect(t.get('b')).toBe(recs[1]);
    // A slot filled by id is read back by position.
    const h2: Holder = { of: recs[2]! };
    t.setSlot('c', h2);
    expect(t.slotAt(2)).toBe(h2);
    // Keys that are not the ids: not keyed by id (the caller must look up by id).
    expect(tableOf(['a', 'k', 'c'], recs).keyedById()).toBe(false);
    expect(tableOf(keys, recs).keyedById()).toBe(true);
  });

  it('copies to a plain Map (the live index) and gives any map its records in order', () => {
    const recs = [r('p', 1), r('q', 2)];
    const t = tableOf(['p', 'q'], recs);
    const copy = recordMapCopy(t);
    expect(copy).toBeInstanceOf(Map);
    expect([...copy]).toEqual([
      ['p', recs[0]],
      ['q', recs[1]],
    ]);
    copy.delete('p');
    expect(t.get('p')).toBe(recs[0]);
    const plain = new Map([['z', r('z', 9)]]);
    expect(recordMapCopy(plain)).not.toBe(plain);
    expect(recordsInOrder(plain)).toEqual([plain.get('z')]);
  });
});

/*
 * Method B, two duplex channels:
 *   SW-1 cage p ─cord1─ MOD-1 front p ═TRUNK (MPO-12)═ MOD-2 front p ─cord2─ SW-2 cage p   (p = 1, 2)
 */
const topo = () => duplexStructured({ ...METHOD_RECIPES.B, ports: [1, 2] }).design;

/** The analysis as data (traces with their hops, channels with loss, findings). */
const outcome = (a: Analysis): string =>
  JSON.stringify({ fibers: a.fibers, channels: a.channels, findings: a.findings });

/** `col` with the record under `from` moved to key `to`, in the same place. */
const rekey = <T>(col: Readonly<Record<string, T>>, from: string, to: string): Record<string, T> =>
  Object.fromEntries(Object.entries(col).map(([k, v]) => [k === from ? to : k, v]));

describe('a design whose collection keys are not its record ids', () => {
  it('is analysed by record id, as the same design keyed by id', () => {
    const design = topo();
    const trunk = Object.values(design.cables).find((c) => c.name.includes('TRUNK') || c.part.includes('trunk'))!;
    const sw = Object.values(design.devices).find((d) => d.name === 'SW-1')!;
    const odd: Design = {
      ...design,
      cables: rekey(design.cables, trunk.id, 'not-the-trunk-id'),
      devices: rekey(design.devices, sw.id, 'not-the-switch-id'),
    };
    const index = buildDesignIndex(odd);
    expect(index.cables.get(trunk.id)?.cable).toBe(trunk);
    expect(index.cables.has('not-the-trunk-id' as never)).toBe(false);
    expect(index.devices.get(sw.id)?.device).toBe(sw);
    expect(index.devices.get('not-the-switch-id' as never)).toBeUndefined();
    const expected = outcome(analyzeDesign(design));
    // Both duplex channels pass end to end: the trunk is found by its id from the modules' plugs.
    const duplex = analyzeDesign(odd).channels.filter((c) => c.kind === 'duplex');
    expect(duplex.map((c) => [c.verdict, c.fibers.length])).toEqual([
      ['ok', 2],
      ['ok', 2],
    ]);
    expect(outcome(analyzeDesign(odd))).toBe(expected);
    expect(outcome(createAnalyzer().update(odd))).toBe(expected);
  });

  it('keeps one record per repeated id (the later one, in the first one’s place), as a Map by id would', () => {
    const design = topo();
    const [first, second] = Object.values(design.cables);
    // A copy of the first cable under a new key at the end, same id, longer: it replaces the first.
    const longer = { ...first!, lengthM: first!.lengthM + 50 };
    const dup: Design = { ...design, cables: { ...design.cables, 'dup-key': longer } };
    // The model: the design keyed by id, the first key holding the later record.
    const model: Design = { ...design, cables: { ...design.cables, [first!.id]: longer } };
    expect(second).toBeDefined();
    const index = buildDesignIndex(dup);
    expect(index.cables.size).toBe(Object.keys(design.cables).length);
    expect(index.cables.get(first!.id)?.cable).toBe(longer);
    expect([...index.cables.keys()]).toEqual(Object.keys(design.cables));
    expect(outcome(analyzeDesign(dup))).toBe(outcome(analyzeDesign(model)));
    expect(outcome(createAnalyzer().update(dup))).toBe(outcome(analyzeDesign(model)));
  });
});
