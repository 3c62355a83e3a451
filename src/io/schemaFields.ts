/**
 * Field schemas every record of the design document is built from: stored text (no C0 control
 * characters other than tab and newline, no unpaired surrogates), ids and keys (reserved
 * JavaScript internals refused), and numbers in a range with a unit. Error messages state the rule
 * in words ("must be 0–100,000 m").
 */
import { z } from 'zod';
import { LIMITS, RESERVED_KEYS, UNITS, formatLimit, rangeText } from './designLimits';

/** C0 control characters other than tab (U+0009) and newline (U+000A). */
// eslint-disable-next-line no-control-regex -- the rule is about exactly these characters
const CONTROL = /[\u0000-\u0008\u000b-\u001f]/;
/** An unpaired UTF-16 surrogate: not a Unicode character, cannot be written as UTF-8 or XML. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// eslint-disable-next-line no-control-regex -- the rule is about exactly these characters
const NO_CONTROL = /^[^\u0000-\u0008\u000b-\u001f]*$/;

/** Why a text cannot be stored (control character, lone surrogate), or null when it can. */
export function textProblem(s: string): string | null {
  const c = CONTROL.exec(s);
  if (c)
    return `must not contain control characters (U+0000–U+001F other than tab and newline); found U+${c[0]
      .charCodeAt(0)
      .toString(16)
      .toUpperCase()
      .padStart(4, '0')} at character ${c.index + 1}`;
  const u = LONE_SURROGATE.exec(s);
  if (u) return `must be valid Unicode text; found an unpaired surrogate at character ${u.index + 1}`;
  return null;
}

/**
 * `s` with every character `textProblem` refuses (C0 controls other than tab and newline, unpaired
 * surrogates) replaced by a space: for text the app derives (provenance, file names), never ids.
 */
export function plainText(s: string): string {
  return s.replace(new RegExp(`${CONTROL.source}|${LONE_SURROGATE.source}`, 'g'), ' ');
}

/** A string schema of at most `max` characters whose text `textProblem` accepts. */
function textOf(max: number, min = 0) {
  let s = z.string();
  if (min > 0) s = s.min(min, { error: min === 1 ? 'must not be empty' : `must have at least ${min} characters` });
  return s
    .max(max, {
      error: (iss) => `must be at most ${formatLimit(max)} characters (has ${formatLimit(String(iss.input).length)})`,
    })
    .regex(NO_CONTROL, { error: (iss) => textProblem(String(iss.input)) ?? 'must not contain control characters' })
    .refine((v) => !LONE_SURROGATE.test(v), {
      error: (iss) => textProblem(String(iss.input)) ?? 'must be valid Unicode text',
    });
}

/** `textOf` that also refuses the reserved keys (ids and record keys). */
const keyOf = (max: number) =>
  textOf(max, 1).refine((v) => !RESERVED_KEYS.has(v), {
    error: (iss) => `"${String(iss.input)}" is reserved (it names a JavaScript object internal); use another name`,
  });

/** A number schema from `min` to `max` (inclusive), in `unit`; `int` for whole numbers. */
function numberIn(min: number, max: number, unit = '', int = false) {
  const rule = `must be ${rangeText(min, max, unit, int)}`;
  const base = int ? z.number().int({ error: `${rule}; received a fraction` }) : z.number();
  const s = base.min(min, { error: (iss) => `${rule}; received ${String(iss.input)}` }).max(max, {
    error: (iss) => `${rule}; received ${String(iss.input)}`,
  });
  if (unit) UNITS.add(s, { unit });
  return s;
}

/** An id of a rack, device, cable or part (and a record key), at most `LIMITS.idChars` characters. */
export const idSchema = keyOf(LIMITS.idChars);
/** Same as `idSchema` (short name for record schemas). */
export const id = idSchema;
/** A display name or label, at most `LIMITS.nameChars` characters. */
export const name = textOf(LIMITS.nameChars);
/** A short key (port, slot, cage, end key, form factor), 1–`LIMITS.keyChars` characters, not reserved. */
export const key = keyOf(LIMITS.keyChars);
/** Free text (provenance source), at most `LIMITS.textChars` characters. */
export const text = textOf(LIMITS.textChars);
/** A whole-number schema from `min` to `max` inclusive, in `unit` (registered in `UNITS`). */
export const int = (min: number, max: number, unit = '') => numberIn(min, max, unit, true);
/** A finite-number schema from `min` to `max` inclusive, in `unit` (registered in `UNITS`). */
export const real = (min: number, max: number, unit = '') => numberIn(min, max, unit);
/** A fiber position on a connector, 1–`LIMITS.position` (MPO-72 is the largest). */
export const position = int(1, LIMITS.position);
