/**
 * The unit → y mapping with collapsed empty runs (issue 12 §1), expectations computed by hand
 * (U_PX = 26, BAND_H = 26, CONTEXT_U = 1, COLLAPSE_MIN_RUN = 6), and the round trip unit → y →
 * unit checked over random racks.
 *
 * ```text
 *  42U, equipment at U40, U38, U20:
 *   U42–U37  drawn      y 0…156    (U42 alone is a run of 1; U41/U39/U37 are context)
 *   U36–U22  band       y 156…182
 *   U21–U19  drawn      y 182…260
 *   U18–U1   band       y 260…286
 * ```
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandText, dropTopU, unitAtOffset, unitMapOf, unitSpan } from './unitMap';

const THREE = [
  { from: 40, to: 40 },
  { from: 38, to: 38 },
  { from: 20, to: 20 },
];
const runs = (m: ReturnType<typeof unitMapOf>) =>
  m.runs.map((r) => `${r.topU}-${r.bottomU}${r.collapsed ? ' band' : ''} @${r.y}+${r.h}`);

describe('unitMapOf', () => {
  it('draws every unit when not collapsing: one run of 42 × 26 px', () => {
    const m = unitMapOf(42, THREE, false);
    expect(runs(m)).toEqual(['42-1 @0+1092']);
    expect(m.h).toBe(1092);
  });
  it('collapses runs of 6 or more empty units, keeping one unit of context beside equipment', () => {
    const m = unitMapOf(42, THREE, true);
    expect(runs(m)).toEqual(['42-37 @0+156', '36-22 band @156+26', '21-19 @182+78', '18-1 band @260+26']);
    expect(m.h).toBe(286);
    expect(m.runs.filter((r) => r.collapsed).map(bandText)).toEqual(['U22–U36 empty', 'U1–U18 empty']);
  });
  it('leaves a run of 5 empty units drawn, and a rack without equipment whole', () => {
    // Equipment at U40 and U32: kept U41–U39 and U33–U31; U38–U34 is a run of 5 → drawn.
    const m = unitMapOf(
      42,
      [
        { from: 40, to: 40 },
        { from: 32, to: 32 },
      ],
      false,
    );
    expect(runs(m)).toEqual(['42-1 @0+1092']);
    const c = unitMapOf(
      42,
      [
        { from: 40, to: 40 },
        { from: 32, to: 32 },
      ],
      true,
    );
    // U42–U31 drawn: 12 × 26 = 312; U30–U1 one band.
    expect(runs(c)).toEqual(['42-31 @0+312', '30-1 band @312+26']);
    expect(runs(unitMapOf(42, [], true))).toEqual(['42-1 @0+1092']);
  });
  it('shares one map object per distinct layout', () => {
    expect(unitMapOf(42, THREE, true)).toBe(unitMapOf(42, [...THREE], true));
  });
});

describe('unit → y and back', () => {
  const m = unitMapOf(42, THREE, true);
  it('places units of drawn runs 26 px apart and units in a band on the whole band', () => {
    expect(unitSpan(m, 42, 42)).toEqual({ y: 0, h: 26 });
    expect(unitSpan(m, 40, 40)).toEqual({ y: 52, h: 26 });
    expect(unitSpan(m, 37, 38)).toEqual({ y: 104, h: 52 });
    expect(unitSpan(m, 20, 20)).toEqual({ y: 208, h: 26 });
    expect(unitSpan(m, 30, 30)).toEqual({ y: 156, h: 26 });
    // A 2U box at the top of the upper band: U35–U36 both inside it.
    expect(unitSpan(m, 35, 36)).toEqual({ y: 156, h: 26 });
    // Across a band: U37's top is at 5 × 26 = 130; U20's bottom at 182 + 2 × 26 = 234.
    expect(unitSpan(m, 20, 37)).toEqual({ y: 130, h: 104 });
  });
  it('finds the unit under an offset; on a band, the band’s top unit; nothing outside', () => {
    expect(unitAtOffset(m, 0.5)?.u).toBe(42);
    expect(unitAtOffset(m, 53)?.u).toBe(40);
    expect(unitAtOffset(m, 170)).toMatchObject({ u: 36, run: { collapsed: true } });
    expect(unitAtOffset(m, 259)?.u).toBe(19);
    expect(unitAtOffset(m, 285)?.u).toBe(18);
    expect(unitAtOffset(m, -1)).toBeUndefined();
    expect(unitAtOffset(m, 287)).toBeUndefined();
  });
  it('drops a device whose top edge is on a band at the band’s top unit', () => {
    expect(dropTopU(m, 156 + 13 - 13)).toBe(36); // top edge at the band's top
    expect(dropTopU(m, 160)).toBe(36);
    expect(dropTopU(m, 52)).toBe(40);
    expect(dropTopU(m, 52 + 14)).toBe(39); // past half a unit: snaps to the next unit down
    expect(dropTopU(m, -100)).toBe(42);
    expect(dropTopU(m, 1000)).toBe(1);
  });
  it('round-trips every drawn unit and maps every collapsed unit to its band (random racks)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 48 }),
        fc.array(fc.record({ at: fc.integer({ min: 1, max: 48 }), h: fc.integer({ min: 1, max: 4 }) }), {
          maxLength: 6,
        }),
        (heightU, items) => {
          const occ = items.filter((i) => i.at + i.h - 1 <= heightU).map((i) => ({ from: i.at, to: i.at + i.h - 1 }));
          const map = unitMapOf(heightU, occ, true);
          let total = 0;
          for (const r of map.runs) total += r.h;
          expect(total).toBe(map.h);
          for (let u = 1; u <= heightU; u++) {
            const s = unitSpan(map, u, u);
            const back = unitAtOffset(map, s.y + s.h / 2);
            const run = map.runs.find((r) => u <= r.topU && u >= r.bottomU)!;
            expect(back?.u).toBe(run.collapsed ? run.topU : u);
            // Occupied units are never inside a band.
            if (occ.some((o) => u >= o.from && u <= o.to)) expect(run.collapsed).toBe(false);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
