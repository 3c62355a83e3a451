import { describe, expect, it } from 'vitest';
import { rowCaptionPlace } from './rowCaption';

/*
 * A row's name strip from world x 36 to 2036 (2000 units wide, 40 high); the inset 12 px at zoom
 * 0.6 = 20 world units.
 *
 *   world x:   36                                             2036
 *              |Row B · 6 racks ........................... |   name strip
 *        view: [----- canvas -----]                              viewLeft 0: start in view
 *                        [----- canvas -----]                    viewLeft 1000: caption at 1020
 *                                                   [---- canvas ----]  viewLeft 2000: caption at 2020,
 *                                                                        past the row's end, not cut
 */
describe('rowCaptionPlace: the row name sticks to the canvas left edge when the row starts off screen', () => {
  const header = { x: 36, y: 0, w: 2000, h: 40 };
  it("draws the name at the row's start when the start is in view, or there is no view (an export)", () => {
    expect(rowCaptionPlace(header, 0, 20)).toEqual({ x: 36, sticky: false });
    expect(rowCaptionPlace(header, -500, 20)).toEqual({ x: 36, sticky: false });
    // 36 ≥ 16 + 20: exactly at the inset still counts as in view.
    expect(rowCaptionPlace(header, 16, 20)).toEqual({ x: 36, sticky: false });
    expect(rowCaptionPlace(header, null, 20)).toEqual({ x: 36, sticky: false });
  });
  it("sticks at the inset from the canvas's left edge when the start is off to the left", () => {
    expect(rowCaptionPlace(header, 1000, 20)).toEqual({ x: 1020, sticky: true });
    // Just past the inset: 17 + 20 = 37 > 36.
    expect(rowCaptionPlace(header, 17, 20)).toEqual({ x: 37, sticky: true });
  });
  it("near the row's end it stays at the edge, running on past the end rather than being cut", () => {
    expect(rowCaptionPlace(header, 2000, 20)).toEqual({ x: 2020, sticky: true });
  });
});
