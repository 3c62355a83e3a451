import { describe, expect, it } from 'vitest';
import { CHANNEL_COLUMNS, CHANNEL_FOLD_ORDER } from './channelColumns';
import { foldedColumns } from './columnFold';

/*
 * The channel table's columns at their touch widths (px): the channel takes the rest, and keeps at
 * least 240 on touch before another column folds into its cell.
 *
 *   | Channel 240 | Polarity 140 | Method 76 | Loss 124 | Margin 100 | Reach 92 | Field test 76 |
 *     240 + 140 + 76 + 124 + 100 + 92 + 76 = 848 px
 *
 * The iPad 11″ stacks the pane under the canvas, 834 px: reach folds (848 − 92 = 756 ≤ 834). The
 * iPad 12.9″ in landscape gives the pane 730 px: reach, then method (756 − 76 = 680 ≤ 730). In
 * portrait, 664 px: reach, method, then polarity (680 − 140 = 540 ≤ 664).
 */
const TOUCH: Readonly<Record<string, number>> = {
  channel: 240,
  polarity: 140,
  method: 76,
  loss: 124,
  margin: 100,
  reach: 92,
  test: 76,
};
const widthOf = (c: { key: string }) => TOUCH[c.key]!;

describe('foldedColumns: the columns that fold into the first cell when the pane is too narrow', () => {
  it('folds nothing when every column fits, or the pane is not measured yet', () => {
    expect(foldedColumns(CHANNEL_COLUMNS, widthOf, 900, CHANNEL_FOLD_ORDER)).toEqual([]);
    expect(foldedColumns(CHANNEL_COLUMNS, widthOf, 848, CHANNEL_FOLD_ORDER)).toEqual([]);
    expect(foldedColumns(CHANNEL_COLUMNS, widthOf, 0, CHANNEL_FOLD_ORDER)).toEqual([]);
  });
  it('folds reach at 834 px and one px short of 848; reach and method at 730; and polarity too at 664', () => {
    expect(foldedColumns(CHANNEL_COLUMNS, widthOf, 834, CHANNEL_FOLD_ORDER)).toEqual(['reach']);
    expect(foldedColumns(CHANNEL_COLUMNS, widthOf, 847, CHANNEL_FOLD_ORDER)).toEqual(['reach']);
    expect(foldedColumns(CHANNEL_COLUMNS, widthOf, 730, CHANNEL_FOLD_ORDER)).toEqual(['reach', 'method']);
    expect(foldedColumns(CHANNEL_COLUMNS, widthOf, 664, CHANNEL_FOLD_ORDER)).toEqual(['reach', 'method', 'polarity']);
  });
  it('folds in order, least needed first, until the rest fits', () => {
    // 500 px: 848 − 92 = 756, − 76 (method) = 680, − 140 (polarity) = 540, − 124 (loss) = 416 ≤ 500.
    expect(foldedColumns(CHANNEL_COLUMNS, widthOf, 500, CHANNEL_FOLD_ORDER)).toEqual([
      'reach',
      'method',
      'polarity',
      'loss',
    ]);
    // The channel and its margin never fold: at 100 px every foldable column folds, 240 + 100 = 340 remain.
    expect(foldedColumns(CHANNEL_COLUMNS, widthOf, 100, CHANNEL_FOLD_ORDER)).toEqual([
      'reach',
      'method',
      'polarity',
      'loss',
      'test',
    ]);
  });
  it('skips columns the user hid: with reach hidden, 756 px fit 760 and nothing folds; 730 folds method', () => {
    const shown = CHANNEL_COLUMNS.filter((c) => c.key !== 'reach');
    expect(foldedColumns(shown, widthOf, 760, CHANNEL_FOLD_ORDER)).toEqual([]);
    // 756 − 76 = 680 ≤ 730.
    expect(foldedColumns(shown, widthOf, 730, CHANNEL_FOLD_ORDER)).toEqual(['method']);
  });
});
