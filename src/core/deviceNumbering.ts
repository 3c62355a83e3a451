/**
 * The numbers a design's devices already take, derived per edit rather than per design: the
 * largest `N` of the device ids `dev-N` (`nextId`'s rule: `dev-N~suffix` counts as `N`), and for
 * each equipment name token (`P`, `SW`, see `equipmentNames.ts`) how many devices are named
 * `<token><n>` (trimmed, upper-cased). A new device needs both (its id, its default name); a walk
 * over every device for each was two full passes per palette drop at data-hall scale.
 *
 * The value is cached on the devices collection (records are immutable and collections shared
 * between design versions). A design made by one recorded edit (`lastEditOf`) from a design whose
 * value is cached gets it patched from the edit's changed device ids only; anything else (a file,
 * an undo to a design never seen, an edit that deleted the highest id) is derived by one walk.
 */
import type { Design, Device } from './design';
import { lastEditOf } from './editChanges';
import { idNumber } from './editResult';
import { own } from './own';

/** What the devices of one collection take (see the module docs). */
export interface DeviceNumbering {
  /** The largest `N` of the device ids `dev-N` / `dev-N~suffix`; 0 when there is none. */
  readonly maxId: number;
  /**
   * Per name token (`P`, `SW`): device count by `n` (its decimal digits, no leading zero, as
   * `String(n)` writes it), over the devices whose trimmed, upper-cased name is exactly
   * `<token><n>`. Tokens with no such device are absent.
   */
  readonly named: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

const NAME = /^(P|SW)([1-9]\d*)$/;

const cache = new WeakMap<Design['devices'], DeviceNumbering>();

/** The token and number (digits) a device's name states (`p7 ` → `['P', '7']`), else null. */
function nameNumber(d: Device): readonly [string, string] | null {
  const m = NAME.exec(d.name.trim().toUpperCase());
  return m ? [m[1] as string, m[2] as string] : null;
}

function walk(devices: Design['devices']): DeviceNumbering {
  let maxId = 0;
  const named = new Map<string, Map<string, number>>();
  for (const id of Object.keys(devices)) maxId = Math.max(maxId, idNumber('dev', id) ?? 0);
  for (const d of Object.values(devices)) {
    const t = nameNumber(d);
    if (!t) continue;
    const counts = named.get(t[0]) ?? new Map<string, number>();
    named.set(t[0], counts.set(t[1], (counts.get(t[1]) ?? 0) + 1));
  }
  return { maxId, named };
}

/**
 * `prev` (of the devices `before`) patched to the devices `after`, which differ from `before` only
 * under the ids `changed`; null when it cannot be (the highest id was deleted).
 */
function patch(
  prev: DeviceNumbering,
  before: Design['devices'],
  after: Design['devices'],
  changed: readonly string[],
): DeviceNumbering | null {
  let maxId = prev.maxId;
  const named = new Map(prev.named);
  const count = (d: Device | undefined, by: number) => {
    const t = d && nameNumber(d);
    if (!t) return;
    const counts = new Map(named.get(t[0]));
    const n = (counts.get(t[1]) ?? 0) + by;
    if (n > 0) counts.set(t[1], n);
    else counts.delete(t[1]);
    if (counts.size > 0) named.set(t[0], counts);
    else named.delete(t[0]);
  };
  for (const id of changed) {
    const [a, b] = [own(before, id), own(after, id)];
    if (a === b) continue;
    const n = idNumber('dev', id) ?? 0;
    if (b) maxId = Math.max(maxId, n);
    else if (n === prev.maxId && n > 0) return null;
    count(a, -1);
    count(b, +1);
  }
  return { maxId, named };
}

/**
 * The numbers `design`'s devices take (see `DeviceNumbering`). O(changed devices) after a
 * recorded edit of a design already asked about, else O(devices).
 */
export function deviceNumbering(design: Design): DeviceNumbering {
  const devices = design.devices;
  const hit = cache.get(devices);
  if (hit) return hit;
  const edit = lastEditOf(design);
  const prev = edit && cache.get(edit.base.devices);
  const value = (edit && prev && patch(prev, edit.base.devices, devices, edit.changes.devices)) || walk(devices);
  cache.set(devices, value);
  return value;
}
