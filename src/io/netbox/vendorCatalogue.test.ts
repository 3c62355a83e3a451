/**
 * Import tests for every file of the bundled vendor catalogue (catalogue/vendor/netbox-devicetype-library,
 * CC0), issue 13 §3: kind and class, counts of slots and ports, connectors, fiber type, map size,
 * vendor loss, the number of facts left unknown, and the lint codes — one hand-checked row per
 * file (the table is in fixtures/vendorCatalogue). Maps checked position by position are in
 * vendorCatalogueMaps.test.ts; the two files named in the issue in vendorCatalogueIssue13.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { FILES, VENDOR_ROWS as ROWS, summary } from './fixtures/vendorCatalogue';

describe('bundled vendor catalogue: every file imports as reviewed', () => {
  it('the table covers every bundled file, and nothing else', () => {
    expect(ROWS.map((r) => r[0])).toEqual(FILES);
  });
  it.each(ROWS.map((r) => [r[0], r] as const))('%s', (rel, row) => {
    expect(summary(rel)).toEqual(row);
  });
});
