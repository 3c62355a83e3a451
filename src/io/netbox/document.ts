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
import type { NbBay, NbFrontPort, NbRearPort, ParsedNetbox } from './documentTypes';
import { IGNORED_LISTS, BAY_KEYS, FRONT_KEYS, REAR_KEYS, TOP_KEYS, checkKeys, kindOf } from './schemaKeys';
import { MAX_ENTRIES, SOURCE_INDEX, intField, isObj, list, str, text, type Obj } from './yamlEntries';
import { readMappings } from './portMappings';

export type {
  NetboxKind,
  NbFrontPort,
  NbRearPort,
  NbMapping,
  NbBay,
  NbInterface,
  NetboxDoc,
  ParsedNetbox,
} from './documentTypes';

/** Size limit of a NetBox YAML file, characters: larger inputs are refused before parsing. */
export const MAX_YAML_CHARS = 1_000_000;
const MAX_TEXT = MAX_YAML_CHARS;
/** Most expansions of one YAML alias (`*a`): more is an alias bomb (billion laughs). */
const MAX_ALIASES = 50;

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
