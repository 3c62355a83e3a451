/**
 * Slot form factors of vendor product families: which modules fit which enclosures. NetBox has
 * no such notion (any module type installs in any bay), so the importer derives it from the
 * manufacturer and the model prefix with this data table.
 *
 * Source: vendor family names as used in the devicetype-library (PEERS §5.1): Corning EDGE and
 * EDGE8 (EDGE8 modules fit EDGE housings), Corning CCH, FS FHD/FHU/FHZ, Panduit Opticom,
 * Leviton Opt-X SDX, HUBER+SUHNER IANOS.
 */

/** One family row: manufacturer and model prefix patterns → form factor id. */
export interface VendorFamily {
  readonly manufacturer: RegExp;
  readonly model: RegExp;
  readonly formFactor: string;
  readonly family: string;
}

/** The data table, first match wins. */
export const VENDOR_FAMILIES: readonly VendorFamily[] = [
  {
    manufacturer: /^corning/i,
    model: /^(EDGE8?-|ECM-|EDGE8?$)/i,
    formFactor: 'corning-edge',
    family: 'Corning EDGE / EDGE8',
  },
  { manufacturer: /^corning/i, model: /^CCH-/i, formFactor: 'corning-cch', family: 'Corning CCH' },
  { manufacturer: /^fs(\.com)?$/i, model: /^FHD-/i, formFactor: 'fs-fhd', family: 'FS FHD' },
  { manufacturer: /^fs(\.com)?$/i, model: /^FHU-/i, formFactor: 'fs-fhu', family: 'FS FHU' },
  { manufacturer: /^fs(\.com)?$/i, model: /^FHZ-/i, formFactor: 'fs-fhz', family: 'FS FHZ' },
  {
    manufacturer: /^panduit/i,
    model: /^(FC|FAP|FMP|FCE|FLEX)/i,
    formFactor: 'panduit-opticom',
    family: 'Panduit Opticom',
  },
  { manufacturer: /^leviton/i, model: /^(FM-|5R1UM|SDX)/i, formFactor: 'leviton-sdx', family: 'Leviton Opt-X SDX' },
  { manufacturer: /^huber/i, model: /^(ITS-|IANOS)/i, formFactor: 'huber-suhner-ianos', family: 'HUBER+SUHNER IANOS' },
];

/** A lowercase slug of letters, digits and dashes (NetBox slug alphabet). */
export function slugify(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

/**
 * The form factor of a manufacturer/model (or part number, for vendors whose model is a
 * description, e.g. Panduit "Opticom Fiber Adapter Panel…" = FAP12WAQDLCZ): the family's id when recognised, otherwise
 * `netbox-<manufacturer>` so a vendor's imported modules still fit that vendor's imported
 * enclosures (`recognised: false` lets the importer say so).
 */
export function formFactorOf(
  manufacturer: string,
  model: string,
  partNumber = '',
): { readonly formFactor: string; readonly family: string; readonly recognised: boolean } {
  const hit = VENDOR_FAMILIES.find(
    (f) =>
      f.manufacturer.test(manufacturer) && (f.model.test(model) || (partNumber !== '' && f.model.test(partNumber))),
  );
  if (hit) return { formFactor: hit.formFactor, family: hit.family, recognised: true };
  return { formFactor: `netbox-${slugify(manufacturer)}`, family: manufacturer, recognised: false };
}
