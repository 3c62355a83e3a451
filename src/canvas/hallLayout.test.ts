/**
 * The hall view (issue 12 §5): rows stacked, racks of a row left to right in order, bottoms
 * aligned; collapsed empty runs in the scene (drawing, hit testing and drop targets use the same
 * mapping); and where a rack dragged by its header lands. Expectations computed by hand from the
 * view constants (MARGIN 36, ROW_HEAD_H 72, HEADER_H 40, U_PX 26, ELEV_W 284, FACE_GAP 22,
 * RACK_GAP 96, ROW_GAP 64).
 *
 * ```text
 *  Row A   [R1 42U: SW1 at U40]   [R2 48U, empty]
 *  Row B   [R3 42U, empty]
 * ```
 */
import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../core/designBuilder';
import { labelsFor } from '../core/labels';
import { dropTargetAt } from './dropTarget';
import { elevationSvg } from './elevationSvg';
import { ROW_GAP, ROW_HEAD_H, rowTitle } from './hallLayout';
import { hitTest, unitAt } from './hitTest';
import { rackDropAt } from './rackDrop';
import { sceneOf, unitBox } from './scene';
import { ELEV_W, FACE_GAP, HEADER_H, MARGIN, RACK_GAP, U_PX } from './viewGeometry';

const b = new DesignBuilder('hall');
const r1 = b.rack('R1');
const r2 = b.rack('R2', 48);
const r3 = b.rack('R3', 42, 'Row B');
const sw1 = b.equipment(r1, 'equipment/switch-1u-24xsfpplus', 40, 'SW1');
const design = b.build();
const ENCL = 'equipment/enclosure-1u-4slot-cassette-modular' as never;
const ENCL2U = 'equipment/enclosure-2u-8slot-cassette-modular' as never;

describe('rows stacked', () => {
  const s = sceneOf(design, 'front');
  const at = (rack: string) => s.elevations.find((e) => e.rack.id === rack)!;
  it('gives each row a band with its header, racks left to right, bottoms aligned', () => {
    expect(s.rows.map((r) => [r.name, r.y, r.h, r.racks.length])).toEqual([
      // Row A: header 72 + rack header 40 + the tallest rack, 48U × 26 = 1248 → 1360.
      ['Row A', MARGIN, ROW_HEAD_H + HEADER_H + 48 * U_PX, 2],
      // Row B starts a row gap below: 36 + 1360 + 64 = 1460; 42U → 72 + 40 + 1092.
      ['Row B', MARGIN + 1360 + ROW_GAP, ROW_HEAD_H + HEADER_H + 42 * U_PX, 1],
    ]);
    expect(rowTitle(s.rows[0]!)).toBe('Row A · 2 racks');
    // R1 (42U) stands 6U lower than R2 (48U): same floor line.
    expect([at(r1).x, at(r1).top, at(r1).top + at(r1).units.h]).toEqual([MARGIN, 36 + 72 + 40 + 6 * 26, 1396]);
    expect([at(r2).x, at(r2).top, at(r2).top + at(r2).units.h]).toEqual([MARGIN + ELEV_W + RACK_GAP, 148, 1396]);
    expect([at(r3).x, at(r3).y]).toEqual([MARGIN, 1460 + 72]);
  });
  it('shows front and rear of every rack side by side in Both, row by row', () => {
    const both = sceneOf(design, 'both');
    expect(both.elevations.map((e) => `${e.rack.name}:${e.face}@${e.x},${e.row}`)).toEqual([
      `R1:front@${MARGIN},Row A`,
      `R1:rear@${MARGIN + ELEV_W + FACE_GAP},Row A`,
      `R2:front@${MARGIN + 2 * ELEV_W + FACE_GAP + RACK_GAP},Row A`,
      `R2:rear@${MARGIN + 3 * ELEV_W + 2 * FACE_GAP + RACK_GAP},Row A`,
      `R3:front@${MARGIN},Row B`,
      `R3:rear@${MARGIN + ELEV_W + FACE_GAP},Row B`,
    ]);
  });
});

describe('collapsed empty units in the scene', () => {
  const s = sceneOf(design, 'front', true);
  const e1 = s.elevations.find((e) => e.rack.id === r1)!;
  it('collapses only racks with equipment, and the device box follows the mapping', () => {
    // R1: U42–U39 drawn (4 × 26 = 104), band U1–U38 (26) → 130 px of units; R2, R3 empty: whole.
    expect(e1.units.h).toBe(130);
    expect(s.elevations.map((e) => e.units.h)).toEqual([130, 48 * U_PX, 42 * U_PX]);
    const sw = s.devices.find((d) => d.device.id === sw1)!;
    expect(sw.y).toBe(e1.top + 2 * U_PX);
    expect(sw).toMatchObject(unitBox(e1, 40, 1));
    expect(sceneOf(design, 'front', true)).toBe(s);
    expect(sceneOf(design, 'front')).not.toBe(s);
  });
  it('hit-tests the unit under a point through the same mapping (a band gives its top unit)', () => {
    expect(unitAt(e1, e1.top + 2 * U_PX + 1)).toBe(40);
    expect(unitAt(e1, e1.top + 104 + 13)).toBe(38);
    const h = hitTest(s, [], e1.innerX + 100, e1.top + 2 * U_PX + 13, 1);
    expect(h.device?.device.id).toBe(sw1);
    expect(h.u).toBe(40);
  });
  it('drops equipment on a band at the band’s top unit', () => {
    const band = { x: e1.innerX + 120, y: e1.top + 104 + 13 };
    const one = dropTargetAt(design, s, { kind: 'part', part: ENCL }, band.x, band.y, 13);
    expect(one).toMatchObject({ kind: 'rack', rack: r1, positionU: 38, check: { ok: true } });
    // A 2U enclosure grabbed 10 px below its top: the top edge is on the band → U37–U38.
    const two = dropTargetAt(design, s, { kind: 'part', part: ENCL2U }, band.x, band.y, 10);
    expect(two).toMatchObject({ kind: 'rack', positionU: 37, check: { ok: true } });
    // The preview box is the band (both units are inside it).
    expect(two).toMatchObject({ box: { y: e1.top + 104, h: 26 } });
    // On the drawn units the usual snap: U41 is free, U40 taken by SW1.
    const u41 = dropTargetAt(design, s, { kind: 'part', part: ENCL }, band.x, e1.top + U_PX + 13, 13);
    expect(u41).toMatchObject({ positionU: 41, check: { ok: true } });
  });
});

describe('dragging a rack by its header', () => {
  const s = sceneOf(design, 'front');
  const e = (rack: string) => s.elevations.find((v) => v.rack.id === rack)!;
  it('reorders within the row: the index counts the other racks left of the pointer', () => {
    const right = e(r2).x + e(r2).w + 20;
    const t = rackDropAt(s, r1, right, e(r2).y + 10, 'Row C')!;
    expect(t).toMatchObject({ row: 'Row A', index: 1, newRow: false, same: false, text: 'R1 → Row A, 2 of 2' });
    // The bar stands in the gap right of R2: R2's right edge + RACK_GAP / 2, 10 px wide.
    expect(t.box.x).toBe(e(r2).x + ELEV_W + RACK_GAP / 2 - 5);
    expect(rackDropAt(s, r1, e(r1).x + 5, e(r1).y + 10, 'Row C')).toMatchObject({ index: 0, same: true });
  });
  it('moves into another row, or below the last row into a new row', () => {
    expect(rackDropAt(s, r2, e(r3).x + e(r3).w + 5, e(r3).y + 100, 'Row C')).toMatchObject({
      row: 'Row B',
      index: 1,
      text: 'R2 → Row B, 2 of 2',
    });
    const below = s.rows[1]!.y + s.rows[1]!.h + ROW_GAP;
    expect(rackDropAt(s, r1, 100, below, 'Row C')).toMatchObject({ row: 'Row C', newRow: true, index: 0 });
    // The only rack of the last row cannot start a new row of itself.
    expect(rackDropAt(s, r3, 100, below, 'Row C')).toMatchObject({ row: 'Row B', same: true });
  });
});

describe('the elevation SVG follows the rows', () => {
  it('heads each row band with its name and draws every unit (exports never collapse)', () => {
    const svg = elevationSvg(sceneOf(design, 'front'), labelsFor(design), design.name);
    expect([...svg.matchAll(/<g data-row="([^"]+)">/g)].map((m) => m[1])).toEqual(['Row A', 'Row B']);
    expect(svg).toContain('>Row A · 2 racks</text>');
    // R3 (Row B) is drawn below Row A's band: its frame starts at y = 1460 + 72 + 40 = 1572.
    expect(svg).toMatch(
      new RegExp(
        `<g data-rack="${r3}" data-face="front">[^]*?<rect x="36" y="1572" width="284" height="1092" fill="none"`,
      ),
    );
    expect(svg).not.toContain('empty</text>');
  });
});
