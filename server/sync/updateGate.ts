/**
 * The sync server's admission rule for one Yjs update sent by an editor (issue 11): checked
 * before the update is stored, applied or broadcast. In order:
 *
 * 1. size: at most `maxUpdateBytes` (default 5 MiB) — checked before decoding anything;
 * 2. structure (`inspectUpdate`): only plain JSON values under keys of the document's root maps;
 * 3. content: every value written is a valid record of its collection (or a valid `meta` field),
 *    validated with the design's zod record schemas, id equal to key;
 * 4. `meta` fields may be replaced, never removed (a design always has a name and settings).
 *
 * Records are validated one by one, not the whole design: cross-record references (a cable end on
 * a device another editor just deleted) are the engine's findings, not transport errors.
 */
import type * as Y from 'yjs';
import type { RejectionReason } from '../../src/io/collab/syncNotice';
import { DOCUMENT_ROOTS, META_ROOT, REQUIRED_META_KEYS, validateMeta, validateRecord } from './recordContract';
import { inspectUpdate } from './updateInspector';

/** Default largest update accepted from a client: 5 MiB. */
export const DEFAULT_MAX_UPDATE_BYTES = 5 * 1024 * 1024;

/** The verdict on one update. */
export type GateResult =
  | {
      readonly ok: true;
      /** False when applying it would change nothing (then nothing needs to be written to disk). */
      readonly changesDocument: boolean;
      /** Number of record values validated. */
      readonly values: number;
    }
  | {
      readonly ok: false;
      readonly reason: Extract<RejectionReason, 'invalid-update' | 'too-large' | 'resync'>;
      /** What was wrong, e.g. `$.racks["r1"].heightU: Too big: expected number to be <=60`; never a secret. */
      readonly detail: string;
    };

/**
 * Decides whether `update` may be applied to `doc` (the room's current document), without
 * changing `doc`. `maxUpdateBytes` is the size limit in bytes. Never throws.
 */
export function checkUpdate(doc: Y.Doc, update: Uint8Array, maxUpdateBytes = DEFAULT_MAX_UPDATE_BYTES): GateResult {
  if (update.byteLength > maxUpdateBytes)
    return {
      ok: false,
      reason: 'too-large',
      detail: `update of ${update.byteLength} bytes; the limit is ${maxUpdateBytes} bytes`,
    };
  const inspected = inspectUpdate(doc, update, DOCUMENT_ROOTS);
  if (!inspected.ok) return { ok: false, ...inspected.problem };
  const { writes, removed, changesDocument } = inspected.inspection;
  let values = 0;
  for (const w of writes) {
    for (const value of w.values) {
      values++;
      const result = w.root === META_ROOT ? validateMeta(w.key, value) : validateRecord(w.root, w.key, value);
      if (!result.ok) return { ok: false, reason: 'invalid-update', detail: `${result.path}: ${result.message}` };
    }
  }
  for (const r of removed) {
    if (r.root !== META_ROOT || !REQUIRED_META_KEYS.includes(r.key)) continue;
    const replaced = writes.some((w) => w.root === META_ROOT && w.key === r.key && w.values.length > 0);
    if (!replaced) return { ok: false, reason: 'invalid-update', detail: `$.${r.key}: may be replaced, not removed` };
  }
  return { ok: true, changesDocument, values };
}
