/**
 * A design's cables as a NetBox cable bulk-import CSV (Cables → Import; PEERS §4.2 columns).
 *
 * - Terminations: a module port belongs to the enclosure it sits in, named by the module's
 *   `{module}` template filled with the slot label (what NetBox creates when the module is
 *   installed in a bay whose position is that label); a switch cage is a `dcim.interface`.
 * - Profile: the NetBox ≥ 4.5 cable profile with the cable's connector and position counts,
 *   where NetBox has one. Positions are duplex pairs (a 12-fiber MPO = 6), matching the rear
 *   port positions `exportPartYaml` writes.
 * - Warnings: where NetBox cannot express the fiber map (Type B/C reversal, A-to-B vs A-to-A,
 *   harness leg order; REFERENCE §5.6), where no profile exists, and rows that had to be skipped.
 */
import { catalogueFor } from '../../core/catalogue';
import { CONNECTOR_VARIANTS, type ConnectorVariant, type FiberType } from '../../core/connectors';
import type { Cable, Design, PortRef } from '../../core/design';
import type { CablePart } from '../../core/parts';
import { netboxPortName } from './exportYaml';
import { resolveModuleName } from '../../core/portNames';
import { own } from '../../core/own';

/** Column order of the CSV (NetBox 4.6 `CableImportForm`, PEERS §4.2). */
export const NETBOX_CABLE_COLUMNS = [
  'side_a_site',
  'side_a_device',
  'side_a_power_panel',
  'side_a_type',
  'side_a_name',
  'side_b_site',
  'side_b_device',
  'side_b_power_panel',
  'side_b_type',
  'side_b_name',
  'type',
  'status',
  'profile',
  'tenant',
  'bundle',
  'label',
  'color',
  'length',
  'length_unit',
] as const;

/** NetBox 4.6 cable profile slugs (`CableProfileChoices`, PEERS §1.1). */
export const NETBOX_CABLE_PROFILES: ReadonlySet<string> = new Set([
  ...[1, 2, 4, 6, 8, 12, 16].map((p) => `single-1c${p}p`),
  ...[1, 2, 4, 6, 8, 12].map((p) => `trunk-2c${p}p`),
  ...[1, 2, 4, 6, 8].map((p) => `trunk-4c${p}p`),
  'trunk-8c4p',
  'trunk-2c4p-shuffle',
  'trunk-4c4p-shuffle',
  ...[2, 4, 6, 8].map((n) => `breakout-1c${n}p-${n}c1p`),
  'breakout-2c4p-8c1p-shuffle',
]);

/** NetBox cable `type` of a fiber type; OS1a has no slug and maps to plain `smf`. */
const CABLE_TYPE: Readonly<Record<FiberType, string>> = {
  OM3: 'mmf-om3',
  OM4: 'mmf-om4',
  OM5: 'mmf-om5',
  OS2: 'smf-os2',
  OS1a: 'smf',
};

/**
 * Duplex-pair positions of end `i`: half the fiber positions the cable uses there (a harness
 * uses 8 of an MPO-12's 12: 4 pairs), or of the connector when the map is unknown.
 */
function pairsAt(part: CablePart, i: number): number {
  const v: ConnectorVariant | undefined = part.ends[i]?.connector.variant;
  const used =
    part.fibers === 'unknown'
      ? v
        ? CONNECTOR_VARIANTS[v].positions.length
        : 2
      : part.fibers.filter((f) => f.from.end === i || f.to.end === i).length;
  return Math.max(1, Math.ceil(used / 2));
}

/**
 * The NetBox profile of a cable part, or null: side A and side B connector counts and
 * positions per connector, at pair level. Sides: ends that start fibers (`from`) are side A.
 */
export function cableProfile(part: CablePart): string | null {
  const fromEnds = new Set(part.fibers === 'unknown' ? [0] : part.fibers.map((f) => f.from.end));
  const a = part.ends.map((_, i) => i).filter((i) => fromEnds.has(i));
  const b = part.ends.map((_, i) => i).filter((i) => !fromEnds.has(i));
  const pa = new Set(a.map((i) => pairsAt(part, i)));
  const pb = new Set(b.map((i) => pairsAt(part, i)));
  if (pa.size !== 1 || pb.size !== 1) return null;
  const [p] = [...pa] as [number];
  const [q] = [...pb] as [number];
  const slug =
    a.length === 1 && b.length === 1 && p === q
      ? `single-1c${p}p`
      : a.length === b.length && p === q
        ? `trunk-${a.length}c${p}p`
        : a.length === 1 && q === 1 && b.length === p
          ? `breakout-1c${p}p-${p}c1p`
          : '';
  return NETBOX_CABLE_PROFILES.has(slug) ? slug : null;
}

/**
 * Why NetBox cannot carry a cable part's fiber map, first matching row; no row = a straight
 * profile is faithful (Type A keeps pair k on pair k). REFERENCE §5.6.
 */
const MAP_LOSS: readonly (readonly [(p: CablePart) => boolean, (p: CablePart) => string])[] = [
  [(p) => p.fibers === 'unknown', () => 'its fiber map is unknown'],
  [(p) => p.cordType !== undefined, (p) => `NetBox cannot tell an ${p.cordType ?? ''} duplex cord from the other type`],
  [
    (p) => p.polarity === 'B',
    () => 'NetBox profiles keep lane order; the Type B reversal (i → N+1−i) is not expressed',
  ],
  [(p) => p.polarity === 'C', () => 'NetBox profiles keep lane order; the Type C pair flip is not expressed'],
  [
    (p) => p.cableClass === 'harness' || p.cableClass === 'conversion-cable',
    () => 'the per-fiber leg map (REFERENCE §6.4) is reduced to connector order',
  ],
];
const mapLoss = (part: CablePart): string | null => {
  const row = MAP_LOSS.find(([test]) => test(part));
  return row ? row[1](part) : null;
};

/** One CSV termination side: device, content type, names. */
interface Side {
  readonly device: string;
  readonly type: string;
  readonly names: string[];
}

/** Resolves a port reference to a NetBox termination, or a reason it cannot be written. */
function termination(design: Design, ref: PortRef): { device: string; type: string; name: string } | string {
  const cat = catalogueFor(design);
  const dev = own(design.devices, ref.device);
  if (!dev) return `device ${ref.device} does not exist`;
  const part = cat.get(dev.part);
  if (part?.kind === 'rack-equipment' && ref.port.startsWith('cage-')) {
    const cage = part.cages.find((c) => c.key === ref.port);
    return { device: dev.name, type: 'dcim.interface', name: cage?.label ?? ref.port };
  }
  if (dev.placement.kind === 'cage') {
    const sw = own(design.devices, dev.placement.parent);
    const swPart = sw ? cat.get(sw.part) : undefined;
    const cageKey = dev.placement.cage;
    const cage = swPart?.kind === 'rack-equipment' ? swPart.cages.find((c) => c.key === cageKey) : undefined;
    return sw
      ? { device: sw.name, type: 'dcim.interface', name: cage?.label ?? cageKey }
      : `transceiver ${dev.name} sits in a missing switch`;
  }
  if (!part || part.kind === 'cable' || part.kind === 'transceiver')
    return `${dev.name} is not a NetBox device with ports`;
  const port = part.ports.find((p) => p.key === ref.port);
  if (!port) return `${dev.name} has no port ${ref.port}`;
  const type = port.face === 'front' ? 'dcim.frontport' : 'dcim.rearport';
  const name = netboxPortName(part, port);
  if (dev.placement.kind === 'slot') {
    const parent = own(design.devices, dev.placement.parent);
    const parentPart = parent ? cat.get(parent.part) : undefined;
    const slotKey = dev.placement.slot;
    const slot = parentPart?.kind === 'rack-equipment' ? parentPart.slots.find((s) => s.key === slotKey) : undefined;
    if (!parent) return `module ${dev.name} sits in a missing enclosure`;
    return { device: parent.name, type, name: resolveModuleName(name, slot?.label ?? slotKey) };
  }
  if (dev.placement.kind === 'unplaced' && part.kind === 'module') return `module ${dev.name} is not in a slot`;
  return { device: dev.name, type, name };
}

const cell = (v: string): string => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Builds both sides of one cable, or the reason it is skipped. */
function sides(design: Design, cable: Cable, part: CablePart | undefined): [Side, Side] | string {
  const keys = part ? part.ends.map((e) => e.key) : Object.keys(cable.ends);
  const fromEnds = new Set(part && part.fibers !== 'unknown' ? part.fibers.map((f) => f.from.end) : [0]);
  const out: [Side | null, Side | null] = [null, null];
  for (const [i, key] of keys.entries()) {
    const ref = own(cable.ends, key);
    if (!ref) continue;
    const t = termination(design, ref);
    if (typeof t === 'string') return `end ${key}: ${t}`;
    const s = fromEnds.has(i) ? 0 : 1;
    const side = out[s];
    if (!side) out[s] = { device: t.device, type: t.type, names: [t.name] };
    else if (side.device !== t.device || side.type !== t.type)
      return `end ${key} is on ${t.device}, another end of the same side on ${side.device}: NetBox takes one device and port type per side`;
    else side.names.push(t.name);
  }
  if (!out[0] || !out[1]) return 'an end is not plugged in';
  return [out[0], out[1]];
}

/** Result of the cable export. */
export interface CableCsvExport {
  readonly csv: string;
  /** Data rows written (one per cable). */
  readonly rows: number;
  readonly warnings: readonly string[];
}

/**
 * Exports every cable of a design as one NetBox CSV row (header `NETBOX_CABLE_COLUMNS`).
 * `site` fills `side_*_site`; `status` defaults to `planned` (a design, not an installation).
 * Length in metres. Never throws; skipped cables and unexpressed fiber maps are warnings.
 */
export function exportCablesCsv(
  design: Design,
  opts: { readonly site?: string; readonly status?: 'planned' | 'connected' } = {},
): CableCsvExport {
  const cat = catalogueFor(design);
  const lines = [NETBOX_CABLE_COLUMNS.join(',')];
  const warnings: string[] = [];
  const lossByPart = new Map<string, { reason: string; cables: string[] }>();
  for (const cable of Object.values(design.cables)) {
    const p = cat.get(cable.part);
    const part = p?.kind === 'cable' ? p : undefined;
    const s = sides(design, cable, part);
    if (typeof s === 'string') {
      warnings.push(`Cable ${cable.name} skipped: ${s}`);
      continue;
    }
    const profile = part ? cableProfile(part) : null;
    if (!profile)
      warnings.push(
        `Cable ${cable.name}: no NetBox cable profile fits ${part ? part.name : `unknown part ${cable.part}`}; written without a profile`,
      );
    const reason = part ? mapLoss(part) : 'its part is unknown';
    if (reason) {
      const entry = lossByPart.get(cable.part) ?? { reason, cables: [] };
      entry.cables.push(cable.name);
      lossByPart.set(cable.part, entry);
    }
    const [a, b] = s;
    const row: Record<(typeof NETBOX_CABLE_COLUMNS)[number], string> = {
      side_a_site: opts.site ?? '',
      side_a_device: a.device,
      side_a_power_panel: '',
      side_a_type: a.type,
      side_a_name: a.names.join(','),
      side_b_site: opts.site ?? '',
      side_b_device: b.device,
      side_b_power_panel: '',
      side_b_type: b.type,
      side_b_name: b.names.join(','),
      type: CABLE_TYPE[cable.fiberType],
      status: opts.status ?? 'planned',
      profile: profile ?? '',
      tenant: '',
      bundle: '',
      label: cable.name,
      color: '',
      length: String(cable.lengthM),
      length_unit: 'm',
    };
    lines.push(NETBOX_CABLE_COLUMNS.map((c) => cell(row[c])).join(','));
  }
  for (const [id, { reason, cables }] of lossByPart) {
    warnings.push(
      `${cables.length} cable(s) of ${cat.get(id)?.name ?? id} (${cables.slice(0, 3).join(', ')}${cables.length > 3 ? ', …' : ''}): ${reason}`,
    );
  }
  if (Object.values(design.cables).some((c) => c.fiberType === 'OS1a'))
    warnings.push('OS1a has no NetBox cable type; written as smf');
  return { csv: `${lines.join('\n')}\n`, rows: lines.length - 1, warnings };
}
