/**
 * The canvas marker of a mating finding speaks the verdict table: a broken rule is a red disc
 * with ✕, a rule that could not be checked a pale disc in a dashed grey ring with ? — never red.
 */
import { describe, expect, it } from 'vitest';
import { drawFindingMarker } from './draw/drawCable';

/** A 2D context that records what is set and drawn. */
function recorder() {
  const log: (string | number | number[])[][] = [];
  const ctx = new Proxy({} as Record<string, unknown>, {
    set(_t, k, v) {
      log.push([`set ${String(k)}`, v as string]);
      return true;
    },
    get(_t, k) {
      return (...args: unknown[]) => log.push([String(k), ...(args as (string | number)[])]);
    },
  }) as unknown as CanvasRenderingContext2D;
  const values = (key: string) => log.filter((e) => e[0] === key).map((e) => e[1]);
  return { ctx, log, values };
}

describe('drawFindingMarker', () => {
  it('a broken rule: red fill (#cf222e), white ✕', () => {
    const r = recorder();
    drawFindingMarker(r.ctx, { x: 10, y: 10 }, 6, 'fail');
    expect(r.values('set fillStyle')).toEqual(['#cf222e', '#ffffff']);
    expect(r.values('fillText')).toEqual(['✕']);
    expect(r.log.filter((e) => e[0] === 'setLineDash')[0]?.[1]).toEqual([]);
  });
  it('an unchecked rule: pale fill, dashed grey ring, grey ?; no red anywhere', () => {
    const r = recorder();
    drawFindingMarker(r.ctx, { x: 10, y: 10 }, 6, 'unchecked');
    expect(r.values('set fillStyle')).toEqual(['#eff2f5', '#4c545d']);
    expect(r.values('set strokeStyle')).toEqual(['#59636e']);
    expect(r.values('fillText')).toEqual(['?']);
    expect((r.log.find((e) => e[0] === 'setLineDash')?.[1] as number[]).length).toBe(2);
    expect(JSON.stringify(r.log)).not.toContain('#cf222e');
  });
});
