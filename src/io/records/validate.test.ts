/**
 * validateRecord / validateMeta: one record checked on its own against the same zod record
 * schemas as a loaded file, with the JSON path and rule a file refusal would carry.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/design';
import { CUSTOM_MODULE } from '../fixtures/sampleDesigns';
import { validateMeta, validateRecord } from './validate';

const rack = { id: 'r1', name: 'R01', heightU: 42, row: 'Row A', order: 0 };

describe('validateRecord', () => {
  it.each([
    ['racks', 'r1', { ...rack, heightU: 0 }, '$.racks.r1.heightU', 'must be 1–60 U (whole numbers); received 0'],
    ['racks', 'r2', rack, '$.racks.r2.id', 'id "r1" does not match its key "r2" (each record is keyed by its own id)'],
    ['racks', 'r1', { ...rack, colour: 'red' }, '$.racks.r1.colour', 'unknown field (not part of the design format)'],
    [
      'racks',
      '__proto__',
      rack,
      '$.racks.__proto__',
      'the key "__proto__" is not allowed (it could alter object prototypes)',
    ],
    ['racks', 'r1', 'not a record', '$.racks.r1', 'Invalid input: expected object, received string'],
    ['cables', 'c1', { id: 'c1' }, '$.cables.c1.part', 'missing required field (expected string)'],
    ['widgets', 'w1', {}, '$.widgets', '"widgets" is not a record collection of a design'],
    [
      'parts',
      CUSTOM_MODULE.id,
      { ...CUSTOM_MODULE, ports: [...CUSTOM_MODULE.ports, CUSTOM_MODULE.ports[0]] },
      `$.parts["${CUSTOM_MODULE.id}"].ports[${CUSTOM_MODULE.ports.length}].key`,
      `duplicate port key "${CUSTOM_MODULE.ports[0]?.key}"`,
    ],
  ])('%s[%s] refused at %s', (collection, key, value, path, message) => {
    expect(validateRecord(collection, key, value)).toEqual({ ok: false, path, message });
  });

  it('returns a fresh parsed record: equal to the input, never the same object', () => {
    const r = validateRecord('racks', 'r1', rack);
    expect(r).toEqual({ ok: true, record: rack });
    expect(r.ok && r.record).not.toBe(rack);
    const part = validateRecord('parts', CUSTOM_MODULE.id, CUSTOM_MODULE);
    expect(part.ok && part.record).toEqual(CUSTOM_MODULE);
  });

  it('an id named like an Object.prototype member is just an id', () => {
    expect(validateRecord('racks', 'toString', { ...rack, id: 'toString' }).ok).toBe(true);
  });
});

describe('validateMeta', () => {
  it.each([
    ['name', 'x'.repeat(501), '$.name', 'must be at most 500 characters (has 501)'],
    [
      'settings',
      { ...DEFAULT_SETTINGS, designMarginDb: 25 },
      '$.settings.designMarginDb',
      'must be 0–20 dB; received 25',
    ],
    ['schemaVersion', 0, '$.schemaVersion', 'expected a schema version 1–1'],
  ] as const)('%s refused at %s', (key, value, path, message) => {
    expect(validateMeta(key, value)).toEqual({ ok: false, path, message });
  });
  it('accepts the defaults', () => {
    expect(validateMeta('settings', DEFAULT_SETTINGS)).toEqual({ ok: true, record: DEFAULT_SETTINGS });
    expect(validateMeta('schemaVersion', 1)).toEqual({ ok: true, record: 1 });
  });
});
