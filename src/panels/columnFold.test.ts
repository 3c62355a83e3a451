import { describe, expect, it } from 'vitest';
import { CHANNEL_COLUMNS, CHANNEL_FOLD_ORDER } from './channelColumns';
import { foldedColumns } from './columnFold';

/*
 * The channel table's columns at their touch widths (px): the channel takes the rest, counted at its
 * narrowest, 160.
 *
 *   | Channel 160 | Polarity 88 | Method 76 | Loss 108 | Margin 80 | Reach 92 | Field test 76 |
 *     160 + 88 + 76 + 108 + 80 + 92 + 76 = 680 px
 *
 * The iPad 12.9″ in portrait gives the pane 664 px: 680 > 664, so one column folds: reach
 * (680 − 92 = 588 ≤ 664).
 */
const TOUCH: Readonly<Record<string, number>> = {
  channel: 160,
  polarity: 88,
  method: 76,
  loss: 108,
  margin: 80,
  reach: 92,
  test: 76,
};
const widthOf = (c: { key: string }) => TOUCH[c.key]!;

describe('foldedColumns: the columns that fold into the first cell when the pane is too narrow', () => {
  it('folds nothing when every column fits, or the pane is not measured yet', () => {
    expect(foldedColumns(CHANNEL_COLUMNS, widthOf, 730, CHANNEL_FOLD_ORDER)).toEqual([]);
    expect(foldedColumns(CHANNEL_COLUMNS, widthOf, 680, CHANNEL_FOLD_ORDER)).toEqual([]);
    expect(foldedColumns(CHANNEL_COLUMNS, widthOf, 0, CHANNEL_FOLD_ORDER)).toEqual([]);
  });
  it('folds reach alone in the 664 px portrait pane (680 − 92 = 588)', () => {
    expect(foldedColumns(CHANNEL_COLUMNS, widthOf, 664, CHANNEL_FOLD_ORDER)).toEqual(['reach']);
  });
  it('folds in order, least needed first, until the rest fits', () => {
    // 500 px: 680 − 92 = 588, − 76 (method) = 512, − 88 (polarity) = 424 ≤ 500.
    expect(foldedColumns(CHANNEL_COLUMNS, widthOf, 500, CHANNEL_FOLD_ORDER)).toEqual(['reach', 'method', 'polarity']);
    // The channel and its margin never fold: at 100 px every foldable column folds, 160 + 80 = 240 remain.
    expect(foldedColumns(CHANNEL_COLUMNS, widthOf, 100, CHANNEL_FOLD_ORDER)).toEqual([
      'reach',
      'method',
      'polarity',
      'loss',
      'test',
    ]);
  });
  it('skips columns the user hid: with reach hidden, 588 px fit 600 and nothing folds; 560 folds method', () => {
    const shown = CHANNEL_COLUMNS.filter((c) => c.key !== 'reach');
    expect(foldedColumns(shown, widthOf, 600, CHANNEL_FOLD_ORDER)).toEqual([]);
    // 588 − 76 = 512 ≤ 560.
    expect(foldedColumns(shown, widthOf, 560, CHANNEL_FOLD_ORDER)).toEqual(['method']);
  });
});
