/**
 * The rack elevation SVG deliverable, drawn from the scene of the breakout demo (GT-11):
 *
 * ```text
 *  R1 Leaf-1 Eth49/50 (QSFP+) ─ Type-B MPO ─ R2 P1 C1/C2 MOD-U1 ─ A-to-B LC ─ R2 Access-1 Eth1…8
 * ```
 *
 * with one rack renamed to text that must be escaped.
 */
import { describe, expect, it } from 'vitest';
import { renameRack } from '../core/edits';
import { labelsFor } from '../core/labels';
import { demoById } from '../demos/demos';
import { elevationSvg, escapeXml } from './elevationSvg';
import { sceneOf } from './scene';

const base = demoById('breakout-40g')?.build();
if (!base) throw new Error('demo missing');
const rackId = Object.values(base.racks)[0]?.id;
if (!rackId) throw new Error('no rack');
const design = renameRack(base, rackId, 'L<R&D>"1');

describe('elevationSvg', () => {
  const svg = elevationSvg(sceneOf(design, 'both'), labelsFor(design), design.name);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  it('is well-formed SVG', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.tagName).toBe('svg');
  });
  /**
   * Counted by hand from the demo (both faces): rack equipment is drawn in both elevations of its
   * rack (Leaf-1 in R1; P1 and Access-1 in R2: 3 devices × 2 = 6). Cages show on the front only:
   * Leaf-1 48 SFP28 + 8 QSFP28, Access-1 24 SFP+ = 80. Each of the two MOD-U1 cassettes shows its
   * 6 LC front ports at the front (12) and its one MPO rear port at the rear (2). 94 ports.
   */
  it('draws one group per elevation (2 racks × 2 faces) and every device and port', () => {
    expect(doc.querySelectorAll('g[data-rack]')).toHaveLength(4);
    expect(doc.querySelectorAll('g[data-device]')).toHaveLength(6);
    const ports = [...doc.querySelectorAll('rect[data-port]')].map((r) => r.getAttribute('data-port') ?? '');
    expect(ports).toHaveLength(94);
    const kinds = (re: RegExp) => ports.filter((k) => re.test(k)).length;
    expect([kinds(/#cage-\d+$/), kinds(/#front-\d+$/), kinds(/#mpo1$/)]).toEqual([80, 12, 2]);
  });
  it('labels racks, equipment and ports in the design scheme, text escaped', () => {
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts.some((t) => t.includes('L<R&D>"1'))).toBe(true);
    expect(texts).toContain('R2-P1');
    expect(texts).toContain('R2-SW1');
    const titles = [...doc.querySelectorAll('rect[data-port] > title')].map((t) => t.textContent);
    expect(titles).toContain('R2-P1-C1-Port1');
    expect(svg).not.toContain('<R&D>');
  });
});

describe('escapeXml', () => {
  it.each([
    ['a<b>&"c\'', 'a&lt;b&gt;&amp;&quot;c&apos;'],
    ['R1-P1-C1-Port3', 'R1-P1-C1-Port3'],
    ['tab\tand\nnewline', 'tab\tand\nnewline'],
    ['nul\u0000esc\u001b', 'nul\ufffdesc\ufffd'],
    ['\ufffe\uffff', '\ufffd\ufffd'],
    ['lone \ud800 and pair \ud83d\ude00', 'lone \ufffd and pair \ud83d\ude00'],
  ])('%j → %j', (s, e) => expect(escapeXml(s)).toBe(e));
});

/**
 * Text with control characters is refused at entry (the design schema: see loadDesign.test.ts
 * and editCheck.test.ts) and escaped in every export: a design built past the schema, with
 * U+0000 and U+FFFF in names, still exports a well-formed SVG (issue 9: U+0000 in a label made
 * the SVG malformed).
 */
describe('the SVG stays well-formed whatever the text', () => {
  it.each(['\u0000', '\u001b[31m', '\ufffe', '\uffff', '\ud800', ']]>', '</svg>', '&amp;'])(
    'a rack named "R%s1"',
    (bad) => {
      const d = renameRack(base, rackId, `R${bad}1`);
      const svg = elevationSvg(sceneOf(d, 'both'), labelsFor(d), d.name);
      const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
      expect(parsed.documentElement.tagName).toBe('svg');
    },
  );
});
