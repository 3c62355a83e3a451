/**
 * Named, pure edits of the design document: each takes a design and returns the next design
 * (immer structural sharing: untouched records keep their identity), or a refusal with a reason
 * for the user when the edit is not possible (a taken unit, a wrong slot, an occupied port).
 * Edits never throw on a well-typed design and never read the clock: new ids are the next free
 * `prefix-N` (`rack-3`, `dev-12`, `cab-4`), the scheme `DesignBuilder` uses.
 */
import { patchRecord, produceEdit, putRecord } from './editChanges';
import { catalogueFor } from './catalogue';
import type { Design, DesignSettings, Device, Placement } from './design';
import { deviceId, rackId, type CableId, type DeviceId, type PartId, type RackId } from './ids';
import {
  canInsertModule,
  canPlaceEquipment,
  canPlugTransceiver,
  canResizeRack,
  rackPartOf,
  type PlacementCheck,
} from './layout';
import type { Part } from './parts';
import { own } from './own';
import { done, idAfter, nextId, nextName, refused, type EditResult } from './editResult';
import { hallRows, moveRackTo, rackPlace } from './rows';
import { newEquipmentName } from './equipmentNames';
import { deviceNumbering } from './deviceNumbering';

export { nextId, nextName, setNewIdSuffix, type EditResult } from './editResult';
export { hallRows, moveRackTo, moveRow, nextRowName, racksInOrder, rackPlace, renameRow, stepRack } from './rows';
export { CABLE_DEFAULTS, cableSides, connectCable, deleteCable, planConnection, updateCable } from './cableEdits';

/** Renames the design. */
export const renameDesign = (d: Design, name: string): Design =>
  produceEdit(d, (x) => {
    x.name = name;
  });

/** Changes design settings (loss mode, design margin in dB, attenuation model, label scheme). */
export const updateSettings = (d: Design, patch: Partial<DesignSettings>): Design =>
  produceEdit(d, (x) => {
    x.settings = { ...x.settings, ...patch };
    // JSON has no −0: store 0 so the saved design reopens as itself.
    if (patch.designMarginDb !== undefined) x.settings.designMarginDb = patch.designMarginDb + 0;
  });

/**
 * Adds a rack (42U unless told) at the end of row `opts.row`, by default the last row of the hall
 * (`Row A` in an empty design). Its order is one past the largest, so no other rack renumbers.
 * Returns the new rack's id.
 */
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
    produceEdit(d, (x) => {
      x.racks[id] = {
        id,
        name,
        heightU: opts.heightU ?? 42,
        row: opts.row ?? hallRows(d).at(-1)?.name ?? 'Row A',
        order,
      };
    }),
    id,
  );
}

/** Renames a rack. */
export const renameRack = (d: Design, id: RackId, name: string): Design =>
  produceEdit(d, (x) => {
    const r = own(x.racks, id);
    if (r) r.name = name;
  });

/** Changes a rack's height (42, 45, 48U); refused when equipment would stick out of the top. */
export function resizeRack(d: Design, id: RackId, heightU: number): EditResult {
  const check = canResizeRack(d, id, heightU);
  if (!check.ok) return refused(check);
  return done(
    produceEdit(d, (x) => {
      const r = own(x.racks, id);
      if (r) r.heightU = heightU;
    }),
  );
}

/**
 * Moves a rack to position `toIndex` (0-based) of its own row; orders are renumbered in hall
 * order (`core/rows.ts`). Unchanged for an unknown rack.
 */
export function moveRack(d: Design, id: RackId, toIndex: number): Design {
  const at = rackPlace(d, id);
  const r = at ? moveRackTo(d, id, at.row, toIndex) : null;
  return r?.ok ? r.design : d;
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
  return produceEdit(d, (x) => {
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
  return produceEdit(deleteDevices(d, inRack), (x) => {
    delete x.racks[id];
  });
}

/** Renames a device. */
export const renameDevice = (d: Design, id: DeviceId, name: string): Design => patchRecord(d, 'devices', id, { name });

function addDevice(d: Design, part: PartId, name: string, placement: Placement): EditResult {
  const id = deviceId(idAfter('dev', deviceNumbering(d).maxId));
  return done(putRecord(d, 'devices', { id, part, name, placement }), id);
}

/**
 * Mounts rack equipment `part` in `rack` with its lowest unit at `positionU` (front face by default).
 * Without `name` it is named by `newEquipmentName` (a `P<n>`/`SW<n>` that shifts no other label).
 */
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
  const name = o.name ?? newEquipmentName(d, o.rack, part.role);
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
    patchRecord(d, 'devices', id, { placement: { kind: 'rack', rack: to.rack, positionU: to.positionU, face } }),
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
    produceEdit(d, (x) => {
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
    produceEdit(d, (x) => {
      const v = own(x.devices, id);
      if (v) v.placement = { kind: 'cage', parent: to.parent, cage: to.cage };
    }),
  );
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
      produceEdit(d, (x) => {
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
    produceEdit(d, (x) => {
      const t = own(x.devices, target.id);
      if (t) t.part = to;
    }),
  );
}

/** Adds custom parts (e.g. imported vendor modules) to the design; existing ids are replaced. */
export const addParts = (d: Design, parts: readonly Part[]): Design =>
  produceEdit(d, (x) => {
    for (const p of parts) x.parts[p.id] = p as never;
  });
