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
import { CONNECTOR_VARIANTS, FIBER_TYPES, type ConnectorVariant } from '../core/connectors';
import type { Design } from '../core/design';
import { APPLICATION_IDS } from '../core/parts';

/** Limits of the design document (units in the names). */
export const LIMITS = {
  /** Longest id of a rack, device, cable or part. */
  idChars: 200,
  /** Longest display name or label. */
  nameChars: 500,
  /** Longest free text (provenance source). */
  textChars: 2000,
  /** Longest short key (port, slot, cage, end key, form factor). */
  keyChars: 100,
  /** Cable length, metres. */
  lengthM: 100_000,
  /** Rack and equipment height, rack units (whole units: the layout works in whole units). */
  heightU: 60,
  /** Design margin kept for ageing and temperature, dB (a channel budget is at most ~20 dB). */
  designMarginDb: 20,
  /** Insertion loss of one mated pair or one module, dB (real parts are well under 1 dB). */
  pairLossDb: 20,
  /** Highest fiber position on a connector (MPO-72 is the largest array connector made). */
  position: 72,
  /** Most ports, slots or cages on one part; most ends (legs) on one cable. */
  ports: 2_000,
  /** Most internal links of one part or fibers of one cable. */
  fibers: 20_000,
} as const;

/**
 * Keys refused as ids and record keys anywhere: setting them on a plain object would change its
 * prototype or shadow its constructor (prototype pollution).
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Units of number fields, for messages and inspector hints (not part of the JSON Schema). */
export const UNITS = z.registry<{ unit: string }>();

/** A number as people write it: thousands separators, at most 3 decimals (`100,000`, `0.5`). */
export const formatLimit = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 3 });

/** The range rule of a number field in words: `0–100,000 m`, `1–60 U (whole units)`. */
export function rangeText(min: number, max: number, unit = '', int = false): string {
  return `${formatLimit(min)}–${formatLimit(max)}${unit ? ` ${unit}` : ''}${int ? ' (whole numbers)' : ''}`;
}

/** C0 control characters other than tab (U+0009) and newline (U+000A). */
// eslint-disable-next-line no-control-regex -- the rule is about exactly these characters
const CONTROL = /[\u0000-\u0008\u000b-\u001f]/;
/** An unpaired UTF-16 surrogate: not a Unicode character, cannot be written as UTF-8 or XML. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// eslint-disable-next-line no-control-regex -- the rule is about exactly these characters
const NO_CONTROL = /^[^\u0000-\u0008\u000b-\u001f]*$/;

/** Why a text cannot be stored (control character, lone surrogate), or null when it can. */
export function textProblem(s: string): string | null {
  const c = CONTROL.exec(s);
  if (c)
    return `must not contain control characters (U+0000–U+001F other than tab and newline); found U+${c[0]
      .charCodeAt(0)
      .toString(16)
      .toUpperCase()
      .padStart(4, '0')} at character ${c.index + 1}`;
  const u = LONE_SURROGATE.exec(s);
  if (u) return `must be valid Unicode text; found an unpaired surrogate at character ${u.index + 1}`;
  return null;
}

/**
 * `s` with every character `textProblem` refuses (C0 controls other than tab and newline, unpaired
 * surrogates) replaced by a space: for text the app derives (provenance, file names), never ids.
 */
export function plainText(s: string): string {
  return s.replace(new RegExp(`${CONTROL.source}|${LONE_SURROGATE.source}`, 'g'), ' ');
}

/** A string schema of at most `max` characters whose text `textProblem` accepts. */
function textOf(max: number, min = 0) {
  let s = z.string();
  if (min > 0) s = s.min(min, { error: min === 1 ? 'must not be empty' : `must have at least ${min} characters` });
  return s
    .max(max, {
      error: (iss) => `must be at most ${formatLimit(max)} characters (has ${formatLimit(String(iss.input).length)})`,
    })
    .regex(NO_CONTROL, { error: (iss) => textProblem(String(iss.input)) ?? 'must not contain control characters' })
    .refine((v) => !LONE_SURROGATE.test(v), {
      error: (iss) => textProblem(String(iss.input)) ?? 'must be valid Unicode text',
    });
}

/** `textOf` that also refuses the reserved keys (ids and record keys). */
const keyOf = (max: number) =>
  textOf(max, 1).refine((v) => !RESERVED_KEYS.has(v), {
    error: (iss) => `"${String(iss.input)}" is reserved (it names a JavaScript object internal); use another name`,
  });

/** A number schema from `min` to `max` (inclusive), in `unit`; `int` for whole numbers. */
function numberIn(min: number, max: number, unit = '', int = false) {
  const rule = `must be ${rangeText(min, max, unit, int)}`;
  const base = int ? z.number().int({ error: `${rule}; received a fraction` }) : z.number();
  const s = base.min(min, { error: (iss) => `${rule}; received ${String(iss.input)}` }).max(max, {
    error: (iss) => `${rule}; received ${String(iss.input)}`,
  });
  if (unit) UNITS.add(s, { unit });
  return s;
}

/** Named definitions: each becomes a `$defs` entry of the JSON Schema. */
const defs = z.registry<{ id: string; description?: string }>();

/** An id of a rack, device, cable or part (and a record key). */
export const idSchema = keyOf(LIMITS.idChars);
const id = idSchema;
const name = textOf(LIMITS.nameChars);
const key = keyOf(LIMITS.keyChars);
const text = textOf(LIMITS.textChars);
const int = (min: number, max: number, unit = '') => numberIn(min, max, unit, true);
const real = (min: number, max: number, unit = '') => numberIn(min, max, unit);
const position = int(1, LIMITS.position);

// Enum value lists. The compile-time check at the end proves they equal the TypeScript unions.
const CONNECTOR_VARIANT_IDS = Object.keys(CONNECTOR_VARIANTS) as [ConnectorVariant, ...ConnectorVariant[]];
const FIBER_TYPE_IDS = FIBER_TYPES as unknown as ['OM3', 'OM4', 'OM5', 'OS2', 'OS1a'];

const fiberType = z.enum(FIBER_TYPE_IDS);
const connectorVariant = z.enum(CONNECTOR_VARIANT_IDS);
const lossGrade = z.enum(['tia-max', 'standard', 'low-loss', 'elite', 'unknown']);
const adapterType = z.enum(['key-up-key-down', 'key-up-key-up', 'duplex', 'unknown']);

/** Connector as built into a part: variant, gender, polish (REFERENCE §1.1–§1.5). */
const connectorSpec = z.strictObject({
  variant: connectorVariant,
  gender: z.enum(['male', 'female', 'n/a', 'unknown']),
  polish: z.enum(['UPC', 'APC', 'PC', 'n/a', 'unknown']),
});

const provenance = z.strictObject({ source: text, unverified: z.boolean().exactOptional() });

/** Loss of one mated pair, dB (REFERENCE §7.2–§7.3). */
const pairLoss = z.strictObject({
  maxDb: real(0, LIMITS.pairLossDb, 'dB'),
  typicalDb: real(0, LIMITS.pairLossDb, 'dB').exactOptional(),
  provenance,
});

const portMate = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('fixed'),
    connector: connectorSpec,
    lossGrade,
    adapter: adapterType.exactOptional(),
  }),
  z.strictObject({ kind: z.literal('through'), peer: key, adapter: adapterType }),
  z.strictObject({
    kind: z.literal('splice'),
    method: z.enum(['fusion', 'mechanical', 'mass-fusion']),
    peer: key.exactOptional(),
  }),
]);

const portDef = z.strictObject({
  key,
  label: name,
  face: z.enum(['front', 'rear']),
  index: int(1, 10_000),
  accepts: connectorVariant,
  mate: portMate,
});

const linkEnd = z.strictObject({ port: key, position });
const internalLink = z.strictObject({ a: linkEnd, b: linkEnd });
const links = z.union([z.array(internalLink).max(LIMITS.fibers), z.literal('unknown')]);
const partNumberFields = { partNumber: name.exactOptional(), manufacturer: name.exactOptional(), provenance };

const cableEndDef = z.strictObject({ key, label: name, connector: connectorSpec, lossGrade });
const fiberEnd = z.strictObject({ end: int(0, LIMITS.ports - 1), position });
const cableFiber = z.strictObject({ fiber: int(1, LIMITS.fibers), from: fiberEnd, to: fiberEnd });

/** A cable part: ends (A, B or legs) and fibers between (end, position) pairs (REFERENCE §3–§4). */
const cablePart = z.strictObject({
  kind: z.literal('cable'),
  id,
  name,
  cableClass: z.enum([
    'array-cable',
    'trunk',
    'harness',
    'duplex-cord',
    'conversion-cable',
    'pigtail',
    'bulk-cable',
    'splitter',
  ]),
  polarity: z.enum(['A', 'B', 'C']).exactOptional(),
  cordType: z.enum(['A-to-B', 'A-to-A']).exactOptional(),
  ends: z.array(cableEndDef).min(1).max(LIMITS.ports),
  fibers: z.union([z.array(cableFiber).max(LIMITS.fibers), z.literal('unknown')]),
  fiberCount: int(0, LIMITS.fibers),
  defaultFiberType: fiberType,
  lengthM: real(0, LIMITS.lengthM).exactOptional(),
  swapGroup: name,
  ...partNumberFields,
});

/** A module (cassette, adapter plate, conversion module) with its trunk-side map (REFERENCE §5.1). */
const modulePart = z.strictObject({
  kind: z.literal('module'),
  id,
  name,
  moduleClass: z.enum([
    'MOD-A',
    'MOD-B1',
    'MOD-B2',
    'MOD-U1',
    'MOD-U2',
    'MOD-U1-8',
    'MOD-U16',
    'adapter-plate',
    'conversion',
    'splice',
    'splice-cassette',
    'custom',
  ]),
  formFactor: key,
  ports: z.array(portDef).max(LIMITS.ports),
  links,
  fiberType: z.union([fiberType, z.literal('unknown')]),
  loss: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('pairs') }),
    z.strictObject({ kind: z.literal('module'), loss: pairLoss }),
  ]),
  fiberCount: int(0, LIMITS.fibers),
  swapGroup: name,
  ...partNumberFields,
});

const slotDef = z.strictObject({ key, label: name, formFactor: key });

/** Rack equipment: patch panel, enclosure or switch. */
const rackPart = z.strictObject({
  kind: z.literal('rack-equipment'),
  id,
  name,
  role: z.enum(['patch-panel', 'enclosure', 'switch']),
  heightU: int(1, LIMITS.heightU, 'U'),
  mounting: z.enum(['fixed', 'sliding-tray', 'modular', 'preloaded', 'n/a']),
  slots: z.array(slotDef).max(LIMITS.ports),
  cages: z.array(slotDef).max(LIMITS.ports),
  ports: z.array(portDef).max(LIMITS.ports),
  links,
  fiberType: z.union([fiberType, z.literal('unknown')]),
  maxFibers: int(0, 1_000_000),
  preloaded: z.record(key, id).exactOptional(),
  ...partNumberFields,
});

const laneDef = z.strictObject({
  position,
  role: z.enum(['tx', 'rx', 'bidi']),
  lane: int(0, 63),
  port: key.exactOptional(),
});

/** IEEE 802.3 application ids of the catalogue (REFERENCE §8, REFERENCE-2 §14). */
const applicationId = z.enum(APPLICATION_IDS);

/** A pluggable transceiver: IEEE application, MDI port and lane table (REFERENCE §6, §8). */
const transceiverPart = z.strictObject({
  kind: z.literal('transceiver'),
  id,
  name,
  formFactor: key,
  application: applicationId,
  port: portDef,
  /** Further MDIs of a twin-port transceiver (REFERENCE-2 §14). */
  extraPorts: z.array(portDef).max(8).exactOptional(),
  lanes: z.union([z.array(laneDef).max(128), z.literal('unknown')]),
  laneCount: int(1, 64),
  fiberMode: z.enum(['multimode', 'single-mode']),
  /** Centre wavelength, nm (600–1700 covers every multimode and single-mode window). */
  wavelength: real(600, 1700, 'nm'),
  /** Minimum Tx power and Rx sensitivity, dBm (REFERENCE §7.1). */
  txPowerMinDbm: real(-60, 30, 'dBm').exactOptional(),
  rxSensitivityDbm: real(-60, 30, 'dBm').exactOptional(),
  ...partNumberFields,
});

/** Any custom or imported part. */
export const partSchema = z.discriminatedUnion('kind', [cablePart, modulePart, rackPart, transceiverPart]);

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

const referenceMethod = z.enum(['1J', '2J', '3J']);

/** Field-test settings (REFERENCE-2 §16): reference method, reference-grade ends, tolerance in dB. */
const fieldTestSettings = z.strictObject({
  referenceMethod,
  referenceGradeEnds: z.boolean(),
  toleranceDb: z.strictObject({ multimode: real(0, 5), singleMode: real(0, 5) }),
});

const settings = z.strictObject({
  lossMode: z.enum(['tia-worst-case', 'vendor-max', 'typical']),
  /** Design margin for ageing and temperature, dB. */
  designMarginDb: real(0, LIMITS.designMarginDb, 'dB'),
  multimodeAttenuation: z.enum(['ieee-3.5', 'alt-3.0']),
  labelScheme: z.enum(['project', 'tia-606']),
  fieldTest: fieldTestSettings.exactOptional(),
});

/** A permanent-link key: the two end ports (`device#port`, sorted) joined by `|`; never parsed back. */
const linkKey = z
  .string()
  .min(5)
  .max(2 * (LIMITS.idChars + LIMITS.keyChars) + 3);
/** A fiber of a link at its near end: A/B, an MPO position, or `*` (the whole duplex link). */
const fiberDesignation = z.string().regex(/^(?:[AB*]|[1-9]\d?)$/, { error: 'must be A, B, *, or a position 1-99' });
/** An ISO 8601 date or date-time (what the importer writes). */
const isoDate = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, { error: 'must be an ISO 8601 date' });

/** Test settings of one permanent link (issue 14). */
export const linkTestSettingSchema = z.strictObject({
  id: linkKey,
  recordVersion: z.literal(1),
  application: applicationId.exactOptional(),
  referenceMethod: referenceMethod.exactOptional(),
  limit: z.enum(['tia', 'application', 'design-budget']).exactOptional(),
  /** Fixed budget per wavelength (nm as text), dB. */
  budgetDb: z.record(z.string().regex(/^\d{3,4}$/), real(0, 100)).exactOptional(),
});

/** One measured loss of one fiber at one wavelength (REFERENCE-2 §16.5); dB, nm, m. */
export const testResultSchema = z.strictObject({
  id,
  recordVersion: z.literal(1),
  link: linkKey,
  linkLabel: name,
  fiber: fiberDesignation,
  wavelengthNm: real(600, 1700),
  lossDb: real(-100, 100),
  referenceMethod,
  lengthM: real(0, LIMITS.lengthM).exactOptional(),
  farPosition: z
    .string()
    .regex(/^(?:[AB]|[1-9]\d?)$/)
    .exactOptional(),
  testerLimitDb: real(-100, 100).exactOptional(),
  testerMarginDb: real(-100, 100).exactOptional(),
  testerResult: name.exactOptional(),
  testedAt: isoDate.exactOptional(),
  operator: name.exactOptional(),
  source: name,
  row: int(1, 100_000_000),
  importedAt: isoDate,
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
