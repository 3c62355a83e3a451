/**
 * The drawing vocabulary of the channel diagram, shared by the layout model and its renderers
 * (SVG in the designer and port map, jsPDF in the PDFs): sizes, neutral ink, which marks are drawn
 * strong, and the text-fitting estimate.
 */
import type { DiagramMark } from './channelDiagramParts';

/** Sizes of the layout, CSS px at scale 1. */
export const DIAGRAM_GEOMETRY = {
  /** Text size of box lines, roles and positions. */
  font: 11,
  /** Line height of box text. */
  lineH: 13,
  margin: 8,
  /** Room above the boxes for the fault / fix tag. */
  tag: 18,
  /** Width of an element box and of an end box. */
  boxW: 104,
  /** Gap between boxes; the mated pair (joint) is its middle. */
  gap: 30,
  /** Box header: six text lines and padding. */
  head: 6 * 13 + 10,
  /** Distance between fiber lanes. */
  pitch: 16,
  lanePad: 10,
  trackGap: 14,
  /** Height of one row of flip marks. */
  markRow: 30,
  parity: 20,
} as const;

/**
 * Neutral ink of the drawn diagram, shared by the SVG and PDF renderers: text, muted text, box
 * outlines, the dashed mated-pair line, and the dark casing under each coloured fiber lane.
 */
export const DIAGRAM_INK = {
  text: '#1f2328',
  muted: '#59636e',
  box: '#8c959f',
  joint: '#d0d7de',
  casing: '#424a53',
  endFill: '#f6f8fa',
} as const;

/** True for marks that change polarity (drawn strong); `no flip` and `straight` are drawn muted. */
export const isFlipMark = (m: DiagramMark): boolean => m.kind !== 'no-flip' && m.kind !== 'straight';

/**
 * `text` cut to fit `maxW` px at `font` px with an ellipsis, by an estimate of the average glyph
 * width of a sans-serif face (0.56 em, 0.62 em bold): no DOM or font metrics needed.
 */
export function fitText(text: string, maxW: number, font: number, bold: boolean): string {
  const cw = font * (bold ? 0.62 : 0.56);
  if (text.length <= 1 || text.length * cw <= maxW) return text;
  return `${text.slice(0, Math.max(1, Math.floor(maxW / cw) - 1)).trimEnd()}…`;
}
