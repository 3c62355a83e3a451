/**
 * Matching a tester's link identifier to a permanent link of the design (issue 14 §3): by label
 * in either scheme (REFERENCE §9: project `R12-P1-C1-Port1/R14-P1-C1-Port1`, TIA-606 style
 * `AJ05-14:C1-01/...`), case and spacing ignored, either end first.
 *
 * - exact: the full link identifier in either scheme and order, or both end labels joined by
 *   another separator (`to`, ` - `, `<->`, `,`).
 * - near (needs confirmation): only one end is named and it ends exactly one link; or the text is
 *   within two edits of one link identifier or end label, and of no other equally close one.
 * - none: unknown label (listed as unmatched).
 *
 * `reversed` is true when the text names the link's far end first: the row's fiber designations
 * are then at our far end and are translated by the importer.
 */
import { normalizeLabel } from '../../core/labels';
import type { PermanentLink, PermanentLinks } from '../../core/fieldTest';

/** How a text matched. */
export interface LinkMatch {
  readonly kind: 'exact' | 'near' | 'none';
  readonly link: PermanentLink | null;
  readonly reversed: boolean;
  /** Why a near match was proposed. */
  readonly why: string;
}

/** Most edits a near match may need. */
export const MAX_EDITS = 2;
/** Distinct unmatched texts fuzzy-matched per import (the rest are unmatched): bounds the cost. */
export const MAX_FUZZY = 500;

const NONE: LinkMatch = { kind: 'none', link: null, reversed: false, why: '' };

/** Edit distance (insert, delete, substitute, swap of neighbours) up to `max`; `max + 1` beyond. */
export function editDistance(a: string, b: string, max = MAX_EDITS): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return Math.min(prev[b.length] ?? max + 1, max + 1);
}

const SEPARATORS = /\s+(?:to|<->|<>|↔|-|–|—)\s+|\s*[,;]\s*|\s*<->\s*|\s*↔\s*/i;

/** A matcher over the links of a design (indexes built once). */
export function linkMatcher(pl: PermanentLinks): (text: string) => LinkMatch {
  const full = new Map<string, { link: PermanentLink; reversed: boolean }>();
  const ends = new Map<string, { link: PermanentLink; reversed: boolean }[]>();
  const addEnd = (k: string, v: { link: PermanentLink; reversed: boolean }) => {
    const list = ends.get(k);
    if (!list) ends.set(k, [v]);
    else if (!list.some((x) => x.link === v.link)) list.push(v);
  };
  for (const link of pl.links) {
    for (const [n, f] of [
      [link.near.project, link.far.project],
      [link.near.tia606, link.far.tia606],
    ] as const) {
      full.set(normalizeLabel(`${n}/${f}`), { link, reversed: false });
      full.set(normalizeLabel(`${f}/${n}`), { link, reversed: true });
      addEnd(normalizeLabel(n), { link, reversed: false });
      addEnd(normalizeLabel(f), { link, reversed: true });
    }
  }
  const fuzzyKeys = [...full.keys()];
  const endKeys = [...ends.keys()];
  let fuzzyUsed = 0;
  const memo = new Map<string, LinkMatch>();
  return (text: string): LinkMatch => {
    const norm = normalizeLabel(text);
    const hit = memo.get(norm);
    if (hit) return hit;
    const out = match(text, norm);
    memo.set(norm, out);
    return out;
  };

  function match(text: string, norm: string): LinkMatch {
    if (norm === '') return NONE;
    const exact = full.get(norm);
    if (exact) return { kind: 'exact', ...exact, why: '' };
    const parts = text
      .split(SEPARATORS)
      .map(normalizeLabel)
      .filter((p) => p !== '');
    if (parts.length === 2) {
      const viaParts = full.get(`${parts[0]}/${parts[1]}`);
      if (viaParts) return { kind: 'exact', ...viaParts, why: '' };
    }
    const one = ends.get(norm);
    if (one?.length === 1 && one[0])
      return { kind: 'near', ...one[0], why: `only one end is named: ${text.trim()} ends this link` };
    if (one && one.length > 1) return NONE;
    if (fuzzyUsed >= MAX_FUZZY) return NONE;
    fuzzyUsed += 1;
    let best: { d: number; key: string; end: boolean } | null = null;
    let tie = false;
    for (const [keys, end] of [
      [fuzzyKeys, false],
      [endKeys, true],
    ] as const) {
      for (const k of keys) {
        const d = editDistance(norm, k);
        if (d > MAX_EDITS) continue;
        if (!best || d < best.d) {
          best = { d, key: k, end };
          tie = false;
        } else if (d === best.d && k !== best.key) {
          const a = end ? ends.get(k) : [full.get(k)];
          const b = best.end ? ends.get(best.key) : [full.get(best.key)];
          if (a?.[0]?.link !== b?.[0]?.link || (a?.length ?? 0) > 1) tie = true;
        }
      }
    }
    if (!best || tie) return NONE;
    const target = best.end ? ends.get(best.key) : [full.get(best.key)];
    const t = target?.length === 1 ? target[0] : undefined;
    if (!t) return NONE;
    return {
      kind: 'near',
      ...t,
      why: `${best.d} character${best.d > 1 ? 's differ' : ' differs'} from ${best.end ? 'the end label' : 'the link label'} ${best.end ? (t.reversed ? t.link.far.label : t.link.near.label) : t.link.label}`,
    };
  }
}
