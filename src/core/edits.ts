/**
 * Named, pure edits of the design document: each takes a design and returns the next design
 * (immer structural sharing: untouched records keep their identity), or a refusal with a reason
 * for the user when the edit is not possible (a taken unit, a wrong slot, an occupied port).
 * Edits never throw on a well-typed design and never read the clock: new ids are the next free
 * `prefix-N` (`rack-3`, `dev-12`, `cab-4`), the scheme `DesignBuilder` uses.
 */
import { produce } from 'immer';
import { catalogueFor } from './catalogue';
import { CONNECTOR_VARIANTS, type FiberType } from './connectors';
import type { Cable, Design, DesignSettings, Device, Placement, PortRef } from './design';
import { cableId, deviceId, rackId, type CableId, type DeviceId, type PartId, type RackId } from './ids';
import {
  canInsertModule,
  canPlaceEquipment,
  canPlugTransceiver,
  canResizeRack,
  followingPorts,
  portInfo,
  portOccupant,
  rackPartOf,
  type PlacementCheck,
} from './layout';
import type { CableClass, CablePart, Part } from './parts';
import { own } from './own';

/** The outcome of an edit that can be refused; `id` names the record it created, if any. */
export type EditResult =
  | { readonly ok: true; readonly design: Design; readonly id?: string }
  | { readonly ok: false; readonly reason: string };

const done = (design: Design, id?: string): EditResult =>
  id === undefined ? { ok: true, design } : { ok: true, design, id };
const refused = (c: PlacementCheck): EditResult => ({ ok: false, reason: c.ok ? '' : c.reason });

/**
 * Suffix appended to every new record id while collaborating (`cab-7~k3f9`), so two people who
 * create a record at the same moment never pick the same id (a record-level CRDT would keep only
 * the later one). '' — the default — keeps ids deterministic (`cab-7`: tests, demos, files).
 */
let newIdSuffix = '';

/**
 * Sets the suffix of new record ids (see `nextId`): a short lowercase base36 tag unique to this
 * editor (e.g. from its Yjs client id), or '' to go back to plain ids. Throws a `RangeError` for
 * anything but 0–12 characters of `[a-z0-9]`.
 */
export function setNewIdSuffix(suffix: string): void {
  if (!/^[a-z0-9]{0,12}$/.test(suffix)) throw new RangeError('an id suffix is 0–12 characters of a–z and 0–9');
  newIdSuffix = suffix;
}

/**
 * The next free id `prefix-N` among `taken`'s keys: one more than the largest N in use, counting
 * suffixed ids too (`cab-7~k3f9` counts as 7); with a suffix set, `prefix-N~suffix`.
 */
export function nextId(taken: Readonly<Record<string, unknown>>, prefix: string): string {
  let max = 0;
  const re = new RegExp(`^${prefix}-(\\d+)(?:~[a-z0-9]+)?$`);
  for (const k of Object.keys(taken)) {
    const m = re.exec(k);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return newIdSuffix ? `${prefix}-${max + 1}~${newIdSuffix}` : `${prefix}-${max + 1}`;
}

/** The next free display name `prefixN` among `names` (e.g. `SW3` after `SW1`, `SW2`). */
export function nextName(names: Iterable<string>, prefix: string): string {
  let max = 0;
  const re = new RegExp(`^${prefix}(\\d+)$`);
  for (const n of names) {
    const m = re.exec(n);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${prefix}${max + 1}`;
}

/** Renames the design. */
export const renameDesign = (d: Design, name: string): Design =>
  produce(d, (x) => {
    x.name = name;
  });

/** Changes design settings (loss mode, design margin in dB, attenuation model, label scheme). */
export const updateSettings = (d: Design, patch: Partial<DesignSettings>): Design =>
  produce(d, (x) => {
    x.settings = { ...x.settings, ...patch };
    // JSON has no −0: store 0 so the saved design reopens as itself.
    if (patch.designMarginDb !== undefined) x.settings.designMarginDb = patch.designMarginDb + 0;
  });

/** Adds a rack at the end of the row; 42U unless told. Returns the new rack's id. */
export function addRack(
  d: Design,
  opts: { readonly name?: string; readonly heightU?: number; readonly row?: string } = {},
): EditResult {
  const id = rackId(nextId(d.racks, 'rack'));
  const racks = Object.values(d.racks);
  const name =
    opts.name ??
    nextName(
      racks.map((r) => r.name),
      'R',
    );
  const order = racks.reduce((m, r) => Math.max(m, r.order + 1), 0);
  return done(
    produce(d, (x) => {
      x.racks[id] = { id, name, heightU: opts.heightU ?? 42, row: opts.row ?? racks[0]?.row ?? 'Row A', order };
    }),
    id,
  );
}

/** Renames a rack. */
export const renameRack = (d: Design, id: RackId, name: string): Design =>
  produce(d, (x) => {
    const r = own(x.racks, id);
    if (r) r.name = name;
  });

/** Changes a rack's height (42, 45, 48U); refused when equipment would stick out of the top. */
export function resizeRack(d: Design, id: RackId, heightU: number): EditResult {
  const check = canResizeRack(d, id, heightU);
  if (!check.ok) return refused(check);
  return done(
    produce(d, (x) => {
      const r = own(x.racks, id);
      if (r) r.heightU = heightU;
    }),
  );
}

/** Racks in row order. */
export const racksInOrder = (d: Design) =>
  Object.values(d.racks).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));

/** Moves a rack to position `toIndex` (0-based) of the row; orders are renumbered 0…n−1. */
export function moveRack(d: Design, id: RackId, toIndex: number): Design {
  const list = racksInOrder(d).filter((r) => r.id !== id);
  const rack = own(d.racks, id);
  if (!rack) return d;
  list.splice(Math.max(0, Math.min(toIndex, list.length)), 0, rack);
  return produce(d, (x) =>
    list.forEach((r, i) => {
      const t = own(x.racks, r.id);
      if (t && t.order !== i) t.order = i;
    }),
  );
}

/** Every device inside `roots` (modules in slots, transceivers in cages), roots included. */
function withDescendants(d: Design, roots: readonly DeviceId[]): Set<DeviceId> {
  const out = new Set<DeviceId>(roots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const dev of Object.values(d.devices)) {
      const p = dev.placement;
      if (out.has(dev.id) || (p.kind !== 'slot' && p.kind !== 'cage')) continue;
      if (out.has(p.parent)) {
        out.add(dev.id);
        grew = true;
      }
    }
  }
  return out;
}

/**
 * Deletes devices with everything inside them. Cable ends plugged into a deleted device are
 * unplugged; a cable left with no plugged end is deleted.
 */
export function deleteDevices(d: Design, ids: readonly DeviceId[]): Design {
  const gone = withDescendants(d, ids);
  return produce(d, (x) => {
    for (const id of gone) delete x.devices[id];
    for (const c of Object.values(x.cables)) {
      for (const [end, ref] of Object.entries(c.ends)) if (ref && gone.has(ref.device)) c.ends[end] = null;
      if (Object.values(c.ends).every((r) => !r)) delete x.cables[c.id];
    }
  });
}

/** Deletes a rack with all its equipment (see `deleteDevices`). */
export function deleteRack(d: Design, id: RackId): Design {
  const inRack = Object.values(d.devices)
    .filter((v) => v.placement.kind === 'rack' && v.placement.rack === id)
    .map((v) => v.id);
  return produce(deleteDevices(d, inRack), (x) => {
    delete x.racks[id];
  });
}

/** Renames a device. */
export const renameDevice = (d: Design, id: DeviceId, name: string): Design =>
  produce(d, (x) => {
    const v = own(x.devices, id);
    if (v) v.name = name;
  });

function addDevice(d: Design, part: PartId, name: string, placement: Placement): EditResult {
  const id = deviceId(nextId(d.devices, 'dev'));
  return done(
    produce(d, (x) => {
      x.devices[id] = { id, part, name, placement };
    }),
    id,
  );
}

const ROLE_PREFIX = { switch: 'SW', enclosure: 'P', 'patch-panel': 'P' } as const;

/** Mounts rack equipment `part` in `rack` with its lowest unit at `positionU` (front face by default). */
export function placeEquipment(
  d: Design,
  o: {
    readonly part: PartId;
    readonly rack: RackId;
    readonly positionU: number;
    readonly face?: 'front' | 'rear';
    readonly name?: string;
  },
): EditResult {
  const part = catalogueFor(d).get(o.part);
  if (part?.kind !== 'rack-equipment') return { ok: false, reason: `${part?.name ?? o.part} is not rack equipment` };
  const check = canPlaceEquipment(d, { rack: o.rack, positionU: o.positionU, heightU: part.heightU });
  if (!check.ok) return refused(check);
  const name =
    o.name ??
    nextName(
      Object.values(d.devices).map((v) => v.name),
      ROLE_PREFIX[part.role],
    );
  return addDevice(d, part.id, name, { kind: 'rack', rack: o.rack, positionU: o.positionU, face: o.face ?? 'front' });
}

/** Moves mounted equipment to another unit (or rack, or face). Refused on a collision. */
export function moveEquipment(
  d: Design,
  id: DeviceId,
  to: { readonly rack: RackId; readonly positionU: number; readonly face?: 'front' | 'rear' },
): EditResult {
  const dev = own(d.devices, id);
  if (dev?.placement.kind !== 'rack') return { ok: false, reason: `${dev?.name ?? id} is not mounted in a rack` };
  const heightU = rackPartOf(catalogueFor(d), dev)?.heightU ?? 1;
  const check = canPlaceEquipment(d, { rack: to.rack, positionU: to.positionU, heightU }, { exclude: id });
  if (!check.ok) return refused(check);
  const face = to.face ?? dev.placement.face;
  return done(
    produce(d, (x) => {
      const v = own(x.devices, id);
      if (v) v.placement = { kind: 'rack', rack: to.rack, positionU: to.positionU, face };
    }),
  );
}

/** Slot number (1-based) of a slot key within its enclosure, for names. */
const slotLabelOf = (d: Design, parent: DeviceId, slot: string): string => {
  const host = own(d.devices, parent);
  const def = host ? rackPartOf(catalogueFor(d), host)?.slots.find((s) => s.key === slot) : undefined;
  return def?.label.replace(/^Slot /, 'C') ?? slot;
};

/** Puts module `part` into slot `slot` of enclosure `parent`. Refused on a wrong form factor or a full slot. */
export function insertModule(
  d: Design,
  o: { readonly part: PartId; readonly parent: DeviceId; readonly slot: string; readonly name?: string },
): EditResult {
  const check = canInsertModule(d, o.parent, o.slot, catalogueFor(d).get(o.part));
  if (!check.ok) return refused(check);
  const host = own(d.devices, o.parent);
  return addDevice(d, o.part, o.name ?? `${host?.name ?? ''}-${slotLabelOf(d, o.parent, o.slot)}`, {
    kind: 'slot',
    parent: o.parent,
    slot: o.slot,
  });
}

/** Moves a module to another slot (of the same or another enclosure). */
export function moveModule(
  d: Design,
  id: DeviceId,
  to: { readonly parent: DeviceId; readonly slot: string },
): EditResult {
  const dev = own(d.devices, id);
  if (dev?.placement.kind !== 'slot') return { ok: false, reason: `${dev?.name ?? id} is not a module in a slot` };
  const check = canInsertModule(d, to.parent, to.slot, catalogueFor(d).get(dev.part), { exclude: id });
  if (!check.ok) return refused(check);
  return done(
    produce(d, (x) => {
      const v = own(x.devices, id);
      if (v) v.placement = { kind: 'slot', parent: to.parent, slot: to.slot };
    }),
  );
}

/** Plugs transceiver `part` into cage `cage` of switch `parent`. Refused on a wrong form factor or a full cage. */
export function plugTransceiver(
  d: Design,
  o: { readonly part: PartId; readonly parent: DeviceId; readonly cage: string; readonly name?: string },
): EditResult {
  const check = canPlugTransceiver(d, o.parent, o.cage, catalogueFor(d).get(o.part));
  if (!check.ok) return refused(check);
  const host = own(d.devices, o.parent);
  const label = host
    ? (rackPartOf(catalogueFor(d), host)?.cages.find((c) => c.key === o.cage)?.label ?? o.cage)
    : o.cage;
  return addDevice(d, o.part, o.name ?? `${host?.name ?? ''} ${label}`, {
    kind: 'cage',
    parent: o.parent,
    cage: o.cage,
  });
}

/** Moves a transceiver to another cage. */
export function moveTransceiver(
  d: Design,
  id: DeviceId,
  to: { readonly parent: DeviceId; readonly cage: string },
): EditResult {
  const dev = own(d.devices, id);
  if (dev?.placement.kind !== 'cage') return { ok: false, reason: `${dev?.name ?? id} is not in a cage` };
  const check = canPlugTransceiver(d, to.parent, to.cage, catalogueFor(d).get(dev.part), { exclude: id });
  if (!check.ok) return refused(check);
  return done(
    produce(d, (x) => {
      const v = own(x.devices, id);
      if (v) v.placement = { kind: 'cage', parent: to.parent, cage: to.cage };
    }),
  );
}

/** Display-name prefix and default length (m) of a new cable by class. */
export const CABLE_DEFAULTS: Readonly<Record<CableClass, { readonly prefix: string; readonly lengthM: number }>> = {
  trunk: { prefix: 'T', lengthM: 30 },
  'array-cable': { prefix: 'MC', lengthM: 5 },
  harness: { prefix: 'H', lengthM: 3 },
  'duplex-cord': { prefix: 'PC', lengthM: 2 },
  'conversion-cable': { prefix: 'CV', lengthM: 3 },
  pigtail: { prefix: 'PT', lengthM: 2 },
  'bulk-cable': { prefix: 'BC', lengthM: 100 },
  splitter: { prefix: 'SP', lengthM: 5 },
};

/** The two sides of a cable: end keys grouped by their first letter (`A`/`B`, `A1…`/`B1…`, `MPO`/`L1…`). */
export function cableSides(part: CablePart): [string[], string[]] {
  const first = part.ends[0]?.key[0];
  const one = part.ends.filter((e) => e.key[0] === first).map((e) => e.key);
  const two = part.ends.filter((e) => e.key[0] !== first).map((e) => e.key);
  return [one, two];
}

/**
 * Plans the ends of a cable laid from port `first` to port `second`: chooses which side of the
 * cable goes where (the connector family must fit; then prefer genders and polish that mate
 * cleanly) and fans further legs of a multi-leg cable out to the following free ports
 * (`followingPorts`). Legs with no free port stay unplugged. Refused when a port is taken, when
 * both picks are the same port, or when no orientation fits the connector families.
 */
export function planConnection(
  d: Design,
  part: CablePart,
  first: PortRef,
  second: PortRef,
): { ok: true; ends: Record<string, PortRef | null> } | { ok: false; reason: string } {
  if (first.device === second.device && first.port === second.port)
    return { ok: false, reason: 'Pick two different ports' };
  const pi = [portInfo(d, first), portInfo(d, second)] as const;
  for (const [i, info] of pi.entries()) {
    if (!info) return { ok: false, reason: `Port ${(i === 0 ? first : second).port} does not exist` };
    const taken = portOccupant(d, info.ref);
    if (taken)
      return { ok: false, reason: `${info.label} already holds ${own(d.cables, taken.cable)?.name ?? taken.cable}` };
  }
  const ends = new Map(part.ends.map((e) => [e.key, e] as const));
  const sides = cableSides(part);
  let best: { score: number; sides: [string[], string[]] } | null = null;
  for (const order of [sides, [sides[1], sides[0]]] as [string[], string[]][]) {
    let score = 0;
    for (const k of [0, 1] as const) {
      const end = ends.get(order[k][0] ?? '');
      const info = pi[k];
      if (!end || !info) {
        score = -1;
        break;
      }
      const fam = CONNECTOR_VARIANTS[end.connector.variant].family;
      if (info.family !== null && info.family !== fam) {
        score = -1;
        break;
      }
      const mate = info.def?.mate;
      if (mate?.kind === 'fixed') {
        const g = mate.connector.gender;
        if (fam === 'mpo' && g !== 'unknown' && end.connector.gender !== 'unknown' && g !== end.connector.gender)
          score += 2;
        if ((mate.connector.polish === 'APC') === (end.connector.polish === 'APC')) score += 1;
      }
    }
    if (score >= 0 && (!best || score > best.score)) best = { score, sides: order };
  }
  if (!best) {
    const e0 = part.ends[0];
    return {
      ok: false,
      reason: `${part.name} does not fit ${pi[0]?.label ?? ''} and ${pi[1]?.label ?? ''}${e0 ? ` (${CONNECTOR_VARIANTS[e0.connector.variant].name} ends)` : ''}`,
    };
  }
  const out: Record<string, PortRef | null> = {};
  best.sides.forEach((keys, k) => {
    const start = k === 0 ? first : second;
    const fam = CONNECTOR_VARIANTS[ends.get(keys[0] ?? '')?.connector.variant ?? 'lc-duplex'].family;
    const more =
      keys.length > 1
        ? followingPorts(d, start, fam).filter(
            (r) =>
              !(r.device === first.device && r.port === first.port) &&
              !(r.device === second.device && r.port === second.port),
          )
        : [];
    keys.forEach((key, i) => {
      out[key] = i === 0 ? start : (more[i - 1] ?? null);
    });
  });
  return { ok: true, ends: out };
}

/** Lays a new cable of catalogue `part` with the given ends. Refused on an unknown part or a taken port. */
export function connectCable(
  d: Design,
  o: {
    readonly part: PartId;
    readonly ends: Readonly<Record<string, PortRef | null>>;
    readonly name?: string;
    readonly lengthM?: number;
    readonly fiberType?: FiberType;
  },
): EditResult {
  const part = catalogueFor(d).get(o.part);
  if (part?.kind !== 'cable') return { ok: false, reason: `${part?.name ?? o.part} is not a cable` };
  for (const ref of Object.values(o.ends)) {
    const taken = ref ? portOccupant(d, ref) : undefined;
    if (ref && taken)
      return {
        ok: false,
        reason: `${portInfo(d, ref)?.label ?? ref.port} already holds ${own(d.cables, taken.cable)?.name ?? taken.cable}`,
      };
  }
  const id = cableId(nextId(d.cables, 'cab'));
  const defaults = CABLE_DEFAULTS[part.cableClass];
  const ends: Record<string, PortRef | null> = Object.fromEntries(
    part.ends.map((e) => [e.key, own(o.ends, e.key) ?? null]),
  );
  const cable: Cable = {
    id,
    part: part.id,
    name:
      o.name ??
      nextName(
        Object.values(d.cables).map((c) => c.name),
        defaults.prefix,
      ),
    lengthM: o.lengthM ?? part.lengthM ?? defaults.lengthM,
    fiberType: o.fiberType ?? part.defaultFiberType,
    ends,
  };
  return done(
    produce(d, (x) => {
      x.cables[id] = cable;
    }),
    id,
  );
}

/** Deletes a cable. */
export const deleteCable = (d: Design, id: CableId): Design =>
  produce(d, (x) => {
    delete x.cables[id];
  });

/**
 * Changes a cable's name, length (m), fiber type or construction (`indoor-outdoor`, or `null` for
 * none: single-mode indoor/outdoor cable is 0.5 dB/km, REFERENCE §7.2), as given: the values are
 * not clamped or dropped here, so a value the design schema refuses (a negative or non-finite
 * length, over 100 km) is refused by the store's commit check with its rule, never silently altered.
 */
export function updateCable(
  d: Design,
  id: CableId,
  patch: {
    readonly name?: string;
    readonly lengthM?: number;
    readonly fiberType?: FiberType;
    readonly construction?: 'indoor-outdoor' | null;
  },
): Design {
  return produce(d, (x) => {
    const c = own(x.cables, id);
    if (!c) return;
    if (patch.name !== undefined) c.name = patch.name;
    // `+ 0` turns −0 into 0: JSON has no −0, so a stored −0 would not reopen as itself.
    if (patch.lengthM !== undefined) c.lengthM = patch.lengthM + 0;
    if (patch.fiberType !== undefined) c.fiberType = patch.fiberType;
    if (patch.construction === null) delete c.construction;
    else if (patch.construction !== undefined) c.construction = patch.construction;
  });
}

/**
 * Replaces the catalogue part of a cable or device (a polarity type, gender, polish, cord type or
 * application change). Refused when the new part cannot stand where the old one is: another
 * kind, a form factor the slot or cage does not take, equipment that no longer fits, or a cable
 * with other end keys.
 */
export function replacePart(
  d: Design,
  target: { readonly kind: 'cable'; readonly id: CableId } | { readonly kind: 'device'; readonly id: DeviceId },
  to: PartId,
): EditResult {
  const cat = catalogueFor(d);
  const next: Part | undefined = cat.get(to);
  if (!next) return { ok: false, reason: `Unknown part ${to}` };
  if (target.kind === 'cable') {
    const c = own(d.cables, target.id);
    const cur = c ? cat.get(c.part) : undefined;
    if (!c || next.kind !== 'cable') return { ok: false, reason: `${next.name} is not a cable` };
    const keys = (p: Part | undefined) => (p?.kind === 'cable' ? p.ends.map((e) => e.key).join(',') : '');
    if (cur && keys(cur) !== keys(next)) return { ok: false, reason: `${next.name} has other ends than ${cur.name}` };
    return done(
      produce(d, (x) => {
        const t = own(x.cables, target.id);
        if (t) t.part = to;
      }),
    );
  }
  const dev: Device | undefined = own(d.devices, target.id);
  if (!dev) return { ok: false, reason: `Device ${target.id} does not exist` };
  const p = dev.placement;
  const check: PlacementCheck =
    p.kind === 'slot'
      ? canInsertModule(d, p.parent, p.slot, next, { exclude: dev.id })
      : p.kind === 'cage'
        ? canPlugTransceiver(d, p.parent, p.cage, next, { exclude: dev.id })
        : p.kind === 'rack'
          ? next.kind === 'rack-equipment'
            ? canPlaceEquipment(d, { rack: p.rack, positionU: p.positionU, heightU: next.heightU }, { exclude: dev.id })
            : { ok: false, reason: `${next.name} is not rack equipment` }
          : { ok: true };
  if (!check.ok) return refused(check);
  return done(
    produce(d, (x) => {
      const t = own(x.devices, target.id);
      if (t) t.part = to;
    }),
  );
}

/** Adds custom parts (e.g. imported vendor modules) to the design; existing ids are replaced. */
export const addParts = (d: Design, parts: readonly Part[]): Design =>
  produce(d, (x) => {
    for (const p of parts) x.parts[p.id] = p as never;
  });
