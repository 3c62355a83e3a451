import { describe, expect, it } from 'vitest';
import { CHANNEL_COLUMNS, CHANNEL_FOLD_ORDER } from './channelColumns';
import { foldedColumns } from './columnFold';

/*
 * The channel table's columns at their touch widths (px): the channel takes the rest, and keeps at
 * least 240 on touch before another column folds into its cell.
 *
 *   | Channel 240 | Polarity 88 | Method 76 | Loss 124 | Margin 100 | Reach 92 | Field test 76 |
 *     240 + 88 + 76 + 124 + 100 + 92 + 76 = 796 px
 *
 * The iPad 12.9″ in portrait gives the pane 664 px: 796 > 664, reach folds (796 − 92 = 704), still
 * > 664, method folds (704 − 76 = 628 ≤ 664). In landscape the pane is 730 px: reach alone
 * (704 ≤ 730). The iPad 11″ stacks the pane under the canvas, 834 px: nothing folds.
 */
const TOUCH: Readonly<Record<string, number>> = {
  channel: 240,
  polarity: 88,
  method: 76,
  loss: 124,
  margin: 100,
  reach: 92,
  test: 76,
};
const widthOf = (c: { key: string }) => TOUCH[c.key]!;

describe('foldedColumns: the columns that fold into the first cell when the pane is too narrow', () => {
  it('folds nothing when every column fits, or the pane is not measured yet', () => {
    expect(foldedColumns(CHANNEL_COLUMNS, widthOf, 834, CHANNEL_FOLD_ORDER)).toEqual([]);
    expect(foldedColumns(CHANNEL_COLUMNS, widthOf, 796, CHANNEL_FOLD_ORDER)).toEqual([]);
    expect(foldedColumns(CHANNEL_COLUMNS, widthOf, 0, CHANNEL_FOLD_ORDER)).toEqual([]);
  });
  it('folds reach alone in the 730 px landscape pane and one px short of 796; reach and method at 664', () => {
    expect(foldedColumns(CHANNEL_COLUMNS, widthOf, 730, CHANNEL_FOLD_ORDER)).toEqual(['reach']);
    expect(foldedColumns(CHANNEL_COLUMNS, widthOf, 795, CHANNEL_FOLD_ORDER)).toEqual(['reach']);
    expect(foldedColumns(CHANNEL_COLUMNS, widthOf, 664, CHANNEL_FOLD_ORDER)).toEqual(['reach', 'method']);
  });
  it('folds in order, least needed first, until the rest fits', () => {
    // 500 px: 796 − 92 = 704, − 76 (method) = 628, − 88 (polarity) = 540, − 124 (loss) = 416 ≤ 500.
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
  it('skips columns the user hid: with reach hidden, 704 px fit 710 and nothing folds; 664 folds method', () => {
    const shown = CHANNEL_COLUMNS.filter((c) => c.key !== 'reach');
    expect(foldedColumns(shown, widthOf, 710, CHANNEL_FOLD_ORDER)).toEqual([]);
    // 704 − 76 = 628 ≤ 664.
    expect(foldedColumns(shown, widthOf, 664, CHANNEL_FOLD_ORDER)).toEqual(['method']);
  });
});
