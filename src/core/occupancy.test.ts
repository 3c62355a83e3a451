/**
 * The plug index per cables collection (`plugIndexOf`): an edit that plugs nothing differently
 * (a length, a name) keeps the index object; one that does (a re-plugged end, a deleted cable)
 * gets a new index equal to one counted by hand from the cables.
 *
 *   [R01-P1 cassettes] ==TR (48F)== [R02-P1 cassettes]   each cassette port -- cord -- leaf cage
 *
 * Design: `SMALL_HALL` (core/fixtures/randomEdits.ts).
 */
import { describe, expect, it } from 'vitest';
import { deleteCable, updateCable } from './cableEdits';
import type { Cable, Design } from './design';
import { SMALL_HALL } from './fixtures/randomEdits';
import type { CableId } from './ids';
import { plugIndexOf } from './occupancy';

/** `device#port` → `cable:end` list, counted from the cables in collection order (the oracle). */
function byHand(d: Design): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const c of Object.values(d.cables) as Cable[])
    for (const [end, r] of Object.entries(c.ends)) {
      if (!r) continue;
      const k = `${r.device}#${r.port}`;
      m.set(k, [...(m.get(k) ?? []), `${c.id}:${end}`]);
    }
  return m;
}

const asLists = (d: Design) =>
  new Map([...plugIndexOf(d.cables).byPort].map(([k, l]) => [k, l.map((p) => `${p.cable}:${p.end}`)]));

describe('plug index per cables collection', () => {
  const hall = structuredClone(SMALL_HALL);
  const trunk = Object.values(hall.cables).find((c) => c.name.startsWith('TR-'))!;
  const cord = Object.values(hall.cables).find((c) => c.name.startsWith('PC-'))!;

  it('a length or name edit keeps the index object', () => {
    const before = plugIndexOf(hall.cables);
    expect(asLists(hall)).toEqual(byHand(hall));
    const longer = updateCable(hall, trunk.id, { lengthM: 123 });
    expect(longer.cables).not.toBe(hall.cables);
    expect(plugIndexOf(longer.cables)).toBe(before);
    const renamed = updateCable(longer, cord.id, { name: 'PC-renamed' });
    expect(plugIndexOf(renamed.cables)).toBe(before);
  });

  it('a re-plugged end or a deleted cable gets a new index, equal to the one counted by hand', () => {
    const before = plugIndexOf(hall.cables);
    const [endKey, ref] = Object.entries(cord.ends).find(([, r]) => r)!;
    // The cord's end moved to a port nobody uses: same cable ids, one end elsewhere.
    const moved: Design = {
      ...hall,
      cables: { ...hall.cables, [cord.id]: { ...cord, ends: { ...cord.ends, [endKey]: { ...ref!, port: 'x-free' } } } },
    };
    const after = plugIndexOf(moved.cables);
    expect(after).not.toBe(before);
    expect(after.byPort.get(`${ref!.device}#x-free`)?.map((p) => p.cable)).toEqual([cord.id]);
    expect(asLists(moved)).toEqual(byHand(moved));
    const fewer = deleteCable(moved, trunk.id as CableId);
    expect(plugIndexOf(fewer.cables)).not.toBe(after);
    expect(asLists(fewer)).toEqual(byHand(fewer));
  });
});
