/**
 * Reading raw YAML values of a NetBox devicetype-library file: type guards for scalars and
 * mappings, integer fields with `bad-value` findings, component lists with the YAML index of
 * each entry (for its line), and the free text facts are read from.
 */
import { finding, type LintFinding } from './lint';
import { hasOwn } from '../../core/own';

/** Most entries read from one component list (front-ports, rear-ports, module-bays, interfaces). */
export const MAX_ENTRIES = 2_000;

/** A YAML mapping as read by `yaml.toJS`: string keys, unknown values. */
export type Obj = Readonly<Record<string, unknown>>;
/** True when `v` is a YAML mapping (a plain object, not an array or null). */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A YAML scalar as text: strings as-is, numbers and booleans stringified; anything else undefined. */
export const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
const posInt = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 1024 ? v : undefined;

/**
 * Reads an integer field in 1–1024 from mapping `o`: undefined when absent or null; when present
 * but invalid, pushes a `bad-value` finding (naming `where` and `port`) onto `lint` and returns
 * undefined so the caller uses its default.
 */
export function intField(o: Obj, key: string, where: string, lint: LintFinding[], port?: string): number | undefined {
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

/** Index of each entry object in the YAML list it was read from (for its line via `lineOf`). */
export const SOURCE_INDEX = new WeakMap<object, number>();

/**
 * Reads the list `doc[key]` of entry objects (empty when absent), recording each entry's index in
 * `SOURCE_INDEX`; a non-list value and non-mapping entries are reported as findings on `lint`.
 */
export function list(doc: Obj, key: string, lint: LintFinding[]): Obj[] {
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

/** Joins the non-empty scalar `parts` with newlines: the free text facts are read from. */
export const text = (...parts: unknown[]): string =>
  parts
    .map(str)
    .filter((s): s is string => s !== undefined && s !== '')
    .join('\n');
