/**
 * The channel report PDF draws the same model as the SVG: every text line of every box, every
 * position at every mated pair, the flip marks and the parity line appear in the PDF, and the
 * failing element is tagged. Topology (REFERENCE §5.4 row 3, Method A with two A-to-B cords):
 *
 * ```text
 *  SW-1 ─A-to-B─ MOD-A ══Type A══ MOD-A ─A-to-B─ SW-2      → Tx→Tx (two A↔B flips: even)
 * ```
 */
import { describe, expect, it } from 'vitest';
import { channelDiagram } from '../../core/deliverables/channelDiagram';
import { analyzeDesign } from '../../core/analysis/analyze';
import { duplexStructured, METHOD_RECIPES } from '../../core/fixtures/topologies';
import { channelReportPdf, portMapPdf } from './pdf';
import { pdfText } from './pdfTable';

const latin1 = (buf: ArrayBuffer): string => new TextDecoder('latin1').decode(new Uint8Array(buf));
const strings = (buf: ArrayBuffer): string[] =>
  [...latin1(buf).matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)].map((m) => (m[1] ?? '').replace(/\\([()\\])/g, '$1'));
const pages = (buf: ArrayBuffer): number => (latin1(buf).match(/\/Type \/Page\s/g) ?? []).length;

const t = duplexStructured({ ...METHOD_RECIPES.A, cord2: 'A-to-B', ports: [1] });
const a = analyzeDesign(t.design);
const channel = a.channels.find((c) => c.kind === 'duplex')!;
const cord2 = t.end2[1]!.cord;
const fixText = 'Replace CORD-2.1 with LC duplex cord A-to-A, UPC';
const d = channelDiagram(a, channel, { fix: { target: { kind: 'cable', id: cord2 }, text: fixText } });

describe('channel report PDF', () => {
  it('prints every box line, position, mark and the parity of the model', async () => {
    const buf = await channelReportPdf([{ diagram: d, fix: fixText }], { compress: false, subtitle: 'GT row 3' });
    expect(pages(buf)).toBe(1);
    const text = strings(buf);
    for (const b of d.boxes) for (const line of b.lines) expect(text).toContain(pdfText(line));
    const positions = d.joints.flatMap((j) => j.positions.map((p) => p.text));
    expect(positions).toEqual(['A', 'B', 'A', 'B', '1', '2', '1', '2', 'A', 'B', 'A', 'B']);
    for (const p of new Set(positions))
      expect(text.filter((s) => s === p).length).toBeGreaterThanOrEqual(positions.filter((x) => x === p).length);
    expect(text.filter((s) => s === 'A<->B flip')).toHaveLength(2);
    expect(text).toContain('2 A<->B flips: even, Tx meets Tx (TIA-568.3-E; REFERENCE §0.5, §4)');
    expect(text).toContain('goes wrong here');
    expect(text).toContain(`Proposed fix: ${fixText}`);
    expect(text).toContain('Fail: Tx->Tx');
    // Class glyphs are drawn in ZapfDingbats (✖ = "6"), not as "?" in Helvetica.
    expect(latin1(buf)).toContain('/BaseFont /ZapfDingbats');
    expect(text).toContain('6');
  });
  it('appends the diagrams to the port map PDF after the table', async () => {
    const buf = await portMapPdf([], {
      compress: false,
      diagrams: { items: [{ diagram: d, fix: null }], note: 'one' },
    });
    expect(pages(buf)).toBe(2);
    const text = strings(buf);
    expect(text).toContain('Channel diagrams');
    expect(text).toContain('one');
    expect(text).toContain('page 2 of 2');
  });
});
