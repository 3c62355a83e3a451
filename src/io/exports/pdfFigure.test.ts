/**
 * Figure pages of the PDF deliverables: the rack elevation image appended to the port map.
 *
 * ```
 *  QSFP-1 (R1-SW1-Eth1) ─ T1 Type B ─ R1-P1-C1 MOD-U1 ─ P1…P4 A-to-B ─ SFP-1…4 (R1-SW2-Eth1…4)
 * ```
 */
import { describe, expect, it } from 'vitest';
import { portMapRows } from '../../core/deliverables';
import { breakoutFixture } from '../../core/fixtures/breakoutFixture';
import { analyzeDesign } from '../../core/analysis/analyze';
import { portMapPdf } from './pdf';
import { fitFigure } from './pdfFigure';

/** A 2 × 1 px PNG (one red, one white pixel). */
const PNG_2x1 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAD0lEQVR4nGP4z8Dw//9/AAv7A/3dF29HAAAAAElFTkSuQmCC';

const latin1 = (buf: ArrayBuffer): string => new TextDecoder('latin1').decode(new Uint8Array(buf));

describe('fitFigure', () => {
  it.each([
    // widthPx, heightPx, box w × h mm → w × h mm
    [2000, 1000, 277, 170, 277, 138.5],
    [1000, 2000, 277, 170, 85, 170],
    [100, 100, 50, 80, 50, 50],
    [0, 100, 50, 80, 0, 0],
  ])('%i × %i px in %i × %i mm → %f × %f mm', (w, h, bw, bh, ew, eh) => {
    const r = fitFigure(w, h, bw, bh);
    expect(r.w).toBeCloseTo(ew, 6);
    expect(r.h).toBeCloseTo(eh, 6);
  });
});

describe('portMapPdf figures', () => {
  const rows = portMapRows(analyzeDesign(breakoutFixture().design));
  it('adds one titled landscape page per figure with the image', async () => {
    const buf = await portMapPdf(rows, {
      compress: false,
      figures: [{ title: 'Rack elevation: R1 & R2', dataUrl: PNG_2x1, widthPx: 2, heightPx: 1 }],
    });
    const s = latin1(buf);
    expect((s.match(/\/Type \/Page\s/g) ?? []).length).toBe(2);
    expect(s).toContain('(Rack elevation: R1 & R2) Tj');
    expect(s).toMatch(/\/Subtype \/Image/);
    expect(s).toContain('(page 2 of 2) Tj');
  });
  it('without figures keeps one page', async () => {
    const buf = await portMapPdf(rows, { compress: false });
    expect((latin1(buf).match(/\/Type \/Page\s/g) ?? []).length).toBe(1);
  });
});
