/**
 * The placement index per devices collection (`placementIndexOf`, core/placementIndex): patched from
 * the previous collection's index, it must equal what a plain scan of the collection gives, lists
 * in collection order, records the collection's own; a drop must rebuild only its rack's list.
 *
 *   rack R1 ─ P1 [slot s1: M1] [slot s2: M2]      switch S1 [cage c1: T1] [cage c2: T2]
 *   rack R2 ─ P2 [slot s1: M3]                    unplaced: U1
 *
 * Synthetic devices (only `id`, `name`, `placement` are read) for the random edits; the drop uses
 * `SMALL_HALL` (core/fixtures/randomEdits.ts) and `placeEquipment` (core/edits).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design, Device, Placement } from './design';
import { placeEquipment } from './edits';
import { SMALL_HALL } from './fixtures/randomEdits';
import type { DeviceId, PartId, RackId } from './ids';
import { placementIndexOf, placementIndexStats, type PlacementIndex } from './placementIndex';

type Devices = Design['devices'];

const dev = (id: string, placement: Placement, name = id): Device =>
  ({ id: id as DeviceId, name, part: 'x' as PartId, placement }) as unknown as Device;

/** The oracle: group -> records, by one scan of `Object.values` (not the code under test). */
function byHand(devices: Devices): Record<string, Device[]> {
  const out: Record<string, Device[]> = {};
  const add = (k: string, d: Device) => (out[k] ??= []).push(d);
  for (const d of Object.values(devices)) {
    const p = d.placement;
    if (p.kind === 'rack') add(`rack:${p.rack}`, d);
    else if (p.kind === 'slot') {
      add(`parent:${p.parent}`, d);
      add(`slot:${p.parent}#${p.slot}`, d);
    } else if (p.kind === 'cage') {
      add(`parent:${p.parent}`, d);
      add(`cage:${p.parent}#${p.cage}`, d);
    } else add('unplaced', d);
  }
  return out;
}

/** The index as the same group -> records shape (empty lists dropped, as the oracle has none). */
function flat(ix: PlacementIndex): Record<string, readonly Device[]> {
  const out: Record<string, readonly Device[]> = {};
  for (const [name, m] of [
    ['rack', ix.byRack],
    ['parent', ix.byParent],
    ['slot', ix.bySlot],
    ['cage', ix.byCage],
  ] as const)
    for (const [k, l] of m as ReadonlyMap<string, readonly Device[]>) out[`${name}:${k}`] = l;
  if (ix.unplaced.length) out.unplaced = ix.unplaced;
  return out;
}

/** Asserts the index of `devices` equals the oracle: same groups, same records (identity), same order. */
function expectMatches(devices: Devices): void {
  const got = flat(placementIndexOf(devices));
  const want = byHand(devices);
  expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
  for (const [k, l] of Object.entries(want)) {
    const g = got[k] ?? [];
    expect(g.map((d) => d.id)).toEqual(l.map((d) => d.id));
    g.forEach((d, i) => expect(d).toBe(l[i]));
  }
}

const PLACES: readonly Placement[] = [
  { kind: 'rack', rack: 'R1' as RackId, positionU: 1, face: 'front' },
  { kind: 'rack', rack: 'R2' as RackId, positionU: 3, face: 'rear' },
  { kind: 'rack', rack: 'R3' as RackId, positionU: 5, face: 'front' },
  { kind: 'slot', parent: 'P1' as DeviceId, slot: 's1' },
  { kind: 'slot', parent: 'P1' as DeviceId, slot: 's2' },
  { kind: 'slot', parent: 'P2' as DeviceId, slot: 's1' },
  { kind: 'cage', parent: 'S1' as DeviceId, cage: 'c1' },
  { kind: 'cage', parent: 'S1' as DeviceId, cage: 'c2' },
  { kind: 'cage', parent: 'P1' as DeviceId, cage: 'c1' },
  { kind: 'unplaced' },
];
const place = (n: number) => PLACES[n % PLACES.length] as Placement;

const START: Devices = Object.fromEntries(
  [
    dev('P1', place(0)),
    dev('S1', place(0)),
    dev('P2', place(1)),
    dev('M1', place(3)),
    dev('M2', place(4)),
    dev('M3', place(5)),
    dev('T1', place(6)),
    dev('T2', place(7)),
    dev('U1', place(9)),
  ].map((d) => [d.id, d]),
) as Devices;

/** One edit of the collection; `a`, `b` pick a key and a value. Returns the new collection (or an older one for undo). */
function apply(cur: Devices, history: readonly Devices[], kind: string, a: number, b: number): Devices {
  const keys = Object.keys(cur);
  const key = keys[a % Math.max(1, keys.length)];
  const old = key ? (cur[key as DeviceId] as Device) : undefined;
  switch (kind) {
    case 'add': {
      // Ids from a small pool: an id deleted earlier comes back at the end of the key order.
      const id = `D${a % 40}`;
      return { ...cur, [id]: dev(id, place(b), `new ${b}`) } as Devices;
    }
    case 'bulk': {
      const more = Object.fromEntries(
        Array.from({ length: 300 }, (_, i) => [`B${a}-${i}`, dev(`B${a}-${i}`, place(i + b))]),
      );
      return { ...cur, ...more } as Devices;
    }
    case 'delete': {
      if (!key) return cur;
      const next = { ...cur } as Record<string, Device>;
      delete next[key];
      return next as Devices;
    }
    case 'move':
      return old ? ({ ...cur, [old.id]: { ...old, placement: place(b) } } as Devices) : cur;
    case 'rename':
      return old ? ({ ...cur, [old.id]: { ...old, name: `${old.name}'` } } as Devices) : cur;
    case 'reorder': {
      const rot = keys.slice(b % Math.max(1, keys.length)).concat(keys.slice(0, b % Math.max(1, keys.length)));
      return Object.fromEntries(rot.map((k) => [k, cur[k as DeviceId]])) as Devices;
    }
    case 'same':
      return { ...cur };
    default: // undo
      return history[a % history.length] ?? cur;
  }
}

const KINDS = ['add', 'add', 'delete', 'move', 'move', 'rename', 'reorder', 'same', 'undo', 'bulk'] as const;

describe('placement index patched per devices collection', () => {
  it('equals a plain scan after random edit sequences (adds, deletes, moves into racks, slots and cages, renames, reorders, undo)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom(...KINDS),
            a: fc.nat(1000),
            b: fc.nat(1000),
            look: fc.boolean(),
          }),
          { maxLength: 40 },
        ),
        (ops) => {
          const history: Devices[] = [START];
          let cur = START;
          expectMatches(cur);
          for (const op of ops) {
            cur = apply(cur, history, op.kind, op.a, op.b);
            history.push(cur);
            // Skipped lookups make one patch span several edits.
            if (op.look) expectMatches(cur);
          }
          expectMatches(cur);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('a rename gets a new list holding the new record; groups it is not in keep their list objects', () => {
    const before = placementIndexOf(START);
    const m1 = START['M1' as DeviceId] as Device;
    const renamed = { ...START, M1: { ...m1, name: 'M1 renamed' } } as Devices;
    const after = placementIndexOf(renamed);
    expect(after).not.toBe(before);
    expect(after.byParent.get('P1' as DeviceId)?.map((d) => d.name)).toEqual(['M1 renamed', 'M2']);
    expect(after.bySlot.get('P1#s1')?.[0]).toBe(renamed['M1' as DeviceId]);
    expect(after.bySlot.get('P1#s2')).toBe(before.bySlot.get('P1#s2'));
    expect(after.byRack).toBe(before.byRack);
    expect(after.byCage).toBe(before.byCage);
  });

  it('a device moved from the end of R1 to before R2 lands in R2 in collection order', () => {
    // Key order P1 S1 P2 …: S1 (2nd key) moved into R2 must come before P2 (3rd key) in R2's list.
    placementIndexOf(START);
    const s1 = START['S1' as DeviceId] as Device;
    const moved = { ...START, S1: { ...s1, placement: place(1) } } as Devices;
    const ix = placementIndexOf(moved);
    expect(ix.byRack.get('R1' as RackId)?.map((d) => d.id)).toEqual(['P1']);
    expect(ix.byRack.get('R2' as RackId)?.map((d) => d.id)).toEqual(['S1', 'P2']);
  });
});

describe('a palette drop into a rack (placeEquipment on SMALL_HALL)', () => {
  const hall = structuredClone(SMALL_HALL);
  const rack = Object.values(hall.racks)[0]!;
  const drop = (d: Design): Design => {
    for (let u = 1; u <= 48; u++) {
      const r = placeEquipment(d, {
        part: 'equipment/panel-1u-24xlcduplex-duplex' as PartId,
        rack: rack.id,
        positionU: u,
      });
      if (r.ok) return r.design;
    }
    throw new Error('no free unit in the first rack');
  };

  it('keeps every other list object and gives the dropped rack a new list ending in the new device', () => {
    const before = placementIndexOf(hall.devices);
    const after = drop(hall);
    const added = Object.values(after.devices).find((d) => !Object.hasOwn(hall.devices, d.id))!;
    const ix = placementIndexOf(after.devices);
    const old = before.byRack.get(rack.id)!;
    expect(ix.byRack.get(rack.id)).not.toBe(old);
    expect(ix.byRack.get(rack.id)).toEqual([...old, added]);
    for (const [id, l] of before.byRack) if (id !== rack.id) expect(ix.byRack.get(id)).toBe(l);
    expect(ix.byParent).toBe(before.byParent);
    expect(ix.bySlot).toBe(before.bySlot);
    expect(ix.byCage).toBe(before.byCage);
    expect(ix.unplaced).toBe(before.unplaced);
    expectMatches(after.devices);
  });

  it('builds one list for the drop, not every group (no full build)', () => {
    const d0 = drop(hall);
    placementIndexOf(d0.devices);
    const groups = flat(placementIndexOf(d0.devices));
    expect(Object.keys(groups).length).toBeGreaterThan(10);
    const { fullBuilds, listsBuilt } = placementIndexStats;
    const d1 = drop(d0);
    placementIndexOf(d1.devices);
    expect(placementIndexStats.fullBuilds).toBe(fullBuilds);
    expect(placementIndexStats.listsBuilt - listsBuilt).toBe(1);
  });
});
