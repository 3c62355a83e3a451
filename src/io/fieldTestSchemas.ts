/**
 * The zod schemas of field testing in the design document (issue 14, REFERENCE-2 §16): field-test
 * settings, per-link test settings and imported test results (dB, nm, m).
 */
import { z } from 'zod';
import { LIMITS } from './designLimits';
import { id, int, name, real } from './schemaFields';
import { applicationId } from './partSchemas';

/** Field-test reference method: 1, 2 or 3 jumper reference (REFERENCE-2 §16). */
export const referenceMethod = z.enum(['1J', '2J', '3J']);

/** Field-test settings (REFERENCE-2 §16): reference method, reference-grade ends, tolerance in dB. */
export const fieldTestSettings = z.strictObject({
  referenceMethod,
  referenceGradeEnds: z.boolean(),
  toleranceDb: z.strictObject({ multimode: real(0, 5), singleMode: real(0, 5) }),
});

/** A permanent-link key: the two end ports (`device#port`, sorted) joined by `|`; never parsed back. */
export const linkKey = z
  .string()
  .min(5)
  .max(2 * (LIMITS.idChars + LIMITS.keyChars) + 3);
/** A fiber of a link at its near end: A/B, an MPO position, or `*` (the whole duplex link). */
const fiberDesignation = z.string().regex(/^(?:[AB*]|[1-9]\d?)$/, { error: 'must be A, B, *, or a position 1-99' });
/** An ISO 8601 date or date-time (what the importer writes). */
const isoDate = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, { error: 'must be an ISO 8601 date' });

/** Test settings of one permanent link (issue 14). */
export const linkTestSettingSchema = z.strictObject({
  id: linkKey,
  recordVersion: z.literal(1),
  application: applicationId.exactOptional(),
  referenceMethod: referenceMethod.exactOptional(),
  limit: z.enum(['tia', 'application', 'design-budget']).exactOptional(),
  /** Fixed budget per wavelength (nm as text), dB. */
  budgetDb: z.record(z.string().regex(/^\d{3,4}$/), real(0, 100)).exactOptional(),
});

/** One measured loss of one fiber at one wavelength (REFERENCE-2 §16.5); dB, nm, m. */
export const testResultSchema = z.strictObject({
  id,
  recordVersion: z.literal(1),
  link: linkKey,
  linkLabel: name,
  fiber: fiberDesignation,
  wavelengthNm: real(600, 1700),
  lossDb: real(-100, 100),
  referenceMethod,
  lengthM: real(0, LIMITS.lengthM).exactOptional(),
  farPosition: z
    .string()
    .regex(/^(?:[AB]|[1-9]\d?)$/)
    .exactOptional(),
  testerLimitDb: real(-100, 100).exactOptional(),
  testerMarginDb: real(-100, 100).exactOptional(),
  testerResult: name.exactOptional(),
  testedAt: isoDate.exactOptional(),
  operator: name.exactOptional(),
  source: name,
  row: int(1, 100_000_000),
  importedAt: isoDate,
});
