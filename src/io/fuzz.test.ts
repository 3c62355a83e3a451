/**
 * Fuzzing parseDesignFile with the mutated design files of `fixtures/designMutations.ts` (10,300
 * inputs: structural and textual mutations of valid files, prototype-named ids and references,
 * forbidden keys, deep nesting, control characters, truncation, random bytes).
 *
 * For every input: parseDesignFile never throws; a refusal carries a well-formed JSON path whose
 * parent exists in the file and a message that is a rule, never an internal error text; an
 * accepted design analyses without throwing and round-trips through serializeDesign. Families
 * with a known answer are held to it (a forbidden key is refused at its path; a record renamed
 * `toString` is still accepted; a control character is refused at the string that holds it).
 * The consumer fuzz (`app/fuzz/*.fuzz.test.ts`) runs every consumer on the accepted inputs.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../scripts/generate-examples';
import { analyzeDesign } from '../core/analysis/analyze';
import { parseDesignFile, type ParseResult } from './loadDesign';
import { serializeDesign } from './saveDesign';
import {
  designSeeds,
  getAt,
  mutatedFileCount,
  mutatedFiles,
  mutationFamilies,
  type MutatedFile,
  type Path,
} from './fixtures/designMutations';

/** Parses a formatted JSON path back into segments (the inverse of formatPath). */
function parsePath(p: string): Path | null {
  const re = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;
  if (!p.startsWith('$')) return null;
  re.lastIndex = 1;
  const out: Path = [];
  while (re.lastIndex < p.length) {
    const m = re.exec(p);
    if (!m) return null;
    out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3] as string) as string)));
  }
  return out;
}

const tally = { tried: 0, accepted: 0 };
const firstErrors = new Map<string, number>();
const byFamily = new Map<string, { tried: number; accepted: number }>();

/** The checks every input must pass. */
function check(f: MutatedFile): ParseResult {
  tally.tried += 1;
  const fam = byFamily.get(f.family) ?? { tried: 0, accepted: 0 };
  byFamily.set(f.family, fam);
  fam.tried += 1;
  let r: ParseResult | undefined;
  expect(() => (r = parseDesignFile(f.text))).not.toThrow();
  const res = r as ParseResult;
  const e = f.expect;
  if (res.ok) {
    tally.accepted += 1;
    fam.accepted += 1;
    expect(e.kind === 'refused' || e.kind === 'refused-at' || e.kind === 'refused-under', `${f.family} accepted`).toBe(
      false,
    );
    expect(() => analyzeDesign(res.design)).not.toThrow();
    const again = parseDesignFile(serializeDesign(res.design));
    expect(again.ok && again.design).toEqual(res.design);
    return res;
  }
  expect(e.kind, `${f.family} refused: ${res.error.path} ${res.error.message}`).not.toBe('accepted');
  if (e.kind === 'refused-at') expect(res.error).toEqual({ path: e.path, message: expect.stringMatching(e.message) });
  if (e.kind === 'refused-under') {
    expect(res.error.path.startsWith(e.path)).toBe(true);
    expect(res.error.message).toMatch(e.message);
  }
  expect(res.error.message.length).toBeGreaterThan(0);
  expect(res.error.message).not.toMatch(/could not be checked|Cannot read|is not a function|undefined \(reading/);
  const segs = parsePath(res.error.path);
  expect(segs, res.error.path).not.toBeNull();
  if (f.doc !== undefined && segs && segs.length > 0) {
    const parent = getAt(f.doc, segs.slice(0, -1));
    expect(typeof parent === 'object' && parent !== null, `parent of ${res.error.path} exists`).toBe(true);
  }
  const kind = res.error.message.replace(/"[^"]*"|\d+(\.\d+)?/g, '…').slice(0, 60);
  firstErrors.set(kind, (firstErrors.get(kind) ?? 0) + 1);
  return res;
}

const SEEDS = designSeeds(Object.values(EXAMPLES).map((make) => make()));
const FAMILIES = mutationFamilies(SEEDS);

// 10,300 inputs took 45 s alone and 120 s with the other fuzz and property files beside it, on
// a 2-core machine at load average 18; each family's budget is 60 ms per input (at least 30 s).
describe('fuzz parseDesignFile', () => {
  it('seeds are valid', { timeout: 60_000 }, () => {
    for (const s of SEEDS) expect(parseDesignFile(s).ok).toBe(true);
    expect(mutatedFileCount(FAMILIES)).toBeGreaterThanOrEqual(10_000);
  });

  for (const family of FAMILIES)
    it(`${family.runs} × ${family.family}`, { timeout: Math.max(30_000, family.runs * 60) }, () => {
      for (const f of mutatedFiles(FAMILIES, family)) check(f);
    });

  it('no prototype was polluted', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  afterAll(() => {
    const top = [...firstErrors.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
    console.info(
      `fuzz: ${tally.tried} inputs tried, ${tally.accepted} accepted, ${tally.tried - tally.accepted} refused with a path\n` +
        `by family: ${[...byFamily].map(([k, v]) => `${k} ${v.accepted}/${v.tried}`).join(', ')}\n` +
        `most frequent first errors:\n${top.map(([k, n]) => `  ${n} × ${k}`).join('\n')}`,
    );
  });
});
