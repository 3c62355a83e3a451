/**
 * The design JSON Schema: the committed `schema/design.schema.json` equals the one generated
 * from the zod schema, and it carries the same limits the loader enforces.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { designJsonSchema, designJsonSchemaText, LIMITS } from './designSchema';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const committed = readFileSync(join(__dirname, '..', '..', 'schema', 'design.schema.json'), 'utf8');

describe('schema/design.schema.json', () => {
  it('equals the schema generated from src/io/designSchema.ts (run: npx tsx scripts/generate-schema.ts)', () => {
    expect(committed).toBe(designJsonSchemaText());
  });

  const s = designJsonSchema() as Json;
  const defs = s.$defs as Json;

  it('is a draft 2020-12 schema of a closed object with the seven top-level fields', () => {
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toEqual(['schemaVersion', 'name', 'settings', 'racks', 'devices', 'cables', 'parts']);
    expect(s.properties.schemaVersion.const).toBe(1);
  });

  it.each([
    ['Cable', 'lengthM', { type: 'number', minimum: 0, maximum: LIMITS.lengthM }],
    ['Rack', 'heightU', { type: 'integer', minimum: 1, maximum: LIMITS.heightU }],
    ['DesignSettings', 'designMarginDb', { type: 'number', minimum: 0, maximum: LIMITS.designMarginDb }],
    ['TransceiverPart', 'wavelength', { type: 'number', minimum: 600, maximum: 1700 }],
  ])('%s.%s has the limits %j', (def, field, expected) => {
    expect(defs[def].properties[field]).toMatchObject(expected);
  });

  it('limits fiber positions to 1–72 and ids to 1–200 characters', () => {
    expect(defs.InternalLink.properties.a.properties.position).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: 72,
    });
    expect(defs.Device.properties.id).toEqual({
      type: 'string',
      minLength: 1,
      maxLength: 200,
      pattern: '^[^\\u0000-\\u0008\\u000b-\\u001f]*$',
    });
  });

  it('describes all four custom part kinds, with the `unknown` states', () => {
    const kinds = (s.properties.parts.additionalProperties.oneOf as Json[]).map((r) => r.$ref);
    expect(kinds).toEqual(['#/$defs/CablePart', '#/$defs/ModulePart', '#/$defs/RackPart', '#/$defs/TransceiverPart']);
    expect(defs.CablePart.properties.fibers.anyOf[1]).toEqual({ type: 'string', const: 'unknown' });
    expect(defs.TransceiverPart.properties.lanes.anyOf[1]).toEqual({ type: 'string', const: 'unknown' });
    expect(defs.ConnectorSpec.properties.gender.enum).toEqual(['male', 'female', 'n/a', 'unknown']);
  });
});
