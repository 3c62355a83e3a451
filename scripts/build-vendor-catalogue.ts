/**
 * Build step of the bundled vendor catalogue (issue 13 §3): imports every NetBox devicetype-library
 * YAML under `catalogue/vendor/netbox-devicetype-library/` with the project's own importer and
 * writes `src/io/vendorCatalogue/vendorParts.generated.json` (the app loads it lazily).
 *
 * Run: `npm run catalogue:build` (also part of `npm run build`). `--check` exits 1 when the
 * committed file is stale instead of writing it.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildVendorCatalogue, vendorCatalogueText } from '../src/io/vendorCatalogue/buildVendorCatalogue';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Folder of the bundled YAML. */
export const VENDOR_DIR = join(root, 'catalogue/vendor/netbox-devicetype-library');
/** The generated file. */
export const VENDOR_JSON = join(root, 'src/io/vendorCatalogue/vendorParts.generated.json');

const walk = (d: string): string[] =>
  readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));

/** Every bundled YAML as (library path, text). */
export function vendorFiles(): { path: string; text: string }[] {
  return walk(VENDOR_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => ({ path: relative(VENDOR_DIR, f).split('\\').join('/'), text: readFileSync(f, 'utf8') }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = vendorCatalogueText(buildVendorCatalogue(vendorFiles()));
  if (process.argv.includes('--check')) {
    const old = readFileSync(VENDOR_JSON, 'utf8');
    if (old !== text) {
      console.error('vendorParts.generated.json is stale: run npm run catalogue:build');
      process.exitCode = 1;
    }
  } else {
    writeFileSync(VENDOR_JSON, text);
    console.log(`wrote ${relative(root, VENDOR_JSON)} (${text.length} bytes)`);
  }
}
