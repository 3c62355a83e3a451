/**
 * The bundled vendor catalogue (issue 13 §3): the committed `vendorParts.generated.json` equals
 * what the build step makes from the bundled YAML today (so it is the project's importer's output,
 * not hand-edited), every part is a valid design part, the counts by maker are the ones the
 * closing note reports, and every unknown fact comes with its prompt.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VENDOR_JSON, vendorFiles } from '../../../scripts/build-vendor-catalogue';
import { partSchema } from '../designSchema';
import { buildVendorCatalogue, vendorCatalogueText } from './buildVendorCatalogue';
import { loadVendorCatalogue, vendorSearchText } from './vendorCatalogue';

describe('bundled vendor catalogue', () => {
  const data = buildVendorCatalogue(vendorFiles());

  it('the committed JSON is the build output of the bundled YAML (run: npm run catalogue:build)', () => {
    expect(readFileSync(VENDOR_JSON, 'utf8')).toBe(vendorCatalogueText(data));
  });

  it('every bundled file imports (the curated set refuses nothing) and every part is a valid design part', () => {
    expect(data.refused).toEqual([]);
    for (const e of data.entries) expect(partSchema.safeParse(e.part).success, e.file).toBe(true);
  });

  it('counts by maker and kind', () => {
    const by = new Map<string, number>();
    for (const e of data.entries) {
      const k = `${e.part.manufacturer} ${e.part.kind}`;
      by.set(k, (by.get(k) ?? 0) + 1);
    }
    expect(Object.fromEntries([...by].sort())).toEqual({
      'Corning module': 7,
      'Corning rack-equipment': 4,
      'FS module': 16,
      'FS rack-equipment': 5,
      'HUBER+SUHNER module': 4,
      'HUBER+SUHNER rack-equipment': 1,
      'Leviton module': 4,
      'Leviton rack-equipment': 6,
      'Panduit module': 5,
      'Panduit rack-equipment': 1,
      'Siemon rack-equipment': 2,
    });
  });

  it('every part names its maker and part number or model, and every unknown is a prompt ("what: choices")', () => {
    for (const e of data.entries) {
      expect(e.part.manufacturer, e.file).toBeTruthy();
      for (const u of e.unknowns) expect(u, e.file).toMatch(/^[A-Z][^:]+(\(.*\))?:? .+/);
    }
    expect(data.entries.filter((e) => e.unknowns.length === 0).length).toBeGreaterThan(0);
  });

  it('searchable by maker, model and part number', () => {
    const hits = (q: string) => data.entries.filter((e) => vendorSearchText(e).includes(q)).map((e) => e.part.name);
    expect(hits('fhd-4mtp8mdc')).toEqual(['FS FHD-4MTP8MDC3PDSMFA']);
    expect(hits('85072944')).toEqual(['HUBER+SUHNER ITS-06-LCMD-01-12AM-O4-AS-00UU']);
    expect(hits('siemon')).toHaveLength(2);
  });

  it('loadVendorCatalogue returns the same data (dynamic import of the generated chunk)', async () => {
    const loaded = await loadVendorCatalogue();
    expect(loaded.entries.map((e) => e.part.id)).toEqual(data.entries.map((e) => e.part.id));
  });
});
