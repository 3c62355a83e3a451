/**
 * Labels of a design: every rack, rack equipment (panel, enclosure, switch), slot, module,
 * transceiver, port and cable gets an identifier in both schemes of REFERENCE §9. Labels are
 * derived from the design on every call (never stored), so renaming or renumbering a rack or
 * moving a panel changes every label below it.
 *
 * Numbering rules (CONVENTION, REFERENCE §9.2):
 * - Rack number = `rack.number ?? rack.order + 1`. Two racks with the same number are reported
 *   in `conflicts`.
 * - Rack equipment is ordered from the top of the rack: highest top U first (top U = lowest U +
 *   height − 1), then front before rear, then lower U, then device id. Panels (patch panels and
 *   enclosures, and equipment whose part is unknown) are numbered `P1, P2, …` in that order;
 *   switches separately `SW1, SW2, …`. Adding equipment above a panel renumbers it (the label
 *   follows the position); the TIA-606 id uses the rack unit instead and does not shift.
 * - Slot number = the slot's position in the enclosure part (1-based; falls back to the digits
 *   of the slot key).
 * - Port word: LC/SC ports `Port{index}`, MPO ports `MPO{index}`, switch cages `Eth{n}` (cage
 *   key `cage-n`); the rear side of a pass-through adapter (same word and number as a front port)
 *   gets `-Rear`.
 * - A transceiver carries the label of the cage it sits in; its MDI port is an alias of the cage.
 * - Devices without a location get `[name]` (see `unlocatedLabel`).
 */
import { catalogueFor } from '../catalogue';
import { CONNECTOR_VARIANTS, type ConnectorVariant } from '../connectors';
import { portKey, type Design, type LabelScheme, type PortRef } from '../design';
import type { CableId, DeviceId, RackId } from '../ids';
import { portsOf, type DevicePart, type Part, type PortDef, type RackPart } from '../parts';
import { portDisplayLabel } from '../portNames';
import type { CableLabel, LabelEntry, LabelKind } from './labelEntry';
import { buildLabelTexts } from './labelText';
import {
  cabinetId,
  equipmentOrdinals,
  formatEquipmentLabel,
  formatLinkLabel,
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
import { own } from '../own';

/** Every label of a design, with lookups both ways. */
export interface LabelIndex {
  readonly scheme: LabelScheme;
  readonly racks: ReadonlyMap<RackId, LabelEntry>;
  /** Rack equipment, modules, transceivers and unplaced devices. */
  readonly devices: ReadonlyMap<DeviceId, LabelEntry>;
  /** Slots of enclosures by `device#slot-key` (empty slots included). */
  readonly slots: ReadonlyMap<string, LabelEntry>;
  /** Ports by `portKey` (`device#port`); a transceiver's `#mdi` is an alias of its cage. */
  readonly ports: ReadonlyMap<string, LabelEntry>;
  readonly cables: ReadonlyMap<CableId, CableLabel>;
  /** Entries by normalised text of either scheme (aliases excluded). */
  readonly byText: ReadonlyMap<string, readonly LabelEntry[]>;
  /** Identifiers used by more than one thing (e.g. two racks numbered 12). */
  readonly conflicts: readonly { readonly text: string; readonly entries: readonly LabelEntry[] }[];
}

/** Label-builder state while indexing one design. */
interface Builder {
  readonly design: Design;
  /** Part lookup (the design's catalogue), for `{module}` port names. */
  readonly lookup: (id: string) => Part | undefined;
  readonly scheme: LabelScheme;
  readonly entries: LabelEntry[];
  readonly racks: Map<RackId, LabelEntry>;
  readonly devices: Map<DeviceId, LabelEntry>;
  readonly slots: Map<string, LabelEntry>;
  readonly ports: Map<string, LabelEntry>;
}

const NONE = { rack: null, device: null, port: null, cable: null, variant: null, parts: null } as const;

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

/** Adds port entries of a located device part. */
function addPorts(
  b: Builder,
  device: DeviceId,
  name: string,
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
        name: `${name} ${portDisplayLabel(b.design, device, def.label, b.lookup)}`,
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

/** Adds ports of an unlocated device: `[name]-Port3`. */
function addUnlocatedPorts(
  b: Builder,
  device: DeviceId,
  label: string,
  name: string,
  part: DevicePart | undefined,
): void {
  if (!part) return;
  const ports = portsOf(part);
  const rear = rearCollisions(ports);
  for (const def of ports) {
    // A transceiver's only port reads like the transceiver itself: not a second identifier.
    const alias = part.kind === 'transceiver';
    const text = alias ? label : `${label}-${portToken(def)}${def.index}${rear.has(def.key) ? '-Rear' : ''}`;
    const ref = { device, port: def.key };
    b.ports.set(
      portKey(ref),
      entry(
        b,
        {
          ...NONE,
          kind: 'port',
          name: `${name} ${portDisplayLabel(b.design, device, def.label, b.lookup)}`,
          project: text,
          tia606: text,
          device,
          port: ref,
          variant: def.accepts,
        },
        !alias,
      ),
    );
  }
}

/** Orders rack equipment from the top of the rack (see module docs). */
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

/** Rack equipment with its label parts and rack. */
interface Located {
  readonly parts: EquipmentLabelParts;
  readonly rack: RackId;
}

/** Connector variant of the transceiver in each switch cage, by `switch#cage`. */
function cageVariants(design: Design): Map<string, ConnectorVariant> {
  const catalogue = catalogueFor(design);
  const out = new Map<string, ConnectorVariant>();
  for (const d of Object.values(design.devices)) {
    const part = catalogue.get(d.part);
    if (d.placement.kind === 'cage' && part?.kind === 'transceiver')
      out.set(`${d.placement.parent}#${d.placement.cage}`, part.port.accepts);
  }
  return out;
}

/** Labels every rack and its equipment, slots and ports; returns equipment parts by device. */
function labelRacks(b: Builder, design: Design): Map<DeviceId, Located> {
  const catalogue = catalogueFor(design);
  const cages = cageVariants(design);
  const rackParts = new Map<RackId, RackLabelParts>();
  for (const rack of Object.values(design.racks)) {
    const number = rack.number ?? rack.order + 1;
    const parts: RackLabelParts = { number, cabinet: cabinetId(rack.name, rack.row, number) };
    rackParts.set(rack.id, parts);
    b.racks.set(
      rack.id,
      entry(b, {
        ...NONE,
        kind: 'rack',
        name: rack.name,
        project: formatRackLabel('project', parts),
        tia606: formatRackLabel('tia-606', parts),
        rack: rack.id,
      }),
    );
  }
  const byRack = new Map<RackId, { id: DeviceId; top: number; low: number; face: string; role: EquipmentRole }[]>();
  for (const d of Object.values(design.devices)) {
    if (d.placement.kind !== 'rack' || !rackParts.has(d.placement.rack)) continue;
    const part = catalogue.get(d.part);
    const heightU = part?.kind === 'rack-equipment' ? part.heightU : 1;
    const role = part?.kind === 'rack-equipment' ? ROLE_OF[part.role] : 'panel';
    const list = byRack.get(d.placement.rack) ?? [];
    list.push({
      id: d.id,
      top: d.placement.positionU + heightU - 1,
      low: d.placement.positionU,
      face: d.placement.face,
      role,
    });
    byRack.set(d.placement.rack, list);
  }
  const equipment = new Map<DeviceId, Located>();
  for (const [rackId, list] of byRack) {
    const rack = rackParts.get(rackId) as RackLabelParts;
    const ordered = [...list].sort(topDown);
    const ordinals = equipmentOrdinals(ordered.map((x) => ({ ...x, name: design.devices[x.id]?.name ?? '' })));
    for (const item of ordered) {
      const e: EquipmentLabelParts = { rack, role: item.role, ordinal: ordinals.get(item.id) ?? 1, ru: item.low };
      const at: Located = { parts: e, rack: rackId };
      equipment.set(item.id, at);
      const device = own(design.devices, item.id);
      const part = device ? catalogue.get(device.part) : undefined;
      const name = device?.name ?? item.id;
      b.devices.set(
        item.id,
        entry(b, {
          ...NONE,
          kind: item.role,
          name,
          project: formatEquipmentLabel('project', e),
          tia606: formatEquipmentLabel('tia-606', e),
          rack: rackId,
          device: item.id,
        }),
      );
      if (part?.kind !== 'rack-equipment') continue;
      addPorts(b, item.id, name, part, at, null);
      part.slots.forEach((s, i) => {
        b.slots.set(
          `${item.id}#${s.key}`,
          entry(b, {
            ...NONE,
            kind: 'slot',
            name: `${name} ${s.label}`,
            project: formatSlotLabel('project', e, i + 1),
            tia606: formatSlotLabel('tia-606', e, i + 1),
            rack: rackId,
            device: item.id,
          }),
        );
      });
      part.cages.forEach((c) => {
        const parts: PortLabelParts = {
          equipment: e,
          cassette: null,
          token: 'Eth',
          index: trailingNumber(c.key),
          rear: false,
        };
        const ref = { device: item.id, port: c.key };
        const variant = cages.get(portKey(ref)) ?? null;
        b.ports.set(
          portKey(ref),
          entry(b, {
            ...NONE,
            kind: 'port',
            name: `${name} ${c.label}`,
            project: formatPortLabel('project', parts),
            tia606: formatPortLabel('tia-606', parts),
            rack: rackId,
            device: item.id,
            port: ref,
            variant,
            parts,
          }),
        );
      });
    }
  }
  return equipment;
}

/** Labels modules in slots, transceivers in cages and unplaced devices. */
function labelPlacedDevices(b: Builder, design: Design, equipment: ReadonlyMap<DeviceId, Located>): void {
  const catalogue = catalogueFor(design);
  for (const d of Object.values(design.devices)) {
    if (d.placement.kind === 'rack' && b.devices.has(d.id)) continue;
    const p = catalogue.get(d.part);
    const part = p && p.kind !== 'cable' ? p : undefined;
    const pl = d.placement;
    const parentEq = pl.kind === 'slot' || pl.kind === 'cage' ? equipment.get(pl.parent) : undefined;
    const kind: LabelKind =
      part?.kind === 'module' ? 'module' : part?.kind === 'transceiver' ? 'transceiver' : 'device';
    if (pl.kind === 'slot' && parentEq) {
      const parent = own(design.devices, pl.parent);
      const parentPart = parent ? catalogue.get(parent.part) : undefined;
      const slotIdx = parentPart?.kind === 'rack-equipment' ? parentPart.slots.findIndex((s) => s.key === pl.slot) : -1;
      const cassette = slotIdx >= 0 ? slotIdx + 1 : trailingNumber(pl.slot);
      b.devices.set(
        d.id,
        entry(
          b,
          {
            ...NONE,
            kind,
            name: d.name,
            project: formatSlotLabel('project', parentEq.parts, cassette),
            tia606: formatSlotLabel('tia-606', parentEq.parts, cassette),
            rack: parentEq.rack,
            device: d.id,
          },
          false,
        ),
      );
      if (part) addPorts(b, d.id, d.name, part, parentEq, cassette);
      continue;
    }
    const cage = pl.kind === 'cage' && parentEq ? b.ports.get(`${pl.parent}#${pl.cage}`) : undefined;
    if (cage) {
      b.devices.set(
        d.id,
        entry(
          b,
          { ...NONE, kind, name: d.name, project: cage.project, tia606: cage.tia606, rack: cage.rack, device: d.id },
          false,
        ),
      );
      const mdi = { device: d.id, port: 'mdi' };
      b.ports.set(portKey(mdi), { ...cage, name: `${d.name} MDI`, device: d.id, port: mdi });
      continue;
    }
    const label = unlocatedLabel(d.name);
    b.devices.set(d.id, entry(b, { ...NONE, kind, name: d.name, project: label, tia606: label, device: d.id }));
    addUnlocatedPorts(b, d.id, label, d.name, part);
  }
}

/** Label of a cable-end port that has no entry (unknown part or dangling port key). */
function fallbackPort(b: Builder, ref: PortRef): LabelEntry {
  const dev = b.devices.get(ref.device);
  const text = `${dev?.text ?? unlocatedLabel(String(ref.device))}-${ref.port}`;
  return { ...NONE, kind: 'port', name: text, project: text, tia606: text, text, device: ref.device, port: ref };
}

/** Labels every cable: `near/far` for the cable, `this/other` for each end. */
function labelCables(b: Builder, design: Design): Map<CableId, CableLabel> {
  const catalogue = catalogueFor(design);
  const out = new Map<CableId, CableLabel>();
  for (const c of Object.values(design.cables)) {
    const p = catalogue.get(c.part);
    const keys = p?.kind === 'cable' ? p.ends.map((e) => e.key) : Object.keys(c.ends);
    const ports = keys.map((k) => {
      const ref = own(c.ends, k) ?? null;
      return ref ? (b.ports.get(portKey(ref)) ?? fallbackPort(b, ref)) : null;
    });
    const text = (scheme: 'project' | 'tia606', i: number): string => {
      const here = ports[i]?.[scheme] ?? null;
      const others = i === 0 ? ports.slice(1) : [ports[0] ?? null];
      return formatLinkLabel(
        here,
        others.map((o) => o?.[scheme] ?? null),
      );
    };
    const ends: Record<string, CableLabel['ends'][string]> = {};
    keys.forEach((k, i) => {
      const project = text('project', i);
      const tia606 = text('tia606', i);
      ends[k] = { port: ports[i] ?? null, project, tia606, text: b.scheme === 'project' ? project : tia606 };
    });
    const base = entry(b, {
      ...NONE,
      kind: 'cable',
      name: c.name,
      project: text('project', 0),
      tia606: text('tia606', 0),
      cable: c.id,
    });
    out.set(c.id, { ...base, kind: 'cable', ends });
  }
  return out;
}

const cache = new WeakMap<Design, LabelIndex>();

/**
 * Computes every label of a design in the design's scheme (`settings.labelScheme`) and indexes
 * them both ways. Pure and memoised on the design object; O(devices + ports + cables).
 * Source: REFERENCE §9.1 (606-B [S51][S52]) and §9.2 (project convention).
 */
export function labelsFor(design: Design): LabelIndex {
  const hit = cache.get(design);
  if (hit) return hit;
  const b: Builder = {
    design,
    lookup: catalogueFor(design).get,
    scheme: design.settings.labelScheme,
    entries: [],
    racks: new Map(),
    devices: new Map(),
    slots: new Map(),
    ports: new Map(),
  };
  const equipment = labelRacks(b, design);
  labelPlacedDevices(b, design, equipment);
  const cables = labelCables(b, design);
  const { byText, conflicts } = buildLabelTexts(b.entries);
  const index: LabelIndex = {
    scheme: b.scheme,
    racks: b.racks,
    devices: b.devices,
    slots: b.slots,
    ports: b.ports,
    cables,
    byText,
    conflicts,
  };
  cache.set(design, index);
  return index;
}

/**
 * The label of a port in the index's scheme, optionally of one fiber position (`A`/`B` for
 * duplex ports, the position number for MPO ports; REFERENCE §9.2). Unknown ports get
 * `[device]-port`.
 */
export function portLabelOf(index: LabelIndex, ref: PortRef, position?: number | null): string {
  const e = index.ports.get(portKey(ref));
  const base = e?.text ?? `${index.devices.get(ref.device)?.text ?? unlocatedLabel(String(ref.device))}-${ref.port}`;
  if (position === undefined || position === null) return base;
  const sep = index.scheme === 'project' || !e?.parts ? ':' : '.';
  return `${base}${sep}${positionText(e?.variant ?? null, position)}`;
}

/** A fiber position as labels show it: `A`/`B` on duplex connectors, the number on MPO. */
export function positionText(variant: ConnectorVariant | null, position: number): string {
  if (variant && CONNECTOR_VARIANTS[variant].family !== 'mpo' && CONNECTOR_VARIANTS[variant].rowWidth === 2)
    return position === 1 ? 'A' : position === 2 ? 'B' : String(position);
  return String(position);
}
