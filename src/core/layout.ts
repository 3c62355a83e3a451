/**
 * Rack-unit geometry and placement rules: which rack units a device occupies, whether a device,
 * module or transceiver fits where the user wants it, and which ports are free. Every check
 * returns a readable refusal (`"U12–U13 taken by Leaf-1"`) instead of throwing, so the canvas can
 * show it at the drop point.
 *
 * Conventions: U1 is the bottom unit of a rack and `positionU` is the lowest unit a device
 * occupies. All rack equipment is treated as full-depth: a device mounted on the front face also
 * blocks its units at the rear (and vice versa), as a switch or an enclosure does in practice.
 */
import { catalogueFor, type Catalogue } from './catalogue';
import { CAGE_ACCEPTS } from './catalogue/transceivers';
import { CONNECTOR_VARIANTS, type ConnectorFamily } from './connectors';
import { portDisplayLabel } from './portNames';
import { cagePort, type Design, type Device, type PortRef } from './design';
import type { CableId, DeviceId, RackId } from './ids';
import { devicesInCage, devicesInRack, devicesInSlot, plugsAt, type PortPlug } from './occupancy';
import type { ModulePart, Part, PortDef, RackPart, TransceiverPart } from './parts';
import { portsOf } from './parts';
import { own } from './own';

export type { PortPlug } from './occupancy';

/** An inclusive range of rack units, bottom first (`from ≤ to`). */
export interface URange {
  readonly from: number;
  readonly to: number;
}

/** The outcome of a placement check: allowed, or refused with a reason for the user. */
export type PlacementCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Options of the placement checks. */
export interface CheckOptions {
  /** A device to ignore (the one being moved), so it does not collide with itself. */
  readonly exclude?: DeviceId;
}

const OK: PlacementCheck = { ok: true };
const refuse = (reason: string): PlacementCheck => ({ ok: false, reason });

/** Formats a unit range as the user reads it: `U12` or `U12–U13`. */
export function formatURange(r: URange): string {
  return r.from === r.to ? `U${r.from}` : `U${r.from}–U${r.to}`;
}

/** The rack-equipment part of a device, if its part is known and is rack equipment. */
export function rackPartOf(cat: Catalogue, device: Device): RackPart | undefined {
  const p = cat.get(device.part);
  return p?.kind === 'rack-equipment' ? p : undefined;
}

/** Height in U of a rack device; 1 when its part is unknown (it still occupies its unit). */
export function deviceHeightU(cat: Catalogue, device: Device): number {
  return rackPartOf(cat, device)?.heightU ?? 1;
}

/** A device mounted in a rack with the units it occupies. */
export interface RackOccupant {
  readonly device: Device;
  readonly range: URange;
}

/** Every device mounted in `rack`, with its unit range, sorted bottom to top (placement index: no scan). */
export function rackOccupants(design: Design, rack: RackId): RackOccupant[] {
  const cat = catalogueFor(design);
  const out: RackOccupant[] = [];
  for (const d of devicesInRack(design, rack)) {
    if (d.placement.kind !== 'rack') continue;
    const from = d.placement.positionU;
    out.push({ device: d, range: { from, to: from + deviceHeightU(cat, d) - 1 } });
  }
  return out.sort((a, b) => a.range.from - b.range.from);
}

/**
 * Can equipment `heightU` tall sit in `rack` with its lowest unit at `positionU`? Refuses when
 * the rack does not exist, the range leaves the rack, or another device occupies a unit of it
 * (the reason names the overlapping units and the device, e.g. "U12–U13 taken by Leaf-1").
 */
export function canPlaceEquipment(
  design: Design,
  at: { readonly rack: RackId; readonly positionU: number; readonly heightU: number },
  opts: CheckOptions = {},
): PlacementCheck {
  const rack = own(design.racks, at.rack);
  if (!rack) return refuse(`Rack ${at.rack} does not exist`);
  const want: URange = { from: at.positionU, to: at.positionU + at.heightU - 1 };
  if (!Number.isInteger(at.positionU) || want.from < 1)
    return refuse(`${formatURange(want)} is below the bottom of ${rack.name}`);
  if (want.to > rack.heightU)
    return refuse(`Needs ${at.heightU}U: ${formatURange(want)} is above the top of ${rack.name} (${rack.heightU}U)`);
  for (const o of rackOccupants(design, at.rack)) {
    if (o.device.id === opts.exclude) continue;
    const from = Math.max(o.range.from, want.from);
    const to = Math.min(o.range.to, want.to);
    if (from <= to) return refuse(`${formatURange({ from, to })} taken by ${o.device.name}`);
  }
  return OK;
}

/** The highest free position for equipment `heightU` tall in `rack` (racks fill from the top), or null. */
export function firstFreeU(design: Design, rack: RackId, heightU: number, opts: CheckOptions = {}): number | null {
  const r = own(design.racks, rack);
  if (!r) return null;
  for (let u = r.heightU - heightU + 1; u >= 1; u--) {
    if (canPlaceEquipment(design, { rack, positionU: u, heightU }, opts).ok) return u;
  }
  return null;
}

/** Can `rack` be resized to `heightU` without cutting off equipment? */
export function canResizeRack(design: Design, rack: RackId, heightU: number): PlacementCheck {
  const above = rackOccupants(design, rack).find((o) => o.range.to > heightU);
  return above ? refuse(`${above.device.name} occupies ${formatURange(above.range)}, above U${heightU}`) : OK;
}

/** The device in slot `slot` of enclosure `parent`, if any. */
export function slotOccupant(
  design: Design,
  parent: DeviceId,
  slot: string,
  opts: CheckOptions = {},
): Device | undefined {
  return devicesInSlot(design, parent, slot).find((d) => d.id !== opts.exclude);
}

/** The transceiver in cage `cage` of switch `parent`, if any. */
export function cageOccupant(
  design: Design,
  parent: DeviceId,
  cage: string,
  opts: CheckOptions = {},
): Device | undefined {
  return devicesInCage(design, parent, cage).find((d) => d.id !== opts.exclude);
}

/**
 * Can module `part` go into slot `slot` of enclosure `parent`? Refuses a device that is not an
 * enclosure, an unknown slot, a module of another form factor (with both form factors named) and
 * an occupied slot.
 */
export function canInsertModule(
  design: Design,
  parent: DeviceId,
  slot: string,
  part: Part | undefined,
  opts: CheckOptions = {},
): PlacementCheck {
  const host = own(design.devices, parent);
  if (!host) return refuse(`Device ${parent} does not exist`);
  if (part?.kind !== 'module') return refuse(`${part?.name ?? 'This part'} is not a module`);
  const hostPart = rackPartOf(catalogueFor(design), host);
  const def = hostPart?.slots.find((s) => s.key === slot);
  if (!hostPart || !def) return refuse(`${host.name} has no module slot ${slot}`);
  if (def.formFactor !== part.formFactor)
    return refuse(
      `${host.name} ${def.label} takes ${def.formFactor} modules; ${part.name} is a ${part.formFactor} module`,
    );
  const inSlot = slotOccupant(design, parent, slot, opts);
  if (inSlot) return refuse(`${host.name} ${def.label} holds ${inSlot.name}`);
  return OK;
}

/**
 * Can transceiver `part` plug into cage `cage` of switch `parent`? Refuses a non-switch, an
 * unknown cage, a form factor the cage does not take (`CAGE_ACCEPTS`) and an occupied cage.
 */
export function canPlugTransceiver(
  design: Design,
  parent: DeviceId,
  cage: string,
  part: Part | undefined,
  opts: CheckOptions = {},
): PlacementCheck {
  const host = own(design.devices, parent);
  if (!host) return refuse(`Device ${parent} does not exist`);
  if (part?.kind !== 'transceiver') return refuse(`${part?.name ?? 'This part'} is not a transceiver`);
  const def = rackPartOf(catalogueFor(design), host)?.cages.find((c) => c.key === cage);
  if (!def) return refuse(`${host.name} has no port cage ${cage}`);
  const accepts = own(CAGE_ACCEPTS, def.formFactor) ?? [def.formFactor];
  if (!accepts.includes(part.formFactor))
    return refuse(
      `${host.name} ${def.label} is ${withArticle(def.formFactor)} cage; it does not take ${withArticle(part.formFactor)} transceiver`,
    );
  const inCage = cageOccupant(design, parent, cage, opts);
  if (inCage) return refuse(`${host.name} ${def.label} holds ${inCage.name}`);
  return OK;
}

/**
 * A form-factor name with its English article as it is read aloud: "an SFP+", "an OSFP", "a
 * QSFP28" (an initialism takes "an" when its first letter sounds like a vowel: A E F H I L M N O
 * R S X).
 */
export function withArticle(name: string): string {
  const vowelSound = /^[A-Z]{2}/.test(name) ? /^[AEFHILMNORSX]/.test(name) : /^[aeiouAEIOU]/.test(name);
  return `${vowelSound ? 'an' : 'a'} ${name}`;
}

/** The first slot of `parent` that accepts module `part`, or null. */
export function freeSlotFor(design: Design, parent: DeviceId, part: ModulePart): string | null {
  const host = own(design.devices, parent);
  const hostPart = host ? rackPartOf(catalogueFor(design), host) : undefined;
  return hostPart?.slots.find((s) => canInsertModule(design, parent, s.key, part).ok)?.key ?? null;
}

/** The first cage of `parent` that takes transceiver `part`, or null. */
export function freeCageFor(design: Design, parent: DeviceId, part: TransceiverPart): string | null {
  const host = own(design.devices, parent);
  const hostPart = host ? rackPartOf(catalogueFor(design), host) : undefined;
  return hostPart?.cages.find((c) => canPlugTransceiver(design, parent, c.key, part).ok)?.key ?? null;
}

/**
 * The cable end plugged into `ref`, if any (the port as written, cages not resolved); with
 * `exclude`, ends of that cable are skipped. A lookup in the plug index of `design.cables`
 * (built once per cables collection), not a scan.
 */
export function portOccupant(
  design: Design,
  ref: PortRef,
  opts: { readonly exclude?: CableId } = {},
): PortPlug | undefined {
  return plugsAt(design, ref).find((p) => p.cable !== opts.exclude);
}

/** What a port is, for connecting: its label and the connector family it accepts (null = unknown). */
export interface PortInfo {
  readonly ref: PortRef;
  readonly label: string;
  readonly face: 'front' | 'rear';
  /** Port number within its device, for ordering (cage number for switch cages). */
  readonly index: number;
  /** Connector family a plug needs; null when unknown (an empty cage). */
  readonly family: ConnectorFamily | null;
  /** The port definition that mates the plug (a transceiver's MDI for a filled cage). */
  readonly def: PortDef | undefined;
}

/**
 * Describes a port reference: a device port, or a switch cage (resolved through the transceiver
 * in it; an empty cage accepts any family until a transceiver is plugged). Undefined when the
 * device or port does not exist.
 */
export function portInfo(design: Design, ref: PortRef): PortInfo | undefined {
  const cat = catalogueFor(design);
  const dev = own(design.devices, ref.device);
  const part = dev ? cat.get(dev.part) : undefined;
  if (!dev || !part || part.kind === 'cable') return undefined;
  if (part.kind === 'rack-equipment') {
    // `cage-N` is the transceiver's MDI; `cage-N:mdi-b` its second MDI (twin-port, REFERENCE-2 §14).
    const cp = cagePort(ref.port);
    const cageDef = part.cages.find((c) => c.key === (cp?.cage ?? ref.port));
    if (cageDef) {
      const inCage = cageOccupant(design, dev.id, cageDef.key);
      const t = inCage ? cat.get(inCage.part) : undefined;
      const mdi = cp?.mdi ?? 'mdi';
      const def =
        t?.kind === 'transceiver' ? (mdi === 'mdi' ? t.port : t.extraPorts?.find((p) => p.key === mdi)) : undefined;
      if (mdi !== 'mdi' && !def) return undefined;
      const index = part.cages.indexOf(cageDef) + 1;
      return {
        ref,
        label: `${dev.name} ${cageDef.label}${mdi === 'mdi' ? '' : ` ${def?.label ?? mdi}`}`,
        face: 'front',
        index,
        family: def ? CONNECTOR_VARIANTS[def.accepts].family : null,
        def,
      };
    }
  }
  const def = portsOf(part).find((p) => p.key === ref.port);
  if (!def) return undefined;
  return {
    ref,
    label: `${dev.name} ${portDisplayLabel(design, dev.id, def.label, cat.get)}`,
    face: def.face,
    index: def.index,
    family: CONNECTOR_VARIANTS[def.accepts].family,
    def,
  };
}

/**
 * The connectable keys of one switch cage: the cage itself (the transceiver's MDI) and, for a
 * twin-port transceiver in it, `cage-N:<port>` for each further MDI (REFERENCE-2 §14.1).
 */
export function cageKeys(design: Design, device: DeviceId, cage: string): string[] {
  const inCage = cageOccupant(design, device, cage);
  const t = inCage ? catalogueFor(design).get(inCage.part) : undefined;
  return [cage, ...(t?.kind === 'transceiver' ? (t.extraPorts ?? []).map((p) => `${cage}:${p.key}`) : [])];
}

/** Every connectable port of a device: its own ports, or its cages for a switch. */
export function devicePorts(design: Design, device: DeviceId): PortInfo[] {
  const cat = catalogueFor(design);
  const dev = own(design.devices, device);
  const part = dev ? cat.get(dev.part) : undefined;
  if (!dev || !part || part.kind === 'cable') return [];
  const keys =
    part.kind === 'rack-equipment'
      ? [...part.cages.flatMap((c) => cageKeys(design, device, c.key)), ...part.ports.map((p) => p.key)]
      : portsOf(part).map((p) => p.key);
  return keys.map((port) => portInfo(design, { device, port })).filter((p): p is PortInfo => p !== undefined);
}

/**
 * Ports that follow `start` for the further legs of a multi-leg cable: the next ports of the same
 * device on the same face and connector family, then the same ports of modules in the following
 * slots of the same enclosure. Occupied ports are skipped. Used to fan out harness legs and
 * multi-leg trunks from one pick.
 */
export function followingPorts(design: Design, start: PortRef, family: ConnectorFamily): PortRef[] {
  const first = portInfo(design, start);
  if (!first) return [];
  const fits = (p: PortInfo) =>
    p.face === first.face && (p.family === null || p.family === family) && !portOccupant(design, p.ref);
  const out: PortRef[] = devicePorts(design, start.device)
    .filter((p) => p.index > first.index && fits(p))
    .map((p) => p.ref);
  const dev = own(design.devices, start.device);
  if (dev?.placement.kind === 'slot') {
    const parent = own(design.devices, dev.placement.parent);
    const slots = parent ? (rackPartOf(catalogueFor(design), parent)?.slots ?? []) : [];
    const from = slots.findIndex((s) => dev.placement.kind === 'slot' && s.key === dev.placement.slot);
    for (const s of slots.slice(from + 1)) {
      const m = parent ? slotOccupant(design, parent.id, s.key) : undefined;
      if (m)
        out.push(
          ...devicePorts(design, m.id)
            .filter(fits)
            .map((p) => p.ref),
        );
    }
  }
  return out;
}
