/**
 * Fuzzing parseDesignFile with fast-check: valid design files (the four examples, a design with
 * every custom part kind, a small data hall) mutated structurally (delete keys, change types,
 * rename keys, duplicate ids, inject `__proto__`/`constructor`/`prototype`, nest deeply) and
 * textually (truncate, insert/replace/delete random characters, random bytes).
 *
 * For every input: parseDesignFile never throws; a refusal carries a well-formed JSON path whose
 * parent exists in the file and a message; an accepted design analyses without throwing and
 * round-trips through serializeDesign. The number of inputs tried is printed at the end.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../scripts/generate-examples';
import { analyzeDesign } from '../core/analysis/analyze';
import { generateDataHall } from '../core/dataHall';
import { formatPath } from './jsonPath';
import { FORBIDDEN_KEYS, MAX_DEPTH, parseDesignFile, type ParseResult } from './loadDesign';
import { customPartsDesign } from './fixtures/sampleDesigns';
import { serializeDesign } from './saveDesign';

type Node = unknown;
type Path = (string | number)[];

const SEEDS: readonly string[] = [
  ...Object.values(EXAMPLES).map((make) => serializeDesign(make())),
  serializeDesign(customPartsDesign()),
  serializeDesign(generateDataHall({ racks: 2, panelsPerRack: 1, trunksPerPanel: 1, cassettesPerPanel: 4 })),
];

/** Every node path of a JSON value, root first. */
function allPaths(v: Node, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(v)) v.forEach((c: Node, i) => allPaths(c, [...path, i], out));
  else if (typeof v === 'object' && v !== null) for (const [k, c] of Object.entries(v)) allPaths(c, [...path, k], out);
  return out;
}
const SEED_PATHS = SEEDS.map((s) => allPaths(JSON.parse(s)));

const get = (v: Node, path: Path): Node =>
  path.reduce<Node>((acc, k) => (acc as Record<string | number, Node> | undefined)?.[k], v);

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

let tried = 0;
let accepted = 0;
const firstErrors = new Map<string, number>();

/** The checks every input must pass; `doc` is the parsed mutated document when it is JSON. */
function check(text: string, doc?: Node): ParseResult {
  tried += 1;
  let r: ParseResult | undefined;
  expect(() => (r = parseDesignFile(text))).not.toThrow();
  const res = r as ParseResult;
  if (res.ok) {
    accepted += 1;
    expect(() => analyzeDesign(res.design)).not.toThrow();
    const again = parseDesignFile(serializeDesign(res.design));
    expect(again.ok && again.design).toEqual(res.design);
    return res;
  }
  expect(res.error.message.length).toBeGreaterThan(0);
  const segs = parsePath(res.error.path);
  expect(segs, res.error.path).not.toBeNull();
  if (doc !== undefined && segs && segs.length > 0) {
    const parent = get(doc, segs.slice(0, -1));
    expect(typeof parent === 'object' && parent !== null, `parent of ${res.error.path} exists`).toBe(true);
  }
  const kind = res.error.message.replace(/"[^"]*"|\d+(\.\d+)?/g, '…').slice(0, 60);
  firstErrors.set(kind, (firstErrors.get(kind) ?? 0) + 1);
  return res;
}

const seedIndex = fc.integer({ min: 0, max: SEEDS.length - 1 });
/** A seed and one of its node paths. */
const seedAndPath = seedIndex.chain((i) =>
  fc.record({ i: fc.constant(i), p: fc.integer({ min: 0, max: (SEED_PATHS[i] as Path[]).length - 1 }) }),
);
const weirdValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    null,
    true,
    false,
    [],
    {},
    'NaN',
    'Infinity',
    '-Infinity',
    '1e400',
    '',
    -1,
    0,
    1e308,
    73,
    100_001,
    0.5,
  ),
  fc.jsonValue({ maxDepth: 3 }),
);

type Op = { kind: 'delete' } | { kind: 'set'; value: unknown } | { kind: 'rename'; key: string } | { kind: 'dupId' };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.constant<Op>({ kind: 'delete' }),
  weirdValue.map((value): Op => ({ kind: 'set', value })),
  fc.string({ maxLength: 12 }).map((key): Op => ({ kind: 'rename', key })),
  fc.constant<Op>({ kind: 'dupId' }),
);

/** Applies one operation at `path` of `doc` (mutates). */
function apply(doc: Node, path: Path, o: Op): void {
  if (path.length === 0) return;
  const parent = get(doc, path.slice(0, -1)) as Record<string | number, unknown> | unknown[] | undefined;
  const key = path[path.length - 1] as string | number;
  if (typeof parent !== 'object' || parent === null) return;
  if (o.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (o.kind === 'set') (parent as Record<string | number, unknown>)[key] = o.value;
  else if (o.kind === 'rename' && !Array.isArray(parent) && !FORBIDDEN_KEYS.has(o.key)) {
    const v = parent[key];
    delete parent[key];
    parent[o.key] = v;
  } else if (o.kind === 'dupId' && !Array.isArray(parent)) {
    const keys = Object.keys(parent);
    const rec = parent[key] as Record<string, unknown> | undefined;
    if (rec && typeof rec === 'object' && 'id' in rec && keys.length > 1) rec.id = keys.find((k) => k !== key);
  }
}

const RUNS = {
  single: 3000,
  chained: 1000,
  forbidden: 500,
  deep: 300,
  truncate: 1000,
  text: 2000,
  bytes: 500,
} as const;

describe('fuzz parseDesignFile', { timeout: 120_000 }, () => {
  it('seeds are valid', () => {
    for (const s of SEEDS) expect(parseDesignFile(s).ok).toBe(true);
  });

  it(`${RUNS.single} single structural mutations`, () => {
    fc.assert(
      fc.property(seedAndPath, op, ({ i, p }, o) => {
        const doc = JSON.parse(SEEDS[i] as string) as Node;
        apply(doc, (SEED_PATHS[i] as Path[])[p] as Path, o);
        check(JSON.stringify(doc), doc);
      }),
      { numRuns: RUNS.single },
    );
  });

  it(`${RUNS.chained} chains of 2–6 structural mutations`, () => {
    fc.assert(
      fc.property(seedIndex, fc.array(fc.tuple(fc.nat(), op), { minLength: 2, maxLength: 6 }), (i, ops) => {
        const doc = JSON.parse(SEEDS[i] as string) as Node;
        for (const [n, o] of ops) {
          const paths = allPaths(doc);
          apply(doc, paths[n % paths.length] as Path, o);
        }
        check(JSON.stringify(doc), doc);
      }),
      { numRuns: RUNS.chained },
    );
  });

  it(`${RUNS.forbidden} injections of __proto__ / constructor / prototype are refused at their path`, () => {
    fc.assert(
      fc.property(seedAndPath, fc.constantFrom(...FORBIDDEN_KEYS), ({ i, p }, bad) => {
        const doc = JSON.parse(SEEDS[i] as string) as Node;
        const objects = (SEED_PATHS[i] as Path[]).filter((q) => {
          const v = get(doc, q);
          return typeof v === 'object' && v !== null && !Array.isArray(v);
        });
        const at = objects[p % objects.length] as Path;
        (get(doc, at) as Record<string, unknown>)['\u0000inject'] = { polluted: true };
        const text = JSON.stringify(doc).replace('"\\u0000inject"', JSON.stringify(bad));
        const r = check(text);
        expect(r).toEqual({
          ok: false,
          error: { path: formatPath([...at, bad]), message: expect.stringMatching(/not allowed/) },
        });
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS.forbidden },
    );
  });

  it(`${RUNS.deep} deep nestings are refused`, () => {
    fc.assert(
      fc.property(seedAndPath, fc.integer({ min: MAX_DEPTH + 1, max: 5000 }), ({ i, p }, depth) => {
        const doc = JSON.parse(SEEDS[i] as string) as Node;
        const at = (SEED_PATHS[i] as Path[])[p] as Path;
        if (at.length === 0) return;
        // Built as text: JSON.stringify of a value this deep would itself overflow the stack.
        let open = '';
        for (let d = 0; d < depth; d++) open += d % 3 === 0 ? '[' : '{"x":';
        const close = [...open.matchAll(/\[|\{/g)]
          .map((m) => (m[0] === '[' ? ']' : '}'))
          .reverse()
          .join('');
        apply(doc, at, { kind: 'set', value: '\u0000deep' });
        const r = check(JSON.stringify(doc).replace('"\\u0000deep"', `${open}0${close}`));
        expect(r.ok).toBe(false);
        expect(!r.ok && r.error.message).toMatch(/nesting deeper than 64/);
        expect(!r.ok && r.error.path.startsWith(formatPath(at))).toBe(true);
      }),
      { numRuns: RUNS.deep },
    );
  });

  it(`${RUNS.truncate} truncations are refused`, () => {
    fc.assert(
      fc.property(seedIndex, fc.nat(), (i, n) => {
        const s = SEEDS[i] as string;
        const cut = n % (s.trimEnd().length - 1);
        const r = check(s.slice(0, cut));
        expect(r.ok).toBe(false);
      }),
      { numRuns: RUNS.truncate },
    );
  });

  it(`${RUNS.text} random character insertions, replacements and deletions`, () => {
    const text = fc.string({ unit: 'binary', maxLength: 8 });
    fc.assert(
      fc.property(seedIndex, fc.nat(), fc.nat({ max: 16 }), text, (i, at, len, ins) => {
        const s = SEEDS[i] as string;
        const k = at % s.length;
        const mutated = s.slice(0, k) + ins + s.slice(k + len);
        let doc: Node;
        try {
          doc = JSON.parse(mutated.charCodeAt(0) === 0xfeff ? mutated.slice(1) : mutated) as Node;
        } catch {
          doc = undefined;
        }
        check(mutated, doc);
      }),
      { numRuns: RUNS.text },
    );
  });

  it(`${RUNS.bytes} random byte strings`, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        const r = check(new TextDecoder().decode(bytes));
        expect(r.ok).toBe(false);
      }),
      { numRuns: RUNS.bytes },
    );
  });

  afterAll(() => {
    const top = [...firstErrors.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
    console.info(
      `fuzz: ${tried} inputs tried, ${accepted} accepted, ${tried - accepted} refused with a path; most frequent first errors:\n${top.map(([k, n]) => `  ${n} × ${k}`).join('\n')}`,
    );
  });
});
