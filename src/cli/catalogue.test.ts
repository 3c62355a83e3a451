/**
 * `npm run catalogue` (issue 13 §5): the listing covers every built-in, preset and bundled part,
 * searches by maker, model, part number and facts, flags UNVERIFIED data and unknown facts, and
 * refuses a wrong command line with exit code 2.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VENDOR_JSON } from '../../scripts/build-vendor-catalogue';
import { BUILTIN_PARTS } from '../core/catalogue';
import type { VendorCatalogueData } from '../io/vendorCatalogue/vendorCatalogue';
import { catalogueCounts, catalogueSummaries, runCatalogue } from './catalogue';

const vendor = JSON.parse(readFileSync(VENDOR_JSON, 'utf8')) as VendorCatalogueData;

describe('npm run catalogue', () => {
  it('lists every built-in (presets marked) and every bundled part', () => {
    const all = catalogueSummaries(vendor);
    expect(all).toHaveLength(BUILTIN_PARTS.length + vendor.entries.length);
    const c = catalogueCounts(all);
    expect(c.byOrigin).toEqual({ 'built-in': 54, preset: 228, bundled: 55 });
    expect(c.bundledByMaker).toEqual({
      Corning: 11,
      FS: 21,
      'HUBER+SUHNER': 5,
      Leviton: 10,
      Panduit: 6,
      Siemon: 2,
    });
  });

  it('--search by maker, model and facts; --json carries every fact and flag', () => {
    const r = runCatalogue(['--json', '--search', 'FHD-4MTP8MDC3PDSMFA'], vendor);
    expect(r.exitCode).toBe(0);
    const out = JSON.parse(r.stdout) as { parts: Record<string, unknown>[] };
    expect(out.parts).toEqual([
      {
        id: 'module/netbox/fs/fhd-4mtp8mdc3pdsmfa',
        origin: 'bundled',
        kind: 'module',
        name: 'FS FHD-4MTP8MDC3PDSMFA',
        connectors: ['4× MPO-12 male unknown (rear)', '24× MDC duplex unknown (front)'],
        fibers: 48,
        gender: 'male',
        polish: 'unknown',
        fiberType: 'OS2',
        polarity: 'MOD-A',
        lossGrade: 'module 0.35 dB max',
        maker: 'FS',
        partNumber: '147014',
        unverified: true,
        unknown: ['Rear MPO polish: UPC or APC', 'Front MDC polish: UPC or APC'],
      },
    ]);
    const mdcOs2 = JSON.parse(runCatalogue(['--json', '--search', 'mdc os2 bundled'], vendor).stdout) as {
      parts: { id: string }[];
    };
    expect(mdcOs2.parts.map((p) => p.id)).toEqual([
      'module/netbox/fs/fhd-4mtp8mdc3pdsmfa',
      'module/netbox/fs/fhd-fap12mdc2pdsmf',
    ]);
  });

  it('text output: one block per part with the flags, and a header with counts', () => {
    const r = runCatalogue(['--search', 'ITS-06-LCMD-01-12AM'], vendor);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      '1 part(s) matching "ITS-06-LCMD-01-12AM": 1 bundled; 1 with unknown facts, 1 with UNVERIFIED data',
      '',
    ]);
    expect(r.stdout).toContain('OM4 · map unknown');
    expect(r.stdout).toContain('UNVERIFIED · unknown: Rear MPO gender: pinned (male) or unpinned (female)');
  });

  it.each([
    [['--search'], '--search needs a text'],
    [['--bogus'], 'unknown argument --bogus'],
  ])('%j → exit 2 with %s', (argv, message) => {
    const r = runCatalogue(argv, vendor);
    expect([r.exitCode, r.stderr.split('\n')[0]]).toEqual([2, message]);
  });
});
