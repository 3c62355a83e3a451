/**
 * Test support (issue 9 proof): mutated NetBox devicetype-library YAML documents for fuzzing the
 * importer and every consumer of the parts it accepts. The vendored fixtures are mutated
 * structurally (set, delete, duplicate, rename entries; values of every type including
 * Object.prototype member names, half and zero rack units, over-long names and control
 * characters) and as text (insertions and cuts, YAML anchors and aliases), and alias bombs
 * ("billion laughs") are generated whole.
 *
 * `mutatedYamlFiles()` returns the same list on every call (fixed seeds), so the importer fuzz
 * (`io/netbox/fuzz.test.ts`) and the consumer fuzz (`app/consumers.fuzz.test.ts`) see the same
 * inputs. Not part of the app bundle.
 */
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { NETBOX_FIXTURES } from '../fixtures';
import { PROTOTYPE_NAMES, TEXT_HAZARDS } from '../../testing/designMutations';

/** One mutated YAML file: library path (decides device vs module type) and text. */
export interface MutatedYaml {
  readonly family: string;
  readonly fileName: string;
  readonly text: string;
  /** True when the importer must refuse it (alias bombs). */
  readonly mustRefuse: boolean;
}

/** Values a mutation may write: NetBox-ish slugs, names, fact phrases and junk of every type. */
const valueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('lc', 'lc-apc', 'sc-upc', 'mpo', 'mdc', 'splice', 'LC', '', 'banana'),
  fc.constantFrom('{module}1', '{module}1-4', '{module}:1-2', 'R', '01A', '{module}', '{module}{module}'),
  fc.constantFrom(
    'Universal Polarity',
    'Type A',
    'Method B',
    'MTP-8 (Male)',
    'Strands 1, 12',
    'Strands 13-24',
    'OM3/OM4',
    '0.35dB Max',
    '8x MTP-8 mesh',
    'A=3, B=4',
    'Key Up to Key Up',
    'Form factor: constructor',
    'Form factor: toString',
  ),
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.constantFrom(0, 0.5, 1.5, 2.5, 59.5, 60, 60.5, 61, 100, -1),
  fc.constantFrom('x'.repeat(64), 'x'.repeat(101), 'x'.repeat(600), 'y'.repeat(2500)),
  fc.tuple(fc.string({ maxLength: 6 }), fc.constantFrom(...TEXT_HAZARDS)).map(([s, h]) => `${s}${h}${s}`),
  fc.integer({ min: -3, max: 2000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 24 }),
  fc.constant([]),
  fc.constant({}),
  fc.dictionary(
    fc.constantFrom('name', 'type', 'positions', 'rear_port', 'rear_port_position', 'front_port', 'position', 'label'),
    fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: 0, max: 30 }), fc.constantFrom(...PROTOTYPE_NAMES)),
    { maxKeys: 4 },
  ),
);

/** One structural edit: follow `path` (child index seeds) and set, delete, duplicate or rename. */
const opArb = fc.record({
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
  kind: fc.constantFrom('set', 'delete', 'duplicate', 'rename'),
  value: valueArb,
  key: fc.constantFrom(
    'positions',
    'rear_port',
    'comments',
    'port-mappings',
    'module-bays',
    'u_height',
    'type',
    'name',
    'label',
    'model',
    'manufacturer',
    'part_number',
    'zzz',
    'toString',
    'valueOf',
  ),
});
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

function applyOp(root: unknown, op: Op): unknown {
  if (typeof root !== 'object' || root === null) return op.value;
  let parent = root as Record<string, unknown> | unknown[];
  for (let depth = 0; depth < op.path.length; depth++) {
    const keys = Array.isArray(parent) ? parent.map((_, i) => i) : Object.keys(parent);
    if (keys.length === 0) break;
    const k = keys[(op.path[depth] ?? 0) % keys.length] as string & number;
    const child = (parent as Record<string, unknown>)[k];
    const last = depth === op.path.length - 1 || typeof child !== 'object' || child === null;
    if (!last) {
      parent = child as Record<string, unknown> | unknown[];
      continue;
    }
    if (Array.isArray(parent)) {
      if (op.kind === 'delete') parent.splice(k, 1);
      else if (op.kind === 'duplicate') parent.splice(k, 0, structuredClone(child));
      else parent[k] = op.value;
    } else if (op.kind === 'delete') delete parent[k];
    else if (op.kind === 'rename') {
      Object.defineProperty(parent, op.key, { value: child, enumerable: true, writable: true, configurable: true });
      if (op.key !== k) delete parent[k];
    } else if (op.kind === 'duplicate') parent[`${k}_copy`] = structuredClone(child);
    else parent[k] = op.value;
    break;
  }
  return root;
}

const parsedFixtures = NETBOX_FIXTURES.map(([path, text]) => [path, parse(text) as unknown] as const);

/** A "billion laughs" document: `levels` anchors, each aliasing the previous one `fan` times. */
function aliasBomb(levels: number, fan: number, base: string): string {
  const rows = [`l0: &l0 [${JSON.stringify(base)}]`];
  for (let i = 1; i <= levels; i++)
    rows.push(
      `l${i}: &l${i} [${Array(fan)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    );
  return `manufacturer: Acme\nmodel: Bomb\n${rows.join('\n')}\nfront-ports:\n  - name: "1"\n    type: lc\n    description: *l${levels}\n`;
}

/** The mutation families: name, number of inputs, and the arbitrary making one. */
export const YAML_FAMILIES: readonly {
  readonly family: string;
  readonly runs: number;
  readonly arb: fc.Arbitrary<MutatedYaml>;
}[] = [
  {
    family: 'structurally mutated document',
    runs: 3000,
    arb: fc
      .tuple(fc.nat({ max: parsedFixtures.length - 1 }), fc.array(opArb, { minLength: 1, maxLength: 6 }), fc.boolean())
      .map(([i, ops, renameFile]) => {
        const [path, doc] = parsedFixtures[i] ?? ['x.yaml', {}];
        const mutated = ops.reduce((d, op) => applyOp(d, op), structuredClone(doc));
        return {
          family: 'structural',
          fileName: renameFile ? 'upload.yml' : path,
          text: stringify(mutated ?? null),
          mustRefuse: false,
        };
      }),
  },
  {
    family: 'text-mutated document (cuts, insertions, anchors and aliases, control characters)',
    runs: 2000,
    arb: fc
      .tuple(
        fc.nat({ max: NETBOX_FIXTURES.length - 1 }),
        fc.array(
          fc.record({
            at: fc.nat(),
            cut: fc.nat({ max: 12 }),
            insert: fc.oneof(
              fc.string({ maxLength: 8 }),
              fc.constantFrom('\n', ': ', '- ', '{', '[', '&a', '*a', '"', '\t', '  ', ' !!binary ', ' &x [*x]'),
              fc.constantFrom(...TEXT_HAZARDS),
              fc.constantFrom(...PROTOTYPE_NAMES),
            ),
          }),
          { minLength: 1, maxLength: 5 },
        ),
      )
      .map(([i, edits]) => {
        const [path, text] = NETBOX_FIXTURES[i] ?? ['x.yaml', ''];
        const mutated = edits.reduce((t, e) => {
          const at = e.at % (t.length + 1);
          return t.slice(0, at) + e.insert + t.slice(at + e.cut);
        }, text);
        return { family: 'text', fileName: path, text: mutated, mustRefuse: false };
      }),
  },
  {
    family: 'alias bomb (billion laughs)',
    runs: 200,
    arb: fc
      .tuple(fc.integer({ min: 3, max: 12 }), fc.integer({ min: 6, max: 12 }), fc.constantFrom('lol', 'x'.repeat(50)))
      .map(([levels, fan, base]) => ({
        family: 'alias bomb',
        fileName: 'module-types/Acme/Bomb.yaml',
        text: aliasBomb(levels, fan, base),
        mustRefuse: true,
      })),
  },
];

/** Total number of mutated YAML documents. */
export const MUTATED_YAML_COUNT = YAML_FAMILIES.reduce((n, f) => n + f.runs, 0);

/** Every mutated document of one family, in a fixed order (seeded). */
export function mutatedYamlFiles(family: (typeof YAML_FAMILIES)[number], seed = 6006): MutatedYaml[] {
  return fc.sample(family.arb, { numRuns: family.runs, seed: seed + YAML_FAMILIES.indexOf(family) });
}
