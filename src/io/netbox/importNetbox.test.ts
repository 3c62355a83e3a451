/**
 * Every vendored devicetype-library fixture imports; fiber maps are asserted position by
 * position, and facts the files do not state stay unknown.
 */
import { describe, expect, it } from 'vitest';
import type { InternalLink, ModulePart, Part, PortDef, RackPart } from '../../core/parts';
import { importNetboxYaml, resolveModuleName, type NetboxImportResult } from './importNetbox';
import { fixtureText, NETBOX_FIXTURES as FIXTURES } from './fixtures';

const imported = (path: string): Extract<NetboxImportResult, { ok: true }> => {
  const r = importNetboxYaml(fixtureText(path), path);
  if (!r.ok) throw new Error(r.error);
  return r;
};
const moduleOf = (path: string): ModulePart => {
  const p: Part = imported(path).part;
  if (p.kind !== 'module') throw new Error(`${path} is not a module`);
  return p;
};
const rackOf = (path: string): RackPart => {
  const p: Part = imported(path).part;
  if (p.kind !== 'rack-equipment') throw new Error(`${path} is not rack equipment`);
  return p;
};
const links = (p: ModulePart): readonly InternalLink[] => {
  if (p.links === 'unknown') throw new Error(`${p.name}: links unknown`);
  return p.links;
};
/** Trunk positions arriving at front port `key`: `{ A, B }` as `rear:position`. */
function frontFibers(p: ModulePart, key: string): { A?: string; B?: string } {
  const out: { A?: string; B?: string } = {};
  for (const l of links(p)) {
    const [rear, front] = l.b.port === key ? [l.a, l.b] : l.a.port === key ? [l.b, l.a] : [null, null];
    if (!rear || !front) continue;
    out[front.position === 1 ? 'A' : 'B'] = `${rear.port}:${rear.position}`;
  }
  return out;
}
const fixed = (port: PortDef | undefined) => (port?.mate.kind === 'fixed' ? port.mate : undefined);

describe('importNetboxYaml: every fixture', () => {
  it.each(FIXTURES)('%s imports as a part', (path, text) => {
    const r = importNetboxYaml(text, path);
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
  });
});

describe('ECM-UM08-04-E8GF-ULL (port-mappings shape, strands in descriptions)', () => {
  // Base-8 universal module on a 12-position ferrule (REFERENCE §5.2 MOD-U1-8):
  //
  //   rear {module}1-4 (mpo1)                 front LC duplex
  //   pos 1 ───────────────────────────────►  {module}1  B   "Strands 1, 12"
  //   pos 12 ──────────────────────────────►  {module}1  A
  //   pos 2 / 11 ──────────────────────────►  {module}2  B / A
  //   pos 3 / 10 ──────────────────────────►  {module}3  B / A
  //   pos 4 / 9 ───────────────────────────►  {module}4  B / A
  const p = moduleOf('module-types/Corning/ECM-UM08-04-E8GF-ULL.yaml');
  it.each([
    ['front-1', 'mpo1:12', 'mpo1:1'],
    ['front-2', 'mpo1:11', 'mpo1:2'],
    ['front-3', 'mpo1:10', 'mpo1:3'],
    ['front-4', 'mpo1:9', 'mpo1:4'],
  ])('%s carries A = %s, B = %s', (key, a, b) => {
    expect(frontFibers(p, key)).toEqual({ A: a, B: b });
  });
  it('is a MOD-U1-8 on an MPO-8, OS2, ULL, with front LC UPC', () => {
    expect(p.moduleClass).toBe('MOD-U1-8');
    expect(p.ports.find((x) => x.key === 'mpo1')?.accepts).toBe('mpo-8');
    expect(links(p)).toHaveLength(8);
    expect(p.fiberType).toBe('OS2');
    expect(fixed(p.ports.find((x) => x.key === 'front-1'))?.connector.polish).toBe('UPC');
    expect(fixed(p.ports.find((x) => x.key === 'front-1'))?.lossGrade).toBe('elite');
    expect(p.formFactor).toBe('corning-edge');
  });
  it('keeps gender, MPO polish and the U1/U2 rear adapter unknown, and asks for them', () => {
    const rear = fixed(p.ports.find((x) => x.key === 'mpo1'));
    expect(rear?.connector.gender).toBe('unknown');
    expect(rear?.connector.polish).toBe('unknown');
    expect(rear?.adapter).toBe('unknown');
    const { unknowns } = imported('module-types/Corning/ECM-UM08-04-E8GF-ULL.yaml');
    expect(unknowns).toEqual([
      'Rear MPO gender: pinned (male) or unpinned (female)',
      'Rear MPO polish: UPC or APC',
      'Rear adapter orientation: key-up/key-down (Method U1) or key-up/key-up (Method U2)',
    ]);
  });
  it('keeps the {module} template in labels and resolves it per slot', () => {
    const label = p.ports.find((x) => x.key === 'front-1')?.label ?? '';
    expect(label).toBe('{module}1');
    expect(resolveModuleName(label, '02B')).toBe('02B1');
    expect(resolveModuleName('{module}:1-2', '3')).toBe('3:1-2');
    expect(resolveModuleName('Port 1', '3')).toBe('Port 1');
  });
});

describe('ECM-UM-12-05-93Q (legacy shape, strands 2n−1/2n, says Universal)', () => {
  // Descriptions pair consecutive strands, which is the MOD-A pairing, not MOD-U1's (p, 13−p):
  //   rear {module}1-6 pos 2n−1 → {module}n A,  pos 2n → {module}n B  (A/B from MOD-A)
  const p = moduleOf('module-types/Corning/ECM-UM-12-05-93Q.yaml');
  it.each([1, 2, 3, 4, 5, 6])('front-%i carries strands 2n−1 (A) and 2n (B)', (n) => {
    expect(frontFibers(p, `front-${n}`)).toEqual({ A: `mpo1:${2 * n - 1}`, B: `mpo1:${2 * n}` });
  });
  it('is stored as the class its map equals (MOD-A), with the conflict reported', () => {
    expect(p.moduleClass).toBe('MOD-A');
    const { lint } = imported('module-types/Corning/ECM-UM-12-05-93Q.yaml');
    expect(lint.map((f) => f.code)).toEqual(['schema-key', 'schema-key', 'strands-vs-polarity', 'ab-assumed']);
    expect(lint[0]?.message).toBe(
      "6×: front port '{module}1', '{module}2', …, '{module}6': key 'comments' is not allowed by the devicetype-library schema",
    );
    expect(lint[0]?.action).toBe('read its text as the port description');
    expect(lint[3]?.action).toContain('took A/B from MOD-A');
  });
  it('reads "(pinned)", OM4, MTP 12 and "Low Loss" from the comments', () => {
    const rear = fixed(p.ports.find((x) => x.key === 'mpo1'));
    expect(rear?.connector).toEqual({ variant: 'mpo-12', gender: 'male', polish: 'unknown' });
    expect(rear?.lossGrade).toBe('low-loss');
    expect(rear?.adapter).toBe('unknown');
    expect(p.fiberType).toBe('OM4');
  });
});

describe('FHD-1MTP12LCDOM4A (legacy, Type A, MTP-24)', () => {
  // MPO-24 as two MPO-12 rows (UNVERIFIED two-row convention, REFERENCE §5.2):
  //   pos 2p−1 → port p A, pos 2p → port p B, p = 1…12
  const p = moduleOf('module-types/FS/FHD-1MTP12LCDOM4A.yaml');
  it.each(Array.from({ length: 12 }, (_, i) => i + 1))('front-%i = MOD-A pair', (n) => {
    expect(frontFibers(p, `front-${n}`)).toEqual({ A: `mpo1:${2 * n - 1}`, B: `mpo1:${2 * n}` });
  });
  it('is MOD-A behind a key-up/key-down rear adapter; gender and polish unknown', () => {
    expect(p.moduleClass).toBe('MOD-A');
    const rear = fixed(p.ports.find((x) => x.key === 'mpo1'));
    expect(rear?.connector).toEqual({ variant: 'mpo-24', gender: 'unknown', polish: 'unknown' });
    expect(rear?.adapter).toBe('key-up-key-down');
    expect(p.loss).toEqual({ kind: 'pairs' });
  });
});

describe('FHD-3MTP6LCQOM4U (legacy, 3× MTP-8 male, Universal, 0.35 dB)', () => {
  // Three Base-8 groups, each MOD-U1-8: group g ports 4g+1…4g+4 on mpo(g+1).
  const p = moduleOf('module-types/FS/FHD-3MTP6LCQOM4U.yaml');
  it.each([
    ['front-1', 'mpo1:12', 'mpo1:1'],
    ['front-4', 'mpo1:9', 'mpo1:4'],
    ['front-5', 'mpo2:12', 'mpo2:1'],
    ['front-7', 'mpo2:10', 'mpo2:3'],
    ['front-12', 'mpo3:9', 'mpo3:4'],
  ])('%s carries A = %s, B = %s', (key, a, b) => {
    expect(frontFibers(p, key)).toEqual({ A: a, B: b });
  });
  it('has male MPO-8 rears, OM4, and a module loss of 0.35 dB', () => {
    expect(p.moduleClass).toBe('MOD-U1-8');
    expect(
      p.ports.filter((x) => x.face === 'rear').map((x) => `${x.key}:${x.accepts}:${fixed(x)?.connector.gender}`),
    ).toEqual(['mpo1:mpo-8:male', 'mpo2:mpo-8:male', 'mpo3:mpo-8:male']);
    expect(p.loss.kind === 'module' ? p.loss.loss.maxDb : null).toBe(0.35);
    expect(p.fiberCount).toBe(24);
  });
});

describe('adapter panels', () => {
  // FHD-FAP8MTPHB: 8× MTP-8 key-up/key-up: front-k pos i ↔ rear-k pos 13−i (REFERENCE §0.2).
  it('FHD-FAP8MTPHB maps front position i to rear 13−i on every populated position', () => {
    const p = moduleOf('module-types/FS/FHD-FAP8MTPHB.yaml');
    expect(p.moduleClass).toBe('adapter-plate');
    expect(
      p.ports.every((x) => x.mate.kind === 'through' && x.mate.adapter === 'key-up-key-up' && x.accepts === 'mpo-8'),
    ).toBe(true);
    const front3 = links(p)
      .filter((l) => l.a.port === 'front-3')
      .map((l) => [l.a.position, l.b.position]);
    expect(front3).toEqual([
      [1, 12],
      [2, 11],
      [3, 10],
      [4, 9],
      [9, 4],
      [10, 3],
      [11, 2],
      [12, 1],
    ]);
    expect(p.fiberType).toBe('unknown');
    expect(imported('module-types/FS/FHD-FAP8MTPHB.yaml').lint.map((f) => `${f.code}:${f.severity}`)).toEqual([
      'default-rear-position:info',
      'fact-conflict:warning',
    ]);
  });
  it('EDGE-CP48-90 states no key orientation: the map stays unknown', () => {
    const r = imported('module-types/Corning/EDGE-CP48-90.yaml');
    const p = r.part as ModulePart;
    expect(p.links).toBe('unknown');
    expect(p.ports.filter((x) => x.face === 'front').map((x) => x.accepts)).toEqual([
      'mpo-12',
      'mpo-12',
      'mpo-12',
      'mpo-12',
    ]);
    expect(p.fiberType).toBe('OS2');
    expect(r.unknowns).toContain('Adapter orientation: key-up/key-down (Type A) or key-up/key-up (Type B)');
  });
});

describe('enclosures (device types with module-bays)', () => {
  it.each([
    ['device-types/Corning/EDGE-01U.yaml', ['01A', '01B', '01C', '01D', '02A', '02B', '02C', '02D'], 'corning-edge', 0],
    ['device-types/FS/FHD-1UFMT-N.yaml', ['1', '2', '3', '4'], 'fs-fhd', 144],
  ] as const)('%s: slots, form factor and capacity', (path, labels, ff, maxFibers) => {
    const p = rackOf(path);
    expect(p.role).toBe('enclosure');
    expect(p.mounting).toBe('modular');
    expect(p.heightU).toBe(1);
    expect(p.slots.map((s) => s.label)).toEqual(labels);
    expect(p.slots.map((s) => s.key)).toEqual(labels.map((_, i) => `slot-${i + 1}`));
    expect(new Set(p.slots.map((s) => s.formFactor))).toEqual(new Set([ff]));
    expect(p.maxFibers).toBe(maxFibers);
  });
  it('asks for the capacity when the file does not state it', () => {
    expect(imported('device-types/Corning/EDGE-01U.yaml').unknowns).toEqual([
      'Maximum fibers the enclosure holds (e.g. "144 Fibers")',
    ]);
    expect(imported('device-types/FS/FHD-1UFMT-N.yaml').unknowns).toEqual([]);
  });
  it('module form factors match the enclosures of the same family', () => {
    expect(moduleOf('module-types/Corning/ECM-UM08-04-E8GF-ULL.yaml').formFactor).toBe(
      rackOf('device-types/Corning/EDGE-01U.yaml').slots[0]?.formFactor,
    );
    expect(moduleOf('module-types/FS/FHD-3MTP6LCQOM4U.yaml').formFactor).toBe(
      rackOf('device-types/FS/FHD-1UFMT-N.yaml').slots[0]?.formFactor,
    );
  });
});

describe('refusals are messages, not exceptions', () => {
  it.each([
    ['not: [valid', 'not valid YAML'],
    ['- a\n- b\n', 'not a YAML mapping'],
    ['manufacturer: X\nmodel: Y\n', 'no front or rear ports'],
    ['manufacturer: X\nmodel: Y\nfront-ports:\n  - {name: "1", type: st}\n', "'1' (st)"],
    ['manufacturer: X\nmodel: Y\nrear-ports:\n  - {name: "1", type: banana}\n', 'not a NetBox port type'],
  ])('%j → %s', (text, message) => {
    const r = importNetboxYaml(text, 'module-types/X/Y.yaml');
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error).toContain(message);
  });
  it('a device type without bays, ports or cages is refused', () => {
    const r = importNetboxYaml(
      'manufacturer: X\nmodel: Y\nslug: x-y\nu_height: 1\nis_full_depth: false\n',
      'device-types/X/Y.yaml',
    );
    expect(r.ok ? '' : r.error).toContain('no module bays, fiber ports or pluggable');
  });
});

describe('the importer only produces parts the design schema accepts (issue 9)', () => {
  const device = (extra: string) =>
    `manufacturer: Acme\nmodel: P1\nslug: acme-p1\nu_height: 1\nis_full_depth: false\n${extra}front-ports:\n  - name: "1"\n    type: lc\n    rear_port: R1\nrear-ports:\n  - name: R1\n    type: lc\n`;
  it.each([
    [
      'u_height 0 (a zero-U device)',
      device('').replace('u_height: 1', 'u_height: 0'),
      4,
      /u_height 0 is a zero-U device/,
    ],
    ['u_height 100', device('').replace('u_height: 1', 'u_height: 100'), 4, /u_height 100 is taller than .*1–60 U/],
    [
      'a model of 150 characters',
      device('').replace('model: P1', `model: ${'M'.repeat(150)}`),
      2,
      /model is 150 characters; the designer allows at most 100/,
    ],
    [
      'U+0000 in a port name',
      device('').replace('name: "1"', 'name: "1\\0"'),
      7,
      /front port name must not contain control characters .*U\+0000/,
    ],
    [
      'a port label of 120 characters',
      device('').replace('name: "1"', `name: "1"\n    label: ${'L'.repeat(120)}`),
      7,
      /front port label is 120 characters/,
    ],
    [
      'U+001B in the manufacturer',
      device('').replace('manufacturer: Acme', 'manufacturer: "Ac\\eme"'),
      1,
      /manufacturer must not contain control characters .*U\+001B/,
    ],
    ['a YAML syntax error', 'manufacturer: X\nmodel: [a,\nslug: 2\n', 3, /not valid YAML/],
  ])('%s is refused at its YAML line', (_n, text, line, message) => {
    const r = importNetboxYaml(text, 'device-types/Acme/P1.yaml');
    expect(r).toMatchObject({ ok: false, line, error: expect.stringMatching(message) });
    expect(r.ok ? '' : r.error).toContain(`line ${line}`);
  });

  it('refuses an alias bomb at the line of its first alias, without expanding it', () => {
    const rows = Array.from({ length: 9 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(',')}]`);
    const bomb = `manufacturer: X\nmodel: Y\nl0: &l0 [lol]\n${rows.join('\n')}\n`;
    const r = importNetboxYaml(bomb, 'module-types/X/Y.yaml');
    expect(r).toMatchObject({ ok: false, line: 4, error: expect.stringMatching(/alias bomb/) });
  });

  it('rounds a half-unit height up to whole units, with a lint warning', () => {
    const r = importNetboxYaml(device('').replace('u_height: 1', 'u_height: 1.5'), 'device-types/Acme/P1.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok || r.part.kind !== 'rack-equipment') return;
    expect(r.part.heightU).toBe(2);
    expect(r.lint).toContainEqual(
      expect.objectContaining({
        code: 'height-rounded',
        severity: 'warning',
        action: 'used 2U (the device occupies 2 units)',
      }),
    );
  });

  it('treats names like Object.prototype members as plain names', () => {
    const text = device('')
      .replace('model: P1', 'model: toString')
      .replace('name: R1', 'name: constructor')
      .replace('rear_port: R1', 'rear_port: constructor');
    const r = importNetboxYaml(text, 'device-types/Acme/P1.yaml');
    expect(r.ok).toBe(true);
    expect(r.ok && r.part.id).toBe('equipment/netbox/acme/tostring');
    const typed = importNetboxYaml(
      device('').replace('type: lc\n    rear_port', 'type: toString\n    rear_port'),
      'device-types/Acme/P1.yaml',
    );
    expect(typed).toMatchObject({
      ok: false,
      error: expect.stringMatching(/'1' \(tostring: not a NetBox port type\)/),
    });
  });

  it('ignores a stated form factor that is a reserved word', () => {
    const r = importNetboxYaml(device('comments: "Form factor: constructor"\n'), 'device-types/Acme/P1.yaml');
    expect(r.ok).toBe(true);
    expect(r.ok && r.lint.map((f) => f.code)).toContain('text-adjusted');
  });
});
