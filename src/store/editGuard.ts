/**
 * The check every local edit passes before anything is written to the document: each record
 * (and meta value) the edit writes is validated against the design's zod record schemas, so an
 * edit whose result the file loader would refuse changes nothing.
 *
 * Issue 9 §1 gives the full check (`io/editCheck.ts` `checkEdit`, cross-record rules included) to
 * another change; until it lands this is the per-record part of it, with the same result shape.
 */
import type { Design } from '../core/design';
import { diffDesign, validateMeta, validateRecord } from '../io/records';

/** The outcome of checking an edit: fine, or the JSON path and rule of the first problem. */
export type EditCheck = { readonly ok: true } | { readonly ok: false; readonly path: string; readonly message: string };

/**
 * Checks the records `next` writes over `prev` (found by identity: only changed records are
 * checked, so the cost is per changed record). Pure; never throws.
 */
export function checkEdit(prev: Design, next: Design): EditCheck {
  const diff = diffDesign(prev, next);
  for (const [k, v] of diff.meta) {
    const r = validateMeta(k, v);
    if (!r.ok) return r;
  }
  for (const [c, d] of diff.collections)
    for (const [k, v] of d.set) {
      const r = validateRecord(c, k, v);
      if (!r.ok) return r;
    }
  return { ok: true };
}
