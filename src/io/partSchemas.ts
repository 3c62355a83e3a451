/**
 * The zod schemas of custom and imported parts (the `Part` union of src/core/parts.ts): cables,
 * modules, rack equipment and transceivers, with the connector, loss and port shapes they share.
 * Part of the design document schema (designSchema.ts); the compile-time check there proves the
 * enums equal the TypeScript unions.
 */
import { z } from 'zod';
import { CONNECTOR_VARIANTS, FIBER_TYPES, type ConnectorVariant } from '../core/connectors';
import { APPLICATION_IDS } from '../core/parts';
import { LIMITS } from './designLimits';
import { id, int, key, name, position, real, text } from './schemaFields';

// Enum value lists. The compile-time check at the end of designSchema.ts proves they equal the TypeScript unions.
const CONNECTOR_VARIANT_IDS = Object.keys(CONNECTOR_VARIANTS) as [ConnectorVariant, ...ConnectorVariant[]];
const FIBER_TYPE_IDS = FIBER_TYPES as unknown as ['OM3', 'OM4', 'OM5', 'OS2', 'OS1a'];

/** Fiber type of a cable or part (OM3, OM4, OM5, OS2, OS1a; REFERENCE §2). */
export const fiberType = z.enum(FIBER_TYPE_IDS);
const connectorVariant = z.enum(CONNECTOR_VARIANT_IDS);
const lossGrade = z.enum(['tia-max', 'standard', 'low-loss', 'elite', 'unknown']);
const adapterType = z.enum(['key-up-key-down', 'key-up-key-up', 'duplex', 'unknown']);

/** Connector as built into a part: variant, gender, polish (REFERENCE §1.1–§1.5). */
export const connectorSpec = z.strictObject({
  variant: connectorVariant,
  gender: z.enum(['male', 'female', 'n/a', 'unknown']),
  polish: z.enum(['UPC', 'APC', 'PC', 'n/a', 'unknown']),
});

/** Where a value comes from (`source` text); `unverified` values are shown as such. */
export const provenance = z.strictObject({ source: text, unverified: z.boolean().exactOptional() });

/** Loss of one mated pair, dB (REFERENCE §7.2–§7.3). */
export const pairLoss = z.strictObject({
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

/** A port of a device part: a receptacle a cable end plugs into, and what mates behind it. */
export const portDef = z.strictObject({
  key,
  label: name,
  face: z.enum(['front', 'rear']),
  index: int(1, 10_000),
  accepts: connectorVariant,
  mate: portMate,
});

const linkEnd = z.strictObject({ port: key, position });
/** A fiber inside a device part, (port, plug position) to (port, plug position). */
export const internalLink = z.strictObject({ a: linkEnd, b: linkEnd });
const links = z.union([z.array(internalLink).max(LIMITS.fibers), z.literal('unknown')]);
const partNumberFields = { partNumber: name.exactOptional(), manufacturer: name.exactOptional(), provenance };

const cableEndDef = z.strictObject({ key, label: name, connector: connectorSpec, lossGrade });
const fiberEnd = z.strictObject({ end: int(0, LIMITS.ports - 1), position });
const cableFiber = z.strictObject({ fiber: int(1, LIMITS.fibers), from: fiberEnd, to: fiberEnd });

/** A cable part: ends (A, B or legs) and fibers between (end, position) pairs (REFERENCE §3–§4). */
export const cablePart = z.strictObject({
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
export const modulePart = z.strictObject({
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
export const rackPart = z.strictObject({
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
export const applicationId = z.enum(APPLICATION_IDS);

/** A pluggable transceiver: IEEE application, MDI port and lane table (REFERENCE §6, §8). */
export const transceiverPart = z.strictObject({
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
