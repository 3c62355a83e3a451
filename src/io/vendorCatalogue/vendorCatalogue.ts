/**
 * The bundled vendor catalogue (issue 13 §3): module and device types of the fiber makers in the
 * NetBox devicetype-library (CC0 1.0), imported at BUILD time by the project's own importer
 * (`scripts/build-vendor-catalogue.ts` → `vendorParts.generated.json`) and loaded lazily by the
 * app (`loadVendorCatalogue`, a dynamic import: its own chunk, never in the initial bundle).
 *
 * Each entry keeps the part, the importer's lint and the facts the file does not say (each an
 * `unchecked` input until set, with the prompt to set it). This module is what the app loads:
 * it never imports the NetBox importer (that runs at build time, `buildVendorCatalogue.ts`).
 */
import type { Part } from '../../core/parts';
import type { LintFinding } from '../netbox/lint';

/** One bundled part with what the import found. */
export interface VendorEntry {
  /** Library path, e.g. `module-types/FS/FHD-4MTP8MDC3PDSMFA.yaml`. */
  readonly file: string;
  readonly part: Part;
  readonly lint: readonly LintFinding[];
  /** Facts the file does not say: prompts of what to set (traces or loss stay unchecked until then). */
  readonly unknowns: readonly string[];
}

/** The generated data: the entries plus the files the importer refused (kept out, with why). */
export interface VendorCatalogueData {
  readonly source: string;
  readonly entries: readonly VendorEntry[];
  readonly refused: readonly { readonly file: string; readonly error: string }[];
}

/** Provenance line of the bundled catalogue. */
export const VENDOR_SOURCE =
  'NetBox devicetype-library (netbox-community/devicetype-library, CC0 1.0); see catalogue/vendor/netbox-devicetype-library/NOTICE.md';

let loading: Promise<VendorCatalogueData> | null = null;

/**
 * Loads the bundled catalogue (once; later calls share the promise). The JSON is a separate
 * chunk fetched on first use. Rejects only if the chunk cannot be fetched (offline first use).
 */
export function loadVendorCatalogue(): Promise<VendorCatalogueData> {
  loading ??= import('./vendorParts.generated.json').then((m) => m.default as unknown as VendorCatalogueData);
  return loading;
}

/** Lower-case text an entry is searched by: maker, model, part number, file path and the unknown prompts. */
export function vendorSearchText(e: VendorEntry): string {
  const p = e.part;
  return [p.manufacturer ?? '', p.name, p.partNumber ?? '', e.file].join(' ').toLowerCase();
}
