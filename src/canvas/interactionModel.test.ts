import { describe, expect, it } from 'vitest';
import { changesModel, type InteractionModel } from './interactionModel';

// The model a drag shows over U34–U37 of R01 (front) at 38 % zoom.
const model = (): InteractionModel => ({
  drop: { box: { x: 10, y: 200, w: 120, h: 40 }, ok: true, text: 'U34–U37 · R01 front' },
  band: null,
  hoverPort: null,
  scale: 0.38,
});

describe('changesModel: does a pointer move change what the interaction layer draws', () => {
  it('a move onto the same snapped target (new objects, same values) changes nothing', () => {
    const patch = {
      drop: { box: { x: 10, y: 200, w: 120, h: 40 }, ok: true, text: 'U34–U37 · R01 front' },
      scale: 0.38,
    };
    expect(changesModel(model(), patch)).toBe(false);
    expect(changesModel(model(), {})).toBe(false);
    expect(changesModel(model(), { band: null, hoverPort: null })).toBe(false);
  });

  it.each<[string, Partial<InteractionModel>]>([
    [
      'the box moves one unit',
      { drop: { box: { x: 10, y: 190, w: 120, h: 40 }, ok: true, text: 'U35–U38 · R01 front' } },
    ],
    [
      'only the caption changes',
      { drop: { box: { x: 10, y: 200, w: 120, h: 40 }, ok: true, text: 'U34–U37 · R01 rear' } },
    ],
    [
      'the target becomes refused',
      { drop: { box: { x: 10, y: 200, w: 120, h: 40 }, ok: false, text: 'U34–U37 · R01 front' } },
    ],
    [
      'a verdict class appears',
      { drop: { box: { x: 10, y: 200, w: 120, h: 40 }, ok: true, text: 'U34–U37 · R01 front', cls: 'unchecked' } },
    ],
    ['the preview goes away', { drop: null }],
    ['the zoom changes', { scale: 0.5 }],
    ['a port ring appears', { hoverPort: { x: 1, y: 2, w: 3, h: 4 } }],
    ['a rubber band appears', { band: { from: { x: 0, y: 0 }, to: { x: 5, y: 5 } } }],
  ])('%s: changed', (_name, patch) => {
    expect(changesModel(model(), patch)).toBe(true);
  });

  it('the rubber band compares both ends by value', () => {
    const m = { ...model(), band: { from: { x: 0, y: 0 }, to: { x: 5, y: 5 } } };
    expect(changesModel(m, { band: { from: { x: 0, y: 0 }, to: { x: 5, y: 5 } } })).toBe(false);
    expect(changesModel(m, { band: { from: { x: 0, y: 0 }, to: { x: 5, y: 6 } } })).toBe(true);
    expect(changesModel(m, { band: { from: { x: 1, y: 0 }, to: { x: 5, y: 5 } } })).toBe(true);
  });

  it('the port ring compares its box by value', () => {
    const m = { ...model(), hoverPort: { x: 1, y: 2, w: 3, h: 4 } };
    expect(changesModel(m, { hoverPort: { x: 1, y: 2, w: 3, h: 4 } })).toBe(false);
    expect(changesModel(m, { hoverPort: { x: 1, y: 2, w: 3, h: 5 } })).toBe(true);
    expect(changesModel(m, { hoverPort: null })).toBe(true);
  });
});
