/**
 * Lint report: one synthetic file per devicetype-library data-quality finding (PEERS §5.3),
 * asserting the finding and what the importer did about it.
 */
import { describe, expect, it } from 'vitest';
import type { ModulePart } from '../../core/parts';
import { importNetboxYaml } from './importNetbox';
import { collapseFindings, finding, type LintFinding } from './lint';

const run = (yaml: string, path = 'module-types/Test/x.yaml') => {
  const r = importNetboxYaml(yaml, path);
  if (!r.ok) throw new Error(r.error);
  return { part: r.part as ModulePart, lint: r.lint, unknowns: r.unknowns, codes: r.lint.map((f) => f.code) };
};
const find = (lint: readonly LintFinding[], code: string) => lint.find((f) => f.code === code);

/** `n` LC fronts `{module}k` mapped (legacy) to rear `R` positions 1…n. */
const lcFronts = (n: number, rear = 'R') =>
  Array.from(
    { length: n },
    (_, i) => `  - {name: '{module}${i + 1}', type: lc, rear_port: '${rear}', rear_port_position: ${i + 1}}`,
  ).join('\n');

describe('PEERS §5.3 data-quality findings', () => {
  it('#2 missing positions: the rear port omits positions but mappings use 1–6 → positions raised to 6', () => {
    // Like HUBER+SUHNER ITS-06-LCMD-01-12AM-O4-AS-00UU: six LC ports on one MTP-12, no `positions`.
    const r = run(
      `manufacturer: HUBER+SUHNER\nmodel: ITS-06\ncomments: MTP-12, Method U1\nfront-ports:\n${lcFronts(6)}\nrear-ports:\n  - {name: R, type: mpo}\n`,
    );
    const f = find(r.lint, 'missing-positions');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toBe(
      "rear port 'R' omits positions (default 1) but mappings use positions up to 6; NetBox would reject this",
    );
    expect(f?.action).toBe('set positions to 6');
    // With the positions repaired, the stated Method U1 gives the canonical map (REFERENCE §5.2).
    expect(r.part.moduleClass).toBe('MOD-U1');
    expect(r.part.links === 'unknown' ? 0 : r.part.links.length).toBe(12);
  });

  it('#1 positions that look like fibers: 12 positions on an MTP-12 with 6 LC ports → map unknown', () => {
    // Like Leviton FM-A012CAC0BC: `positions: 12`, six LC ports mapped to 1–6, "Method B".
    const r = run(
      `manufacturer: Leviton\nmodel: FM-A012\ncomments: 12F MTP-12 Method B (Core) Polarity (0.90dB)\nfront-ports:\n${lcFronts(6)}\nrear-ports:\n  - {name: R, type: mpo, positions: 12}\n`,
    );
    const f = find(r.lint, 'positions-look-like-fibers');
    expect(f?.message).toBe(
      "rear port 'R' has positions: 12 on a 12-fiber MPO, so a position is a fiber, not a duplex pair",
    );
    expect(f?.action).toBe('did not apply a pair-level canonical map; only per-port strands are used');
    expect(r.part.links).toBe('unknown');
    expect(r.part.loss).toMatchObject({ kind: 'module', loss: { maxDb: 0.9 } });
    expect(r.unknowns).toContain(
      'Fiber map (positions of R look like fibers, so the pair map is ambiguous): set the polarity method (Method A, B, U1 or U2) or the strands of each front port',
    );
  });

  it('#3 a mesh stored as 1:1 pass-through → fixed ports, map unknown', () => {
    // Like FS FHD-8MTPMESHOM4: eight MTP-8 fronts, each to its own rear, no shuffle expressed.
    const ports = (face: string) =>
      Array.from(
        { length: 8 },
        (_, i) => `  - {name: '${face}${i + 1}', type: mpo${face === 'A' ? `, rear_port: 'B${i + 1}'` : ''}}`,
      ).join('\n');
    const r = run(
      `manufacturer: FS\nmodel: FHD-8MTPMESHOM4\ncomments: 8x MTP-8 Mesh cassette, OM4\nfront-ports:\n${ports('A')}\nrear-ports:\n${ports('B')}\n`,
    );
    expect(find(r.lint, 'mesh-as-pass-through')?.action).toBe('modelled fixed ports with an unknown fiber map');
    expect(r.part.moduleClass).toBe('custom');
    expect(r.part.links).toBe('unknown');
    expect(r.part.ports.every((p) => p.mate.kind === 'fixed' && p.accepts === 'mpo-8')).toBe(true);
  });

  it('#4 free text: conflicting fiber types stay unknown', () => {
    const r = run(
      `manufacturer: X\nmodel: P\ncomments: OM3/OM4, 4x MTP-12 Key Up to Key Down\nfront-ports:\n${Array.from({ length: 4 }, (_, i) => `  - {name: 'F${i + 1}', type: mpo, rear_port: 'R${i + 1}'}`).join('\n')}\nrear-ports:\n${Array.from({ length: 4 }, (_, i) => `  - {name: 'R${i + 1}', type: mpo}`).join('\n')}\n`,
    );
    expect(find(r.lint, 'fact-conflict')?.message).toBe('The text states fiberType as OM3 and OM4');
    expect(r.part.fiberType).toBe('unknown');
    expect(r.part.links === 'unknown' ? [] : r.part.links.slice(0, 2).map((l) => [l.a.position, l.b.position])).toEqual(
      [
        [1, 1],
        [2, 2],
      ],
    );
  });

  it('#7 keys the schema does not allow, on ports and at the top level', () => {
    const r = run(
      `manufacturer: X\nmodel: Y\nfoo: 1\nfront-ports:\n  - {name: '{module}1', type: lc, rear_port: R, rear_port_position: 1, comments: 'Strands 1-2', bar: 2}\nrear-ports:\n  - {name: R, type: mpo, positions: 6}\n`,
    );
    expect(r.lint.filter((f) => f.code === 'schema-key').map((f) => [f.message, f.action])).toEqual([
      ["module-type: key 'foo' is not allowed by the devicetype-library schema", 'ignored the key'],
      [
        "front port '{module}1': key 'comments' is not allowed by the devicetype-library schema",
        'read its text as the port description',
      ],
      ["front port '{module}1': key 'bar' is not allowed by the devicetype-library schema", 'ignored the key'],
    ]);
  });

  it('#7 mixed shapes: legacy and port-mappings in one file; port-mappings win', () => {
    const r = run(
      `manufacturer: X\nmodel: Y\ncomments: MTP-8 Universal\nfront-ports:\n  - {name: '{module}1', type: lc, rear_port: R, rear_port_position: 2}\n  - {name: '{module}2', type: lc}\nrear-ports:\n  - {name: R, type: mpo, positions: 4}\nport-mappings:\n  - {front_port: '{module}1', front_port_position: 1, rear_port: R, rear_port_position: 1}\n  - {front_port: '{module}2', rear_port: R, rear_port_position: 2}\n`,
    );
    expect(r.codes).toContain('mixed-shapes');
    expect(find(r.lint, 'mapping-conflict')?.message).toBe(
      "front port '{module}1' position 1 is mapped to R:2 and R:1",
    );
  });
});

describe('polarity words with two module variants', () => {
  it('"Method B" without strands uses MOD-B1 and says the far end needs MOD-B2', () => {
    // trunk pos 1 → port 6 B, pos 2 → port 6 A … pos 12 → port 1 A (REFERENCE §5.2 MOD-B1)
    const r = run(
      `manufacturer: X\nmodel: Y\ncomments: MTP-12 Method B cassette\nfront-ports:\n${lcFronts(6)}\nrear-ports:\n  - {name: R, type: mpo, positions: 6}\n`,
    );
    expect(r.part.moduleClass).toBe('MOD-B1');
    expect(find(r.lint, 'class-assumed')?.action).toBe(
      'used MOD-B1; a channel needs MOD-B1 at one end and MOD-B2 at the other (REFERENCE §5.2)',
    );
    const l = r.part.links === 'unknown' ? [] : r.part.links;
    expect(l.filter((x) => x.a.position <= 2).map((x) => `${x.a.position}→${x.b.port}:${x.b.position}`)).toEqual([
      '1→front-6:2',
      '2→front-6:1',
    ]);
    expect(r.part.ports.find((p) => p.key === 'mpo1')?.mate).toMatchObject({ adapter: 'key-up-key-up' });
  });
  it('"Universal" maps U1 and U2 identically: no class finding', () => {
    const r = run(
      `manufacturer: X\nmodel: Y\ncomments: MTP-12 Universal\nfront-ports:\n${lcFronts(6)}\nrear-ports:\n  - {name: R, type: mpo, positions: 6}\n`,
    );
    expect(r.part.moduleClass).toBe('MOD-U1');
    expect(r.codes).not.toContain('class-assumed');
  });
});

describe('mapping checks', () => {
  it('dangling names and out-of-range positions are dropped', () => {
    const r = run(
      `manufacturer: X\nmodel: Y\nfront-ports:\n  - {name: '{module}1', type: lc, rear_port: Nope}\n  - {name: '{module}2', type: lc, rear_port: R, rear_port_position: 9}\nrear-ports:\n  - {name: R, type: mpo, positions: 6}\n`,
    );
    expect(find(r.lint, 'mapping-dangling')?.message).toBe("mapping {module}1 → Nope: rear port 'Nope' does not exist");
    expect(find(r.lint, 'position-out-of-range')?.action).toBe('dropped the mapping');
    expect(r.lint.filter((f) => f.code === 'unmapped-port').map((f) => f.message)).toEqual([
      "2×: front port '{module}1', '{module}2' is not mapped to a rear port",
      "rear port 'R' has no front port mapped to it",
    ]);
  });
  it('duplicate port names keep the first; names without {module} are noted', () => {
    const r = run(
      `manufacturer: X\nmodel: Y\nfront-ports:\n  - {name: '1', type: lc, rear_port: R}\n  - {name: '1', type: lc-apc, rear_port: R}\nrear-ports:\n  - {name: R, type: mpo}\n`,
    );
    expect(find(r.lint, 'duplicate-port')?.severity).toBe('error');
    expect(r.part.ports.filter((p) => p.face === 'front')).toHaveLength(1);
    expect(find(r.lint, 'no-module-placeholder')?.severity).toBe('info');
  });
  it('a file outside device-types/ or module-types/ is classified by its keys', () => {
    const r = importNetboxYaml(
      'manufacturer: X\nmodel: Y\nslug: x-y\nu_height: 2\nis_full_depth: false\nmodule-bays:\n  - {name: A, position: A}\n',
      'upload.yaml',
    );
    expect(r.ok && r.part.kind === 'rack-equipment' && r.part.heightU).toBe(2);
    // The content decides: the folder is not mentioned (issue 13 §4).
    expect(r.ok && r.lint.some((f) => f.code === 'kind-guessed')).toBe(false);
  });
  it('the folder is mentioned only when the content cannot tell device type from module type', () => {
    const r = importNetboxYaml('manufacturer: X\nmodel: Y\nfront-ports:\n  - {name: "1", type: lc}\n', 'upload.yaml');
    const f = r.ok ? r.lint.find((x) => x.code === 'kind-guessed') : undefined;
    expect(f?.message).toBe(
      'upload.yaml has no device-type or module-type key, and is not under device-types/ or module-types/',
    );
    expect(f?.action).toContain('read it as a module type');
    const m = importNetboxYaml(
      'manufacturer: X\nmodel: Y\nprofile: fan\nfront-ports:\n  - {name: "1", type: lc}\n',
      'u.yaml',
    );
    expect(m.ok && m.part.kind).toBe('module');
    expect(m.ok && m.lint.some((x) => x.code === 'kind-guessed')).toBe(false);
  });
});

describe('collapseFindings', () => {
  it('merges findings that differ only by port, keeps others apart', () => {
    const out = collapseFindings([
      finding('unmapped-port', "front port 'a' is not mapped", 'kept', 'a'),
      finding('unmapped-port', "front port 'b' is not mapped", 'kept', 'b'),
      finding('unmapped-port', "front port 'c' is not mapped", 'kept', 'c'),
      finding('unmapped-port', "front port 'd' is not mapped", 'kept', 'd'),
      finding('fact-conflict', 'x', 'y'),
    ]);
    expect(out.map((f) => f.message)).toEqual(["4×: front port 'a', 'b', …, 'd' is not mapped", 'x']);
  });
});
