/**
 * The zod 4 schema of the design document (src/core/design.ts, schemaVersion 1) including the
 * custom parts it carries (the `Part` union of src/core/parts.ts). It checks shapes, enums,
 * finite numbers in sane ranges, string lengths and the characters text may hold; cross-record
 * checks (record key = id, dangling references) live in `designChecks.ts`, because JSON Schema
 * cannot express them.
 *
 * This is the one schema at every door: a file, a drop, IndexedDB and a share link go through
 * `parseDesignFile`; an edit goes through `checkEdit` (editCheck.ts), which validates each changed
 * record with the record schemas exported here; an inspector field reads its limits from the same
 * field schemas (fieldRules.ts). Error messages state the rule in words ("must be 0–100,000 m").
 *
 * Text: control characters U+0000–U+001F other than tab and newline, and unpaired UTF-16
 * surrogates, are refused in every string (they break XML exports and mean nothing on a label).
 * Ids and keys named like JavaScript object internals (`__proto__`, `constructor`, `prototype`)
 * are refused; every other id, `toString` included, is just an id (lookups use own properties).
 *
 * `schema/design.schema.json` is generated from `designSchema` by `scripts/generate-schema.ts`.
 * A compile-time check at the end of this file keeps the schema and the TypeScript types equal.
 */
import { z } from 'zod';
import type { Design } from '../core/design';
import { LIMITS } from './designLimits';
import { id, key, int, name, real } from './schemaFields';
import {
  cablePart,
  connectorSpec,
  fiberType,
  internalLink,
  modulePart,
  pairLoss,
  partSchema,
  portDef,
  provenance,
  rackPart,
  transceiverPart,
} from './partSchemas';
import { fieldTestSettings, linkKey, linkTestSettingSchema, testResultSchema } from './fieldTestSchemas';

export { LIMITS, RESERVED_KEYS, UNITS, formatLimit, rangeText } from './designLimits';
export { idSchema, plainText, textProblem } from './schemaFields';
export { partSchema } from './partSchemas';
export { linkTestSettingSchema, testResultSchema } from './fieldTestSchemas';

/** Named definitions: each becomes a `$defs` entry of the JSON Schema. */
const defs = z.registry<{ id: string; description?: string }>();

/** A rack in a row; height in rack units. */
const rack = z.strictObject({
  id,
  name,
  heightU: int(1, LIMITS.heightU, 'U'),
  row: name,
  order: int(0, 1_000_000),
  number: int(0, 999_999).exactOptional(),
});

const placement = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('rack'),
    rack: id,
    positionU: int(1, LIMITS.heightU, 'U'),
    face: z.enum(['front', 'rear']),
  }),
  z.strictObject({ kind: z.literal('slot'), parent: id, slot: key }),
  z.strictObject({ kind: z.literal('cage'), parent: id, cage: key }),
  z.strictObject({ kind: z.literal('unplaced') }),
]);

const device = z.strictObject({ id, part: id, name, placement });
const portRef = z.strictObject({ device: id, port: key });

/** A cable instance; length in metres (0–100 000 m). */
const cable = z.strictObject({
  id,
  part: id,
  name,
  lengthM: real(0, LIMITS.lengthM, 'm'),
  fiberType,
  construction: z.enum(['indoor-outdoor']).exactOptional(),
  ends: z.record(key, portRef.nullable()),
});
const settings = z.strictObject({
  lossMode: z.enum(['tia-worst-case', 'vendor-max', 'typical']),
  /** Design margin for ageing and temperature, dB. */
  designMarginDb: real(0, LIMITS.designMarginDb, 'dB'),
  multimodeAttenuation: z.enum(['ieee-3.5', 'alt-3.0']),
  labelScheme: z.enum(['project', 'tia-606']),
  fieldTest: fieldTestSettings.exactOptional(),
});

/** The design document, schema version 1. Records are keyed by the record's own id. */
export const designSchema = z.strictObject({
  schemaVersion: z.literal(1),
  name,
  settings,
  racks: z.record(id, rack),
  devices: z.record(id, device),
  cables: z.record(id, cable),
  parts: z.record(id, partSchema),
  testResults: z.record(id, testResultSchema).exactOptional(),
  linkTests: z.record(linkKey, linkTestSettingSchema).exactOptional(),
});

/**
 * The zod schema of one record of each record collection of the design (the values of `racks`,
 * `devices`, `cables`, `parts`), of the settings record and of the design name: the single
 * source the document of records (`io/records`) and `checkEdit` validate each record against.
 */
export const recordSchemas = {
  racks: rack,
  devices: device,
  cables: cable,
  parts: partSchema,
  testResults: testResultSchema,
  linkTests: linkTestSettingSchema,
} as const;
/** A rack record (height in rack units). */
export const rackSchema = rack;
/** A placed device record. */
export const deviceSchema = device;
/** A cable record (length in metres). */
export const cableSchema = cable;
/** The zod schema of the design's settings record (`Design.settings`). */
export const settingsSchema = settings;
/** The zod schema of the design's name (at most `LIMITS.nameChars` characters). */
export const designNameSchema = name;

const NAMED: readonly [z.ZodType, string, string][] = [
  [connectorSpec, 'ConnectorSpec', 'A connector built into a part: variant, gender, polish (REFERENCE §1).'],
  [provenance, 'Provenance', 'Where a value comes from; unverified values are shown as such.'],
  [pairLoss, 'PairLoss', 'Insertion loss of one mated pair, dB (REFERENCE §7).'],
  [portDef, 'PortDef', 'A port of a device part: a receptacle a cable end plugs into.'],
  [internalLink, 'InternalLink', 'A fiber inside a device part, (port, plug position) to (port, plug position).'],
  [cablePart, 'CablePart', 'A cable part: ends and fibers (TIA-568.3-E array types, duplex cords, harnesses).'],
  [modulePart, 'ModulePart', 'A module (cassette, adapter plate, conversion module) with its trunk-side map.'],
  [rackPart, 'RackPart', 'Rack equipment: patch panel, enclosure or switch.'],
  [transceiverPart, 'TransceiverPart', 'A pluggable transceiver: IEEE 802.3 application, MDI and lane table.'],
  [rack, 'Rack', 'A rack in a row; heights in rack units.'],
  [device, 'Device', 'A placed device: rack equipment, a module in a slot or a transceiver in a cage.'],
  [portRef, 'PortRef', 'A port of a placed device (a switch cage is addressed as cage-N).'],
  [cable, 'Cable', 'A cable instance: part, length in metres, fiber type and the port each end is plugged into.'],
  [settings, 'DesignSettings', 'Per-design settings: loss mode, design margin (dB), attenuation model, label scheme.'],
  [
    fieldTestSettings,
    'FieldTestSettings',
    'Field-test settings: reference method, reference-grade ends, tolerance (dB).',
  ],
  [
    linkTestSettingSchema,
    'LinkTestSetting',
    'Test settings of one permanent link: application, reference method, limit.',
  ],
  [testResultSchema, 'TestResult', 'One measured loss (dB) of one fiber of a permanent link at one wavelength (nm).'],
];
for (const [schema, name, description] of NAMED) defs.add(schema, { id: name, description });

/** JSON Schema (draft 2020-12) of the design document, generated with `z.toJSONSchema`. */
export function designJsonSchema(): Record<string, unknown> {
  const { $schema, ...body } = z.toJSONSchema(designSchema, { target: 'draft-2020-12', metadata: defs }) as Record<
    string,
    unknown
  >;
  return {
    $schema,
    title: 'MPO Designer design document',
    description:
      'Racks, devices, cables and custom parts of an MPO/MTP fiber design (schemaVersion 1). Generated from src/io/designSchema.ts by scripts/generate-schema.ts; do not edit. Cross-record rules (record key = id, no dangling references) are checked by the loader, not by this schema.',
    ...body,
  };
}

/** The text of `schema/design.schema.json`: the JSON Schema with 2-space indent and a newline. */
export function designJsonSchemaText(): string {
  return `${JSON.stringify(designJsonSchema(), null, 2)}\n`;
}

// ---- Compile-time proof that the schema and src/core/design.ts describe the same document ----

/** A type with brands (ids, units) and `readonly` removed: what JSON actually holds. */
type Plain<T> = T extends string & { readonly __brand: unknown }
  ? string
  : T extends number & { readonly __unit: unknown }
    ? number
    : T extends readonly (infer U)[]
      ? Plain<U>[]
      : T extends object
        ? { -readonly [K in keyof T]: Plain<T[K]> }
        : T;

type SchemaDesign = z.output<typeof designSchema>;
/** Fails to compile when a field, enum value or optionality differs between schema and type. */
type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesDesign: MutuallyAssignable<SchemaDesign, Plain<Design>> = true;
void schemaMatchesDesign;
