/**
 * Default names of new rack equipment (a palette drop, `placeEquipment` without a name).
 *
 * Rack equipment is labelled `R<rack>-P<n>` / `R<rack>-SW<n>` (REFERENCE §9.2), numbered per rack
 * by `equipmentOrdinals` (labels/scheme.ts): a device named like its own token (`P2`) keeps that
 * number when free, every other device takes the lowest free number from the top. A default name
 * that states a number another device of the rack is labelled with would take it over and shift
 * that device's label, and with it the labels of every cable plugged into it (a drop into a hall
 * whose panels are named `R01-P1`… was named `P1` and renumbered the whole rack). So the new name
 * states a number above every number the rack's equipment of that role can hold.
 */
import { catalogueFor } from './catalogue';
import type { Design } from './design';
import type { RackId } from './ids';
import { deviceNumbering } from './deviceNumbering';
import { devicesInRack } from './occupancy';
import type { RackPart } from './parts';

/** Name prefix per rack-equipment role: the label token of REFERENCE §9.2 (`P` panels, `SW` switches). */
const PREFIX: Readonly<Record<RackPart['role'], 'P' | 'SW'>> = { 'patch-panel': 'P', enclosure: 'P', switch: 'SW' };

/**
 * The default display name (`P<n>` or `SW<n>`) of new equipment of part role `role` placed into
 * `rack` of `design`. `n` is greater than both the number of the rack's devices labelled with the
 * same token (an equipment ordinal never exceeds that count, except a number stated by a name) and
 * every number stated by their names, so no existing device's label changes; it is then raised past
 * any name already used anywhere in the design (names stay unique, as before). Equipment with an
 * unknown part counts as a panel, as in the labels. An unknown rack gives `P1` / `SW1` (the edit
 * refuses it anyway). O(devices in the rack), plus O(devices in the design) when the names taken
 * are not known yet (`deviceNumbering`).
 */
export function newEquipmentName(design: Design, rack: RackId, role: RackPart['role']): string {
  const prefix = PREFIX[role];
  const stated = new RegExp(`^${prefix}([1-9]\\d*)$`, 'i');
  const catalogue = catalogueFor(design);
  let count = 0;
  let highest = 0;
  for (const d of devicesInRack(design, rack)) {
    const part = catalogue.get(d.part);
    const token = part?.kind === 'rack-equipment' ? PREFIX[part.role] : 'P';
    if (token !== prefix) continue;
    count += 1;
    const m = stated.exec(d.name.trim());
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  const used = deviceNumbering(design).named.get(prefix);
  let n = Math.max(count, highest) + 1;
  while (used?.has(String(n))) n += 1;
  return `${prefix}${n}`;
}
