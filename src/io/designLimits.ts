/**
 * Limits of the design document and how number rules are written in messages: the ranges every
 * door (file, drop, IndexedDB, share link, edit, inspector field) checks against; see
 * designSchema.ts.
 */
import { z } from 'zod';

/** Limits of the design document (units in the names). */
export const LIMITS = {
  /** Longest id of a rack, device, cable or part. */
  idChars: 200,
  /** Longest display name or label. */
  nameChars: 500,
  /** Longest free text (provenance source). */
  textChars: 2000,
  /** Longest short key (port, slot, cage, end key, form factor). */
  keyChars: 100,
  /** Cable length, metres. */
  lengthM: 100_000,
  /** Rack and equipment height, rack units (whole units: the layout works in whole units). */
  heightU: 60,
  /** Design margin kept for ageing and temperature, dB (a channel budget is at most ~20 dB). */
  designMarginDb: 20,
  /** Insertion loss of one mated pair or one module, dB (real parts are well under 1 dB). */
  pairLossDb: 20,
  /** Highest fiber position on a connector (MPO-72 is the largest array connector made). */
  position: 72,
  /** Most ports, slots or cages on one part; most ends (legs) on one cable. */
  ports: 2_000,
  /** Most internal links of one part or fibers of one cable. */
  fibers: 20_000,
} as const;

/**
 * Keys refused as ids and record keys anywhere: setting them on a plain object would change its
 * prototype or shadow its constructor (prototype pollution).
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Units of number fields, for messages and inspector hints (not part of the JSON Schema). */
export const UNITS = z.registry<{ unit: string }>();

/** A number as people write it: thousands separators, at most 3 decimals (`100,000`, `0.5`). */
export const formatLimit = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 3 });

/** The range rule of a number field in words: `0–100,000 m`, `1–60 U (whole units)`. */
export function rangeText(min: number, max: number, unit = '', int = false): string {
  return `${formatLimit(min)}–${formatLimit(max)}${unit ? ` ${unit}` : ''}${int ? ' (whole numbers)' : ''}`;
}
