/**
 * The build step of the bundled vendor catalogue (issue 13 §3): every bundled NetBox YAML through
 * the project's own importer, and the text of the generated JSON. Used by
 * `scripts/build-vendor-catalogue.ts` and by the freshness test; never loaded by the app.
 */
import { importNetboxYaml } from '../netbox/importNetbox';
import { VENDOR_SOURCE, type VendorCatalogueData, type VendorEntry } from './vendorCatalogue';

/**
 * Imports every file (library path + YAML text) with the NetBox importer, in path order. Pure and
 * deterministic: the build script writes its result, and a test checks the committed JSON equals it.
 */
export function buildVendorCatalogue(
  files: readonly { readonly path: string; readonly text: string }[],
): VendorCatalogueData {
  const entries: VendorEntry[] = [];
  const refused: { file: string; error: string }[] = [];
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const r = importNetboxYaml(f.text, f.path);
    if (r.ok) entries.push({ file: f.path, part: r.part, lint: r.lint, unknowns: r.unknowns });
    else refused.push({ file: f.path, error: r.error });
  }
  return { source: VENDOR_SOURCE, entries, refused };
}

/** The JSON text of the generated file: one entry per line (readable diffs), trailing newline. */
export function vendorCatalogueText(data: VendorCatalogueData): string {
  const lines = data.entries.map((e) => `    ${JSON.stringify(e)}`);
  return `{\n  "source": ${JSON.stringify(data.source)},\n  "refused": ${JSON.stringify(data.refused)},\n  "entries": [\n${lines.join(',\n')}\n  ]\n}\n`;
}
