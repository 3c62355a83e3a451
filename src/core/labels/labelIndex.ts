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
import { catalogueFor, type Catalogue } from '../catalogue';
import { CONNECTOR_VARIANTS, type ConnectorVariant } from '../connectors';
import { portKey, type Cable, type Design, type Device, type LabelScheme, type PortRef, type Rack } from '../design';
import type { CableId, DeviceId, RackId } from '../ids';
import { plugIndexOf } from '../occupancy';
import { placementIndexOf } from '../placementIndex';
import { own } from '../own';
import { moduleNameOf } from '../portNames';
import { memoOn, type Memo } from '../recordMemo';
import { cableEndKeys, endPortEntry, labelCable } from './cableLabels';
import type { CableLabel, LabelEntry } from './labelEntry';
import { buildLabelTexts } from './labelText';
import { patchMap } from './patchedMap';
import {
  labelEquipmentGroup,
  labelRack,
  labelUnlocatedDevice,
  numberRack,
  type EquipmentLabelGroup,
  type LabelGroup,
} from './rackLabels';
import { unlocatedLabel } from './scheme';

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
  /** Entries by normalised text of either scheme (aliases excluded); built on first read. */
  readonly byText: ReadonlyMap<string, readonly LabelEntry[]>;
  /** Identifiers used by more than one thing (e.g. two racks numbered 12); built on first read. */
  readonly conflicts: readonly { readonly text: string; readonly entries: readonly LabelEntry[] }[];
}

const rackEntries = new WeakMap<Rack, Memo<LabelEntry>>();
const equipmentGroups = new WeakMap<Device, Memo<EquipmentLabelGroup>>();
const deviceGroups = new WeakMap<Device, Memo<LabelGroup>>();
const cableLabels = new WeakMap<Cable, Memo<CableLabel>>();
/** The index of a design, with the merged maps it was made of (the base of the next patch). */
const indexes = new WeakMap<Design, { index: LabelIndex; dev: DeviceLabels; cab: CableLabels }>();

/** Labels of everything but cables: per group (a rack with its contents, or an unlocated device). */
interface DeviceLabels {
  /** Groups by `eq:<id>` (rack equipment) or `device:<id>` (unlocated), racks in collection order. */
  readonly groups: ReadonlyMap<string, LabelGroup>;
  readonly racks: ReadonlyMap<RackId, LabelEntry>;
  readonly devices: ReadonlyMap<DeviceId, LabelEntry>;
  readonly slots: ReadonlyMap<string, LabelEntry>;
  readonly ports: ReadonlyMap<string, LabelEntry>;
  /** The labels these were patched from, and the devices whose labels (or port labels) differ from them. */
  readonly patched: { readonly from: DeviceLabels; readonly devices: ReadonlySet<string> } | null;
}

/** Labels of the cables over one `DeviceLabels`. */
interface CableLabels {
  readonly of: DeviceLabels;
  readonly scheme: LabelScheme;
  readonly catalogue: Catalogue;
  readonly cables: Design['cables'];
  readonly labels: ReadonlyMap<CableId, CableLabel>;
}

const deviceLabelCache = new WeakMap<Design['devices'], Memo<DeviceLabels>>();
const cableLabelCache = new WeakMap<Design['cables'], Memo<CableLabels>>();
/** The latest results: the next design's maps are patched from them where groups kept identity. */
let lastDevices: DeviceLabels | null = null;
let lastCables: CableLabels | null = null;

/** The label groups of a design: one per rack (cached on the rack record), one per unlocated device. */
function labelGroups(
  design: Design,
  scheme: LabelScheme,
  catalogue: Catalogue,
): { groups: Map<string, LabelGroup>; racks: Map<RackId, LabelEntry> } {
  const placement = placementIndexOf(design.devices);
  const childrenOf = (id: DeviceId): readonly Device[] => placement.byParent.get(id) ?? [];
  const groups = new Map<string, LabelGroup>();
  const racks = new Map<RackId, LabelEntry>();
  const equipmentIds = new Set<DeviceId>();
  const unlocated: Device[] = [...placement.unplaced];
  for (const rack of Object.values(design.racks)) {
    racks.set(
      rack.id,
      memoOn(rackEntries, rack, [scheme], () => labelRack(scheme, rack)),
    );
    for (const eq of numberRack(catalogue, rack, placement.byRack.get(rack.id) ?? [])) {
      const d = eq.device;
      const p = eq.at.parts;
      const kids = childrenOf(d.id);
      equipmentIds.add(d.id);
      const inputs = [scheme, catalogue, rack.id, p.rack.number, p.rack.cabinet, p.role, p.ordinal, p.ru, ...kids];
      const g = memoOn(equipmentGroups, d, inputs, () => labelEquipmentGroup(scheme, catalogue, eq, kids));
      groups.set(`eq:${d.id}`, g);
      unlocated.push(...g.unlocated);
    }
  }
  for (const [rack, list] of placement.byRack) if (!Object.hasOwn(design.racks, rack)) unlocated.push(...list);
  for (const [parent, list] of placement.byParent) if (!equipmentIds.has(parent)) unlocated.push(...list);
  for (const d of unlocated) {
    // `{module}` in its port names: the slot label when it sits in a slot (of unlocated equipment).
    const moduleName = moduleNameOf(design, d.id, catalogue.get);
    groups.set(
      `device:${d.id}`,
      memoOn(deviceGroups, d, [scheme, catalogue, moduleName], () =>
        labelUnlocatedDevice(scheme, catalogue, d, moduleName),
      ),
    );
  }
  return { groups, racks };
}

/**
 * The merged maps of `groups`: patched from the previous result (a native copy, then the groups
 * that changed removed and added) when there is one, built whole otherwise.
 */
function deviceLabels(
  { groups, racks }: { groups: ReadonlyMap<string, LabelGroup>; racks: ReadonlyMap<RackId, LabelEntry> },
  prev: DeviceLabels | null,
): DeviceLabels {
  const fields = ['devices', 'slots', 'ports'] as const;
  type Field = (typeof fields)[number];
  const removed: Record<Field, string[]> = { devices: [], slots: [], ports: [] };
  const added: Record<Field, [string, LabelEntry][]> = { devices: [], slots: [], ports: [] };
  const changed = new Set<string>();
  for (const [k, g] of prev?.groups ?? [])
    if (groups.get(k) !== g) {
      for (const id of g.devices.keys()) changed.add(id);
      for (const field of fields) {
        const m = (prev as DeviceLabels)[field] as ReadonlyMap<string, LabelEntry>;
        for (const [key, e] of g[field]) if (m.get(key) === e) removed[field].push(key);
      }
    }
  for (const [k, g] of groups)
    if (prev?.groups.get(k) !== g) {
      for (const id of g.devices.keys()) changed.add(id);
      for (const field of fields) for (const [key, e] of g[field]) added[field].push([key, e]);
    }
  const patch = (field: Field) =>
    patchMap((prev?.[field] ?? new Map()) as ReadonlyMap<string, LabelEntry>, removed[field], added[field]);
  const devices = patch('devices') as ReadonlyMap<DeviceId, LabelEntry>;
  const slots = patch('slots');
  const ports = patch('ports');
  // Racks' own labels are no part of any cable label: they need not be tracked.
  // Drop the chain to older results, so only the latest one is kept alive.
  if (prev) (prev as { patched: DeviceLabels['patched'] }).patched = null;
  return { groups, racks, devices, slots, ports, patched: prev ? { from: prev, devices: changed } : null };
}

/** The labels of one cable over `dev` (memoised on the cable record and its ends' port labels). */
function labelOneCable(c: Cable, dev: DeviceLabels, scheme: LabelScheme, catalogue: Catalogue): CableLabel {
  const keys = cableEndKeys(catalogue, c);
  const ends = keys.map((k) => {
    const ref = own(c.ends, k);
    return ref ? endPortEntry(dev, ref) : null;
  });
  return memoOn(cableLabels, c, [scheme, catalogue, ...ends], () => labelCable(scheme, c, keys, ends));
}

/**
 * The cable labels over `dev`. Patched from `prev` when it was made over `dev` (only cable
 * records changed) or over the labels `dev` was patched from (then also every cable plugged into
 * a device whose labels changed is relabelled); built whole otherwise.
 */
function cableLabelsOf(
  design: Design,
  dev: DeviceLabels,
  scheme: LabelScheme,
  catalogue: Catalogue,
  prev: CableLabels | null,
): CableLabels {
  const sameDevices = prev?.of === dev;
  const patchedFrom = !sameDevices && dev.patched && prev?.of === dev.patched.from ? dev.patched.devices : null;
  if (!prev || prev.scheme !== scheme || prev.catalogue !== catalogue || (!sameDevices && !patchedFrom)) {
    const labels = new Map<CableId, CableLabel>();
    for (const c of Object.values(design.cables)) labels.set(c.id, labelOneCable(c, dev, scheme, catalogue));
    return { of: dev, scheme, catalogue, cables: design.cables, labels };
  }
  const removed: CableId[] = [];
  const added: [CableId, CableLabel][] = [];
  const cables = design.cables;
  if (prev.cables !== cables) {
    for (const id of prev.labels.keys()) if (!Object.hasOwn(cables, id)) removed.push(id);
    for (const id in cables) {
      const c = cables[id] as Cable;
      if (!Object.hasOwn(prev.cables, id) || prev.cables[id] !== c)
        added.push([c.id, labelOneCable(c, dev, scheme, catalogue)]);
    }
  }
  if (patchedFrom) {
    const plugs = plugIndexOf(cables);
    for (const id of patchedFrom)
      for (const p of plugs.byDevice.get(id) ?? []) {
        const c = own(cables, p.cable);
        if (c) added.push([c.id, labelOneCable(c, dev, scheme, catalogue)]);
      }
  }
  return { of: dev, scheme, catalogue, cables, labels: patchMap(prev.labels, removed, added) };
}

/**
 * Computes every label of a design in the design's scheme (`settings.labelScheme`) and indexes
 * them both ways. Pure and memoised on the design object; derived per record: the labels of a
 * piece of rack equipment (with its modules, transceivers and ports) are reused while its record,
 * the records in it, its number in the rack, the catalogue and the scheme are the same, a rack's
 * own label while its record is, an unlocated device's while its record is, and a cable's while
 * its record and the port labels of its ends are. The merged lookups are patched from the previous design's where only some
 * groups changed, so an edit costs about the labels it changes plus a copy of the maps; the
 * text index (`byText`, `conflicts`) is built on first read.
 * Source: REFERENCE §9.1 (606-B [S51][S52]) and §9.2 (project convention).
 */
export function labelsFor(design: Design): LabelIndex {
  const hit = indexes.get(design);
  if (hit) {
    // A design seen before (an undo brings a snapshot back): the next edit patches from it.
    lastDevices = hit.dev;
    lastCables = hit.cab;
    return hit.index;
  }
  const scheme = design.settings.labelScheme;
  const catalogue = catalogueFor(design);
  const dev = memoOn(deviceLabelCache, design.devices, [design.racks, scheme, catalogue], () =>
    deviceLabels(labelGroups(design, scheme, catalogue), lastDevices),
  );
  lastDevices = dev;
  const cab = memoOn(cableLabelCache, design.cables, [dev, scheme, catalogue], () =>
    cableLabelsOf(design, dev, scheme, catalogue, lastCables),
  );
  lastCables = cab;
  let texts: ReturnType<typeof buildLabelTexts> | null = null;
  const textIndex = () =>
    (texts ??= buildLabelTexts([
      ...dev.racks.values(),
      ...[...dev.groups.values()].flatMap((g) => g.entries),
      ...cab.labels.values(),
    ]));
  const index: LabelIndex = {
    scheme,
    racks: dev.racks,
    devices: dev.devices,
    slots: dev.slots,
    ports: dev.ports,
    cables: cab.labels,
    get byText() {
      return textIndex().byText;
    },
    get conflicts() {
      return textIndex().conflicts;
    },
  };
  indexes.set(design, { index, dev, cab });
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
