/**
 * Inspector facets: changing one property of a placed part finds the catalogue part that differs
 * in that property only, with the same ends or ports.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../core/catalogue';
import type { Part } from '../core/parts';
import { facetOptions } from './partFacets';
import { groupParts, partFacts } from './partFacts';

const get = (id: string) => BUILTIN_CATALOGUE.get(id) as Part;
const pick = (from: string, key: string, value: string) =>
  (facetOptions(get(from), BUILTIN_CATALOGUE) as Record<string, { value: string; part: Part }[]>)[key]?.find(
    (o) => o.value === value,
  )?.part.id;

describe('facetOptions', () => {
  it.each([
    // [current part, facet, new value, expected part]
    ['cable/mpo12-typeB-mm-upc', 'polarity', 'Type A', 'cable/mpo12-typeA-mm-upc'],
    ['cable/mpo12-typeB-mm-upc', 'polarity', 'Type C', 'cable/mpo12-typeC-mm-upc'],
    ['cable/mpo12-typeB-mm-upc', 'polish', 'APC', 'cable/mpo12-typeB-mm-apc'],
    ['cable/mpo12-typeB-mm-upc', 'gender', 'female', 'cable/mpo12-typeB-ff-upc'],
    ['cable/mpo12-typeB-mm-upc', 'gender', 'male/female', 'cable/mpo12-typeB-mf-upc'],
    ['cable/lc-duplex-ab-upc', 'cordType', 'A-to-A', 'cable/lc-duplex-aa-upc'],
    ['cable/lc-duplex-ab-upc', 'lossGrade', 'standard', 'cable/lc-duplex-ab-upc-standard'],
    ['module/mod-a-12f-1xmpo12-f-upc-om4', 'moduleClass', 'MOD-U1', 'module/mod-u1-12f-1xmpo12-f-upc-om4'],
    ['module/mod-a-12f-1xmpo12-f-upc-om4', 'gender', 'male', 'module/mod-a-12f-1xmpo12-m-upc-om4'],
    ['module/mod-a-12f-1xmpo12-f-upc-om4', 'polish', 'APC', 'module/mod-a-12f-1xmpo12-f-apc-os2'],
    ['transceiver/40gbase-sr4-qsfpplus', 'application', '100GBASE-SR4', 'transceiver/100gbase-sr4-qsfp28'],
    ['equipment/panel-1u-24xmpo12-typeA', 'adapter', 'key-up-key-up', 'equipment/panel-1u-24xmpo12-typeB'],
  ])('%s: %s → %s gives %s', (from, key, value, expected) => {
    expect(pick(from, key, value)).toBe(expected);
  });
  it('never offers a part with other ends (a 24F trunk for a 12F cable)', () => {
    const opts = facetOptions(get('cable/mpo12-typeB-mm-upc'), BUILTIN_CATALOGUE);
    const ids = Object.values(opts)
      .flat()
      .map((o) => o?.part.id ?? '');
    expect(ids.every((id) => id.startsWith('cable/mpo12-'))).toBe(true);
  });
  it('keeps the current part as the option for its own values', () => {
    const opts = facetOptions(get('cable/lc-duplex-ab-upc'), BUILTIN_CATALOGUE);
    expect(opts.cordType?.find((o) => o.value === 'A-to-B')?.part.id).toBe('cable/lc-duplex-ab-upc');
  });
  it('filters candidates (e.g. transceivers a cage takes)', () => {
    const opts = facetOptions(
      get('transceiver/10gbase-sr-sfpplus'),
      BUILTIN_CATALOGUE,
      (p) => p.kind === 'transceiver' && p.formFactor === 'SFP+',
    );
    expect(opts.application?.map((o) => o.value)).toEqual(['10GBASE-LR', '10GBASE-SR']);
  });
});

describe('palette facts and search', () => {
  it('lists the key facts of a trunk and a cassette', () => {
    expect(partFacts(get('cable/mpo12-typeB-mm-upc')).map((f) => `${f.label}=${f.value}`)).toEqual([
      'fibers=12F',
      'polarity=Type B',
      'connector=MPO-12',
      'gender=pinned',
      'polish=UPC',
      'fiber=OM4',
      'loss=low loss',
    ]);
    expect(partFacts(get('module/mod-u1-12f-1xmpo12-f-upc-om4')).map((f) => `${f.label}=${f.value}`)).toEqual([
      'class=MOD-U1',
      'fibers=12F',
      'rear=MPO-12 unpinned',
      'polish=UPC',
      'loss=low loss',
      'fiber=OM4',
      'fits=cassette',
    ]);
  });
  it('finds parts by every word and groups them in palette order', () => {
    const g = groupParts(BUILTIN_CATALOGUE.parts, 'type b apc');
    expect(g.map((x) => x.key)).toEqual(['trunks']);
    expect(groupParts(BUILTIN_CATALOGUE.parts, 'key-up/key-up').map((x) => x.key)).toEqual(['enclosures', 'modules']);
    expect(g.find((x) => x.key === 'trunks')?.parts.every((p) => /Type B/.test(p.name) && /APC/.test(p.name))).toBe(
      true,
    );
    // Every A-to-A cord with an LC end: the LC cords and the MDC/SN/CS-to-LC hybrids.
    expect(groupParts(BUILTIN_CATALOGUE.parts, 'a-to-a cord lc').flatMap((x) => x.parts.map((p) => p.id))).toEqual([
      'cable/lc-duplex-aa-upc',
      'cable/lc-duplex-aa-apc',
      'cable/lc-duplex-aa-upc-standard',
      'cable/mdc-lc-duplex-aa-upc-standard',
      'cable/sn-lc-duplex-aa-upc-standard',
      'cable/cs-lc-duplex-aa-upc-standard',
    ]);
    // A-to-A also finds the duplex trunks (A-to-A pairs) and the VSFF cords (REFERENCE-2 §13.2).
    expect(groupParts(BUILTIN_CATALOGUE.parts, 'A-to-A mdc').flatMap((x) => x.parts.map((p) => p.id))).toEqual([
      'cable/mdc-duplex-aa-upc-standard',
      'cable/mdc-lc-duplex-aa-upc-standard',
    ]);
  });
});
