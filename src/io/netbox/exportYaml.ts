/**
 * Export of catalogue parts as NetBox devicetype-library YAML: modules as module types,
 * enclosures, panels and switches as device types (PEERS §4.1). Mappings are written in the
 * NetBox ≥ 4.5 `port-mappings` shape by default, or the legacy inline shape on request.
 *
 * NetBox cannot hold a fiber map, gender, polish or polarity (REFERENCE §5.6), so they are
 * written as text in the vocabulary the importer reads back (facts.ts): per front port
 * "Strands j, k; A=…, B=…" in rear-plug positions, and in `comments` "Method U1", "MTP-12
 * (Male) UPC", "Key Up to Key Down", "OM4", "0.35dB Max". Export → import therefore returns
 * the same ports and links.
 */
import { stringify } from 'yaml';
import { CONNECTOR_VARIANTS, type ConnectorVariant, type Polish } from '../../core/connectors';
import type { Design } from '../../core/design';
import type { LossGrade, ModuleClass, ModulePart, Part, PortDef, RackPart } from '../../core/parts';
import { CAGE_INTERFACE } from './cages';
import { slugify } from './vendorFamilies';
import { own } from '../../core/own';

/** One exported YAML file with what it could not say. */
export interface NetboxYamlFile {
  /** Library-style path, e.g. `module-types/Corning/ECM-UM08.yaml`. */
  readonly fileName: string;
  readonly yaml: string;
  readonly warnings: readonly string[];
}

/** Mapping shape: NetBox ≥ 4.5 `port-mappings` (default) or legacy `rear_port` on front ports. */
export type MappingShape = 'port-mappings' | 'legacy';

/**
 * The NetBox name of a part's port. Module ports carry NetBox's `{module}` placeholder (kept
 * from an import, or `{module}:<label>` for our own parts); rack equipment ports use the label.
 */
export function netboxPortName(part: Part, port: PortDef): string {
  if (part.kind !== 'module') return port.label;
  return port.label.includes('{module}') ? port.label : `{module}:${port.label}`;
}

/** Text of each module class, in the words facts.ts reads back (REFERENCE §5.3). */
const CLASS_WORDS: Readonly<Partial<Record<ModuleClass, string>>> = {
  'MOD-A': 'Method A (MOD-A)',
  'MOD-B1': 'Method B (MOD-B1)',
  'MOD-B2': 'Method B (MOD-B2)',
  'MOD-U1': 'Method U1',
  'MOD-U2': 'Method U2',
  'MOD-U1-8': 'Method U1 (Base-8)',
};
const ADAPTER_TEXT = {
  'key-up-key-down': 'Key Up to Key Down (Type A)',
  'key-up-key-up': 'Key Up to Key Up (Type B)',
} as const;
const GRADE_WORDS: Readonly<Record<Exclude<LossGrade, 'unknown'>, string>> = {
  elite: 'Elite',
  'low-loss': 'Low Loss',
  standard: 'Standard Loss',
  'tia-max': 'TIA Maximum Loss',
};
/** NetBox front/rear port `type` slug of a connector (PEERS §4.1). */
const typeSlug = (v: ConnectorVariant, polish: Polish): string => {
  const fam = CONNECTOR_VARIANTS[v].family;
  if (fam === 'mpo') return 'mpo';
  return polish === 'unknown' ? fam : `${fam}-${polish.toLowerCase()}`;
};
/** "MTP-12" etc.; MPO-8 is Base-8 on a 12-position ferrule. */
const mtpWord = (v: ConnectorVariant): string => `MTP-${CONNECTOR_VARIANTS[v].positions.length}`;

interface Components {
  readonly front: Record<string, unknown>[];
  readonly rear: Record<string, unknown>[];
  readonly mappings: Record<string, unknown>[];
  readonly comments: string[];
}

/** Front/rear ports, mappings and comment phrases of a part's ports and links. */
function components(part: ModulePart | RackPart, shape: MappingShape, warnings: string[]): Components {
  const out: Components = { front: [], rear: [], mappings: [], comments: [] };
  const rears = part.ports.filter((p) => p.face === 'rear');
  const fronts = part.ports.filter((p) => p.face === 'front');
  const links = part.links === 'unknown' ? [] : part.links;
  const rearOf = new Map<string, { rear: PortDef; rows: [number, number][] }>();
  for (const l of links) {
    const [r, f] = rears.some((p) => p.key === l.a.port) ? [l.a, l.b] : [l.b, l.a];
    const rear = rears.find((p) => p.key === r.port);
    if (!rear || !fronts.some((p) => p.key === f.port)) continue;
    const hit = rearOf.get(f.port) ?? { rear, rows: [] };
    if (hit.rear.key !== rear.key)
      warnings.push(
        `${part.name}: front ${f.port} has fibers in two rear ports; NetBox maps a position to one rear port`,
      );
    hit.rows.push([r.position, f.position]);
    rearOf.set(f.port, hit);
  }
  const nextPos = new Map<string, number>();
  for (const f of fronts) {
    const polish = f.mate.kind === 'fixed' ? f.mate.connector.polish : 'unknown';
    const entry: Record<string, unknown> = { name: netboxPortName(part, f), type: typeSlug(f.accepts, polish) };
    const peerKey = f.mate.kind === 'through' ? f.mate.peer : undefined;
    const peer = peerKey !== undefined ? rears.find((r) => r.key === peerKey) : rearOf.get(f.key)?.rear;
    const rows = rearOf.get(f.key)?.rows ?? [];
    const through = f.mate.kind === 'through';
    const a = rows.find(([, x]) => x === 1)?.[0];
    const b = rows.find(([, x]) => x === 2)?.[0];
    if (!through && CONNECTOR_VARIANTS[f.accepts].family !== 'mpo' && a !== undefined && b !== undefined)
      entry['description'] = `Strands ${Math.min(a, b)}, ${Math.max(a, b)}; A=${a}, B=${b}`;
    else if (CONNECTOR_VARIANTS[f.accepts].family === 'mpo') entry['description'] = mtpWord(f.accepts);
    if (!through && CONNECTOR_VARIANTS[f.accepts].family === 'mpo' && rows.length > 0)
      warnings.push(
        `${part.name}: the fiber map of MPO front port ${f.label} cannot be written in NetBox; it re-imports as unknown`,
      );
    if (peer) {
      const pos = through ? 1 : (nextPos.get(peer.key) ?? 0) + 1;
      nextPos.set(peer.key, pos);
      const rearName = netboxPortName(part, peer);
      if (shape === 'legacy') Object.assign(entry, { rear_port: rearName, rear_port_position: pos });
      else
        out.mappings.push({
          front_port: entry['name'],
          front_port_position: 1,
          rear_port: rearName,
          rear_port_position: pos,
        });
    }
    if (shape === 'port-mappings') entry['positions'] = 1;
    out.front.push(entry);
  }
  for (const r of rears) {
    const entry: Record<string, unknown> = {
      name: netboxPortName(part, r),
      type: typeSlug(r.accepts, r.mate.kind === 'fixed' ? r.mate.connector.polish : 'unknown'),
      positions: Math.max(1, nextPos.get(r.key) ?? 1),
    };
    if (CONNECTOR_VARIANTS[r.accepts].family === 'mpo') entry['description'] = mtpWord(r.accepts);
    out.rear.push(entry);
  }
  if (part.links === 'unknown' && fronts.some((f) => f.mate.kind === 'fixed'))
    warnings.push(`${part.name}: fiber map unknown; ports exported without mappings`);
  return out;
}

/** Comment phrases for a part's facts (read back by facts.ts). */
function factPhrases(part: ModulePart | RackPart): string[] {
  const words: string[] = [];
  const rears = part.ports.filter((p) => p.face === 'rear');
  const rear = rears[0];
  const fixedRear = rear?.mate.kind === 'fixed' ? rear.mate : undefined;
  // A method word implies the class's rear adapter (REFERENCE §5.3). With the adapter unknown,
  // a U module is only "Universal" (U1 or U2) and other classes get no word: the per-port
  // strands carry the map, and the re-import must not gain an adapter the part did not have.
  const adapterKnown = fixedRear?.adapter === 'key-up-key-down' || fixedRear?.adapter === 'key-up-key-up';
  const classWord =
    part.kind === 'module'
      ? adapterKnown
        ? CLASS_WORDS[part.moduleClass]
        : part.moduleClass.startsWith('MOD-U')
          ? 'Universal'
          : undefined
      : undefined;
  if (classWord) words.push(`Polarity: ${classWord}`);
  if (rear && fixedRear && CONNECTOR_VARIANTS[rear.accepts].family === 'mpo') {
    const g = fixedRear.connector.gender;
    const gender = g === 'male' ? ' (Male)' : g === 'female' ? ' (Female)' : '';
    const polish = fixedRear.connector.polish === 'unknown' ? '' : ` ${fixedRear.connector.polish}`;
    words.push(`Rear: ${rears.length}x ${mtpWord(rear.accepts)}${gender}${polish}`);
    // No "(Type A)" here: on a cassette that letter would read as the polarity class.
    if (fixedRear.adapter === 'key-up-key-down' || fixedRear.adapter === 'key-up-key-up')
      words.push(`Rear adapter ${ADAPTER_TEXT[fixedRear.adapter].replace(/ \(Type [AB]\)/, '')}`);
  }
  const through = part.ports.find((p) => p.mate.kind === 'through');
  if (
    through?.mate.kind === 'through' &&
    (through.mate.adapter === 'key-up-key-down' || through.mate.adapter === 'key-up-key-up')
  )
    words.push(`Adapters: ${ADAPTER_TEXT[through.mate.adapter]}`);
  const front = part.ports.find(
    (p) => p.face === 'front' && p.mate.kind === 'fixed' && CONNECTOR_VARIANTS[p.accepts].family !== 'mpo',
  );
  if (front?.mate.kind === 'fixed' && front.mate.connector.polish !== 'unknown')
    words.push(`Front: ${front.accepts === 'sc-duplex' ? 'SC' : 'LC'} Duplex ${front.mate.connector.polish}`);
  if (part.fiberType !== 'unknown') words.push(`Fiber: ${part.fiberType}`);
  if (part.kind === 'module' && part.loss.kind === 'module') words.push(`${part.loss.loss.maxDb}dB Max`);
  const grade = part.ports
    .map((p) => (p.mate.kind === 'fixed' ? p.mate.lossGrade : 'unknown'))
    .find((g): g is Exclude<LossGrade, 'unknown'> => g !== 'unknown');
  if (grade !== undefined) words.push(`Loss grade: ${GRADE_WORDS[grade]}`);
  return words;
}

const modelOf = (part: Part): string => {
  const m =
    part.manufacturer && part.name.startsWith(`${part.manufacturer} `)
      ? part.name.slice(part.manufacturer.length + 1)
      : part.name;
  return m.slice(0, 100);
};

/**
 * Exports one part as devicetype-library YAML. Modules → module type; rack equipment → device
 * type (slots → `module-bays` with name and position = slot label; switch cages →
 * `interfaces`). Cables and transceivers have no NetBox type file: `yaml` is empty and a
 * warning says so. Never throws.
 */
export function exportPartYaml(part: Part, shape: MappingShape = 'port-mappings'): NetboxYamlFile {
  const warnings: string[] = [];
  const manufacturer = part.manufacturer ?? 'Generic';
  const model = modelOf(part);
  if (part.kind === 'cable' || part.kind === 'transceiver') {
    return {
      fileName: '',
      yaml: '',
      warnings: [
        `${part.name}: NetBox has no device-type or module-type file for a ${part.kind}${part.kind === 'cable' ? ' (cables go to the cable CSV)' : ''}`,
      ],
    };
  }
  const c = components(part, shape, warnings);
  const formFactor = part.kind === 'module' ? part.formFactor : part.slots[0]?.formFactor;
  const phrases = [
    ...factPhrases(part),
    ...(formFactor ? [`Form factor: ${formFactor}`] : []),
    ...(part.kind === 'module' || part.maxFibers > 0
      ? [`${part.kind === 'module' ? part.fiberCount : part.maxFibers} Fibers`]
      : []),
  ];
  const comments = [`${part.name}.`, ...phrases.map((w) => `${w}.`)].join(' ');
  if (part.kind === 'rack-equipment' && part.preloaded)
    warnings.push(`${part.name}: preloaded modules are not part of a NetBox device type; install them as modules`);
  const doc: Record<string, unknown> = { manufacturer, model };
  if (part.kind === 'rack-equipment')
    Object.assign(doc, {
      slug: slugify(`${manufacturer}-${model}`),
      u_height: part.heightU,
      is_full_depth: false,
      airflow: part.role === 'switch' ? 'front-to-rear' : 'passive',
    });
  if (part.partNumber) doc['part_number'] = part.partNumber;
  doc['comments'] = comments;
  if (part.kind === 'rack-equipment' && part.cages.length > 0) {
    doc['interfaces'] = part.cages.map((g) => ({ name: g.label, type: own(CAGE_INTERFACE, g.formFactor) ?? 'other' }));
    const odd = [...new Set(part.cages.filter((g) => !own(CAGE_INTERFACE, g.formFactor)).map((g) => g.formFactor))];
    if (odd.length > 0)
      warnings.push(`${part.name}: no NetBox interface type for ${odd.join(', ')}; exported as 'other'`);
  }
  if (c.front.length > 0) doc['front-ports'] = c.front;
  if (c.rear.length > 0) doc['rear-ports'] = c.rear;
  if (shape === 'port-mappings' && c.mappings.length > 0) doc['port-mappings'] = c.mappings;
  if (part.kind === 'rack-equipment' && part.slots.length > 0)
    doc['module-bays'] = part.slots.map((s) => ({ name: s.label, position: s.label }));
  const folder = part.kind === 'module' ? 'module-types' : 'device-types';
  const safe = (x: string) => x.replace(/[^A-Za-z0-9._+-]+/g, '-').replace(/^-+|-+$/g, '') || 'part';
  return {
    fileName: `${folder}/${safe(manufacturer)}/${safe(model)}.yaml`,
    yaml: `---\n${stringify(doc, { lineWidth: 0 })}`,
    warnings,
  };
}

/**
 * Exports a design's custom and imported parts (`design.parts`) as YAML files, and warns
 * which built-in parts the design uses that NetBox would also need (export them with
 * `exportPartYaml` when wanted).
 */
export function exportDesignPartsYaml(
  design: Design,
  shape: MappingShape = 'port-mappings',
): { readonly files: NetboxYamlFile[]; readonly warnings: string[] } {
  const files = Object.values(design.parts).map((p) => exportPartYaml(p, shape));
  const own = new Set(Object.keys(design.parts));
  const builtins = [...new Set(Object.values(design.devices).map((d) => d.part as string))].filter(
    (id) => !own.has(id),
  );
  const warnings = files.flatMap((f) => f.warnings);
  if (builtins.length > 0)
    warnings.push(
      `Built-in parts used by devices are not exported: ${builtins.slice(0, 6).join(', ')}${builtins.length > 6 ? ', …' : ''}`,
    );
  return { files: files.filter((f) => f.yaml !== ''), warnings };
}
