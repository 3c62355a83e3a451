/**
 * Port search for the technician's search box: a typed label (either scheme, any case, leading
 * zeros or not, with or without a fiber suffix) or a fragment of one (`C3-Port4`, `eth12`) or
 * of a device name (`Leaf-1`) → matching ports, best first.
 */
import type { PortRef } from '../design';
import type { LabelEntry } from './labelEntry';
import type { LabelIndex } from './labelIndex';
import { naturalCompare, normalizeLabel } from './labelText';

/** One search hit. */
export interface PortMatch {
  readonly entry: LabelEntry;
  readonly ref: PortRef;
  /**
   * How well it matched: 0 exact identifier, 1 identifier prefix, 2 identifier substring,
   * 3 device or port name substring. Lower is better.
   */
  readonly score: 0 | 1 | 2 | 3;
  /** Fiber position typed after the identifier (`:B`, `.B`, `:12`), if any. */
  readonly position: string | null;
}

/** Splits a trailing fiber suffix (`:A`, `:12`, `.B`) off a query. */
function splitPosition(q: string): { base: string; position: string | null } {
  const m = /^(.*?)(?::|\.)([AB]|\d{1,2})$/.exec(q);
  // `AJ05-14:04` ends in ":04" but is a port, not a fiber: only strip when something is left
  // that still contains a port word or a 606 port field.
  if (m && m[1] && (/(PORT|MPO|ETH)\d+(-REAR)?$/.test(m[1]) || /:(C\d+-)?(MPO)?\d+(-REAR)?$/.test(m[1])))
    return { base: m[1], position: m[2] ?? null };
  return { base: q, position: null };
}

/** The query without leading zeros in numbers after letters (`R07-P02` → `R7-P2`). */
const stripZeros = (q: string): string => q.replace(/([A-Z])0+(\d)/g, '$1$2');

/**
 * Finds ports whose identifier (project or TIA-606) or name matches `query`. Exact identifiers
 * rank first, then prefixes, then substrings, then device/port name matches; ties in natural
 * label order. Transceiver MDI aliases are not listed separately (the cage is). Returns at most
 * `limit` matches (default 50); an empty query returns none.
 */
export function findPorts(index: LabelIndex, query: string, limit = 50): PortMatch[] {
  const q = normalizeLabel(query);
  if (q === '') return [];
  const { base, position } = splitPosition(q);
  const variants = [...new Set([base, stripZeros(base)])];
  const seen = new Set<LabelEntry>();
  const hits: PortMatch[] = [];
  for (const e of index.ports.values()) {
    if (!e.port || seen.has(e) || (e.port.port === 'mdi' && e.parts?.token === 'Eth')) continue;
    seen.add(e);
    const ids = [normalizeLabel(e.project), normalizeLabel(e.tia606)];
    let score: PortMatch['score'] | null = null;
    if (ids.some((id) => variants.includes(id))) score = 0;
    else if (ids.some((id) => variants.some((v) => id.startsWith(v)))) score = 1;
    else if (ids.some((id) => variants.some((v) => id.includes(v)))) score = 2;
    else if (normalizeLabel(e.name).includes(q)) score = 3;
    if (score === null) continue;
    hits.push({ entry: e, ref: e.port, score, position: score === 3 ? null : position });
  }
  hits.sort((a, b) => a.score - b.score || naturalCompare(a.entry.text, b.entry.text));
  return hits.slice(0, limit);
}
