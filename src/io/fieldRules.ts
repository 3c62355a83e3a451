/**
 * The rules of the inspector's editable fields, read from the design schema itself (the field
 * schemas of `designSchema.ts`, whose limits come from `LIMITS`): a field shows its constraint
 * ("0–100,000 m", "up to 500 characters") and refuses an out-of-range value in place, with the
 * rule, before any edit is sent. Because the check runs the very schema the loader and
 * `checkEdit` run, a value a field accepts is a value the file accepts; no number is restated.
 */
import type { z } from 'zod';
import {
  cableSchema,
  designNameSchema,
  deviceSchema,
  rackSchema,
  rangeText,
  settingsSchema,
  UNITS,
  formatLimit,
} from './designSchema';
import { firstIssue } from './zodIssue';

/** The outcome of checking what the user typed: the value to commit, or the rule it breaks. */
export type FieldCheck<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly rule: string };

/** A number field: its limits (from the schema), unit and the check of typed text. */
export interface NumberFieldRule {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  /** Unit shown after the field (`m`, `dB`, `U`), empty when none. */
  readonly unit: string;
  /** True when only whole numbers are allowed. */
  readonly int: boolean;
  /** The constraint as shown next to the field, e.g. `0–100,000 m`. */
  readonly hint: string;
  /** Parses typed text (`.` decimal point, surrounding blanks ignored) and checks it. */
  check(text: string): FieldCheck<number>;
}

/** A text field: its length limit (from the schema) and the check of typed text. */
export interface TextFieldRule {
  readonly kind: 'text';
  readonly maxChars: number;
  /** The constraint as shown under the field, e.g. `up to 500 characters`. */
  readonly hint: string;
  /** Checks typed text as it would be stored (length, control characters). */
  check(text: string): FieldCheck<string>;
}

/** Either kind of field rule. */
export type FieldRule = NumberFieldRule | TextFieldRule;

/** The rule of a number field from its zod schema (`minValue`, `maxValue`, `isInt`, unit). */
export function numberRule(schema: z.ZodNumber): NumberFieldRule {
  const min = schema.minValue ?? Number.NEGATIVE_INFINITY;
  const max = schema.maxValue ?? Number.POSITIVE_INFINITY;
  const unit = UNITS.get(schema)?.unit ?? '';
  const int = schema.isInt;
  return {
    kind: 'number',
    min,
    max,
    unit,
    int,
    hint: rangeText(min, max, unit, int),
    check(text) {
      const t = text.trim();
      // Number('') is 0 and Number('0x10') is 16: accept plain decimal notation only.
      const n = Number(t);
      if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) || !Number.isFinite(n))
        return { ok: false, rule: `enter a number (${rangeText(min, max, unit, int)})` };
      const r = schema.safeParse(n);
      return r.success ? { ok: true, value: n } : { ok: false, rule: firstIssue(r.error).message };
    },
  };
}

/** The rule of a text field from its zod schema (`maxLength`, control characters). */
export function textRule(schema: z.ZodString): TextFieldRule {
  const maxChars = schema.maxLength ?? Number.POSITIVE_INFINITY;
  return {
    kind: 'text',
    maxChars,
    hint: `up to ${formatLimit(maxChars)} characters`,
    check(text) {
      const r = schema.safeParse(text);
      return r.success ? { ok: true, value: text } : { ok: false, rule: firstIssue(r.error).message };
    },
  };
}

/** Rules of every field the inspector and settings panel edit, keyed by what they edit. */
export const FIELD_RULES = {
  designName: textRule(designNameSchema),
  designMargin: numberRule(settingsSchema.shape.designMarginDb),
  rackName: textRule(rackSchema.shape.name),
  /** A row's name (written to the `row` field of each of its racks). */
  rowName: textRule(rackSchema.shape.row),
  rackHeight: numberRule(rackSchema.shape.heightU),
  deviceName: textRule(deviceSchema.shape.name),
  cableName: textRule(cableSchema.shape.name),
  cableLength: numberRule(cableSchema.shape.lengthM),
} as const;
