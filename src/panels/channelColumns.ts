/**
 * The columns of the channel table as a data table: key, header, default width (null: the column
 * takes the rest), minimum width, whether it can be hidden, and its cell component; and the
 * stored layout (widths, hidden columns) the table and its Columns menu share. The default fixed
 * widths sum to 484 px, so at 1280 px (a 644 px pane) the channel column keeps 160 px; cells wrap
 * rather than overflow.
 */
import type { ComponentType } from 'react';
import {
  ChannelNameCell,
  LossCell,
  MarginCell,
  MethodCell,
  PolarityCell,
  ReachCell,
  TestCell,
  type CellProps,
} from './ChannelCells';
import { columnPrefsStore } from './columnPrefs';

/** One column of the channel table. */
export interface ChannelColumn {
  readonly key: string;
  readonly header: string;
  /** Default width, px; null for the column that takes the remaining width. */
  readonly width: number | null;
  /** Narrowest width, px. */
  readonly min: number;
  /**
   * Default width on a touch layout (16 px text), px, when the header or a value would not fit in
   * `width` there: a one-word header would be cut, one of several words would take more than two
   * lines, a figure ("1.067 / 1.900", a margin badge) would run into the next column.
   */
  readonly touchWidth?: number;
  /**
   * For the column that takes the remaining width: the width, px, it keeps on a touch layout before
   * other columns fold into its cell (`columnFold.ts`), so that folding a column, not wrapping the
   * channel's name onto more lines, is what makes the table fit a narrow pane.
   */
  readonly touchMin?: number;
  readonly hideable: boolean;
  /** Figures: tabular digits, no wrap inside a figure. */
  readonly numeric?: boolean;
  readonly Cell: ComponentType<CellProps>;
}

/** The columns, in order. */
export const CHANNEL_COLUMNS: readonly ChannelColumn[] = [
  { key: 'channel', header: 'Channel', width: null, min: 160, touchMin: 240, hideable: false, Cell: ChannelNameCell },
  {
    key: 'polarity',
    header: 'Polarity',
    width: 88,
    min: 80,
    // 16 px: the widest one-word verdict badge, "? Unchecked", is 128 px (multi-word ones wrap).
    touchWidth: 140,
    hideable: true,
    Cell: PolarityCell,
  },
  { key: 'method', header: 'Method', width: 56, min: 48, touchWidth: 76, hideable: true, Cell: MethodCell },
  {
    key: 'loss',
    header: 'Loss dB (IL / limit)',
    width: 108,
    min: 96,
    touchWidth: 124,
    hideable: true,
    numeric: true,
    Cell: LossCell,
  },
  {
    key: 'margin',
    header: 'Margin dB',
    width: 80,
    min: 64,
    touchWidth: 100,
    hideable: true,
    numeric: true,
    Cell: MarginCell,
  },
  {
    key: 'reach',
    header: 'Length / reach m',
    width: 76,
    min: 64,
    touchWidth: 92,
    hideable: true,
    numeric: true,
    Cell: ReachCell,
  },
  { key: 'test', header: 'Field test', width: 76, min: 64, hideable: true, Cell: TestCell },
];

/**
 * The order in which the channel table folds its columns into the channel's cell when the pane is
 * too narrow (a touch screen: `columnFold.ts`), least needed first: length / reach (the loss
 * column's budget says as much), method, polarity (a polarity fault already fails the verdict),
 * loss, field test. The channel and its margin — what a technician reads first — never fold.
 */
export const CHANNEL_FOLD_ORDER: readonly string[] = ['reach', 'method', 'polarity', 'loss', 'test'];

/** The stored layout of the channel table, shared by the table and its Columns menu. */
export const CHANNEL_COLUMN_PREFS = columnPrefsStore('channels', CHANNEL_COLUMNS);
