/**
 * Branded identifiers for design records and catalogue parts.
 *
 * A brand makes a `RackId` and a `CableId` distinct types even though both are strings at run
 * time, so passing one where the other is expected is a compile error (tldraw's RecordId idea).
 */

/** A string branded with a record kind. */
export type Id<Kind extends string> = string & { readonly __brand: Kind };

/** Identifier of a rack in a design. */
export type RackId = Id<'rack'>;
/** Identifier of any placed device: rack equipment, a module in a slot, a transceiver in a cage. */
export type DeviceId = Id<'device'>;
/** Identifier of a cable instance (trunk, harness, cord). */
export type CableId = Id<'cable'>;
/** Stable identifier of a catalogue part (e.g. `cable/mpo12-typeB-ff`). */
export type PartId = Id<'part'>;

/** Brands a plain string as a rack id (no validation: ids are opaque). */
export const rackId = (s: string): RackId => s as RackId;
/** Brands a plain string as a device id. */
export const deviceId = (s: string): DeviceId => s as DeviceId;
/** Brands a plain string as a cable id. */
export const cableId = (s: string): CableId => s as CableId;
/** Brands a plain string as a part id. */
export const partId = (s: string): PartId => s as PartId;
