/**
 * Rows of racks in a hall (issue 12 §5). A row is not a record of its own: it is the `row` name
 * its racks carry, so renaming a row, moving a rack into another row or reordering racks are
 * edits of rack records only (old files open unchanged, concurrent edits merge per rack, and no
 * rack can point at a missing row).
 *
 * Hall order (the order of the canvas, the labels, the exports and the test plan):
 * - a row's place in the hall is the smallest `order` among its racks (ties: row name);
 * - racks within a row go by `order`, then id.
 * Every edit here renumbers `order` to 0…n−1 in the resulting hall order, so the racks of a row
 * are contiguous and a rack's project label number (`R{order + 1}`, REFERENCE §9.2) follows its
 * place in the hall. Racks whose order is unchanged keep their record identity (immer).
 *
 * ```text
 *  Row A  [R1 order 0] [R2 order 1]          moveRackTo(R1, "Row B", 0)   Row A  [R2 order 0]
 *  Row B  [R3 order 2]                       ─────────────────────────►   Row B  [R1 order 1] [R3 order 2]
 * ```
 */
import { produceEdit } from './editChanges';
import type { Design, Rack } from './design';
import { done, type EditResult } from './editResult';
import type { RackId } from './ids';
import { own } from './own';

/** One row of the hall: its name and its racks, left to right. */
export interface HallRow {
  readonly name: string;
  readonly racks: readonly Rack[];
}

const rowsCache = new WeakMap<Design['racks'], readonly HallRow[]>();

const byOrder = (a: Rack, b: Rack): number => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The rows of a design in hall order, each with its racks in rack order (see the module docs).
 * Memoised on the racks collection (O(racks log racks) once per racks edit). Empty list for a
 * design without racks.
 */
export function hallRows(d: Pick<Design, 'racks'>): readonly HallRow[] {
  const hit = rowsCache.get(d.racks);
  if (hit) return hit;
  const groups = new Map<string, Rack[]>();
  for (const r of Object.values(d.racks)) {
    const list = groups.get(r.row);
    if (list) list.push(r);
    else groups.set(r.row, [r]);
  }
  const rows = [...groups].map(([name, racks]) => ({ name, racks: racks.sort(byOrder) }));
  rows.sort((a, b) => byOrder(a.racks[0] as Rack, b.racks[0] as Rack) || (a.name < b.name ? -1 : 1));
  rowsCache.set(d.racks, rows);
  return rows;
}

/** Every rack in hall order: row by row, each row left to right (see the module docs). */
export const racksInOrder = (d: Pick<Design, 'racks'>): Rack[] => hallRows(d).flatMap((r) => r.racks);

/** Where a rack stands: its row, its 0-based index in the row, and the row's rack count. */
export interface RackPlace {
  readonly row: string;
  readonly index: number;
  readonly count: number;
}

/** The place of rack `id` in its row, or undefined for an unknown rack. */
export function rackPlace(d: Pick<Design, 'racks'>, id: RackId): RackPlace | undefined {
  for (const row of hallRows(d)) {
    const index = row.racks.findIndex((r) => r.id === id);
    if (index >= 0) return { row: row.name, index, count: row.racks.length };
  }
  return undefined;
}

/** Writes `order` = position in `rows` (flattened), and `row` where it changed. */
function renumber(d: Design, rows: readonly { name: string; racks: readonly Rack[] }[]): Design {
  return produceEdit(d, (x) => {
    let i = 0;
    for (const row of rows)
      for (const r of row.racks) {
        const t = own(x.racks, r.id);
        if (t && t.order !== i) t.order = i;
        if (t && t.row !== row.name) t.row = row.name;
        i++;
      }
  });
}

/**
 * Moves rack `id` to 0-based position `toIndex` of row `row` (clamped to the row's length after
 * the rack left its old place); a row name not in use starts a new row at the end of the hall.
 * Orders are renumbered in hall order. Refused for an unknown rack or an empty row name.
 */
export function moveRackTo(d: Design, id: RackId, row: string, toIndex: number): EditResult {
  const rack = own(d.racks, id);
  if (!rack) return { ok: false, reason: `No rack ${id}` };
  const name = row.trim();
  if (!name) return { ok: false, reason: 'A row needs a name' };
  const rows = hallRows(d).map((r) => ({ name: r.name, racks: r.racks.filter((k) => k.id !== id) }));
  let target = rows.find((r) => r.name === name);
  if (!target) rows.push((target = { name, racks: [] }));
  target.racks.splice(Math.max(0, Math.min(Math.trunc(toIndex), target.racks.length)), 0, rack);
  return done(
    renumber(
      d,
      rows.filter((r) => r.racks.length > 0),
    ),
  );
}

/** Moves rack `id` one place left (`step` −1) or right (+1) within its row; unchanged at an end. */
export function stepRack(d: Design, id: RackId, step: -1 | 1): EditResult {
  const at = rackPlace(d, id);
  if (!at) return { ok: false, reason: `No rack ${id}` };
  const to = at.index + step;
  if (to < 0 || to >= at.count)
    return {
      ok: false,
      reason: `${own(d.racks, id)?.name ?? id} is already ${to < 0 ? 'first' : 'last'} in ${at.row}`,
    };
  return moveRackTo(d, id, at.row, to);
}

/**
 * Renames row `from` to `to` on every rack of the row (one edit). Refused when `to` is empty or
 * another row already has that name (rows are told apart by name); the schema's name rules are
 * checked by the store's commit path.
 */
export function renameRow(d: Design, from: string, to: string): EditResult {
  const name = to.trim();
  if (!name) return { ok: false, reason: 'A row needs a name' };
  const rows = hallRows(d);
  if (!rows.some((r) => r.name === from)) return { ok: false, reason: `No row ${from}` };
  if (name !== from && rows.some((r) => r.name === name)) return { ok: false, reason: `${name} already exists` };
  return done(
    produceEdit(d, (x) => {
      for (const r of Object.values(x.racks)) if (r.row === from) r.row = name;
    }),
  );
}

/** Moves row `name` to 0-based position `toIndex` among the rows; orders are renumbered. */
export function moveRow(d: Design, name: string, toIndex: number): EditResult {
  const rows = [...hallRows(d)];
  const i = rows.findIndex((r) => r.name === name);
  if (i < 0) return { ok: false, reason: `No row ${name}` };
  const [row] = rows.splice(i, 1);
  rows.splice(Math.max(0, Math.min(Math.trunc(toIndex), rows.length)), 0, row as HallRow);
  return done(renumber(d, rows));
}

/**
 * A name for a new row: `Row X` with X the next letter after the last row's letter (`Row A` →
 * `Row B`), else `Row N` with the next free number. Never a name in use.
 */
export function nextRowName(d: Pick<Design, 'racks'>): string {
  const taken = new Set(hallRows(d).map((r) => r.name));
  for (let c = 0; c < 26; c++) {
    const n = `Row ${String.fromCharCode(65 + c)}`;
    if (!taken.has(n)) return n;
  }
  let k = 27;
  while (taken.has(`Row ${k}`)) k++;
  return `Row ${k}`;
}
