/**
 * Labels of one cable (REFERENCE §9.1 606-B link identifier `near/far`, §9.2): the whole cable
 * and each of its ends (`this end/other end`), from the labels of the ports it is plugged into.
 * The label index caches one cable's labels on the cable record and the port entries of its ends.
 */
import type { Catalogue } from '../catalogue';
import { portKey, type Cable, type LabelScheme, type PortRef } from '../design';
import type { LabelEntry, CableLabel } from './labelEntry';
import { formatLinkLabel, unlocatedLabel } from './scheme';

/** Where a cable's labels look up port and device labels (`device#port` and device id keys). */
export interface PortLabelLookup {
  readonly ports: ReadonlyMap<string, LabelEntry>;
  readonly devices: ReadonlyMap<string, LabelEntry>;
}

/** The end keys of a cable in part order (the cable's own keys when its part is unknown). */
export function cableEndKeys(catalogue: Catalogue, cable: Cable): readonly string[] {
  const p = catalogue.get(cable.part);
  return p?.kind === 'cable' ? p.ends.map((e) => e.key) : Object.keys(cable.ends);
}

/**
 * The label entry of the port a cable end is plugged into: the port's own entry, or, for an
 * unknown part or a dangling port key, `[device]-port` after the device's label.
 */
export function endPortEntry(lookup: PortLabelLookup, ref: PortRef): LabelEntry {
  const hit = lookup.ports.get(portKey(ref));
  if (hit) return hit;
  const dev = lookup.devices.get(ref.device);
  const text = `${dev?.text ?? unlocatedLabel(String(ref.device))}-${ref.port}`;
  const none = { rack: null, variant: null, parts: null, cable: null } as const;
  return { ...none, kind: 'port', name: text, project: text, tia606: text, text, device: ref.device, port: ref };
}

/**
 * Labels of one cable given the port entries its ends are plugged into (`ports`, in `keys`
 * order; null = unplugged). The cable's own label is the label of its first end.
 */
export function labelCable(
  scheme: LabelScheme,
  cable: Cable,
  keys: readonly string[],
  ports: readonly (LabelEntry | null)[],
): CableLabel {
  const text = (s: 'project' | 'tia606', i: number): string => {
    const here = ports[i]?.[s] ?? null;
    const others = i === 0 ? ports.slice(1) : [ports[0] ?? null];
    return formatLinkLabel(
      here,
      others.map((o) => o?.[s] ?? null),
    );
  };
  const ends: Record<string, CableLabel['ends'][string]> = {};
  keys.forEach((k, i) => {
    const project = text('project', i);
    const tia606 = text('tia606', i);
    ends[k] = { port: ports[i] ?? null, project, tia606, text: scheme === 'project' ? project : tia606 };
  });
  const project = text('project', 0);
  const tia606 = text('tia606', 0);
  return {
    kind: 'cable',
    name: cable.name,
    project,
    tia606,
    text: scheme === 'project' ? project : tia606,
    rack: null,
    device: null,
    port: null,
    cable: cable.id,
    variant: null,
    parts: null,
    ends,
  };
}
