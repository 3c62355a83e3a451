/**
 * Cell values of tester exports (issue 14 §6): units in the value, decimal commas, lengths in
 * m or ft, fiber designations, wavelengths, reference methods (REFERENCE-2 §16.1) and dates.
 */
import { describe, expect, it } from 'vitest';
import {
  parseDate,
  parseFiber,
  parseLengthM,
  parseLossDb,
  parseMethod,
  parseNumber,
  parseWavelength,
} from './resultValues';

const value = <T>(p: { ok: boolean; value?: T; message?: string }) => (p.ok ? p.value : `ERR ${p.message}`);

describe('numbers and losses', () => {
  it.each([
    ['1.23', 1.23],
    ['1,23', 1.23],
    ['1.2 dB', 1.2],
    ['1.2dB', 1.2],
    [' -0.04 ', -0.04],
    ['0', 0],
    ['−0.05', -0.05],
  ])('loss %j → %f dB', (raw, v) => expect(value(parseLossDb(raw))).toBe(v));

  it.each([
    ['1.2 dBm', 'is a power (dBm)'],
    ['abc', 'is not a loss in dB'],
    ['1.2.3', 'is not a loss in dB'],
    ['1 234,5', 'is not a loss in dB'],
    ['250', 'not a plausible insertion loss'],
  ])('loss %j is refused (%s)', (raw, msg) => expect(value(parseLossDb(raw))).toContain(msg));

  it('a comma is refused as a decimal mark where the file is comma-delimited', () => {
    expect(value(parseNumber('1,5', false))).toContain('decimal comma in a comma-delimited file');
    expect(value(parseNumber('1,5', true))).toBe(1.5);
  });
});

describe('lengths, wavelengths, fibers, methods', () => {
  it.each([
    ['87.5', 'm', 87.5],
    ['287 ft', 'm', 87.4776],
    ['100', 'ft', 30.48],
    ["100'", 'm', 30.48],
    ['30 m', 'ft', 30],
  ] as const)('length %j (default %s) → %f m', (raw, unit, m) =>
    expect(value(parseLengthM(raw, unit))).toBeCloseTo(m, 6),
  );

  it.each([
    ['850', 850],
    ['850 nm', 850],
    ['1300nm', 1300],
    ['1550', 1550],
  ])('wavelength %j → %i nm', (raw, nm) => expect(value(parseWavelength(raw))).toBe(nm));
  it('refuses wavelengths outside 600–1700 nm', () => expect(value(parseWavelength('500'))).toContain('outside'));

  it.each([
    ['A', 'A'],
    ['b', 'B'],
    ['Fiber 3', '3'],
    ['#12', '12'],
    ['F07', '7'],
    ['', '*'],
  ])('fiber %j → %s', (raw, f) => expect(value(parseFiber(raw))).toBe(f));
  it.each(['X', '40', 'A1'])('fiber %j is refused', (raw) => expect(String(value(parseFiber(raw)))).toMatch(/^ERR/));

  it.each([
    ['1J', '1J'],
    ['1-jumper', '1J'],
    ['one jumper', '1J'],
    ['2 cords', '2J'],
    ['3 Jumper Reference', '3J'],
  ])('method %j → %s', (raw, m) => expect(value(parseMethod(raw))).toBe(m));
  it('refuses "Method B" (ambiguous with TIA-568.3-E connectivity methods)', () =>
    expect(value(parseMethod('Method B'))).toContain('not a reference method'));
});

describe('dates', () => {
  it.each([
    ['2026-03-01', 'auto', '2026-03-01'],
    ['2026-03-01T10:20:31Z', 'auto', '2026-03-01T10:20:31Z'],
    ['2026/03/01 10:20', 'auto', '2026-03-01T10:20:00'],
    ['03/14/2026', 'auto', '2026-03-14'],
    ['14/03/2026', 'auto', '2026-03-14'],
    ['14.03.2026', 'auto', '2026-03-14'],
    ['03/04/2026', 'MDY', '2026-03-04'],
    ['03/04/2026', 'DMY', '2026-04-03'],
    ['03/14/2026 2:05:09 PM', 'auto', '2026-03-14T14:05:09'],
  ] as const)('%j (%s) → %s', (raw, order, iso) => expect(value(parseDate(raw, order))).toBe(iso));
  it('an ambiguous date asks for the order', () => expect(value(parseDate('03/04/2026'))).toContain('ambiguous'));
  it('refuses impossible dates', () => expect(value(parseDate('2026-02-30'))).toContain('not a valid date'));
});
