/**
 * What the technician's port map lists: every rack in row order, its equipment from the top,
 * and each piece's ports (its own ports and cages, then the ports of the module in each slot),
 * each with its label (REFERENCE §9), a short name that fits a tap target, whether a cable is
 * plugged in, and the verdict class of the worst channel through it (§0.4, same classes as the
 * designer's panels; computed by the analysis worker, `store/portMapAnswers.ts`).
 */
import type { Design } from '../core/design';
import { portKey } from '../core/design';
import { racksInOrder } from '../core/edits';
import type { VerdictClass } from '../core/engine/channels';
import type { DeviceId, RackId } from '../core/ids';
import type { LabelEntry, LabelIndex } from '../core/labels';
import { own } from '../core/own';

/** One tappable port. */
export interface MapPort {
  /** `device#port` (a switch port is its cage). */
  readonly key: string;
  readonly entry: LabelEntry;
  /** The label without its equipment/slot prefix, e.g. `MPO1-Rear`, `Port4`, `Eth49`. */
  readonly short: string;
  readonly cabled: boolean;
  /** Worst class of the channels through the port, or null when none passes it. */
  readonly cls: VerdictClass | null;
}

/** Ports of one piece of equipment, or of the module in one of its slots. */
export interface MapPortGroup {
  /** `''` for the equipment's own ports; the slot label (`R1-P1-C1`) and module name otherwise. */
  readonly label: string;
  readonly name: string;
  readonly ports: readonly MapPort[];
}

/** Rack equipment with its port groups. */
export interface MapEquipment {
  readonly device: DeviceId;
  readonly label: string;
  readonly name: string;
  readonly groups: readonly MapPortGroup[];
}

/** A rack with its equipment, top down. */
export interface MapRack {
  readonly rack: RackId;
  readonly label: string;
  readonly name: string;
  readonly equipment: readonly MapEquipment[];
}

/** The label without the prefix of its group, e.g. `R1-P1-C1-Port3` in `R1-P1-C1` → `Port3`. */
export function shortLabel(text: string, prefix: string): string {
  if (prefix && text.toUpperCase().startsWith(prefix.toUpperCase())) {
    const rest = text.slice(prefix.length).replace(/^[-:.]+/, '');
    if (rest) return rest;
  }
  return text;
}

/** True for the transceiver MDI alias of a switch cage (the cage is listed instead). */
const isAlias = (e: LabelEntry): boolean => e.port?.port === 'mdi' && e.parts?.token === 'Eth';

/**
 * Builds the port map tree of a design: racks in row order, equipment top down (label order of
 * `labelsFor`), ports in the part's port order, each port with its class from `classes` (port key
 * → the worst class of the channels through it, `store/portMapAnswers.portClasses`, computed by
 * the analysis worker; a port absent there is null: no channel passes it, or not analysed yet).
 * Devices without a rack location are left out.
 */
export function portMapTree(design: Design, labels: LabelIndex, classes: ReadonlyMap<string, VerdictClass>): MapRack[] {
  const cabled = new Set<string>();
  for (const c of Object.values(design.cables)) for (const r of Object.values(c.ends)) if (r) cabled.add(portKey(r));
  const portsByDevice = new Map<string, LabelEntry[]>();
  for (const e of labels.ports.values()) {
    if (!e.port || isAlias(e)) continue;
    const list = portsByDevice.get(e.port.device) ?? [];
    list.push(e);
    portsByDevice.set(e.port.device, list);
  }
  const modulesOf = new Map<string, { slot: string; id: DeviceId }[]>();
  for (const d of Object.values(design.devices)) {
    if (d.placement.kind !== 'slot') continue;
    const list = modulesOf.get(d.placement.parent) ?? [];
    list.push({ slot: d.placement.slot, id: d.id });
    modulesOf.set(d.placement.parent, list);
  }
  const group = (label: string, name: string, device: string, prefix: string): MapPortGroup => ({
    label,
    name,
    ports: (portsByDevice.get(device) ?? []).map((entry) => {
      const key = entry.port ? portKey(entry.port) : device;
      return {
        key,
        entry,
        short: shortLabel(entry.text, prefix),
        cabled: cabled.has(key),
        cls: classes.get(key) ?? null,
      };
    }),
  });
  const equipmentOf = new Map<string, MapEquipment[]>();
  for (const [id, e] of labels.devices) {
    if ((e.kind !== 'panel' && e.kind !== 'switch') || !e.rack) continue;
    const slots = labels.slots;
    const groups: MapPortGroup[] = [group('', '', id, e.text)];
    const mods = [...(modulesOf.get(id) ?? [])].sort((a, b) =>
      (slots.get(`${id}#${a.slot}`)?.text ?? a.slot).localeCompare(slots.get(`${id}#${b.slot}`)?.text ?? b.slot, 'en', {
        numeric: true,
      }),
    );
    for (const m of mods) {
      const slotLabel = labels.devices.get(m.id)?.text ?? slots.get(`${id}#${m.slot}`)?.text ?? m.slot;
      groups.push(group(slotLabel, own(design.devices, m.id)?.name ?? m.id, m.id, slotLabel));
    }
    const list = equipmentOf.get(e.rack) ?? [];
    list.push({
      device: id,
      label: e.text,
      name: e.name,
      groups: groups.filter((g) => g.ports.length > 0 || g.label !== ''),
    });
    equipmentOf.set(e.rack, list);
  }
  return racksInOrder(design).map((r) => ({
    rack: r.id,
    label: labels.racks.get(r.id)?.text ?? r.name,
    name: r.name,
    equipment: equipmentOf.get(r.id) ?? [],
  }));
}

/** Every port of the tree by key, for lookups after a search or a `#port=` link. */
export function portsByKey(tree: readonly MapRack[]): ReadonlyMap<string, MapPort> {
  const out = new Map<string, MapPort>();
  for (const r of tree)
    for (const e of r.equipment) for (const g of e.groups) for (const p of g.ports) out.set(p.key, p);
  return out;
}
