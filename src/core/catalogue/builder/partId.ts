/**
 * Stable part ids of builder parts (issue 13 §2): the id IS the parameter record, written in a
 * fixed field order, so the same parameters always give the same id and an id gives back its
 * parameters. Format: `p/<kind>?<field>=<value>&…`, e.g.
 * `p/trunk?connector=mpo-16&fibers=16&polarity=B&genders=ff&polish=APC&grade=low-loss&fiberType=OS2&lengthM=35`.
 * Optional fields (fiber type, length) are left out when absent.
 */
import { partId, type PartId } from '../../ids';
import { KIND_FIELDS, PARAM_RANGES, PARAM_VALUES, validateParams, type BuilderKind, type PartParams } from './params';

/** Prefix of every builder id. */
export const PARAMETRIC_PREFIX = 'p/';

/** True when an id is a builder id (it may still fail to parse). */
export const isParametricId = (id: string): boolean => id.startsWith(PARAMETRIC_PREFIX);

/** The field name of a `KIND_FIELDS` entry (without the optional marker). */
const fieldName = (f: string): string => f.replace(/\?$/, '');

/** Canonical text of a number: integers plain, others without trailing zeros (35, 2.5). */
const num = (n: number): string => String(Number(n.toFixed(6)));

/** The stable id of a parameter record (canonical field order; optional fields omitted when absent). */
export function partIdOf(p: PartParams): PartId {
  const rec = p as unknown as Readonly<Record<string, unknown>>;
  const pairs: string[] = [];
  for (const f of KIND_FIELDS[p.kind]) {
    const v = rec[fieldName(f)];
    if (v === undefined) continue;
    pairs.push(`${fieldName(f)}=${typeof v === 'number' ? num(v) : String(v)}`);
  }
  return partId(`${PARAMETRIC_PREFIX}${p.kind}?${pairs.join('&')}`);
}

/** Result of parsing a builder id. */
export type ParsedPartId =
  { readonly ok: true; readonly params: PartParams } | { readonly ok: false; readonly error: string };

/**
 * The parameters of a builder id, or why it is not one: unknown kind, a missing, repeated,
 * unknown or out-of-range field, or a combination `validateParams` refuses. Never throws.
 */
export function parsePartId(id: string): ParsedPartId {
  if (!isParametricId(id)) return { ok: false, error: `not a builder id (no "${PARAMETRIC_PREFIX}" prefix): ${id}` };
  const q = id.indexOf('?');
  const kind = id.slice(PARAMETRIC_PREFIX.length, q < 0 ? undefined : q) as BuilderKind;
  const fields = KIND_FIELDS[kind];
  if (!Object.hasOwn(KIND_FIELDS, kind) || !fields) return { ok: false, error: `unknown builder kind "${kind}"` };
  const given = new Map<string, string>();
  for (const pair of q < 0 ? [] : id.slice(q + 1).split('&')) {
    const eq = pair.indexOf('=');
    const k = eq < 0 ? pair : pair.slice(0, eq);
    if (given.has(k)) return { ok: false, error: `field "${k}" given twice` };
    given.set(k, eq < 0 ? '' : pair.slice(eq + 1));
  }
  const out: Record<string, unknown> = { kind };
  for (const f of fields) {
    const name = fieldName(f);
    const raw = given.get(name);
    given.delete(name);
    if (raw === undefined) {
      if (f.endsWith('?')) continue;
      return { ok: false, error: `${kind}: field "${name}" is missing` };
    }
    const range = (PARAM_RANGES as Readonly<Record<string, readonly [number, number]>>)[name];
    if (range) {
      const n = Number(raw);
      if (raw === '' || !Number.isFinite(n) || n < range[0] || n > range[1])
        return { ok: false, error: `${kind}: ${name}=${raw} is not a number in ${range[0]}…${range[1]}` };
      if (name !== 'lengthM' && !Number.isInteger(n))
        return { ok: false, error: `${kind}: ${name}=${raw} is not whole` };
      out[name] = n;
      continue;
    }
    const allowed = (PARAM_VALUES as Readonly<Record<string, readonly string[]>>)[name] ?? [];
    if (!allowed.includes(raw))
      return { ok: false, error: `${kind}: ${name}=${raw} is not one of ${allowed.join(', ')}` };
    out[name] = raw;
  }
  const extra = [...given.keys()][0];
  if (extra !== undefined) return { ok: false, error: `${kind}: unknown field "${extra}"` };
  const params = out as unknown as PartParams;
  const problems = validateParams(params);
  if (problems[0]) return { ok: false, error: `${kind}: ${problems[0].field}: ${problems[0].message}` };
  return { ok: true, params };
}
