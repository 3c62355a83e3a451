/**
 * Field rules: the limits shown and enforced by inspector fields are the schema's (LIMITS), and a
 * typed value passes the field exactly when the loader would accept it in that place.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { methodA } from '../../scripts/generate-examples';
import { LIMITS } from './designSchema';
import { FIELD_RULES } from './fieldRules';
import { parseDesignFile } from './loadDesign';
import { serializeDesign } from './saveDesign';

describe('FIELD_RULES', () => {
  it.each([
    ['cableLength', 0, LIMITS.lengthM, 'm', '0–100,000 m'],
    ['designMargin', 0, LIMITS.designMarginDb, 'dB', '0–20 dB'],
    ['rackHeight', 1, LIMITS.heightU, 'U', '1–60 U (whole numbers)'],
  ] as const)('%s: %d–%d %s, shown as "%s"', (key, min, max, unit, hint) => {
    const r = FIELD_RULES[key];
    expect(r).toMatchObject({ kind: 'number', min, max, unit, hint });
  });

  it.each(['designName', 'rackName', 'deviceName', 'cableName'] as const)('%s: up to 500 characters', (key) => {
    expect(FIELD_RULES[key]).toMatchObject({ kind: 'text', maxChars: LIMITS.nameChars, hint: 'up to 500 characters' });
  });

  it.each([
    ['200000', false, 'must be 0–100,000 m; received 200000'],
    ['100000', true, 100_000],
    [' 12.5 ', true, 12.5],
    ['0', true, 0],
    ['-0.5', false, 'must be 0–100,000 m; received -0.5'],
    ['1e5', true, 100_000],
    ['1e400', false, 'enter a number (0–100,000 m)'],
    ['0x10', false, 'enter a number (0–100,000 m)'],
    ['', false, 'enter a number (0–100,000 m)'],
    ['abc', false, 'enter a number (0–100,000 m)'],
  ] as const)('cable length "%s" → ok %s (%s)', (text, ok, out) => {
    const r = FIELD_RULES.cableLength.check(text);
    expect(r).toEqual(ok ? { ok, value: out } : { ok, rule: out });
  });

  it('refuses a fraction of a rack unit and a name with U+0000, with the rule', () => {
    expect(FIELD_RULES.rackHeight.check('42.5')).toEqual({
      ok: false,
      rule: 'must be 1–60 U (whole numbers); received a fraction',
    });
    expect(FIELD_RULES.deviceName.check('a\u0000')).toMatchObject({ ok: false, rule: /found U\+0000/ });
    expect(FIELD_RULES.deviceName.check('x'.repeat(501))).toEqual({
      ok: false,
      rule: 'must be at most 500 characters (has 501)',
    });
  });

  it('a typed cable length passes exactly when the saved design reopens (500 random texts)', () => {
    const d = methodA();
    const id = Object.keys(d.cables)[0] as string;
    const typed = fc.oneof(
      fc.double({ min: -10, max: 200_000, noNaN: true }).map(String),
      fc.integer({ min: -10, max: 200_000 }).map(String),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(typed, (text) => {
        const r = FIELD_RULES.cableLength.check(text);
        if (!r.ok) return;
        const cable = d.cables[id];
        const saved = serializeDesign({ ...d, cables: { ...d.cables, [id]: { ...cable!, lengthM: r.value } } });
        expect(parseDesignFile(saved).ok).toBe(true);
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});
