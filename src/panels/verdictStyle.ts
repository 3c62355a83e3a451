/**
 * How verdict classes look in the panels: one CSS class (`v-<class>`, coloured from the one
 * verdict-class table in `core/verdictStyle.ts`), one glyph and one word each, so a state is never
 * told by colour alone (pass ✓, warning !, fail ✕, unverified ◇, unchecked ?, open ○).
 */
import type { VerdictClass } from '../core/engine/channels';
import { VERDICT_CLASS_STYLE } from '../core/verdictStyle';

/** Glyph and word of each verdict class (from `VERDICT_CLASS_STYLE`). */
export const CLASS_STYLE: Readonly<Record<VerdictClass, { readonly glyph: string; readonly word: string }>> =
  VERDICT_CLASS_STYLE;

/** Formats dB with 3 decimals (REFERENCE §10: rounding only for display). */
export const fmtDb = (n: number | null | undefined): string =>
  n === null || n === undefined ? '—' : `${(Math.round(n * 1000) / 1000).toFixed(3)} dB`;

/** Formats metres. */
export const fmtM = (n: number | null | undefined): string =>
  n === null || n === undefined ? '—' : `${Math.round(n * 10) / 10} m`;
