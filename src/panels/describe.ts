/**
 * Human-readable names of channels, endpoints, ports and fiber hops for the panels, in the
 * field's terms (TIA-598 colours, A/B at every duplex LC, MPO positions).
 */
import { catalogueFor } from '../core/catalogue';
import { CONNECTOR_VARIANTS } from '../core/connectors';
import type { Design, PortRef } from '../core/design';
import { cageKeys, portInfo } from '../core/layout';
import { portsOf } from '../core/parts';
import { own } from '../core/own';

export {
  channelApplications,
  channelTitle,
  endpointLabel,
  endpointName,
  endPlace,
  fiberState,
  hopView,
  terminationLabel,
  type FiberState,
  type HopView,
} from '../core/analysis/describe';

/** Display name of a port reference, e.g. "P1-C1 Port 3" or "Leaf-1 Eth49". */
export const portLabel = (d: Design, ref: PortRef): string =>
  portInfo(d, ref)?.label ?? `${own(d.devices, ref.device)?.name ?? ref.device} ${ref.port}`;

/** Key facts of a port for the inspector: connector variant, gender, polish. */
export function portFacts(d: Design, ref: PortRef): string {
  const info = portInfo(d, ref);
  const def = info?.def;
  if (!def) return info?.family === null ? 'empty cage' : '';
  const v = CONNECTOR_VARIANTS[def.accepts].name;
  if (def.mate.kind === 'through') return `${v} adapter, ${def.mate.adapter}`;
  if (def.mate.kind === 'splice') return `${def.mate.method} splice`;
  const c = def.mate.connector;
  return [v, c.gender !== 'n/a' ? c.gender : '', c.polish].filter(Boolean).join(', ');
}

/** Every port of a device with its label, for port lists (switch cages included). */
export function devicePortRefs(d: Design, device: string): { ref: PortRef; label: string; face: string }[] {
  const dev = own(d.devices, device);
  const p = dev ? catalogueFor(d).get(dev.part) : undefined;
  if (!dev || !p || p.kind === 'cable') return [];
  // A twin-port transceiver's second MDI is its own connectable port: `cage-N:mdi-b` (REFERENCE-2 §14).
  const cages =
    p.kind === 'rack-equipment'
      ? p.cages.flatMap((c) =>
          cageKeys(d, dev.id, c.key).map((key) => ({
            ref: { device: dev.id, port: key },
            label: key === c.key ? c.label : `${c.label} ${key.slice(c.key.length + 1)}`,
            face: 'front',
          })),
        )
      : [];
  return [...cages, ...portsOf(p).map((q) => ({ ref: { device: dev.id, port: q.key }, label: q.label, face: q.face }))];
}
