/**
 * NetBox devicetype-library YAML → one normalised document, whatever the file's age:
 * legacy `rear_port`/`rear_port_position` on front ports (NetBox < 4.5) and the top-level
 * `port-mappings` stanza (NetBox ≥ 4.5) become one mapping list (PEERS §4.1). Schema problems
 * become lint findings; unreadable YAML (syntax, an alias bomb), a non-mapping document and a
 * height the designer cannot place are errors, each with the YAML line (`lineOf`).
 */
import { LineCounter, parseDocument, visit } from 'yaml';
import { LIMITS } from '../designSchema';
import { finding, type LintFinding } from './lint';
import { hasOwn } from '../../core/own';

/** Which NetBox type the file defines. */
export type NetboxKind = 'device-type' | 'module-type';

/** A front port as written (positions default 1). `text` = description + comments + label. */
export interface NbFrontPort {
  readonly name: string;
  /** YAML line of the port entry. */
  readonly line: number;
  readonly label?: string;
  readonly type: string;
  readonly positions: number;
  readonly text: string;
}

/** A rear port as written; `positionsGiven` is false when `positions` was omitted (default 1). */
export interface NbRearPort {
  readonly name: string;
  /** YAML line of the port entry. */
  readonly line: number;
  readonly label?: string;
  readonly type: string;
  readonly positions: number;
  readonly positionsGiven: boolean;
  readonly text: string;
}

/** One front-position ↔ rear-position mapping, from either shape. */
export interface NbMapping {
  readonly front: string;
  readonly frontPosition: number;
  readonly rear: string;
  readonly rearPosition: number;
  readonly source: 'legacy' | 'port-mappings';
}

/** A module bay: `position` is what replaces `{module}` in installed module port names. */
export interface NbBay {
  readonly name: string;
  /** YAML line of the bay entry. */
  readonly line: number;
  readonly position: string;
}

/** A device-type interface (only pluggable cages are used: switches). */
export interface NbInterface {
  readonly name: string;
  /** YAML line of the interface entry. */
  readonly line: number;
  readonly type: string;
}

/** The normalised document. `text` is the part-level free text facts are read from. */
export interface NetboxDoc {
  readonly kind: NetboxKind;
  readonly manufacturer: string;
  readonly model: string;
  readonly slug?: string;
  readonly partNumber?: string;
  readonly uHeight: number;
  readonly text: string;
  readonly frontPorts: readonly NbFrontPort[];
  readonly rearPorts: readonly NbRearPort[];
  readonly bays: readonly NbBay[];
  readonly interfaces: readonly NbInterface[];
  readonly mappings: readonly NbMapping[];
  readonly shape: 'legacy' | 'port-mappings' | 'mixed' | 'none';
  /** The 1-based line in the file of the node at `path` (keys and list indexes), or of its nearest ancestor. */
  readonly lineOf: (path: readonly (string | number)[]) => number;
}

/** Parse result: the document plus schema findings, or an error message. */
export type ParsedNetbox =
  | { readonly ok: true; readonly doc: NetboxDoc; readonly lint: readonly LintFinding[] }
  | { readonly ok: false; readonly error: string; readonly line: number };

const COMMON_KEYS = [
  'manufacturer',
  'model',
  'part_number',
  'weight',
  'weight_unit',
  'airflow',
  'description',
  'comments',
  'console-ports',
  'console-server-ports',
  'power-ports',
  'power-outlets',
  'interfaces',
  'front-ports',
  'rear-ports',
  'module-bays',
  'port-mappings',
];
/** Top-level keys the devicetype-library schemas allow (schema/devicetype.json, moduletype.json). */
const TOP_KEYS: Readonly<Record<NetboxKind, ReadonlySet<string>>> = {
  'device-type': new Set([
    ...COMMON_KEYS,
    'slug',
    'u_height',
    'exclude_from_utilization',
    'is_full_depth',
    'front_image',
    'rear_image',
    'subdevice_role',
    'is_powered',
    'device-bays',
    'inventory-items',
  ]),
  'module-type': new Set([...COMMON_KEYS, 'profile', 'attributes']),
};
/** Keys of port entries (schema/components.json; `rear_port*` = legacy shape on front ports). */
const FRONT_KEYS: ReadonlySet<string> = new Set([
  'name',
  'label',
  'type',
  'color',
  'positions',
  'description',
  'rear_port',
  'rear_port_position',
]);
const REAR_KEYS: ReadonlySet<string> = new Set([
  'name',
  'label',
  'type',
  'color',
  'positions',
  'description',
  '_is_power_source',
]);
const BAY_KEYS: ReadonlySet<string> = new Set(['name', 'label', 'position', 'description']);
const MAPPING_KEYS: ReadonlySet<string> = new Set([
  'front_port',
  'front_port_position',
  'rear_port',
  'rear_port_position',
]);
/** Component lists read but not modelled. */
const IGNORED_LISTS = [
  'console-ports',
  'console-server-ports',
  'power-ports',
  'power-outlets',
  'device-bays',
  'inventory-items',
];
/** Size limit of a NetBox YAML file, characters: larger inputs are refused before parsing. */
export const MAX_YAML_CHARS = 1_000_000;
const MAX_TEXT = MAX_YAML_CHARS;
/** Most expansions of one YAML alias (`*a`): more is an alias bomb (billion laughs). */
const MAX_ALIASES = 50;
const MAX_ENTRIES = 2_000;

type Obj = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
const posInt = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 1024 ? v : undefined;

/** Reads an integer ≥ 1 field, with a `bad-value` finding when present but invalid. */
function intField(o: Obj, key: string, where: string, lint: LintFinding[], port?: string): number | undefined {
  if (!hasOwn(o, key) || o[key] === null) return undefined;
  const n = posInt(o[key]);
  if (n === undefined)
    lint.push(
      finding(
        'bad-value',
        `${where}: ${key} = ${JSON.stringify(o[key])?.slice(0, 40)} is not an integer 1–1024`,
        'used the default 1',
        port,
      ),
    );
  return n;
}

/** Index of each entry object in the YAML list it was read from (for its line). */
const SOURCE_INDEX = new WeakMap<object, number>();

/** Reads a list of entry objects, reporting non-lists and non-object entries. */
function list(doc: Obj, key: string, lint: LintFinding[]): Obj[] {
  const v = doc[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    lint.push(finding('bad-value', `${key} is not a list`, 'ignored it'));
    return [];
  }
  v.forEach((e: unknown, i) => {
    if (isObj(e)) SOURCE_INDEX.set(e, i);
  });
  const out = v.filter(isObj);
  if (out.length < v.length)
    lint.push(finding('bad-entry', `${v.length - out.length} entries of ${key} are not mappings`, 'skipped them'));
  return out;
}

/** Reports keys not in `allowed`; a `comments` key on a port is read as text (PEERS §5.3 #7). */
function checkKeys(o: Obj, allowed: ReadonlySet<string>, where: string, lint: LintFinding[], port?: string): void {
  for (const k of Object.keys(o)) {
    if (allowed.has(k)) continue;
    const action = k === 'comments' ? 'read its text as the port description' : 'ignored the key';
    lint.push(
      finding('schema-key', `${where}: key '${k}' is not allowed by the devicetype-library schema`, action, port),
    );
  }
}

const text = (...parts: unknown[]): string =>
  parts
    .map(str)
    .filter((s): s is string => s !== undefined && s !== '')
    .join('\n');

/** Keys only a device type has, and keys only a module type has (devicetype-library schemas). */
const DEVICE_ONLY = ['u_height', 'slug', 'is_full_depth', 'subdevice_role', 'module-bays', 'device-bays'];
const MODULE_ONLY = ['profile', 'attributes'];

/**
 * Decides device type vs module type: from the path, else from keys only one kind has. The
 * folder is mentioned only when it matters, i.e. when the content alone cannot tell (issue 13 §4).
 */
function kindOf(doc: Obj, fileName: string, lint: LintFinding[]): NetboxKind {
  if (/(^|[\\/])device-types[\\/]/.test(fileName)) return 'device-type';
  if (/(^|[\\/])module-types[\\/]/.test(fileName)) return 'module-type';
  const device = DEVICE_ONLY.some((k) => hasOwn(doc, k));
  const module = MODULE_ONLY.some((k) => hasOwn(doc, k));
  if (device !== module) return device ? 'device-type' : 'module-type';
  lint.push(
    finding(
      'kind-guessed',
      device
        ? `${fileName} has both device-type and module-type keys, and is not under device-types/ or module-types/`
        : `${fileName} has no device-type or module-type key, and is not under device-types/ or module-types/`,
      `read it as a ${device ? 'device type' : 'module type'}; put it under device-types/ or module-types/ to choose`,
    ),
  );
  return device ? 'device-type' : 'module-type';
}

/** Reads ports of one face, skipping nameless/typeless entries and duplicates. */
function readPorts(
  entries: readonly Obj[],
  face: 'front' | 'rear',
  lint: LintFinding[],
  lineOf: (path: readonly (string | number)[]) => number,
): { port: NbFrontPort | NbRearPort; raw: Obj }[] {
  const seen = new Set<string>();
  const out: { port: NbFrontPort | NbRearPort; raw: Obj }[] = [];
  for (const e of entries.slice(0, MAX_ENTRIES)) {
    const name = str(e['name']);
    const type = str(e['type']);
    if (name === undefined || type === undefined) {
      lint.push(
        finding('bad-entry', `A ${face} port without ${name === undefined ? 'name' : 'type'}`, 'skipped it', name),
      );
      continue;
    }
    if (seen.has(name)) {
      lint.push(finding('duplicate-port', `Two ${face} ports are named '${name}'`, 'kept the first', name));
      continue;
    }
    seen.add(name);
    checkKeys(e, face === 'front' ? FRONT_KEYS : REAR_KEYS, `${face} port '${name}'`, lint, name);
    const given = intField(e, 'positions', `${face} port '${name}'`, lint, name);
    const label = str(e['label']);
    const port = {
      name,
      line: lineOf([`${face}-ports`, SOURCE_INDEX.get(e) ?? 0]),
      type: type.toLowerCase(),
      positions: given ?? 1,
      positionsGiven: given !== undefined,
      text: text(e['description'], e['comments'], label),
      ...(label ? { label } : {}),
    };
    out.push({ port, raw: e });
  }
  return out;
}

/**
 * Parses NetBox device-type or module-type YAML into a `NetboxDoc`. Never throws: YAML syntax
 * errors, non-mapping documents and oversize inputs come back as `{ ok: false, error }`.
 */
export function parseNetboxYaml(source: string, fileName: string): ParsedNetbox {
  if (source.length > MAX_TEXT)
    return { ok: false, line: 1, error: `${fileName}, line 1: file is larger than ${MAX_TEXT} characters` };
  const counter = new LineCounter();
  let raw: unknown;
  let lineOf: (path: readonly (string | number)[]) => number = () => 1;
  try {
    const yaml = parseDocument(source, { prettyErrors: true, logLevel: 'error', lineCounter: counter });
    const syntax = yaml.errors[0];
    if (syntax) {
      const line = syntax.linePos?.[0].line ?? 1;
      return { ok: false, line, error: `${fileName}, line ${line}: not valid YAML (${syntax.message.split('\n')[0]})` };
    }
    lineOf = (path) => {
      for (let n = path.length; n >= 0; n--) {
        const node = yaml.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
        if (node?.range) return counter.linePos(node.range[0]).line;
      }
      return 1;
    };
    try {
      raw = yaml.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (e) {
      if (!(e instanceof ReferenceError)) throw e;
      let line = 1;
      visit(yaml, {
        Alias(_key, node) {
          line = node.range ? counter.linePos(node.range[0]).line : 1;
          return visit.BREAK;
        },
      });
      return {
        ok: false,
        line,
        error: `${fileName}, line ${line}: too many YAML alias expansions (more than ${MAX_ALIASES} per alias: an alias bomb)`,
      };
    }
  } catch (e) {
    return {
      ok: false,
      line: 1,
      error: `${fileName}, line 1: not valid YAML (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`,
    };
  }
  if (!isObj(raw))
    return { ok: false, line: 1, error: `${fileName}, line 1: the document is not a YAML mapping of NetBox fields` };
  const lint: LintFinding[] = [];
  const kind = kindOf(raw, fileName, lint);
  checkKeys(raw, TOP_KEYS[kind], kind, lint);
  const base =
    fileName
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.ya?ml$/i, '') || 'netbox-part';
  const required =
    kind === 'device-type' ? ['manufacturer', 'model', 'slug', 'u_height', 'is_full_depth'] : ['manufacturer', 'model'];
  for (const k of required)
    if (raw[k] === undefined)
      lint.push(
        finding(
          'required-field',
          `${kind}: '${k}' is missing`,
          k === 'model' ? `used the file name '${base}'` : 'used a default',
        ),
      );
  for (const k of IGNORED_LISTS)
    if (Array.isArray(raw[k]) && raw[k].length > 0)
      lint.push(
        finding(
          'unsupported-component',
          `${k}: ${raw[k].length} entries`,
          'ignored (the designer models fiber ports only)',
        ),
      );
  let uHeight = 1;
  if (kind === 'device-type' && raw['u_height'] !== undefined) {
    const u = raw['u_height'];
    const at = lineOf(['u_height']);
    if (typeof u === 'number' && Number.isFinite(u) && Number.isInteger(u * 2) && u >= 0) {
      if (u === 0)
        return {
          ok: false,
          line: at,
          error: `${fileName}, line ${at}: u_height 0 is a zero-U device (mounted outside the rack units); the designer places rack equipment of 1–${LIMITS.heightU} U`,
        };
      if (u > LIMITS.heightU)
        return {
          ok: false,
          line: at,
          error: `${fileName}, line ${at}: u_height ${u} is taller than the designer's racks hold (1–${LIMITS.heightU} U)`,
        };
      uHeight = Math.ceil(u);
      if (uHeight !== u)
        lint.push(
          finding(
            'height-rounded',
            `u_height ${u} (line ${at}): the designer places equipment in whole rack units`,
            `used ${uHeight}U (the device occupies ${uHeight === 1 ? 'one unit' : `${uHeight} units`})`,
          ),
        );
    } else
      lint.push(
        finding(
          'bad-value',
          `u_height = ${JSON.stringify(u)?.slice(0, 40)} (line ${at}) is not a number ≥ 0 in steps of 0.5`,
          'used 1U',
        ),
      );
  }
  const fronts = readPorts(list(raw, 'front-ports', lint), 'front', lint, lineOf);
  const rears = readPorts(list(raw, 'rear-ports', lint), 'rear', lint, lineOf);
  const bays = readBays(list(raw, 'module-bays', lint), lint, lineOf);
  const { mappings, shape } = readMappings(raw, fronts, rears as { port: NbRearPort; raw: Obj }[], lint);
  const manufacturer = str(raw['manufacturer']) ?? 'Unknown';
  const model = str(raw['model']) ?? base;
  const slug = str(raw['slug']);
  const partNumber = str(raw['part_number']);
  return {
    ok: true,
    lint,
    doc: {
      kind,
      manufacturer,
      model,
      uHeight,
      ...(slug ? { slug } : {}),
      ...(partNumber ? { partNumber } : {}),
      text: text(model, partNumber, raw['description'], raw['comments']),
      frontPorts: fronts.map((f) => f.port),
      rearPorts: rears.map((r) => r.port as NbRearPort),
      bays,
      mappings,
      shape,
      interfaces: list(raw, 'interfaces', lint)
        .slice(0, MAX_ENTRIES)
        .flatMap((e) => {
          const name = str(e['name']);
          const type = str(e['type']);
          return name !== undefined && type !== undefined
            ? [{ name, type: type.toLowerCase(), line: lineOf(['interfaces', SOURCE_INDEX.get(e) ?? 0]) }]
            : [];
        }),
      lineOf,
    },
  };
}

/** Reads module bays (name and position required; position defaults to the name). */
function readBays(
  entries: readonly Obj[],
  lint: LintFinding[],
  lineOf: (path: readonly (string | number)[]) => number,
): NbBay[] {
  const out: NbBay[] = [];
  const seen = new Set<string>();
  for (const e of entries.slice(0, MAX_ENTRIES)) {
    const name = str(e['name']);
    if (name === undefined) {
      lint.push(finding('bad-entry', 'A module bay without a name', 'skipped it'));
      continue;
    }
    checkKeys(e, BAY_KEYS, `module bay '${name}'`, lint, name);
    let position = str(e['position']);
    if (position === undefined) {
      lint.push(finding('required-field', `module bay '${name}' has no position`, 'used its name as the position'));
      position = name;
    }
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ name, position, line: lineOf(['module-bays', SOURCE_INDEX.get(e) ?? 0]) });
  }
  return out;
}

/**
 * Normalises both mapping shapes into one list and checks it against the ports: dangling
 * names are dropped, positions beyond an omitted `positions` raise it (missing-positions),
 * positions beyond a given `positions` are dropped (position-out-of-range).
 */
function readMappings(
  doc: Obj,
  fronts: readonly { port: NbFrontPort | NbRearPort; raw: Obj }[],
  rears: { port: NbRearPort; raw: Obj }[],
  lint: LintFinding[],
): { mappings: NbMapping[]; shape: NetboxDoc['shape'] } {
  const found: NbMapping[] = [];
  for (const { port, raw } of fronts) {
    const rear = str(raw['rear_port']);
    if (rear === undefined) continue;
    const pos = intField(raw, 'rear_port_position', `front port '${port.name}'`, lint, port.name);
    if (raw['rear_port_position'] === undefined)
      lint.push(
        finding(
          'default-rear-position',
          `front port '${port.name}' has rear_port but no rear_port_position`,
          'used position 1 (schema default)',
          port.name,
        ),
      );
    found.push({ front: port.name, frontPosition: 1, rear, rearPosition: pos ?? 1, source: 'legacy' });
  }
  const legacy = found.length;
  for (const e of list(doc, 'port-mappings', lint).slice(0, MAX_ENTRIES * 4)) {
    const front = str(e['front_port']);
    const rear = str(e['rear_port']);
    if (front === undefined || rear === undefined) {
      lint.push(finding('bad-entry', 'A port-mappings entry without front_port or rear_port', 'skipped it'));
      continue;
    }
    checkKeys(e, MAPPING_KEYS, `port-mappings entry for '${front}'`, lint, front);
    const fp = intField(e, 'front_port_position', `mapping of '${front}'`, lint, front) ?? 1;
    const rp = intField(e, 'rear_port_position', `mapping of '${front}'`, lint, front) ?? 1;
    found.push({ front, frontPosition: fp, rear, rearPosition: rp, source: 'port-mappings' });
  }
  const modern = found.length - legacy;
  const shape = legacy > 0 && modern > 0 ? 'mixed' : legacy > 0 ? 'legacy' : modern > 0 ? 'port-mappings' : 'none';
  if (shape === 'mixed')
    lint.push(
      finding(
        'mixed-shapes',
        `${legacy} legacy rear_port mappings and ${modern} port-mappings entries`,
        'merged them; port-mappings win where they disagree',
      ),
    );
  const frontByName = new Map(fronts.map((f) => [f.port.name, f.port] as const));
  const rearByName = new Map(rears.map((r) => [r.port.name, r] as const));
  const byFront = new Map<string, NbMapping>();
  const raised = new Map<string, number>();
  for (const m of found) {
    const f = frontByName.get(m.front);
    const r = rearByName.get(m.rear);
    if (!f || !r) {
      lint.push(
        finding(
          'mapping-dangling',
          `mapping ${m.front} → ${m.rear}: ${f ? 'rear' : 'front'} port '${f ? m.rear : m.front}' does not exist`,
          'dropped the mapping',
          m.front,
        ),
      );
      continue;
    }
    if (m.frontPosition > f.positions) {
      lint.push(
        finding(
          'position-out-of-range',
          `front port '${m.front}' has ${f.positions} position(s), mapping uses ${m.frontPosition}`,
          'dropped the mapping',
          m.front,
        ),
      );
      continue;
    }
    if (m.rearPosition > r.port.positions) {
      if (r.port.positionsGiven) {
        lint.push(
          finding(
            'position-out-of-range',
            `rear port '${m.rear}' has positions: ${r.port.positions}, mapping of '${m.front}' uses ${m.rearPosition}`,
            'dropped the mapping',
            m.rear,
          ),
        );
        continue;
      }
      raised.set(m.rear, Math.max(raised.get(m.rear) ?? 1, m.rearPosition));
    }
    const key = `${m.front}#${m.frontPosition}`;
    const prev = byFront.get(key);
    if (prev && (prev.rear !== m.rear || prev.rearPosition !== m.rearPosition)) {
      lint.push(
        finding(
          'mapping-conflict',
          `front port '${m.front}' position ${m.frontPosition} is mapped to ${prev.rear}:${prev.rearPosition} and ${m.rear}:${m.rearPosition}`,
          'kept the port-mappings entry',
          m.front,
        ),
      );
      if (m.source === 'legacy') continue;
    }
    byFront.set(key, m);
  }
  for (const [name, n] of raised) {
    lint.push(
      finding(
        'missing-positions',
        `rear port '${name}' omits positions (default 1) but mappings use positions up to ${n}; NetBox would reject this`,
        `set positions to ${n}`,
        name,
      ),
    );
    const r = rearByName.get(name);
    if (r) r.port = { ...r.port, positions: n };
  }
  return { mappings: [...byFront.values()], shape };
}
