import { describe, expect, it } from 'vitest';
import { toolbarFolds, type ToolbarChild } from './toolbarFold';

/*
 * The touch toolbar as laid out on an iPad (16 px text, 44 px targets), outer widths in px, 2 px
 * between items (measured in Chromium at 834 px; the More button is there under 1,280 px):
 *
 *   MPO 41 | name 1 | sep 1 | New 45 | Open… 69 | Save 49 | Export ▾ 76 | sep 1 | ↶ 44 | ↷ 44 | sep 1
 *   | Parts 50 | + Rack 67 | Front Rear Both 142 | − 62% + 132 | Fit 44 | spacer 0 | More ⋯ 71
 *
 * 18 items: widths 878 + 17 gaps × 2 = 912 px. Folding frees the item's width and its gap:
 * faces 144, Export 78, New 47, Open… 71, + Rack 69.
 */
const TOOLBAR: readonly ToolbarChild[] = [
  { width: 41 },
  { width: 1 },
  { width: 1 },
  { fold: 'new', width: 45 },
  { fold: 'open', width: 69 },
  { width: 49 },
  { fold: 'export', width: 76 },
  { width: 1 },
  { width: 44 },
  { width: 44 },
  { width: 1 },
  { width: 50 },
  { fold: 'add-rack', width: 67 },
  { fold: 'faces', width: 142 },
  { width: 132 },
  { width: 44 },
  { width: 0 },
  { width: 71 },
];
const NONE = new Map<string, number>();
/** The toolbar with the items `keys` folded (not rendered), their last widths remembered. */
const without = (keys: readonly string[]) => ({
  shown: TOOLBAR.filter((c) => !c.fold || !keys.includes(c.fold)),
  last: new Map(TOOLBAR.filter((c) => c.fold && keys.includes(c.fold)).map((c) => [c.fold!, c.width])),
});

describe('toolbarFolds: what folds into More so that the touch toolbar keeps one line', () => {
  it('folds nothing when the toolbar fits (1024 px portrait, 12 px padding: 1012 px), or is not measured', () => {
    expect(toolbarFolds(TOOLBAR, NONE, 1012, 2)).toEqual([]);
    expect(toolbarFolds(TOOLBAR, NONE, 912, 2)).toEqual([]);
    expect(toolbarFolds(TOOLBAR, NONE, 0, 2)).toEqual([]);
  });
  it('folds the faces at 834 px (822 of room: 912 − 144 = 768) and at 911 px, one short of fitting', () => {
    expect(toolbarFolds(TOOLBAR, NONE, 822, 2)).toEqual(['faces']);
    expect(toolbarFolds(TOOLBAR, NONE, 911, 2)).toEqual(['faces']);
  });
  it('folds the faces and Export at 768 px (756: 768 − 78 = 690), and New, Open… next when narrower', () => {
    expect(toolbarFolds(TOOLBAR, NONE, 756, 2)).toEqual(['faces', 'export']);
    expect(toolbarFolds(TOOLBAR, NONE, 689, 2)).toEqual(['faces', 'export', 'new']);
    // 690 − 47 = 643, − 71 = 572 ≤ 600.
    expect(toolbarFolds(TOOLBAR, NONE, 600, 2)).toEqual(['faces', 'export', 'new', 'open']);
  });
  it('reads a folded item at its last measured width, so the answer does not flip once folded', () => {
    const at768 = without(['faces', 'export']);
    expect(toolbarFolds(at768.shown, at768.last, 756, 2)).toEqual(['faces', 'export']);
    // Wider again (the iPad turned to 1024 px): everything comes back.
    expect(toolbarFolds(at768.shown, at768.last, 1012, 2)).toEqual([]);
    // 850 px of room: Export comes back, the faces stay folded (912 − 144 = 768 ≤ 850).
    expect(toolbarFolds(at768.shown, at768.last, 850, 2)).toEqual(['faces']);
  });
  it('folds every foldable item when even that does not fit (the toolbar then wraps, as before)', () => {
    expect(toolbarFolds(TOOLBAR, NONE, 300, 2)).toEqual(['faces', 'export', 'new', 'open', 'add-rack']);
  });
});
