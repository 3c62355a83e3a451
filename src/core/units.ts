/**
 * Branded physical units. Numbers carry their unit in the type so that metres are never added
 * to decibels by mistake (excalidraw's `Radians` idea).
 */

/** Optical power ratio or loss in decibels (dB). */
export type Decibels = number & { readonly __unit: 'dB' };
/** Length in metres (m). */
export type Metres = number & { readonly __unit: 'm' };
/** Fiber attenuation coefficient in decibels per kilometre (dB/km). */
export type DbPerKm = number & { readonly __unit: 'dB/km' };
/** Optical power in dBm. */
export type Dbm = number & { readonly __unit: 'dBm' };
/** Wavelength in nanometres (nm). */
export type Nanometres = number & { readonly __unit: 'nm' };

/** Brands a number as decibels. */
export const dB = (n: number): Decibels => n as Decibels;
/** Brands a number as metres. */
export const metres = (n: number): Metres => n as Metres;
/** Brands a number as dB/km. */
export const dbPerKm = (n: number): DbPerKm => n as DbPerKm;
/** Brands a number as dBm. */
export const dBm = (n: number): Dbm => n as Dbm;
/** Brands a number as nanometres. */
export const nm = (n: number): Nanometres => n as Nanometres;

/**
 * Rounds a value to 3 decimals for display and golden comparisons (REFERENCE §10: "numbers
 * rounded to 3 decimals only at the end"). Never use the result for further arithmetic.
 */
export function round3(n: number): number {
  return Math.round((n + Number.EPSILON) * 1000) / 1000;
}
