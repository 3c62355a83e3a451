/**
 * The channel diagram in the PDF deliverables: draws the same layout model the designer and the
 * port map draw as SVG (`core/deliverables/channelDiagram`), with jsPDF vector primitives, so the
 * three agree box for box. Units: the model's CSS px scaled to mm. Verdict colours come from the
 * one verdict-class table; class glyphs use the ZapfDingbats standard font (✔ ✖ ◆ ❍), `!` and `?`
 * Helvetica; other text goes through `pdfText` (WinAnsi).
 */
import type { jsPDF } from 'jspdf';
import {
  DIAGRAM_GEOMETRY,
  DIAGRAM_INK,
  isFlipMark,
  type ChannelDiagram,
  type DiagramBox,
} from '../../core/deliverables/channelDiagram';
import type { VerdictClass } from '../../core/engine/channels';
import { hexRgb, VERDICT_CLASS_STYLE } from '../../core/verdictStyle';
import { drawHeading, pdfText } from './pdfTable';

const G = DIAGRAM_GEOMETRY;
const PT_PER_MM = 72 / 25.4;

/** ZapfDingbats codes of the class glyphs that WinAnsi cannot show; the rest are Helvetica text. */
const DINGBAT: Readonly<Partial<Record<VerdictClass, string>>> = { pass: '4', fail: '6', unverified: 'u', open: 'm' };

/** Draws the glyph of a verdict class at (x, y) baseline, `size` pt; restores Helvetica. */
export function pdfGlyph(
  doc: jsPDF,
  cls: VerdictClass,
  x: number,
  y: number,
  size: number,
  align: 'left' | 'center' = 'left',
): void {
  const d = DINGBAT[cls];
  doc.setFont(d ? 'zapfdingbats' : 'helvetica', d ? 'normal' : 'bold');
  doc.setFontSize(size);
  doc.text(d ?? VERDICT_CLASS_STYLE[cls].glyph, x, y, { align });
  doc.setFont('helvetica', 'normal');
}

const ink = (doc: jsPDF, hex: string, what: 'draw' | 'fill' | 'text') => {
  const [r, g, b] = hexRgb(hex);
  if (what === 'draw') doc.setDrawColor(r, g, b);
  else if (what === 'fill') doc.setFillColor(r, g, b);
  else doc.setTextColor(r, g, b);
};

function polyline(
  doc: jsPDF,
  pts: readonly (readonly [number, number])[],
  at: (p: number, q: number) => [number, number],
) {
  for (let i = 1; i < pts.length; i++) {
    const [x1, y1] = at(pts[i - 1]![0], pts[i - 1]![1]);
    const [x2, y2] = at(pts[i]![0], pts[i]![1]);
    doc.line(x1, y1, x2, y2);
  }
}

/**
 * Draws `d` with its top-left corner at (`x0`, `y0`) mm, `k` mm per model unit. Returns the
 * height drawn, mm. Leaves the text colour black, line dash solid.
 */
export function drawChannelDiagram(doc: jsPDF, d: ChannelDiagram, x0: number, y0: number, k: number): number {
  const at = (x: number, y: number): [number, number] => [x0 + x * k, y0 + y * k];
  const pt = (px: number) => px * k * PT_PER_MM;
  const fail = VERDICT_CLASS_STYLE.fail;
  const pass = VERDICT_CLASS_STYLE.pass;
  // Mated-pair lines (dashed, under everything).
  ink(doc, DIAGRAM_INK.joint, 'draw');
  doc.setLineWidth(0.2);
  doc.setLineDashPattern([0.6, 0.6], 0);
  for (const j of d.joints) doc.line(...at(j.x, j.top - 4), ...at(j.x, j.bottom));
  doc.setLineDashPattern([], 0);
  // Boxes with their six lines and their tags.
  const box = (b: DiagramBox) => {
    const stroke =
      b.tone === 'fault'
        ? fail.color
        : b.tone === 'fix'
          ? pass.color
          : b.unknown
            ? VERDICT_CLASS_STYLE.unchecked.color
            : DIAGRAM_INK.box;
    ink(doc, stroke, 'draw');
    ink(doc, b.ref.kind === 'end' ? DIAGRAM_INK.endFill : '#ffffff', 'fill');
    doc.setLineWidth(b.tone === 'normal' ? 0.25 : 0.7);
    doc.setLineDashPattern(b.tone === 'fix' || (b.tone === 'normal' && b.unknown) ? [1.2, 0.8] : [], 0);
    const [x, y] = at(b.x, b.y);
    doc.roundedRect(x, y, b.w * k, b.h * k, 4 * k, 4 * k, 'FD');
    doc.setLineDashPattern([], 0);
    b.lines.forEach((t, i) => {
      doc.setFont('helvetica', i === 0 ? 'bold' : 'normal');
      doc.setFontSize(pt(G.font));
      ink(doc, i === 0 ? DIAGRAM_INK.text : DIAGRAM_INK.muted, 'text');
      doc.text(pdfText(t), ...at(b.x + 5, b.y + 14 + i * G.lineH));
    });
    if (b.unverified) {
      ink(doc, VERDICT_CLASS_STYLE.unverified.text, 'text');
      pdfGlyph(doc, 'unverified', ...at(b.x + b.w - 12, b.y + 14), pt(G.font - 2));
    }
    if (b.tone !== 'normal') {
      const cls = b.tone === 'fault' ? 'fail' : 'pass';
      ink(doc, VERDICT_CLASS_STYLE[cls].text, 'text');
      const [cx, cy] = at(b.x + b.w / 2, b.y - 5);
      doc.setFont('helvetica', 'bold');
      doc.setFontSize(pt(G.font));
      doc.text(b.tone === 'fault' ? 'goes wrong here' : 'proposed', cx + 1.5, cy, { align: 'center' });
      pdfGlyph(
        doc,
        cls,
        cx - doc.getTextWidth(b.tone === 'fault' ? 'goes wrong here' : 'proposed') / 2 - 1.2,
        cy,
        pt(G.font - 2),
      );
    }
  };
  d.boxes.forEach(box);
  // Fiber lanes: casing and TIA-598 colour in cables (tracer dashed), thin neutral in devices.
  for (const l of d.lanes) {
    if (l.inCable) {
      ink(doc, DIAGRAM_INK.casing, 'draw');
      doc.setLineWidth(4.2 * k);
      polyline(doc, l.points, at);
      ink(doc, l.colour, 'draw');
      doc.setLineWidth(2.6 * k);
      polyline(doc, l.points, at);
      if (l.tracer) {
        ink(doc, l.tracer, 'draw');
        doc.setLineWidth(1.2 * k);
        doc.setLineDashPattern([3 * k, 3 * k], 0);
        polyline(doc, l.points, at);
        doc.setLineDashPattern([], 0);
      }
    } else {
      ink(doc, l.colour, 'draw');
      doc.setLineWidth(1.4 * k);
      polyline(doc, l.points, at);
    }
  }
  // Positions at every mated pair, and the mating findings.
  for (const j of d.joints) {
    for (const p of j.positions) {
      if (!p.text) continue;
      ink(doc, DIAGRAM_INK.box, 'draw');
      ink(doc, '#ffffff', 'fill');
      doc.setLineWidth(0.2);
      const [x, y] = at(j.x - 11, p.y - 7);
      doc.roundedRect(x, y, 22 * k, 14 * k, 3 * k, 3 * k, 'FD');
      ink(doc, DIAGRAM_INK.text, 'text');
      doc.setFont('helvetica', 'normal');
      doc.setFontSize(pt(G.font));
      doc.text(pdfText(p.text), ...at(j.x, p.y + 4), { align: 'center' });
    }
    if (j.finding) {
      const s = VERDICT_CLASS_STYLE[j.finding.cls];
      ink(doc, s.color, 'fill');
      const [cx, cy] = at(j.x, j.top - 12);
      doc.circle(cx, cy, 8 * k, 'F');
      ink(doc, '#ffffff', 'text');
      pdfGlyph(doc, j.finding.cls, cx, cy + 4 * k, pt(G.font), 'center');
      ink(doc, s.text, 'text');
      doc.setFont('helvetica', 'bold');
      doc.setFontSize(pt(G.font));
      doc.text(pdfText(j.finding.rules), cx + 11 * k, cy + 4 * k);
    }
  }
  // Roles at the ends, coloured by the fiber's outcome.
  for (const r of d.roles) {
    ink(doc, r.cls ? VERDICT_CLASS_STYLE[r.cls].text : DIAGRAM_INK.muted, 'text');
    doc.setFont('helvetica', r.cls === 'fail' ? 'bold' : 'normal');
    doc.setFontSize(pt(G.font));
    const text = pdfText(r.text);
    const [x, y] = at(r.x, r.y + 4);
    if (r.anchor === 'end') {
      doc.text(text, x, y, { align: 'right' });
      if (r.cls === 'fail') pdfGlyph(doc, 'fail', x - doc.getTextWidth(text) - 9 * k, y, pt(G.font - 2));
    } else if (r.cls === 'fail') {
      pdfGlyph(doc, 'fail', x, y, pt(G.font - 2));
      doc.setFont('helvetica', 'bold');
      doc.setFontSize(pt(G.font));
      doc.text(text, x + 11 * k, y);
    } else doc.text(text, x, y);
  }
  // Polarity marks and the parity rule.
  for (const m of d.marks) {
    const strong = isFlipMark(m);
    const c = strong ? DIAGRAM_INK.text : DIAGRAM_INK.muted;
    ink(doc, c, 'draw');
    doc.setLineWidth(strong ? 0.4 : 0.2);
    polyline(
      doc,
      [
        [m.x1 + 3, m.y - 4],
        [m.x1 + 3, m.y],
        [m.x2 - 3, m.y],
        [m.x2 - 3, m.y - 4],
      ],
      at,
    );
    ink(doc, c, 'text');
    doc.setFont('helvetica', strong ? 'bold' : 'normal');
    doc.setFontSize(pt(G.font));
    doc.text(pdfText(m.text), ...at((m.x1 + m.x2) / 2, m.y + 13), { align: 'center' });
  }
  if (d.parity) {
    ink(doc, VERDICT_CLASS_STYLE[d.parity.cls].text, 'text');
    pdfGlyph(doc, d.parity.cls, ...at(G.margin, d.parity.y), pt(G.font));
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(pt(G.font));
    doc.text(pdfText(d.parity.text), ...at(G.margin + 14, d.parity.y));
  }
  doc.setTextColor(0, 0, 0);
  doc.setDrawColor(0, 0, 0);
  doc.setFont('helvetica', 'normal');
  return d.height * k;
}

/** One channel of a channel report: its diagram and the proposed fix of a failing channel. */
export interface PdfDiagramItem {
  readonly diagram: ChannelDiagram;
  /** The best proposed fix, e.g. `Replace PC4 (…) with LC duplex cord A-to-A, UPC`, or null. */
  readonly fix: string | null;
}

const MARGIN = 10;
/** Largest scale, mm per model px: 11 px text prints at 9.4 pt. */
const MAX_K = 0.3;

/**
 * Adds the channel diagrams on landscape A4 pages after what `doc` holds (or from the top of its
 * current, empty page when `newPage` is false): `heading` (and `note`) first, then per channel its
 * title, verdict (glyph, word, colour of its class), where it goes wrong, the proposed fix, and the
 * diagram scaled to the page width (at most `MAX_K` mm/px).
 */
export function addChannelDiagramPages(
  doc: jsPDF,
  items: readonly PdfDiagramItem[],
  heading: string,
  note = '',
  newPage = true,
): void {
  if (newPage) doc.addPage('a4', 'landscape');
  const pageW = doc.internal.pageSize.getWidth();
  const pageH = doc.internal.pageSize.getHeight();
  let y = drawHeading(doc, heading, note);
  for (const { diagram: d, fix } of items) {
    const k = Math.min(MAX_K, (pageW - 2 * MARGIN) / d.width);
    const head = 6 + (d.fault?.text ? 4 : 0) + (fix ? 4 : 0);
    if (y + head + d.height * k > pageH - MARGIN - 6) {
      doc.addPage('a4', 'landscape');
      y = MARGIN;
    }
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(10);
    doc.text(pdfText(d.title), MARGIN, y + 4);
    const s = VERDICT_CLASS_STYLE[d.verdict.cls];
    const x = MARGIN + doc.getTextWidth(pdfText(d.title)) + 4;
    ink(doc, s.text, 'text');
    pdfGlyph(doc, d.verdict.cls, x, y + 4, 9);
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(10);
    doc.text(pdfText(`${s.word}: ${d.verdict.text}`), x + 4, y + 4);
    doc.setTextColor(0, 0, 0);
    y += 6;
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8.5);
    const faultBox = d.fault?.box === null || d.fault?.box === undefined ? undefined : d.boxes[d.fault.box];
    const where =
      d.fault?.kind === 'fix' && faultBox ? `${faultBox.name}, the element the fix replaces` : d.fault?.text;
    if (where) {
      doc.text(pdfText(`Where it goes wrong: ${where}`), MARGIN, y + 2.5, { maxWidth: pageW - 2 * MARGIN });
      y += 4;
    }
    if (fix) {
      doc.text(pdfText(`Proposed fix: ${fix}`), MARGIN, y + 2.5, { maxWidth: pageW - 2 * MARGIN });
      y += 4;
    }
    y += drawChannelDiagram(doc, d, MARGIN, y, k) + 4;
  }
}
