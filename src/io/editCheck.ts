/**
 * The schema at the edit door: `checkEdit(prev, next)` decides whether an edit's result may enter
 * the document, with the same record schemas and cross-record rules a loaded file meets
 * (`designSchema.ts`, `designChecks.ts`). An edit the loader would refuse after a save is refused
 * before it happens, so a legal edit can never make the design impossible to reopen (issue 9).
 *
 * Cost is per changed record, not per document. Records are found by identity: immer's structural
 * sharing keeps every untouched record object (and every untouched collection) identical, so only
 * records whose object changed are validated. Cross-record rules are checked only where the
 * touched records can break them: a changed device's rack, parent, loop of parents and slot; a
 * changed cable's plugged devices; and, when a rack or device disappears, what referred to it.
 */
import type { z } from 'zod';
import { catalogueFor } from '../core/catalogue';
import type { Design } from '../core/design';
import { own } from '../core/own';
import type { Part } from '../core/parts';
import { checkCable, checkDevice, checkPart, type DeviceContext, type Sink } from './designChecks';
import {
  cableSchema,
  designNameSchema,
  deviceSchema,
  idSchema,
  partSchema,
  rackSchema,
  settingsSchema,
} from './designSchema';
import { formatPath, type PathSegments } from './jsonPath';
import { firstIssue } from './zodIssue';

/** The verdict on an edit: ok, or the first rule its result breaks, where, in words. */
export type EditCheck =
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** JSON path of the problem in the design as it would be saved, e.g. `$.cables["cab-3"].lengthM`. */
      readonly path: string;
      /** The rule in words, e.g. `must be 0–100,000 m; received 200000`. */
      readonly rule: string;
      /** `path: rule`, for the status bar. */
      readonly message: string;
    };

const OK: EditCheck = { ok: true };

/**
 * Keys of the records an edit touched (added, replaced or removed), per collection, when the
 * caller knows them (a Yjs record map's change event does). A collection listed here is not
 * scanned; one not listed is diffed by record identity. A wrong list means unchecked records.
 */
export type TouchedKeys = { readonly [C in 'racks' | 'devices' | 'cables' | 'parts']?: readonly string[] };

/** A refusal at `path` (segments from the document root). */
function refusal(path: PathSegments, rule: string): EditCheck {
  const p = formatPath(path);
  return { ok: false, path: p, rule, message: `${p} ${rule}` };
}

/** First problem of a zod parse of the value at `at`, or null when it passes. */
function schemaProblem(schema: z.ZodType, value: unknown, at: PathSegments): EditCheck | null {
  const r = schema.safeParse(value);
  if (r.success) return null;
  const issue = firstIssue(r.error);
  return refusal([...at, ...issue.path], issue.message);
}

/** A sink that keeps the first error and drops warnings (warnings are states, not refusals). */
function firstErrorSink(): Sink & { first: EditCheck | null } {
  const sink = {
    first: null as EditCheck | null,
    error(path: PathSegments, message: string) {
      if (!sink.first) sink.first = refusal(path, message);
    },
    warn() {},
  };
  return sink;
}

type Collection = 'racks' | 'devices' | 'cables' | 'parts';
const SCHEMAS = { racks: rackSchema, devices: deviceSchema, cables: cableSchema, parts: partSchema } as const;

/** Own-key counts of collections already scanned (a collection scanned as `next` is the next `prev`). */
const keyCounts = new WeakMap<object, number>();

function keyCount(rec: Readonly<Record<string, unknown>>): number {
  let n = keyCounts.get(rec);
  if (n === undefined) {
    n = Object.keys(rec).length;
    keyCounts.set(rec, n);
  }
  return n;
}

/**
 * Keys of `next` whose record object is new or changed, and keys of `prev` now gone. One pass
 * over `next` comparing record identities; `prev` is scanned only when records were removed
 * (its key count, cached per collection object, says so).
 */
function diff(
  prev: Readonly<Record<string, unknown>>,
  next: Readonly<Record<string, unknown>>,
): { changed: string[]; removed: string[] } {
  const changed: string[] = [];
  const removed: string[] = [];
  if (prev === next) return { changed, removed };
  const keys = Object.keys(next);
  keyCounts.set(next, keys.length);
  let added = 0;
  for (const k of keys) {
    // An identical record object is the same own record (a record is never an inherited member).
    if (prev[k] === next[k]) continue;
    changed.push(k);
    if (!Object.hasOwn(prev, k)) added += 1;
  }
  if (keyCount(prev) > keys.length - added)
    for (const k of Object.keys(prev)) if (!Object.hasOwn(next, k)) removed.push(k);
  return { changed, removed };
}

const isRecordObject = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Record-level checks of the changed keys of one collection: key, schema, key = id. */
function checkRecords(coll: Collection, next: Design, keys: readonly string[]): EditCheck | null {
  const records = next[coll] as Readonly<Record<string, unknown>>;
  for (const k of keys) {
    const key = idSchema.safeParse(k);
    if (!key.success) return refusal([coll, k], `(the record's id) ${firstIssue(key.error).message}`);
    const rec = records[k];
    const bad = schemaProblem(SCHEMAS[coll], rec, [coll, k]);
    if (bad) return bad;
    const id = (rec as { id: string }).id;
    if (id !== k)
      return refusal([coll, k, 'id'], `id "${id}" does not match its key "${k}" (each record is keyed by its own id)`);
  }
  return null;
}

/** True when the parents of device `start` lead back to a device already on the walk. */
function loopsBack(design: Design, start: string): boolean {
  const seen = new Set<string>([start]);
  let cur = own(design.devices, start);
  while (cur && (cur.placement.kind === 'slot' || cur.placement.kind === 'cage')) {
    const parent = cur.placement.parent;
    if (seen.has(parent)) return true;
    seen.add(parent);
    cur = own(design.devices, parent);
  }
  return false;
}

/** Another device in the same slot or cage (`slot:parent#holder`) as device `self`, if any. */
function occupantOf(design: Design, occKey: string, self: string): string | undefined {
  for (const [k, d] of Object.entries(design.devices)) {
    if (k === self) continue;
    const p = d.placement;
    if (
      (p.kind === 'slot' || p.kind === 'cage') &&
      `${p.kind}:${p.parent}#${p.kind === 'slot' ? p.slot : p.cage}` === occKey
    )
      return k;
  }
  return undefined;
}

/**
 * Checks an edit: `next` is the design after the edit, `prev` the design before it (assumed
 * valid: it passed the loader or an earlier `checkEdit`). Returns `{ ok: true }`, or the first
 * problem of `next` with its JSON path and the rule in words. Validates only what changed
 * (records found by identity, or listed in `touched`) against the record schemas of a loaded
 * file, plus the cross-record rules the changed and removed records can break. Pure; never throws.
 *
 * Cost on the 10,000-fiber data hall (editCheck.bench.ts): one identity pass over the changed
 * collection's keys plus a zod parse of each changed record; with `touched`, only the latter.
 */
export function checkEdit(prev: Design, next: Design, touched?: TouchedKeys): EditCheck {
  if (prev === next) return OK;
  try {
    return checkEditUnsafe(prev, next, touched);
  } catch {
    // A design of the wrong shape (not produced by an edit): refuse rather than throw.
    return refusal([], 'is not a design document of this version');
  }
}

/** The changed and removed keys among `keys` (a caller's list of touched keys of one collection). */
function diffTouched(
  prev: Readonly<Record<string, unknown>>,
  next: Readonly<Record<string, unknown>>,
  keys: readonly string[],
): { changed: string[]; removed: string[] } {
  const changed: string[] = [];
  const removed: string[] = [];
  for (const k of new Set(keys)) {
    if (Object.hasOwn(next, k)) {
      if (!Object.hasOwn(prev, k) || prev[k] !== next[k]) changed.push(k);
    } else if (Object.hasOwn(prev, k)) removed.push(k);
  }
  return { changed, removed };
}

function checkEditUnsafe(prev: Design, next: Design, touched: TouchedKeys | undefined): EditCheck {
  if (next.schemaVersion !== prev.schemaVersion)
    return refusal(['schemaVersion'], `must stay ${prev.schemaVersion} (an edit does not change the file version)`);
  if (next.name !== prev.name) {
    const bad = schemaProblem(designNameSchema, next.name, ['name']);
    if (bad) return bad;
  }
  if (next.settings !== prev.settings) {
    const bad = schemaProblem(settingsSchema, next.settings, ['settings']);
    if (bad) return bad;
  }
  const colls = ['racks', 'devices', 'cables', 'parts'] as const;
  const d = {} as Record<Collection, { changed: string[]; removed: string[] }>;
  for (const coll of colls) {
    if (!isRecordObject(next[coll])) return refusal([coll], 'must be an object of records keyed by id');
    const hint = touched?.[coll];
    d[coll] =
      prev[coll] === next[coll]
        ? { changed: [], removed: [] }
        : hint
          ? diffTouched(prev[coll], next[coll], hint)
          : diff(prev[coll], next[coll]);
    const bad = checkRecords(coll, next, d[coll].changed);
    if (bad) return bad;
  }
  const sink = firstErrorSink();
  for (const k of d.parts.changed) {
    checkPart(own(next.parts, k) as Part, ['parts', k], sink);
    if (sink.first) return sink.first;
  }
  const cat = catalogueFor(next);
  const get = (id: string) => cat.get(id);
  const ctx: DeviceContext = {
    get,
    inCycle: (id) => loopsBack(next, id),
    occupant: (occKey, id) => occupantOf(next, occKey, id),
  };
  // Devices to check: the changed ones, and (when racks or devices went away) every device that
  // referred to what is gone.
  const goneRacks = new Set(d.racks.removed);
  const goneDevices = new Set(d.devices.removed);
  const devices = new Set(d.devices.changed);
  if (goneRacks.size > 0 || goneDevices.size > 0)
    for (const [k, v] of Object.entries(next.devices)) {
      const p = v.placement;
      if (
        (p.kind === 'rack' && goneRacks.has(p.rack)) ||
        ((p.kind === 'slot' || p.kind === 'cage') && goneDevices.has(p.parent))
      )
        devices.add(k);
    }
  for (const k of devices) {
    checkDevice(next, k, own(next.devices, k) as Design['devices'][string], ctx, sink);
    if (sink.first) return sink.first;
  }
  const cables = new Set(d.cables.changed);
  if (goneDevices.size > 0)
    for (const [k, c] of Object.entries(next.cables))
      for (const ref of Object.values(c.ends)) if (ref && goneDevices.has(ref.device)) cables.add(k);
  for (const k of cables) {
    checkCable(next, k, own(next.cables, k) as Design['cables'][string], get, () => true, sink);
    if (sink.first) return sink.first;
  }
  return OK;
}
