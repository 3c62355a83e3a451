/**
 * Test support (issue 9 proof): mutated design files for fuzzing the loader and every consumer
 * of what it accepts. Valid seed files (the four examples, a design with every custom part kind,
 * a small data hall) are mutated structurally (delete keys, change types and values, rename keys,
 * duplicate ids, inject `__proto__`/`constructor`/`prototype`, nest deeply, rename records to
 * Object.prototype member names, point references at them, insert control characters into
 * strings) and textually (truncate, insert/replace/delete characters, random bytes).
 *
 * `mutatedDesignFiles()` returns the same list on every call (fixed fast-check seeds), so the
 * loader fuzz (`io/fuzz.test.ts`) and the consumer fuzz (`app/consumers.fuzz.test.ts`) see the
 * same inputs. Not part of the app bundle.
 */
import fc from 'fast-check';
import { EXAMPLES } from '../../../scripts/generate-examples';
import { generateDataHall } from '../../core/fixtures/generateDataHall';
import { RESERVED_KEYS } from '../designSchema';
import { formatPath } from '../jsonPath';
import { MAX_DEPTH } from '../loadDesign';
import { customPartsDesign } from '../sampleDesigns';
import { serializeDesign } from '../saveDesign';

type Node = unknown;
/** A path of keys and indexes from the document root. */
export type Path = (string | number)[];

/** The valid seed files, as saved. */
export const SEEDS: readonly string[] = [
  ...Object.values(EXAMPLES).map((make) => serializeDesign(make())),
  serializeDesign(customPartsDesign()),
  serializeDesign(generateDataHall({ racks: 2, panelsPerRack: 1, trunksPerPanel: 1, cassettesPerPanel: 4 })),
];

/** Every node path of a JSON value, root first. */
export function allPaths(v: Node, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(v)) v.forEach((c: Node, i) => allPaths(c, [...path, i], out));
  else if (typeof v === 'object' && v !== null) for (const [k, c] of Object.entries(v)) allPaths(c, [...path, k], out);
  return out;
}
const SEED_PATHS = SEEDS.map((s) => allPaths(JSON.parse(s)));

/** The value at `path` (own properties only), or undefined. */
export const getAt = (v: Node, path: Path): Node =>
  path.reduce<Node>(
    (acc, k) =>
      typeof acc === 'object' && acc !== null && Object.hasOwn(acc, k)
        ? (acc as Record<string | number, Node>)[k]
        : undefined,
    v,
  );

/** Names of Object.prototype members (and the reserved keys) used as ids and references. */
export const PROTOTYPE_NAMES: readonly string[] = [
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupSetter__',
  ...RESERVED_KEYS,
];

/** Characters inserted into strings: every C0 control, DEL, C1, separators, surrogates, markup. */
export const TEXT_HAZARDS: readonly string[] = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)),
  '\u007f',
  '\u0085',
  '\u2028',
  '\u2029',
  '\ud800',
  '\udfff',
  '\ufffe',
  '\uffff',
  '\ufeff',
  '<',
  '&',
  ']]>',
  '"',
  '\\',
  '</svg>',
];

const seedIndex = fc.integer({ min: 0, max: SEEDS.length - 1 });
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
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.jsonValue({ maxDepth: 3 }),
);

type Op = { kind: 'delete' } | { kind: 'set'; value: unknown } | { kind: 'rename'; key: string } | { kind: 'dupId' };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.constant<Op>({ kind: 'delete' }),
  weirdValue.map((value): Op => ({ kind: 'set', value })),
  fc
    .oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...PROTOTYPE_NAMES))
    .map((key): Op => ({ kind: 'rename', key })),
  fc.constant<Op>({ kind: 'dupId' }),
);

/** Applies one operation at `path` of `doc` (mutates; keys set as own properties). */
function apply(doc: Node, path: Path, o: Op): void {
  if (path.length === 0) return;
  const parent = getAt(doc, path.slice(0, -1)) as Record<string | number, unknown> | unknown[] | undefined;
  const key = path[path.length - 1] as string | number;
  if (typeof parent !== 'object' || parent === null) return;
  if (o.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (o.kind === 'set')
    Object.defineProperty(parent, key, { value: o.value, enumerable: true, writable: true, configurable: true });
  else if (o.kind === 'rename' && !Array.isArray(parent) && !RESERVED_KEYS.has(o.key)) {
    const v = parent[key];
    delete parent[key];
    Object.defineProperty(parent, o.key, { value: v, enumerable: true, writable: true, configurable: true });
  } else if (o.kind === 'dupId' && !Array.isArray(parent)) {
    const keys = Object.keys(parent);
    const rec = parent[key] as Record<string, unknown> | undefined;
    if (rec && typeof rec === 'object' && 'id' in rec && keys.length > 1) rec.id = keys.find((k) => k !== key);
  }
}

/** What the loader must answer for one input, beyond "never throws; a refusal has a path". */
export type Expect =
  | { readonly kind: 'any' }
  | { readonly kind: 'refused' }
  | { readonly kind: 'refused-at'; readonly path: string; readonly message: RegExp }
  | { readonly kind: 'refused-under'; readonly path: string; readonly message: RegExp }
  | { readonly kind: 'accepted' };

/** One mutated file: its text, the parsed document when it is JSON, the expectation. */
export interface MutatedFile {
  readonly family: string;
  readonly text: string;
  readonly doc?: unknown;
  readonly expect: Expect;
}

const ANY: Expect = { kind: 'any' };
const json = (family: string, doc: Node, expect: Expect = ANY): MutatedFile => ({
  family,
  text: JSON.stringify(doc),
  doc,
  expect,
});

/** A deep nest of `depth` levels as text (JSON.stringify of such a value would overflow the stack). */
function nestText(depth: number): string {
  let open = '';
  for (let d = 0; d < depth; d++) open += d % 3 === 0 ? '[' : '{"x":';
  const close = [...open.matchAll(/\[|\{/g)]
    .map((m) => (m[0] === '[' ? ']' : '}'))
    .reverse()
    .join('');
  return `${open}0${close}`;
}

const COLLECTIONS = ['racks', 'devices', 'cables'] as const;

/** The mutation families: name, number of inputs, and the arbitrary making one. */
export const FAMILIES: readonly {
  /** Short name, as in `MutatedFile.family`. */
  readonly name: string;
  /** What the family does, for test titles. */
  readonly family: string;
  readonly runs: number;
  readonly arb: fc.Arbitrary<MutatedFile>;
}[] = [
  {
    name: 'single',
    family: 'single structural mutation',
    runs: 3000,
    arb: fc.tuple(seedAndPath, op).map(([{ i, p }, o]) => {
      const doc = JSON.parse(SEEDS[i] as string) as Node;
      apply(doc, (SEED_PATHS[i] as Path[])[p] as Path, o);
      return json('single', doc);
    }),
  },
  {
    name: 'chained',
    family: 'chain of 2–6 structural mutations',
    runs: 1000,
    arb: fc.tuple(seedIndex, fc.array(fc.tuple(fc.nat(), op), { minLength: 2, maxLength: 6 })).map(([i, ops]) => {
      const doc = JSON.parse(SEEDS[i] as string) as Node;
      for (const [n, o] of ops) {
        const paths = allPaths(doc);
        apply(doc, paths[n % paths.length] as Path, o);
      }
      return json('chained', doc);
    }),
  },
  {
    name: 'forbidden key',
    family: '__proto__ / constructor / prototype injected as a key',
    runs: 500,
    arb: fc.tuple(seedAndPath, fc.constantFrom(...RESERVED_KEYS)).map(([{ i, p }, bad]) => {
      const doc = JSON.parse(SEEDS[i] as string) as Node;
      const objects = (SEED_PATHS[i] as Path[]).filter((q) => {
        const v = getAt(doc, q);
        return typeof v === 'object' && v !== null && !Array.isArray(v);
      });
      const at = objects[p % objects.length] as Path;
      (getAt(doc, at) as Record<string, unknown>)['\u0000inject'] = { polluted: true };
      const text = JSON.stringify(doc).replace('"\\u0000inject"', JSON.stringify(bad));
      return {
        family: 'forbidden key',
        text,
        expect: { kind: 'refused-at', path: formatPath([...at, bad]), message: /not allowed/ },
      };
    }),
  },
  {
    name: 'deep',
    family: 'deep nesting',
    runs: 300,
    arb: fc.tuple(seedAndPath, fc.integer({ min: MAX_DEPTH + 1, max: 5000 })).map(([{ i, p }, depth]) => {
      const doc = JSON.parse(SEEDS[i] as string) as Node;
      const at = (SEED_PATHS[i] as Path[])[p] as Path;
      if (at.length === 0) return json('deep', doc);
      apply(doc, at, { kind: 'set', value: '\u0000deep' });
      return {
        family: 'deep',
        text: JSON.stringify(doc).replace('"\\u0000deep"', nestText(depth)),
        expect: { kind: 'refused-under', path: formatPath(at), message: /nesting deeper than 64/ },
      };
    }),
  },
  {
    name: 'proto id',
    family: 'record renamed to an Object.prototype member name (key, id and every reference)',
    runs: 500,
    arb: fc
      .tuple(seedIndex, fc.constantFrom(...COLLECTIONS), fc.nat(), fc.constantFrom(...PROTOTYPE_NAMES))
      .map(([i, coll, n, name]) => {
        const doc = JSON.parse(SEEDS[i] as string) as Record<string, Record<string, unknown>>;
        const keys = Object.keys(doc[coll] ?? {});
        const k = keys[n % Math.max(1, keys.length)];
        if (k === undefined) return json('proto id', doc);
        // Every string equal to the id (keys and values) becomes the new name.
        const text = (SEEDS[i] as string).split(JSON.stringify(k)).join(JSON.stringify(name));
        const reserved = RESERVED_KEYS.has(name);
        return {
          family: 'proto id',
          text,
          expect: reserved ? { kind: 'refused' } : { kind: 'accepted' },
        };
      }),
  },
  {
    name: 'proto ref',
    family: 'reference pointed at an Object.prototype member name',
    runs: 500,
    arb: fc.tuple(seedAndPath, fc.constantFrom(...PROTOTYPE_NAMES)).map(([{ i, p }, name]) => {
      const doc = JSON.parse(SEEDS[i] as string) as Node;
      const refs = (SEED_PATHS[i] as Path[]).filter((q) =>
        ['part', 'rack', 'parent', 'device', 'port', 'slot', 'cage', 'peer', 'formFactor'].includes(String(q.at(-1))),
      );
      const at = refs[p % refs.length] as Path;
      apply(doc, at, { kind: 'set', value: name });
      return json('proto ref', doc);
    }),
  },
  {
    name: 'text hazard',
    family: 'control character, surrogate or markup inserted into a string',
    runs: 1000,
    arb: fc.tuple(seedAndPath, fc.constantFrom(...TEXT_HAZARDS), fc.nat()).map(([{ i, p }, hazard, at]) => {
      const doc = JSON.parse(SEEDS[i] as string) as Node;
      const strings = (SEED_PATHS[i] as Path[]).filter((q) => typeof getAt(doc, q) === 'string');
      const path = strings[p % strings.length] as Path;
      const s = getAt(doc, path) as string;
      const k = at % (s.length + 1);
      apply(doc, path, { kind: 'set', value: s.slice(0, k) + hazard + s.slice(k) });
      const c = hazard.charCodeAt(0);
      const refusedChar = (hazard.length === 1 && c < 0x20 && c !== 9 && c !== 10) || /^[\ud800-\udfff]$/.test(hazard);
      return json(
        'text hazard',
        doc,
        // An enum or id holding the character is refused at the same path with its own rule.
        refusedChar ? { kind: 'refused-at', path: formatPath(path), message: /./ } : ANY,
      );
    }),
  },
  {
    name: 'truncated',
    family: 'truncated file',
    runs: 1000,
    arb: fc.tuple(seedIndex, fc.nat()).map(([i, n]) => {
      const s = SEEDS[i] as string;
      return {
        family: 'truncated',
        text: s.slice(0, n % (s.trimEnd().length - 1)),
        expect: { kind: 'refused' } as Expect,
      };
    }),
  },
  {
    name: 'text edit',
    family: 'random character insertion, replacement or deletion',
    runs: 2000,
    arb: fc
      .tuple(seedIndex, fc.nat(), fc.nat({ max: 16 }), fc.string({ unit: 'binary', maxLength: 8 }))
      .map(([i, at, len, ins]) => {
        const s = SEEDS[i] as string;
        const k = at % s.length;
        const mutated = s.slice(0, k) + ins + s.slice(k + len);
        let doc: Node;
        try {
          doc = JSON.parse(mutated.charCodeAt(0) === 0xfeff ? mutated.slice(1) : mutated) as Node;
        } catch {
          doc = undefined;
        }
        return doc === undefined
          ? { family: 'text edit', text: mutated, expect: ANY }
          : { family: 'text edit', text: mutated, doc, expect: ANY };
      }),
  },
  {
    name: 'bytes',
    family: 'random bytes',
    runs: 500,
    arb: fc.uint8Array({ maxLength: 512 }).map((bytes) => ({
      family: 'bytes',
      text: new TextDecoder().decode(bytes),
      expect: { kind: 'refused' } as Expect,
    })),
  },
];

/** Total number of mutated files. */
export const MUTATED_FILE_COUNT = FAMILIES.reduce((n, f) => n + f.runs, 0);

/** Every mutated file of one family, in a fixed order (seeded). */
export function mutatedFiles(family: (typeof FAMILIES)[number], seed = 9009): MutatedFile[] {
  return fc.sample(family.arb, { numRuns: family.runs, seed: seed + FAMILIES.indexOf(family) });
}
