/**
 * Display names of ports whose label is a NetBox template: a module type names its ports with the
 * `{module}` placeholder (`{module}:1-2`, `{module}-MPO-01`), which NetBox fills with the module
 * bay's position when the module is installed. The designer shows the same: the slot label of
 * the enclosure slot the module sits in, or the module's own name when it is not in a slot
 * (issue 13 §4; PEERS §4.1 NetBox module bays).
 */
import { own } from './own';
import type { Design } from './design';
import type { DeviceId } from './ids';
import type { Part } from './parts';

/** NetBox's module placeholder in port names. */
export const MODULE_TEMPLATE = '{module}';

/**
 * Fills every `{module}` of a port name with `moduleName`; a name without it is returned
 * unchanged. @example resolveModuleName('{module}:1-2', '02B') === '02B:1-2'
 */
export function resolveModuleName(template: string, moduleName: string): string {
  return template.includes(MODULE_TEMPLATE) ? template.split(MODULE_TEMPLATE).join(moduleName) : template;
}

/**
 * What replaces `{module}` for a device: the label of the slot it is installed in (NetBox's bay
 * position, e.g. `02B`), else the device's own name. `lookup` resolves part ids (the catalogue).
 */
export function moduleNameOf(design: Design, device: DeviceId, lookup: (id: string) => Part | undefined): string {
  const dev = own(design.devices, device);
  if (!dev) return String(device);
  const pl = dev.placement;
  if (pl.kind !== 'slot') return dev.name;
  const parent = own(design.devices, pl.parent);
  const pp = parent ? lookup(parent.part) : undefined;
  const slot = pp?.kind === 'rack-equipment' ? pp.slots.find((s) => s.key === pl.slot) : undefined;
  return slot?.label ?? dev.name;
}

/**
 * A port's label as shown everywhere (cable ends, issues list, fiber map, canvas): the part's
 * label with `{module}` filled in for this device (see `moduleNameOf`). Cheap when the label has
 * no placeholder (returned as is, no lookups).
 */
export function portDisplayLabel(
  design: Design,
  device: DeviceId,
  label: string,
  lookup: (id: string) => Part | undefined,
): string {
  return label.includes(MODULE_TEMPLATE) ? resolveModuleName(label, moduleNameOf(design, device, lookup)) : label;
}
