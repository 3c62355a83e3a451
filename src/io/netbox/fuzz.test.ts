/**
 * Fuzz: 5,200 mutated devicetype-library documents (`fixtures/yamlMutations.ts`: structural and
 * text mutations of the fixtures with prototype-named values, half and zero units, long names,
 * control characters, anchors and aliases; alias bombs) never make `importNetboxYaml` throw.
 * Each yields either a part the design schema accepts (it saves and reopens inside a design) that
 * also satisfies the importer's own invariants, or a refusal that names its YAML line and is
 * never an internal error. The consumer fuzz (`app/fuzz/netboxParts.fuzz.test.ts`) runs every consumer
 * on designs holding the accepted parts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CONNECTOR_VARIANTS } from '../../core/connectors';
import { emptyDesign } from '../../core/design';
import type { Part } from '../../core/parts';
import { parseDesignFile } from '../loadDesign';
import { serializeDesign } from '../saveDesign';
import { importNetboxYaml } from './importNetbox';
import { LINT_RULES } from './lint';
import { importedPartProblem } from './partLimits';
import { MUTATED_YAML_COUNT, mutatedYamlFiles, YAML_FAMILIES, type MutatedYaml } from './fixtures/yamlMutations';

const tally = { inputs: 0, parts: 0, errors: 0 };
/** Error messages by kind, for the report. */
const ERROR_KINDS: readonly (readonly [string, RegExp])[] = [
  ['YAML syntax', /not valid YAML/],
  ['alias bomb', /alias bomb/],
  ['not a mapping', /not a YAML mapping/],
  ['unmodelled port type', /port types the designer does not model/],
  ['module without ports', /module type has no front or rear ports/],
  ['device without bays/ports/cages', /device type has no module bays/],
  ['height', /u_height/],
  ['text limits', /characters|control characters|unpaired surrogate/],
  ['part id or name too long', /shorten manufacturer or model/],
  ['schema safety net', /would not be valid/],
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
function check(m: MutatedYaml): void {
  tally.inputs += 1;
  const r = importNetboxYaml(m.text, m.fileName);
  if (r.ok) {
    expect(m.mustRefuse, `${m.family} accepted`).toBe(false);
    tally.parts += 1;
    expect(partProblems(r.part)).toEqual([]);
    expect(importedPartProblem(r.part)).toBeNull();
    for (const f of r.lint) expect(f.severity).toBe(LINT_RULES[f.code].severity);
    // The part saves and reopens inside a design (the loader is the independent judge).
    const saved = serializeDesign({ ...emptyDesign('fuzz'), parts: { [r.part.id]: r.part } });
    const back = parseDesignFile(saved);
    expect(back.ok, back.ok ? '' : `${back.error.path} ${back.error.message}`).toBe(true);
    return;
  }
  tally.errors += 1;
  const kind = ERROR_KINDS.find(([, re]) => re.test(r.error))?.[0] ?? 'other';
  errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
  expect(Number.isInteger(r.line) && r.line >= 1 && r.line <= m.text.split('\n').length + 1, `line ${r.line}`).toBe(
    true,
  );
  expect(r.error).toContain(`${m.fileName}, line ${r.line}: `);
  expect(r.error).not.toMatch(/unexpected problem|internal error|Cannot read|is not a function/);
}

describe('fuzz: importNetboxYaml never throws and only produces valid parts', () => {
  afterAll(() => {
    // Reported in the test output and used by the issue report.
    console.info(
      `netbox fuzz: ${tally.inputs} inputs → ${tally.parts} parts, ${tally.errors} refusals with a YAML line (${[...errorKinds].map(([k, n]) => `${k} ${n}`).join(', ')})`,
    );
  });

  // Measured on a 2-core machine at load average 18: 3,000 structural documents 25 s alone and
  // 93 s with the other fuzz and property files beside it; budgets 100 ms per input (at least 30 s).
  for (const family of YAML_FAMILIES)
    it(`${family.runs} × ${family.family}`, { timeout: Math.max(30_000, family.runs * 100) }, () => {
      for (const m of mutatedYamlFiles(family)) check(m);
    });

  it('counted every input', () => {
    expect(MUTATED_YAML_COUNT).toBeGreaterThanOrEqual(5_000);
    expect(tally.inputs).toBe(MUTATED_YAML_COUNT);
    expect(tally.parts + tally.errors).toBe(tally.inputs);
    // Both outcomes occur: the mutations are neither all harmless nor all fatal.
    expect(tally.parts).toBeGreaterThan(500);
    expect(tally.errors).toBeGreaterThan(50);
    expect(errorKinds.get('other') ?? 0).toBe(0);
    // The schema safety net never had to refuse: the importer builds valid parts by itself.
    expect(errorKinds.get('schema safety net') ?? 0).toBe(0);
  });
});
