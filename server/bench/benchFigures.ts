/**
 * Figures of the sync benchmark (issue 11): percentiles of latencies and a content hash of a
 * Yjs document, to decide whether every replica converged.
 */
import { createHash } from 'node:crypto';
import * as Y from 'yjs';

/** The q-quantile (0 ≤ q ≤ 1) of `sorted` (ascending), nearest-rank method; NaN when empty. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] as number;
}

/** JSON with object keys sorted at every level (arrays keep their order). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * SHA-256 (hex) of a document's content: every root map's entries as canonical JSON, root
 * names sorted, plus its state vector (client → clock, sorted). Two replicas with the same hash
 * hold the same records and have seen the same updates.
 */
export function documentHash(doc: Y.Doc): string {
  const roots = [...doc.share.keys()].sort();
  const content = Object.fromEntries(roots.map((name) => [name, doc.getMap(name).toJSON()]));
  const sv = [...Y.decodeStateVector(Y.encodeStateVector(doc)).entries()].sort((a, b) => a[0] - b[0]);
  return createHash('sha256').update(canonical({ content, sv })).digest('hex');
}
