/**
 * What every edit shares: the result of an edit that can be refused, and the ids and display
 * names of new records (the next free `prefix-N`, with a per-editor suffix while collaborating).
 * Pure: never reads the clock.
 */
import type { Design } from './design';
import type { PlacementCheck } from './layout';

/** The outcome of an edit that can be refused; `id` names the record it created, if any. */
export type EditResult =
  | { readonly ok: true; readonly design: Design; readonly id?: string }
  | { readonly ok: false; readonly reason: string };

/** A successful edit's result (with the id of the record it created, if any). */
export const done = (design: Design, id?: string): EditResult =>
  id === undefined ? { ok: true, design } : { ok: true, design, id };
/** A refused edit's result, with the placement check's reason for the user. */
export const refused = (c: PlacementCheck): EditResult => ({ ok: false, reason: c.ok ? '' : c.reason });

/**
 * Suffix appended to every new record id while collaborating (`cab-7~k3f9`), so two people who
 * create a record at the same moment never pick the same id (a record-level CRDT would keep only
 * the later one). '' — the default — keeps ids deterministic (`cab-7`: tests, demos, files).
 */
let newIdSuffix = '';

/**
 * Sets the suffix of new record ids (see `nextId`): a short lowercase base36 tag unique to this
 * editor (e.g. from its Yjs client id), or '' to go back to plain ids. Throws a `RangeError` for
 * anything but 0–12 characters of `[a-z0-9]`.
 */
export function setNewIdSuffix(suffix: string): void {
  if (!/^[a-z0-9]{0,12}$/.test(suffix)) throw new RangeError('an id suffix is 0–12 characters of a–z and 0–9');
  newIdSuffix = suffix;
}

/**
 * The next free id `prefix-N` among `taken`'s keys: one more than the largest N in use, counting
 * suffixed ids too (`cab-7~k3f9` counts as 7); with a suffix set, `prefix-N~suffix`.
 */
export function nextId(taken: Readonly<Record<string, unknown>>, prefix: string): string {
  let max = 0;
  for (const k of Object.keys(taken)) max = Math.max(max, idNumber(prefix, k) ?? 0);
  return idAfter(prefix, max);
}

const ID_PATTERNS = new Map<string, RegExp>();

/**
 * The `N` of id `id` when it is `prefix-N` or `prefix-N~suffix` (the ids `nextId` makes), else
 * null: `idNumber('cab', 'cab-7~k3f9')` is 7.
 */
export function idNumber(prefix: string, id: string): number | null {
  let re = ID_PATTERNS.get(prefix);
  if (re === undefined) ID_PATTERNS.set(prefix, (re = new RegExp(`^${prefix}-(\\d+)(?:~[a-z0-9]+)?$`)));
  const m = re.exec(id);
  return m ? Number(m[1]) : null;
}

/**
 * The id after the largest `N` in use, `max`: `prefix-(max + 1)`, with the suffix when one is
 * set (`nextId` when the largest `N` is already known, e.g. `deviceNumbering`).
 */
export function idAfter(prefix: string, max: number): string {
  return newIdSuffix ? `${prefix}-${max + 1}~${newIdSuffix}` : `${prefix}-${max + 1}`;
}

/** The next free display name `prefixN` among `names` (e.g. `SW3` after `SW1`, `SW2`). */
export function nextName(names: Iterable<string>, prefix: string): string {
  let max = 0;
  const re = new RegExp(`^${prefix}(\\d+)$`);
  for (const n of names) {
    const m = re.exec(n);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${prefix}${max + 1}`;
}
