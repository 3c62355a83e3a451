/**
 * Fuzz: thousands of mutated devicetype-library documents (structural edits of the parsed
 * fixtures, and raw text edits) never make `importNetboxYaml` throw; each yields either a part
 * that satisfies the part invariants or an error message (never an "internal error").
 */
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { CONNECTOR_VARIANTS } from '../../core/connectors';
import type { Part } from '../../core/parts';
import { NETBOX_FIXTURES } from './fixtures';
import { importNetboxYaml } from './importNetbox';
import { LINT_RULES } from './lint';

const STRUCTURAL_RUNS = 3000;
const TEXT_RUNS = 2000;
const tally = { inputs: 0, parts: 0, errors: 0 };
/** Error messages by kind, for the report. */
const ERROR_KINDS: readonly (readonly [string, RegExp])[] = [
  ['YAML syntax', /not valid YAML/],
  ['not a mapping', /not a YAML mapping/],
  ['unmodelled port type', /port types the designer does not model/],
  ['module without ports', /module type has no front or rear ports/],
  ['device without bays/ports/cages', /device type has no module bays/],
];
const errorKinds = new Map<string, number>();

/** Problems of an imported part: dangling links, positions off the connector, bad peers. */
function partProblems(p: Part): string[] {
  if (p.kind === 'cable' || p.kind === 'transceiver') return ['unexpected part kind'];
  const out: string[] = [];
  const ports = new Map(p.ports.map((x) => [x.key, x] as const));
  if (ports.size !== p.ports.length) out.push('duplicate port keys');
  for (const port of p.ports)
    if (port.mate.kind === 'through') {
      const peer = ports.get(port.mate.peer);
      if (peer?.mate.kind !== 'through' || peer.mate.peer !== port.key) out.push(`${port.key}: peer not mutual`);
    }
  if (p.links !== 'unknown') {
    const seen = new Set<string>();
    for (const l of p.links)
      for (const end of [l.a, l.b]) {
        const port = ports.get(end.port);
        if (!port) out.push(`link to missing port ${end.port}`);
        else if (!CONNECTOR_VARIANTS[port.accepts].positions.includes(end.position))
          out.push(`${end.port}:${end.position} not on ${port.accepts}`);
        const k = `${end.port}:${end.position}`;
        if (seen.has(k) && port?.mate.kind === 'fixed') out.push(`${k} used twice`);
        seen.add(k);
      }
  }
  if (p.kind === 'rack-equipment' && new Set(p.slots.map((s) => s.key)).size !== p.slots.length)
    out.push('duplicate slot keys');
  if (!Number.isFinite(p.kind === 'module' ? p.fiberCount : p.maxFibers)) out.push('fiber count not finite');
  return out;
}

/** Imports one input and checks the outcome; counts it. */
function check(text: string, fileName: string): void {
  tally.inputs += 1;
  const r = importNetboxYaml(text, fileName);
  if (r.ok) {
    tally.parts += 1;
    expect(partProblems(r.part)).toEqual([]);
    for (const f of r.lint) expect(f.severity).toBe(LINT_RULES[f.code].severity);
  } else {
    tally.errors += 1;
    const kind = ERROR_KINDS.find(([, re]) => re.test(r.error))?.[0] ?? 'other';
    errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
    expect(r.error.length).toBeGreaterThan(0);
    expect(r.error.startsWith('internal error')).toBe(false);
  }
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
  ),
  fc.integer({ min: -3, max: 2000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 24 }),
  fc.constant([]),
  fc.constant({}),
  fc.dictionary(
    fc.constantFrom('name', 'type', 'positions', 'rear_port', 'rear_port_position', 'front_port', 'position'),
    fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: 0, max: 30 })),
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
    'zzz',
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
      parent[op.key] = child;
      delete parent[k];
    } else if (op.kind === 'duplicate') parent[`${k}_copy`] = structuredClone(child);
    else parent[k] = op.value;
    break;
  }
  return root;
}

const parsedFixtures = NETBOX_FIXTURES.map(([path, text]) => [path, parse(text) as unknown] as const);

describe('fuzz: importNetboxYaml never throws', { timeout: 120_000 }, () => {
  afterAll(() => {
    // Reported in the test output and used by the issue report.
    console.info(
      `netbox fuzz: ${tally.inputs} inputs → ${tally.parts} parts, ${tally.errors} messages (${[...errorKinds].map(([k, n]) => `${k} ${n}`).join(', ')})`,
    );
  });

  it(`${STRUCTURAL_RUNS} structurally mutated documents`, () => {
    fc.assert(
      fc.property(
        fc.nat({ max: parsedFixtures.length - 1 }),
        fc.array(opArb, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (i, ops, renameFile) => {
          const [path, doc] = parsedFixtures[i] ?? ['x.yaml', {}];
          const mutated = ops.reduce((d, op) => applyOp(d, op), structuredClone(doc));
          check(stringify(mutated ?? null), renameFile ? 'upload.yml' : path);
        },
      ),
      { numRuns: STRUCTURAL_RUNS, seed: 6006 },
    );
  });

  it(`${TEXT_RUNS} text-mutated documents`, () => {
    const edit = fc.record({
      at: fc.nat(),
      cut: fc.nat({ max: 12 }),
      insert: fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.constantFrom('\n', ': ', '- ', '{', '[', '&a', '*a', '"', '\t', '  '),
      ),
    });
    fc.assert(
      fc.property(
        fc.nat({ max: NETBOX_FIXTURES.length - 1 }),
        fc.array(edit, { minLength: 1, maxLength: 5 }),
        (i, edits) => {
          const [path, text] = NETBOX_FIXTURES[i] ?? ['x.yaml', ''];
          const mutated = edits.reduce((t, e) => {
            const at = e.at % (t.length + 1);
            return t.slice(0, at) + e.insert + t.slice(at + e.cut);
          }, text);
          check(mutated, path);
        },
      ),
      { numRuns: TEXT_RUNS, seed: 6007 },
    );
  });

  it('counted every input', () => {
    expect(tally.inputs).toBe(STRUCTURAL_RUNS + TEXT_RUNS);
    expect(tally.parts + tally.errors).toBe(tally.inputs);
    // Both outcomes occur: the mutations are neither all harmless nor all fatal.
    expect(tally.parts).toBeGreaterThan(500);
    expect(tally.errors).toBeGreaterThan(50);
    expect(errorKinds.get('other') ?? 0).toBe(0);
  });
});
