/**
 * Cell values of tester exports (issue 14 §3, §6; REFERENCE-2 §16.5): numbers with units in the
 * cell ("1.2 dB"), decimal commas ("1,23"), lengths in m or ft, fiber designations (A/B, MPO
 * positions, "Fiber 3"), wavelengths ("850 nm"), reference methods ("1 jumper", "1J") and dates.
 * Each parser returns a value or a message that names what was expected; the caller adds the row
 * and column.
 */
import type { ReferenceMethod } from '../../core/design';

/** A parsed cell: a value, or why not. */
export type Parsed<T> =
  { readonly ok: true; readonly value: T; readonly note?: string } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T, note?: string): Parsed<T> => (note ? { ok: true, value, note } : { ok: true, value });
const bad = (message: string): Parsed<never> => ({ ok: false, message });

/** Metres per foot (international foot, exactly 0.3048 m). */
export const M_PER_FT = 0.3048;

const NUMBER = /^([+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+))(?:[eE]([+-]?\d+))?$/;

/**
 * A decimal number: `.` or `,` as the decimal mark (one of them, no thousands separators);
 * surrounding spaces ignored. `decimalComma` false refuses commas (a comma-delimited file cannot
 * carry them unquoted, so a comma there is a quoted thousands separator or a mistake).
 */
export function parseNumber(raw: string, decimalComma = true): Parsed<number> {
  const s = raw.trim().replace(/\u2212/g, '-');
  if (s === '') return bad('empty');
  const m = NUMBER.exec(s);
  if (!m) return bad(`"${raw}" is not a number`);
  const hasComma = (m[1] ?? '').includes(',');
  if (hasComma && !decimalComma) return bad(`"${raw}" uses a decimal comma in a comma-delimited file`);
  const v = Number(`${(m[1] ?? '').replace(',', '.')}${m[2] ? `e${m[2]}` : ''}`);
  if (!Number.isFinite(v)) return bad(`"${raw}" is not a finite number`);
  return hasComma ? ok(v, 'decimal comma') : ok(v);
}

/** A loss in dB: a number, optionally followed by `dB` (never `dBm`, a power). */
export function parseLossDb(raw: string): Parsed<number> {
  const s = raw.trim();
  if (/dbm\s*$/i.test(s)) return bad(`"${raw}" is a power (dBm), not a loss in dB`);
  const unit = /^(.*?)\s*db\s*$/i.exec(s);
  const n = parseNumber(unit ? (unit[1] ?? '') : s);
  if (!n.ok) return n.message === 'empty' ? n : bad(`"${raw}" is not a loss in dB (e.g. 1.23 or 1.23 dB)`);
  if (Math.abs(n.value) > 100) return bad(`${n.value} dB is not a plausible insertion loss`);
  return ok(n.value, [n.note, unit ? 'unit dB in the cell' : undefined].filter(Boolean).join('; ') || undefined);
}

/** A length in metres from a number with an optional unit (m, ft, feet, '); `defaultUnit` otherwise. */
export function parseLengthM(raw: string, defaultUnit: 'm' | 'ft'): Parsed<number> {
  const s = raw.trim();
  const m = /^(.*?)\s*(m|meters?|metres?|ft|feet|foot|')?\s*$/i.exec(s);
  const n = parseNumber(m?.[1] ?? s);
  if (!n.ok) return n.message === 'empty' ? n : bad(`"${raw}" is not a length (e.g. 87.5 m or 287 ft)`);
  const unit = (m?.[2] ?? '').toLowerCase();
  const ft =
    unit === '' ? defaultUnit === 'ft' : unit === 'ft' || unit.startsWith('fe') || unit === 'foot' || unit === "'";
  const v = ft ? n.value * M_PER_FT : n.value;
  if (v < 0 || v > 100_000) return bad(`${raw} is not a plausible link length`);
  return ok(v);
}

/** A wavelength in nm: `850`, `850nm`, `850 nm`, `1300`; 600–1700 nm. */
export function parseWavelength(raw: string): Parsed<number> {
  const m = /^\s*(\d{3,4}(?:[.,]\d+)?)\s*(?:nm)?\s*$/i.exec(raw);
  if (!m) return bad(`"${raw}" is not a wavelength (e.g. 850 or 1310 nm)`);
  const v = Number((m[1] ?? '').replace(',', '.'));
  if (v < 600 || v > 1700) return bad(`${v} nm is outside 600–1700 nm`);
  return ok(v);
}

/**
 * A fiber designation: `A`/`B` (also `Fiber A`), a position (`3`, `Fiber 3`, `F3`, `#3`, `pos 3`),
 * or empty (a result of the whole duplex link, `*`).
 */
export function parseFiber(raw: string): Parsed<string> {
  const s = raw.trim();
  if (s === '' || s === '*') return ok('*');
  const m = /^(?:fib(?:er|re)|f|pos(?:ition)?|strand|#)?\s*#?\s*([ab]|\d{1,2})$/i.exec(s);
  if (!m) return bad(`"${raw}" is not a fiber (A, B or a position number)`);
  const v = (m[1] ?? '').toUpperCase();
  if (/^\d+$/.test(v) && (Number(v) < 1 || Number(v) > 32)) return bad(`fiber ${v} is outside positions 1–32`);
  return ok(/^\d+$/.test(v) ? String(Number(v)) : v);
}

/** A reference method: `1J`, `1-jumper`, `1 jumper`, `one jumper`, `1 cord` (and 2/3). */
export function parseMethod(raw: string): Parsed<ReferenceMethod> {
  const s = raw.trim().toLowerCase();
  const words: Readonly<Record<string, ReferenceMethod>> = {
    '1': '1J',
    one: '1J',
    '2': '2J',
    two: '2J',
    '3': '3J',
    three: '3J',
  };
  const m =
    /^(1|2|3|one|two|three)\s*[- ]?\s*(?:j|jumpers?|cords?|trc|reference cords?)(?:\s*(?:reference|method|ref))?$/.exec(
      s,
    );
  const v = m ? words[m[1] ?? ''] : undefined;
  return v ? ok(v) : bad(`"${raw}" is not a reference method (1-jumper, 2-jumper or 3-jumper; e.g. 1J)`);
}

/** How to read an ambiguous date such as 03/04/2026. */
export type DateOrder = 'auto' | 'MDY' | 'DMY';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A test date as ISO 8601 (`2026-03-01` or `2026-03-01T10:20:31`): ISO, `YYYY/MM/DD`,
 * `DD.MM.YYYY`, and `MM/DD/YYYY` or `DD/MM/YYYY` by `order` (auto: refused when both readings are
 * valid), each with an optional time `HH:MM[:SS] [AM|PM]`.
 */
export function parseDate(raw: string, order: DateOrder = 'auto'): Parsed<string> {
  const s = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, se, z] = iso;
    if (!validDate(Number(y), Number(mo), Number(d))) return bad(`"${raw}" is not a valid date`);
    return ok(h ? `${y}-${mo}-${d}T${h}:${mi}:${se ?? '00'}${z ?? ''}` : `${y}-${mo}-${d}`);
  }
  const m = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/.exec(s);
  if (!m) return bad(`"${raw}" is not a date (use YYYY-MM-DD)`);
  const [, a, sep, b, c, h, mi, se, ampm] = m;
  let y: number, mo: number, d: number;
  if ((a ?? '').length === 4) [y, mo, d] = [Number(a), Number(b), Number(c)];
  else if ((c ?? '').length === 4) {
    const p = Number(a);
    const q = Number(b);
    const dmyFirst = sep === '.';
    const mdy = validDate(Number(c), p, q);
    const dmy = validDate(Number(c), q, p);
    const pick =
      order === 'MDY'
        ? 'MDY'
        : order === 'DMY' || dmyFirst
          ? 'DMY'
          : mdy && dmy && p !== q
            ? null
            : mdy
              ? 'MDY'
              : 'DMY';
    if (pick === null)
      return bad(`"${raw}" is ambiguous (month/day or day/month?): choose the date order, or use YYYY-MM-DD`);
    [y, mo, d] = pick === 'MDY' ? [Number(c), p, q] : [Number(c), q, p];
  } else return bad(`"${raw}" is not a date (use YYYY-MM-DD)`);
  if (!validDate(y, mo, d)) return bad(`"${raw}" is not a valid date`);
  let hour = h ? Number(h) : null;
  if (hour !== null && ampm) hour = (hour % 12) + (ampm.toLowerCase() === 'pm' ? 12 : 0);
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  return ok(hour === null ? date : `${date}T${pad(hour)}:${mi}:${se ?? '00'}`);
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1970 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
