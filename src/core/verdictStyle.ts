/**
 * One meaning per colour, everywhere: the look of each verdict class (fail red, warning amber,
 * unverified purple, unchecked grey and dashed, pass green, open neutral) as one data table that
 * the DOM (CSS custom properties), the Konva canvas, the SVG channel diagram and the PDF exports
 * all read. A class is never told by colour alone: each has a glyph and a word too.
 */
import type { VerdictClass } from './engine/channels';

/** How one verdict class looks. Colours are CSS hex strings (`#rrggbb`). */
export interface VerdictClassStyle {
  /** Glyph shown with the word (✓ ! ✕ ◇ ? ○). */
  readonly glyph: string;
  /** The class in one word, e.g. `Unchecked`. */
  readonly word: string;
  /** Strong colour: markers, dots, bars, outlines on a canvas or diagram. */
  readonly color: string;
  /** Text colour on a light background (contrast ≥ 4.5:1 on `bg` and on white). */
  readonly text: string;
  /** Badge background. */
  readonly bg: string;
  /** Badge border. */
  readonly border: string;
  /** True when outlines of this class are dashed (unchecked: nothing was checked). */
  readonly dashed: boolean;
}

/** The verdict-class styles (the project's colour rule; see `docs/ARCHITECTURE.md`). */
export const VERDICT_CLASS_STYLE: Readonly<Record<VerdictClass, VerdictClassStyle>> = {
  pass: {
    glyph: '✓',
    word: 'Pass',
    color: '#1a7f37',
    text: '#116329',
    bg: '#dafbe1',
    border: '#aceebb',
    dashed: false,
  },
  warning: {
    glyph: '!',
    word: 'Warning',
    color: '#d4a72c',
    text: '#7d4e00',
    bg: '#fff8c5',
    border: '#d4a72c',
    dashed: false,
  },
  fail: {
    glyph: '✕',
    word: 'Fail',
    color: '#cf222e',
    text: '#b3261e',
    bg: '#ffebe9',
    border: '#ffcecb',
    dashed: false,
  },
  unverified: {
    glyph: '◇',
    word: 'Unverified',
    color: '#8250df',
    text: '#6639ba',
    bg: '#fbefff',
    border: '#d8b9ff',
    dashed: false,
  },
  unchecked: {
    glyph: '?',
    word: 'Unchecked',
    color: '#59636e',
    text: '#4c545d',
    bg: '#eff2f5',
    border: '#59636e',
    dashed: true,
  },
  open: {
    glyph: '○',
    word: 'Open',
    color: '#818b98',
    text: '#59636e',
    bg: '#ffffff',
    border: '#afb8c1',
    dashed: false,
  },
};

/** Verdict classes from worst to best (the order of legends, counts and sorting). */
export const VERDICT_CLASS_ORDER: readonly VerdictClass[] = [
  'fail',
  'unchecked',
  'unverified',
  'warning',
  'open',
  'pass',
];

/** What each class means, one line each, for the legends of the designer and the port map. */
export const VERDICT_CLASS_MEANING: Readonly<Record<VerdictClass, string>> = {
  fail: 'fails: wrong polarity, a broken mating rule or no margin',
  unchecked: 'not checked: a part, map or fact is unknown',
  unverified: 'passes on a value the sources mark UNVERIFIED',
  warning: 'works, with a caveat (remapped ports, a non-standard mix, a thin margin)',
  open: 'nothing to judge yet (open port, no transceiver at an end)',
  pass: 'passes: every Tx reaches its Rx within the loss budget',
};

/**
 * The CSS custom properties of the table: `--<class>` (strong colour), `--<class>-text`,
 * `--<class>-bg` and `--<class>-border` for every class. The app sets them on `:root`, so CSS,
 * canvas and PDF share one source.
 */
export function verdictCssVariables(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [cls, s] of Object.entries(VERDICT_CLASS_STYLE)) {
    out[`--${cls}`] = s.color;
    out[`--${cls}-text`] = s.text;
    out[`--${cls}-bg`] = s.bg;
    out[`--${cls}-border`] = s.border;
  }
  return out;
}

/**
 * A `#rrggbb` colour as `[r, g, b]` (0–255), for jsPDF's `setDrawColor`/`setTextColor`.
 * @throws Error when `hex` is not `#rrggbb`.
 */
export function hexRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}
