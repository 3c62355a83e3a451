/**
 * Labels of a rack, of one piece of rack equipment with everything in it (REFERENCE §9.2 project
 * grammar and the §9.1 TIA-606-B style), and of one device that has no rack location. These are
 * the units the label index is cached by (see `labelIndex.ts`): equipment labels depend only on
 * the device record, the modules and transceivers in it, its number in the rack (label parts),
 * the catalogue and the scheme, so an edit relabels only the equipment it touches or renumbers.
 *
 * Numbering rules: see the module docs of `labelIndex.ts`.
 */
import type { Catalogue } from '../catalogue';
import { CONNECTOR_VARIANTS, type ConnectorVariant } from '../connectors';
import { portKey, type Device, type LabelScheme, type Rack } from '../design';
import type { DeviceId, RackId } from '../ids';
import { portsOf, type DevicePart, type PortDef, type RackPart } from '../parts';
import { resolveModuleName } from '../portNames';
import type { LabelEntry, LabelKind } from './labelEntry';
import {
  cabinetId,
  equipmentOrdinals,
  formatEquipmentLabel,
  formatPortLabel,
  formatRackLabel,
  formatSlotLabel,
  unlocatedLabel,
  type EquipmentLabelParts,
  type EquipmentRole,
  type PortLabelParts,
  type PortToken,
  type RackLabelParts,
} from './scheme';

/** Labels of a group of things (a rack with its contents, or one unlocated device). */
export interface LabelGroup {
  /** Entries searchable by text, in label order (aliases and slot-held modules left out). */
  readonly entries: readonly LabelEntry[];
  readonly devices: ReadonlyMap<DeviceId, LabelEntry>;
  /** Slots by `device#slot-key`. */
  readonly slots: ReadonlyMap<string, LabelEntry>;
  /** Ports by `device#port`. */
  readonly ports: ReadonlyMap<string, LabelEntry>;
}

/** Group being built. */
interface Builder {
  readonly scheme: LabelScheme;
  readonly entries: LabelEntry[];
  readonly devices: Map<DeviceId, LabelEntry>;
  readonly slots: Map<string, LabelEntry>;
  readonly ports: Map<string, LabelEntry>;
}

const NONE = { rack: null, device: null, port: null, cable: null, variant: null, parts: null } as const;

const builder = (scheme: LabelScheme): Builder => ({
  scheme,
  entries: [],
  devices: new Map(),
  slots: new Map(),
  ports: new Map(),
});

function entry(b: Builder, e: Omit<LabelEntry, 'text'>, indexed = true): LabelEntry {
  const full: LabelEntry = { ...e, text: b.scheme === 'project' ? e.project : e.tia606 };
  if (indexed) b.entries.push(full);
  return full;
}

/** Port word of a port definition (REFERENCE §9.2): `MPO` for array ports, `Port` otherwise. */
function portToken(def: PortDef): PortToken {
  return CONNECTOR_VARIANTS[def.accepts].family === 'mpo' ? 'MPO' : 'Port';
}

/** Rear ports that share word and number with a front port (pass-through adapters) get `-Rear`. */
function rearCollisions(ports: readonly PortDef[]): Set<string> {
  const front = new Set(ports.filter((p) => p.face === 'front').map((p) => `${portToken(p)}${p.index}`));
  return new Set(ports.filter((p) => p.face === 'rear' && front.has(`${portToken(p)}${p.index}`)).map((p) => p.key));
}

const trailingNumber = (key: string): number => Number(/(\d+)\D*$/.exec(key)?.[1] ?? 0);

/** Where rack equipment is, for labels: its label parts and rack. */
export interface Located {
  readonly parts: EquipmentLabelParts;
  readonly rack: RackId;
}

/**
 * Adds port entries of a located device part. Port names are the part's labels with `{module}`
 * filled with `moduleName` (as `portDisplayLabel` does: the slot label for a module in a slot,
 * else the device's name).
 */
function addPorts(
  b: Builder,
  device: DeviceId,
  name: string,
  moduleName: string,
  part: DevicePart,
  at: Located,
  cassette: number | null,
): void {
  const ports = portsOf(part);
  const rear = rearCollisions(ports);
  for (const def of ports) {
    const parts: PortLabelParts = {
      equipment: at.parts,
      cassette,
      token: portToken(def),
      index: def.index,
      rear: rear.has(def.key),
    };
    const ref = { device, port: def.key };
    b.ports.set(
      portKey(ref),
      entry(b, {
        ...NONE,
        kind: 'port',
        name: `${name} ${resolveModuleName(def.label, moduleName)}`,
        project: formatPortLabel('project', parts),
        tia606: formatPortLabel('tia-606', parts),
        rack: at.rack,
        device,
        port: ref,
        variant: def.accepts,
        parts,
      }),
    );
  }
}

/** Orders rack equipment from the top of the rack (see `labelIndex.ts`). */
function topDown(
  a: { top: number; face: string; low: number; id: string },
  b: { top: number; face: string; low: number; id: string },
): number {
  return (
    b.top - a.top ||
    (a.face === b.face ? 0 : a.face === 'front' ? -1 : 1) ||
    a.low - b.low ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

const ROLE_OF: Readonly<Record<RackPart['role'], EquipmentRole>> = {
  'patch-panel': 'panel',
  enclosure: 'panel',
  switch: 'switch',
};

/** Adds a piece of rack equipment: its label, ports, slots and cages. */
function addEquipment(b: Builder, catalogue: Catalogue, device: Device, at: Located, cages: Map<string, Device>): void {
  const part = catalogue.get(device.part);
  const e = at.parts;
  b.devices.set(
    device.id,
    entry(b, {
      ...NONE,
      kind: e.role,
      name: device.name,
      project: formatEquipmentLabel('project', e),
      tia606: formatEquipmentLabel('tia-606', e),
      rack: at.rack,
      device: device.id,
    }),
  );
  if (part?.kind !== 'rack-equipment') return;
  addPorts(b, device.id, device.name, device.name, part, at, null);
  part.slots.forEach((s, i) => {
    b.slots.set(
      `${device.id}#${s.key}`,
      entry(b, {
        ...NONE,
        kind: 'slot',
        name: `${device.name} ${s.label}`,
        project: formatSlotLabel('project', e, i + 1),
        tia606: formatSlotLabel('tia-606', e, i + 1),
        rack: at.rack,
        device: device.id,
      }),
    );
  });
  for (const c of part.cages) {
    const parts: PortLabelParts = {
      equipment: e,
      cassette: null,
      token: 'Eth',
      index: trailingNumber(c.key),
      rear: false,
    };
    const ref = { device: device.id, port: c.key };
    const t = cages.get(portKey(ref));
    const tp = t ? catalogue.get(t.part) : undefined;
    const variant: ConnectorVariant | null = tp?.kind === 'transceiver' ? tp.port.accepts : null;
    b.ports.set(
      portKey(ref),
      entry(b, {
        ...NONE,
        kind: 'port',
        name: `${device.name} ${c.label}`,
        project: formatPortLabel('project', parts),
        tia606: formatPortLabel('tia-606', parts),
        rack: at.rack,
        device: device.id,
        port: ref,
        variant,
        parts,
      }),
    );
  }
}

/** Labels a module in a slot or a transceiver in a cage of located equipment; false when it has no place. */
function addChild(b: Builder, catalogue: Catalogue, d: Device, parent: Device, at: Located): boolean {
  const p = catalogue.get(d.part);
  const part = p && p.kind !== 'cable' ? p : undefined;
  const pl = d.placement;
  const kind: LabelKind = part?.kind === 'module' ? 'module' : part?.kind === 'transceiver' ? 'transceiver' : 'device';
  if (pl.kind === 'slot') {
    const parentPart = catalogue.get(parent.part);
    const slotIdx = parentPart?.kind === 'rack-equipment' ? parentPart.slots.findIndex((s) => s.key === pl.slot) : -1;
    const cassette = slotIdx >= 0 ? slotIdx + 1 : trailingNumber(pl.slot);
    const project = formatSlotLabel('project', at.parts, cassette);
    const tia606 = formatSlotLabel('tia-606', at.parts, cassette);
    b.devices.set(d.id, entry(b, { ...NONE, kind, name: d.name, project, tia606, rack: at.rack, device: d.id }, false));
    const slotLabel = parentPart?.kind === 'rack-equipment' ? parentPart.slots[slotIdx]?.label : undefined;
    if (part) addPorts(b, d.id, d.name, slotLabel ?? d.name, part, at, cassette);
    return true;
  }
  const cage = pl.kind === 'cage' ? b.ports.get(`${pl.parent}#${pl.cage}`) : undefined;
  if (!cage) return false;
  const { project, tia606 } = cage;
  b.devices.set(d.id, entry(b, { ...NONE, kind, name: d.name, project, tia606, rack: cage.rack, device: d.id }, false));
  const mdi = { device: d.id, port: 'mdi' };
  b.ports.set(portKey(mdi), { ...cage, name: `${d.name} MDI`, device: d.id, port: mdi });
  return true;
}

/** Rack equipment with its label parts (REFERENCE §9.2 numbering) and rack. */
export interface NumberedEquipment {
  readonly device: Device;
  readonly at: Located;
}

/** The label parts of a rack: project number `R{n}` and TIA-606 cabinet id (§9.1, §9.2). */
export function rackLabelParts(rack: Rack): RackLabelParts {
  const number = rack.number ?? rack.order + 1;
  return { number, cabinet: cabinetId(rack.name, rack.row, number) };
}

/** The label entry of a rack itself. */
export function labelRack(scheme: LabelScheme, rack: Rack): LabelEntry {
  const parts = rackLabelParts(rack);
  return entry(
    builder(scheme),
    {
      ...NONE,
      kind: 'rack',
      name: rack.name,
      project: formatRackLabel('project', parts),
      tia606: formatRackLabel('tia-606', parts),
      rack: rack.id,
    },
    false,
  );
}

/**
 * Numbers the equipment of `rack` from the top (panels `P1, P2, …`, switches `SW1, …`; a device
 * named like its own token, `P2`, keeps that number when free: `equipmentOrdinals`; see
 * `labelIndex.ts`): each device with the label parts its own labels are made of. O(n log n) in
 * the rack's equipment.
 */
export function numberRack(catalogue: Catalogue, rack: Rack, equipment: readonly Device[]): NumberedEquipment[] {
  const rackParts = rackLabelParts(rack);
  const items = equipment.flatMap((d) => {
    if (d.placement.kind !== 'rack') return [];
    const part = catalogue.get(d.part);
    const heightU = part?.kind === 'rack-equipment' ? part.heightU : 1;
    const role: EquipmentRole = part?.kind === 'rack-equipment' ? ROLE_OF[part.role] : 'panel';
    const low = d.placement.positionU;
    return [{ d, id: d.id, top: low + heightU - 1, low, face: d.placement.face, role }];
  });
  const ordered = items.sort(topDown);
  const ordinals = equipmentOrdinals(ordered.map((x) => ({ id: x.id, role: x.role, name: x.d.name })));
  return ordered.map((item) => {
    const ordinal = ordinals.get(item.id) ?? 1;
    const parts: EquipmentLabelParts = { rack: rackParts, role: item.role, ordinal, ru: item.low };
    return { device: item.d, at: { parts, rack: rack.id } };
  });
}

/** Labels of one piece of rack equipment and what it holds, plus the children it could not place. */
export interface EquipmentLabelGroup extends LabelGroup {
  /** Modules and transceivers in it that have no label place (left unlocated). */
  readonly unlocated: readonly Device[];
}

/**
 * Labels numbered rack equipment (`eq`), its slots, cages and ports, and the modules and
 * transceivers in it (`children`). Depends on nothing else of the rack, so the label index caches
 * it per device. O(ports). Source: REFERENCE §9.1, §9.2.
 */
export function labelEquipmentGroup(
  scheme: LabelScheme,
  catalogue: Catalogue,
  eq: NumberedEquipment,
  children: readonly Device[],
): EquipmentLabelGroup {
  const b = builder(scheme);
  const cages = new Map<string, Device>();
  for (const k of children) if (k.placement.kind === 'cage') cages.set(`${k.placement.parent}#${k.placement.cage}`, k);
  addEquipment(b, catalogue, eq.device, eq.at, cages);
  const unlocated = children.filter((k) => !addChild(b, catalogue, k, eq.device, eq.at));
  return { ...b, unlocated };
}

/**
 * Labels a device without a rack location, `[name]`, and its ports `[name]-Port3` (§9.2). Port
 * names fill `{module}` with `moduleName` (`moduleNameOf` in `core/portNames.ts`).
 */
export function labelUnlocatedDevice(
  scheme: LabelScheme,
  catalogue: Catalogue,
  d: Device,
  moduleName: string,
): LabelGroup {
  const b = builder(scheme);
  const p = catalogue.get(d.part);
  const part = p && p.kind !== 'cable' ? p : undefined;
  const kind: LabelKind = part?.kind === 'module' ? 'module' : part?.kind === 'transceiver' ? 'transceiver' : 'device';
  const label = unlocatedLabel(d.name);
  b.devices.set(d.id, entry(b, { ...NONE, kind, name: d.name, project: label, tia606: label, device: d.id }));
  if (!part) return b;
  const ports = portsOf(part);
  const rear = rearCollisions(ports);
  for (const def of ports) {
    // A transceiver's only port reads like the transceiver itself: not a second identifier.
    const alias = part.kind === 'transceiver';
    const text = alias ? label : `${label}-${portToken(def)}${def.index}${rear.has(def.key) ? '-Rear' : ''}`;
    const ref = { device: d.id, port: def.key };
    const name = `${d.name} ${resolveModuleName(def.label, moduleName)}`;
    const e = { ...NONE, kind: 'port', name, project: text, tia606: text } as const;
    b.ports.set(portKey(ref), entry(b, { ...e, device: d.id, port: ref, variant: def.accepts }, !alias));
  }
  return b;
}
