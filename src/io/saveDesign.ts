/**
 * Serialises a design document to its file form: JSON, 2-space indent, a trailing newline, and a
 * stable key order so that saving the same design twice gives the same bytes (diff-friendly,
 * and the committed examples can be compared with freshly generated ones).
 *
 * Key order: the top level in document order (`schemaVersion`, `name`, `settings`, `racks`,
 * `devices`, `cables`, `parts`); every other object `id`, `kind`, `name` first, then the rest
 * by natural order (`cab-2` before `cab-10`). Array order is kept (it is meaningful: cable ends,
 * fibers, ports).
 */
import type { Design } from '../core/design';

const TOP_LEVEL_ORDER: readonly string[] = ['schemaVersion', 'name', 'settings', 'racks', 'devices', 'cables', 'parts'];

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Natural comparison of two keys: runs of digits compare by value (`cab-2` before `cab-10`;
 * on equal value, fewer leading zeros first), everything else by UTF-16 code unit, so the order
 * never depends on the locale. Allocation-free: it runs inside every sort of every record.
 */
export function naturalCompare(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      let ie = i;
      while (ie < a.length && isDigit(a.charCodeAt(ie))) ie++;
      let je = j;
      while (je < b.length && isDigit(b.charCodeAt(je))) je++;
      let is = i;
      while (is < ie - 1 && a.charCodeAt(is) === 48) is++;
      let js = j;
      while (js < je - 1 && b.charCodeAt(js) === 48) js++;
      if (ie - is !== je - js) return ie - is - (je - js);
      for (let k = 0; k < ie - is; k++) {
        const d = a.charCodeAt(is + k) - b.charCodeAt(js + k);
        if (d !== 0) return d;
      }
      if (ie - i !== je - j) return ie - i - (je - j);
      i = ie;
      j = je;
      continue;
    }
    if (ca !== cb) return ca - cb;
    i++;
    j++;
  }
  return a.length - i - (b.length - j);
}

/** Keys written first in every nested object, so a record reads `id`, `kind`, `name`, then the rest. */
const NESTED_FIRST: readonly string[] = ['id', 'kind', 'name'];

function orderedKeys(obj: object, top: boolean): string[] {
  const keys = Object.keys(obj).filter((k) => (obj as Record<string, unknown>)[k] !== undefined);
  const first = top ? TOP_LEVEL_ORDER : NESTED_FIRST;
  const rank = (k: string) => {
    const i = first.indexOf(k);
    return i < 0 ? first.length : i;
  };
  return keys.sort((a, b) => rank(a) - rank(b) || naturalCompare(a, b));
}

/** Writes `value` as JSON with stable key order (same layout as `JSON.stringify(v, null, 2)`). */
function write(value: unknown, indent: string, top: boolean, out: string[]): void {
  if (value === null || typeof value !== 'object') {
    out.push(JSON.stringify(value) ?? 'null');
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push('[]');
      return;
    }
    out.push('[\n');
    value.forEach((v: unknown, i) => {
      out.push(inner);
      write(v === undefined ? null : v, inner, false, out);
      out.push(i < value.length - 1 ? ',\n' : '\n');
    });
    out.push(`${indent}]`);
    return;
  }
  const keys = orderedKeys(value, top);
  if (keys.length === 0) {
    out.push('{}');
    return;
  }
  out.push('{\n');
  keys.forEach((k, i) => {
    out.push(`${inner}${JSON.stringify(k)}: `);
    write((value as Record<string, unknown>)[k], inner, false, out);
    out.push(i < keys.length - 1 ? ',\n' : '\n');
  });
  out.push(`${indent}}`);
}

const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

/**
 * A copy of `value` whose objects have their keys inserted in file order, or null when some key
 * looks like an array index: JavaScript objects always enumerate those first, so only the
 * explicit writer can place them.
 */
function sortedClone(value: unknown, top: boolean): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const v of value) {
      const c = sortedClone(v, false);
      if (c === null && v !== null) return null;
      out.push(c);
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const k of orderedKeys(value, top)) {
    if (ARRAY_INDEX.test(k)) return null;
    const v = (value as Record<string, unknown>)[k];
    const c = sortedClone(v, false);
    if (c === null && v !== null) return null;
    out[k] = c;
  }
  return out;
}

/**
 * The file text of a design: JSON with 2-space indent, stable key order (see the module doc)
 * and a trailing newline. Pure; `undefined` properties are omitted as `JSON.stringify` does.
 * Round-trips: `parseDesignFile(serializeDesign(d))` yields a design deep-equal to `d`.
 */
export function serializeDesign(design: Design): string {
  const clone = sortedClone(design, true);
  if (clone !== null) return `${JSON.stringify(clone, null, 2)}\n`;
  const out: string[] = [];
  write(design, '', true, out);
  out.push('\n');
  return out.join('');
}
