/**
 * Palette search with the field's synonyms and exact facets, checked against the built-in
 * catalogue. Expected sets are computed straight from the part data (cable class, end genders,
 * adapter orientation), independently of the search words.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../core/catalogue';
import type { Part } from '../core/parts';
import { portsOf } from '../core/parts';
import { canonicalWords, facetChoices, matchesQuery, searchParts } from './partSearch';

const ALL = BUILTIN_CATALOGUE.parts;
const ids = (ps: readonly Part[]) => ps.map((p) => p.id).sort();
const search = (q: string) => ids(searchParts(ALL, q));

/** Genders of the connectors a part has (cable ends, fixed ports, MDI). */
const genders = (p: Part): string[] =>
  p.kind === 'cable'
    ? p.ends.map((e) => e.connector.gender)
    : portsOf(p).flatMap((q) => (q.mate.kind === 'fixed' ? [q.mate.connector.gender] : []));
const adapters = (p: Part): string[] =>
  p.kind === 'cable' || p.kind === 'transceiver'
    ? []
    : portsOf(p).flatMap((q) => (q.mate.kind === 'through' ? [q.mate.adapter] : []));

describe('synonyms', () => {
  it('"trunk" = array cable: every MPO-to-MPO cable, male or female, whatever it is called', () => {
    const expected = ids(
      ALL.filter((p) => p.kind === 'cable' && (p.cableClass === 'trunk' || p.cableClass === 'array-cable')),
    );
    expect(expected.length).toBeGreaterThan(100);
    expect(search('trunk')).toEqual(expected);
    expect(search('array cable')).toEqual(expected);
    // The female/female Type B cable (named "… cable") is among them (the complaint).
    expect(search('trunk')).toContain('cable/mpo12-typeB-ff-upc');
  });
  it('"pinned" = male, and never matches "unpinned"', () => {
    const male = ids(ALL.filter((p) => genders(p).includes('male')));
    expect(search('pinned')).toEqual(male);
    expect(search('male')).toEqual(male);
    expect(search('pinned').some((id) => id.includes('-f-'))).toBe(false); // no unpinned cassette
    expect(search('unpinned')).toEqual(ids(ALL.filter((p) => genders(p).includes('female'))));
  });
  it.each([
    ['key-up/key-up', 'key-up-key-up'],
    ['Type B adapter', 'key-up-key-up'],
    ['key-up/key-down', 'key-up-key-down'],
    ['type a adapter', 'key-up-key-down'],
  ])('"%s" finds the parts with %s adapters', (q, adapter) => {
    const expected = ids(ALL.filter((p) => adapters(p).includes(adapter)));
    expect(expected.length).toBeGreaterThan(2);
    expect(search(q)).toEqual(expected);
  });
  it.each([
    ['cassette', 'module'],
    ['MTP-12 type b', 'MPO-12 Type B'],
    ['mtp12 polarity b', 'mpo 12 type b'],
    ['12 fiber', '12F'],
    ['single-mode', 'SM'],
    ['patch cord', 'cord'],
  ])('"%s" reads as "%s"', (a, b) => {
    expect(search(a)).toEqual(search(b));
    expect(search(a).length).toBeGreaterThan(0);
  });
  it('matches words from their start only', () => {
    expect(canonicalWords('Unpinned MTP12 key-up/key-up')).toEqual(['female', 'mpo-12', 'type-b-adapter']);
    const femaleOnly = ALL.find((p) => p.id === 'cable/mpo12-typeB-ff-upc')!;
    expect(matchesQuery(femaleOnly, 'male')).toBe(false);
    expect(matchesQuery(femaleOnly, 'fem')).toBe(true);
  });
});

describe('exact facets', () => {
  it('filters by value: male MPO-12 APC 12F OS2', () => {
    const got = searchParts(ALL, '', {
      gender: 'male (pinned)',
      connector: 'MPO-12',
      polish: 'APC',
      fiberCount: '12F',
      fiberType: 'OS2',
    });
    const expected = ALL.filter(
      (p) =>
        (p.kind === 'cable' || p.kind === 'module') &&
        p.fiberCount === 12 &&
        (p.kind === 'cable' ? p.defaultFiberType === 'OS2' : p.fiberType === 'OS2') &&
        (p.kind === 'cable'
          ? p.ends.some(
              (e) => e.connector.variant === 'mpo-12' && e.connector.gender === 'male' && e.connector.polish === 'APC',
            )
          : portsOf(p).some((q) => q.mate.kind === 'fixed' && q.mate.connector.gender === 'male')),
    );
    expect(ids(got)).toEqual(ids(expected));
    expect(got.length).toBeGreaterThan(0);
  });
  it('offers only values the catalogue has, numbers in order', () => {
    const c = facetChoices(ALL);
    expect(c.gender).toEqual(['female (unpinned)', 'male (pinned)']);
    expect(c.polish).toEqual(['APC', 'UPC']);
    expect(c.fiberCount.slice(0, 3)).toEqual(['2F', '8F', '12F']);
    expect(c.connector).toContain('MPO-16');
  });
});

describe('ids', () => {
  it('finds a part by its whole id, but "mm" in an id (male/male) never reads as multimode', () => {
    expect(search('equipment/enclosure-1u-4slot-cassette-modular')).toEqual([
      'equipment/enclosure-1u-4slot-cassette-modular',
    ]);
    // Single-mode male/male trunks ("-mm-" in the id) are not multimode.
    const smMaleMale = ALL.filter((p) => p.kind === 'cable' && p.id.includes('-mm-') && p.defaultFiberType === 'OS2');
    expect(smMaleMale.length).toBeGreaterThan(0);
    const mm = ids(searchParts(ALL, 'mm'));
    for (const p of smMaleMale) expect(mm).not.toContain(p.id);
  });
});
