/**
 * View constants of the rack canvas (world units = CSS px at zoom 1) and the colour tokens the
 * canvas draws with. One meaning per colour: verdict colours come from the one verdict-class table
 * (`core/verdictStyle.ts`, also behind the panels' CSS and the PDFs), selection is blue, everything
 * else is neutral grey.
 */
import { VERDICT_CLASS_STYLE } from '../core/verdictStyle';

/** Height of one rack unit. */
export const U_PX = 26;
/** Width of the U-number rail left of a rack's mounting area. */
export const RAIL_W = 26;
/** Width of the mounting area (not to scale: wider than 19″ to leave room for ports). */
export const INNER_W = 250;
/** Width of the right rail. */
export const RIGHT_RAIL = 8;
/** Full width of one rack elevation. */
export const ELEV_W = RAIL_W + INNER_W + RIGHT_RAIL;
/** Height of the header above a rack (name, face, height). */
export const HEADER_H = 40;
/** Gap between the front and rear elevation of one rack. */
export const FACE_GAP = 22;
/** Gap between racks (room for cable loops on the right of each rack). */
export const RACK_GAP = 96;
/** Margin around the row. */
export const MARGIN = 36;
/** Width of the name label at the left of a device. */
export const LABEL_W = 66;

/** Colour tokens of the canvas. */
export const COLORS = {
  canvasBg: '#f6f8fa',
  rackFrame: '#57606a',
  rackInner: '#ffffff',
  rail: '#eaeef2',
  railText: '#57606a',
  uLine: '#eef1f4',
  header: '#24292f',
  headerSub: '#57606a',
  device: '#eaeef2',
  deviceStroke: '#6e7781',
  switchBody: '#d0d7de',
  deviceText: '#24292f',
  slotEmpty: '#f6f8fa',
  slotStroke: '#afb8c1',
  module: '#ffffff',
  portEmpty: '#ffffff',
  portStroke: '#6e7781',
  portPlugged: '#24292f',
  cageFilled: '#8c959f',
  cable: {
    trunk: '#424a53',
    'array-cable': '#57606a',
    harness: '#57606a',
    'duplex-cord': '#8c959f',
    'conversion-cable': '#57606a',
    pigtail: '#57606a',
    'bulk-cable': '#424a53',
    splitter: '#57606a',
  },
  selection: '#0969da',
  selectionFill: 'rgba(9,105,218,0.12)',
  dropOk: '#0969da',
  /** A refused drop is a failure: the fail colour of the verdict table. */
  dropBad: VERDICT_CLASS_STYLE.fail.color,
} as const;

/** A rectangle in world units. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Cell rectangles of `count` items laid out in a grid inside `box`, row-major. */
export function gridCells(box: Box, count: number, rows: number, pad = 1): Box[] {
  const cols = Math.max(1, Math.ceil(count / rows));
  const cw = box.w / cols;
  const ch = box.h / rows;
  return Array.from({ length: count }, (_, i) => ({
    x: box.x + (i % cols) * cw + pad,
    y: box.y + Math.floor(i / cols) * ch + pad,
    w: cw - 2 * pad,
    h: ch - 2 * pad,
  }));
}

/**
 * The row count that makes `count` cells of preferred aspect `aspect` (width / height) largest
 * inside `box`.
 */
export function bestRows(box: Box, count: number, aspect: number): number {
  let best = 1;
  let bestScore = -1;
  for (let r = 1; r <= Math.max(1, count); r++) {
    const cols = Math.ceil(count / r);
    const score = Math.min(box.w / cols / aspect, box.h / r);
    if (score > bestScore + 1e-9) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

/** True when point (x, y) is inside `b`. */
export const inBox = (b: Box, x: number, y: number): boolean =>
  x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h;
