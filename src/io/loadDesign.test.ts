/**
 * parseDesignFile: every refusal names the JSON path of the first problem; hostile input is
 * refused without throwing; warnings describe states the engine reports as unchecked.
 *
 * Base design (examples/method-a.json, GT-06):
 *
 *   R12 (rack-1): Leaf-1 (dev-2) ─PC-R12-0p (cab-12…)─ R12-P1 (dev-3) slot-1: R12-P1-C1 (dev-4)
 *                                                                  ║ TR-R12-R14-01 (cab-9)
 *   R14 (rack-5): Leaf-2 (dev-6) ─PC-R14-0p (cab-13…)─ R14-P1 (dev-7) slot-1: R14-P1-C1 (dev-8)
 */
import { describe, expect, it } from 'vitest';
import { methodA } from '../../scripts/generate-examples';
import { MAX_DEPTH, MAX_FILE_BYTES, parseDesignFile, utf8Length } from './loadDesign';
import { customPartsDesign } from './fixtures/sampleDesigns';
import { serializeDesign } from './saveDesign';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const base = (): Json => JSON.parse(serializeDesign(methodA())) as Json;
const custom = (): Json => JSON.parse(serializeDesign(customPartsDesign())) as Json;
const edit = (doc: Json, f: (d: Json) => void): string => {
  f(doc);
  return JSON.stringify(doc, null, 2);
};

const nest = (depth: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { n: v };
  return v;
};

/** [case, file text, expected path, message pattern] */
const REFUSED: readonly [string, () => string, string, RegExp][] = [
  [
    'length as a string',
    () => edit(base(), (d) => (d.cables['cab-9'].lengthM = '90')),
    '$.cables["cab-9"].lengthM',
    /expected number, received string/,
  ],
  [
    'negative length',
    () => edit(base(), (d) => (d.cables['cab-9'].lengthM = -1)),
    '$.cables["cab-9"].lengthM',
    /^must be 0–100,000 m; received -1$/,
  ],
  [
    'length over 100 km',
    () => edit(base(), (d) => (d.cables['cab-9'].lengthM = 100_001)),
    '$.cables["cab-9"].lengthM',
    /^must be 0–100,000 m; received 100001$/,
  ],
  [
    'length 1e400 (overflows to Infinity)',
    () => serializeDesign(methodA()).replace('"lengthM": 90', '"lengthM": 1e400'),
    '$.cables["cab-9"].lengthM',
    /Infinity/,
  ],
  [
    'length "NaN"',
    () => edit(base(), (d) => (d.cables['cab-12'].lengthM = 'NaN')),
    '$.cables["cab-12"].lengthM',
    /expected number/,
  ],
  [
    'length null',
    () => edit(base(), (d) => (d.cables['cab-12'].lengthM = null)),
    '$.cables["cab-12"].lengthM',
    /expected number/,
  ],
  [
    'rack height 0 U',
    () => edit(base(), (d) => (d.racks['rack-1'].heightU = 0)),
    '$.racks["rack-1"].heightU',
    /^must be 1–60 U \(whole numbers\); received 0$/,
  ],
  [
    'rack height 61 U',
    () => edit(base(), (d) => (d.racks['rack-5'].heightU = 61)),
    '$.racks["rack-5"].heightU',
    /^must be 1–60 U \(whole numbers\); received 61$/,
  ],
  [
    'fractional U position',
    () => edit(base(), (d) => (d.devices['dev-2'].placement.positionU = 40.5)),
    '$.devices["dev-2"].placement.positionU',
    /^must be 1–60 U \(whole numbers\); received a fraction$/,
  ],
  [
    'lane position 73',
    () => edit(custom(), (d) => (d.parts['custom/transceiver/lab-sfp'].lanes[0].position = 73)),
    '$.parts["custom/transceiver/lab-sfp"].lanes[0].position',
    /^must be 1–72 \(whole numbers\); received 73$/,
  ],
  [
    'link position 0',
    () => edit(custom(), (d) => (d.parts['custom/equipment/lab-panel'].links[1].b.position = 0)),
    '$.parts["custom/equipment/lab-panel"].links[1].b.position',
    /must be 1–72 .*received 0$/,
  ],
  [
    'name of 501 characters',
    () => edit(base(), (d) => (d.devices['dev-2'].name = 'x'.repeat(501))),
    '$.devices["dev-2"].name',
    /^must be at most 500 characters \(has 501\)$/,
  ],
  [
    'empty id',
    () => edit(base(), (d) => (d.devices['dev-2'].part = '')),
    '$.devices["dev-2"].part',
    /^must not be empty$/,
  ],
  ['unknown field', () => edit(base(), (d) => (d.settings.colour = 'blue')), '$.settings.colour', /unknown field/],
  [
    'unknown placement kind',
    () => edit(base(), (d) => (d.devices['dev-2'].placement.kind = 'shelf')),
    '$.devices["dev-2"].placement.kind',
    /discriminator/,
  ],
  [
    'unknown fiber type',
    () => edit(base(), (d) => (d.cables['cab-9'].fiberType = 'OM6')),
    '$.cables["cab-9"].fiberType',
    /Invalid option/,
  ],
  [
    'links neither an array nor "unknown"',
    () => edit(custom(), (d) => (d.parts['custom/equipment/lab-panel'].links = 'none')),
    '$.parts["custom/equipment/lab-panel"].links',
    /Invalid input/,
  ],
  [
    'duplicate id (key ≠ id)',
    () => edit(base(), (d) => (d.racks['rack-1'].id = 'rack-5')),
    '$.racks["rack-1"].id',
    /"rack-5" does not match its key "rack-1"/,
  ],
  [
    'cable end on a missing device',
    () => edit(base(), (d) => (d.cables['cab-12'].ends.B.device = 'dev-404')),
    '$.cables["cab-12"].ends.B.device',
    /device "dev-404" does not exist/,
  ],
  [
    'module slot parent missing',
    () => edit(base(), (d) => (d.devices['dev-4'].placement.parent = 'dev-99')),
    '$.devices["dev-4"].placement.parent',
    /parent device "dev-99" does not exist/,
  ],
  [
    'rack missing',
    () => edit(base(), (d) => (d.devices['dev-2'].placement.rack = 'rack-9')),
    '$.devices["dev-2"].placement.rack',
    /rack "rack-9" does not exist/,
  ],
  [
    'device inside itself',
    () => edit(base(), (d) => (d.devices['dev-4'].placement.parent = 'dev-4')),
    '$.devices["dev-4"].placement.parent',
    /inside itself/,
  ],
  [
    'placement cycle',
    () => edit(base(), (d) => (d.devices['dev-3'].placement = { kind: 'slot', parent: 'dev-4', slot: 'slot-1' })),
    '$.devices["dev-3"].placement.parent',
    /loops back/,
  ],
  [
    'two modules in one slot',
    () => edit(base(), (d) => (d.devices['dev-8'].placement.parent = 'dev-3')),
    '$.devices["dev-8"].placement.slot',
    /already holds device "dev-4"/,
  ],
  [
    'cable fiber on a missing end',
    () => edit(custom(), (d) => (d.parts['custom/cable/lc-ab-lab'].fibers[0].to.end = 2)),
    '$.parts["custom/cable/lc-ab-lab"].fibers[0].to.end',
    /end index 2 does not exist/,
  ],
  [
    'link to a missing port',
    () => edit(custom(), (d) => (d.parts['custom/equipment/lab-panel'].links[0].a.port = 'front-9')),
    '$.parts["custom/equipment/lab-panel"].links[0].a.port',
    /port "front-9" does not exist/,
  ],
  [
    'through-adapter peer missing',
    () => edit(custom(), (d) => (d.parts['custom/equipment/lab-panel'].ports[0].mate.peer = 'rear-7')),
    '$.parts["custom/equipment/lab-panel"].ports[0].mate.peer',
    /peer port "rear-7"/,
  ],
  [
    'duplicate port key',
    () => edit(custom(), (d) => (d.parts['custom/equipment/lab-panel'].ports[1].key = 'front-1')),
    '$.parts["custom/equipment/lab-panel"].ports[1].key',
    /duplicate port key/,
  ],
  [
    'transceiver port not mdi',
    () => edit(custom(), (d) => (d.parts['custom/transceiver/lab-sfp'].port.key = 'lc')),
    '$.parts["custom/transceiver/lab-sfp"].port.key',
    /must be "mdi"/,
  ],
  [
    '__proto__ key',
    () => serializeDesign(methodA()).replace('"devices": {', '"devices": {\n    "__proto__": { "polluted": true },'),
    '$.devices.__proto__',
    /not allowed/,
  ],
  [
    'constructor key',
    () => serializeDesign(methodA()).replace('"settings": {', '"settings": {\n    "constructor": 1,'),
    '$.settings.constructor',
    /not allowed/,
  ],
  [
    'prototype key deep inside',
    () => edit(base(), (d) => (d.cables['cab-9'].ends.A = JSON.parse('{"prototype": {}}'))),
    '$.cables["cab-9"].ends.A.prototype',
    /not allowed/,
  ],
  [
    'nesting 100 levels',
    () => edit(base(), (d) => (d.name = nest(100))),
    `$.name${'[0].n'.repeat(31)}[0]`,
    new RegExp(`deeper than ${MAX_DEPTH}`),
  ],
  [
    'schema version from the future',
    () => edit(base(), (d) => (d.schemaVersion = 2)),
    '$.schemaVersion',
    /newer MPO Designer \(schema version 2\)/,
  ],
  [
    'schema version as a string',
    () => edit(base(), (d) => (d.schemaVersion = '1')),
    '$.schemaVersion',
    /expected a schema version/,
  ],
  [
    'U+0000 in a device name',
    () => edit(base(), (d) => (d.devices['dev-2'].name = 'Leaf\u00001')),
    '$.devices["dev-2"].name',
    /^must not contain control characters \(U\+0000–U\+001F other than tab and newline\); found U\+0000 at character 5$/,
  ],
  [
    'U+001B (escape) in a rack row',
    () => edit(base(), (d) => (d.racks['rack-1'].row = 'Row\u001b[31mA')),
    '$.racks["rack-1"].row',
    /found U\+001B at character 4/,
  ],
  [
    'an unpaired surrogate in the design name',
    () => edit(base(), (d) => (d.name = 'A\ud800B')),
    '$.name',
    /unpaired surrogate at character 2/,
  ],
  [
    'a part reference named "prototype"',
    () => edit(base(), (d) => (d.devices['dev-2'].part = 'prototype')),
    '$.devices["dev-2"].part',
    /"prototype" is reserved/,
  ],
  [
    'a cable end on device "toString" (an id that does not exist)',
    () => edit(base(), (d) => (d.cables['cab-12'].ends.B.device = 'toString')),
    '$.cables["cab-12"].ends.B.device',
    /device "toString" does not exist/,
  ],
  [
    'a slot in parent "valueOf" (an id that does not exist)',
    () => edit(base(), (d) => (d.devices['dev-4'].placement.parent = 'valueOf')),
    '$.devices["dev-4"].placement.parent',
    /parent device "valueOf" does not exist/,
  ],
  [
    'a device in rack "hasOwnProperty" (an id that does not exist)',
    () => edit(base(), (d) => (d.devices['dev-2'].placement.rack = 'hasOwnProperty')),
    '$.devices["dev-2"].placement.rack',
    /rack "hasOwnProperty" does not exist/,
  ],
  ['top level is an array', () => '[1, 2]', '$', /expected a design object, received an array/],
  ['top level is null', () => 'null', '$', /received null/],
  ['JSON syntax error', () => '{\n  "name": "x",\n  "racks": {,\n}', '$', /not valid JSON at line 3, column 13/],
  ['truncated file', () => serializeDesign(methodA()).slice(0, 500), '$', /not valid JSON/],
  ['empty file', () => '  \n', '$', /empty/],
];

describe('parseDesignFile refuses bad files with the path of the first problem', () => {
  it.each(REFUSED)('%s', (_name, text, path, message) => {
    const r = parseDesignFile(text());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.path).toBe(path);
    expect(r.error.message).toMatch(message);
  });

  it('does not pollute prototypes through __proto__', () => {
    parseDesignFile('{"__proto__": {"polluted": true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('text and ids that are allowed', () => {
  it('keeps tab and newline in names', () => {
    const r = parseDesignFile(edit(base(), (d) => (d.devices['dev-2'].name = 'Leaf\t1\nspare')));
    expect(r.ok && r.design.devices['dev-2']?.name).toBe('Leaf\t1\nspare');
  });

  it('treats an id named like an Object.prototype member as an ordinary id', () => {
    // Leaf-1 (dev-2, with transceivers in its cages and cords plugged in) renamed to "toString".
    const text = serializeDesign(methodA()).replaceAll('"dev-2"', '"toString"');
    const r = parseDesignFile(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.hasOwn(r.design.devices, 'toString')).toBe(true);
    expect(r.design.devices.toString?.name).toBe('Leaf-1');
  });
});

describe('cost on hostile but well-formed input', () => {
  /** A chain of n modules, each in slot-1 of the one before; `closed` makes the first sit in the last. */
  const chain = (n: number, closed: boolean): string => {
    const doc = base();
    for (let i = 0; i < n; i++) {
      const parent = i === 0 ? (closed ? `m-${n - 1}` : 'dev-3') : `m-${i - 1}`;
      doc.devices[`m-${i}`] = {
        id: `m-${i}`,
        part: 'module/mod-a-12f-1xmpo12-f-upc-om4',
        name: `M${i}`,
        placement: { kind: 'slot', parent, slot: i === 0 && !closed ? 'slot-2' : 'slot-1' },
      };
    }
    return JSON.stringify(doc);
  };

  // The check is linear (every device walked once); its speed is a benchmark, not an assertion.
  // About 1 s on a busy 2-core machine; budget 30 s.
  it('checks a 20 000-device placement chain', { timeout: 30_000 }, () => {
    expect(parseDesignFile(chain(20_000, false)).ok).toBe(true);
  });

  it('finds a 20 000-device placement cycle', { timeout: 30_000 }, () => {
    const r = parseDesignFile(chain(20_000, true));
    expect(r).toEqual({
      ok: false,
      error: {
        path: '$.devices["m-0"].placement.parent',
        message: 'placement of M0 loops back on itself through its parents',
      },
    });
  });
});

describe('size limit', () => {
  it('refuses a file over 64 MB and names the limit', () => {
    const r = parseDesignFile(' '.repeat(MAX_FILE_BYTES + 1));
    expect(r).toEqual({
      ok: false,
      error: { path: '$', message: expect.stringMatching(/the limit is 64\.0 MB \(67108864 bytes\)/) },
    });
  });

  it('counts UTF-8 bytes, not characters (a 3-byte character each)', () => {
    const name = '€'.repeat(400);
    const text = serializeDesign({ ...methodA(), name });
    expect(utf8Length(text)).toBe(text.length + 800);
    const r = parseDesignFile(text, { maxBytes: text.length + 799 });
    expect(r.ok).toBe(false);
    expect(parseDesignFile(text, { maxBytes: text.length + 800 }).ok).toBe(true);
  });

  it('counts a surrogate pair as 4 bytes', () => {
    expect(utf8Length('a\u00e9\u20ac\u{1F600}')).toBe(1 + 2 + 3 + 4);
  });
});

describe('accepted files', () => {
  it('loads a valid design with no warnings', () => {
    const r = parseDesignFile(serializeDesign(methodA()));
    expect(r).toEqual({ ok: true, design: methodA(), warnings: [] });
  });

  it('keeps markup in names as plain strings', () => {
    const r = parseDesignFile(serializeDesign(customPartsDesign()));
    expect(r.ok && r.design.name).toBe('Custom parts <script>alert(1)</script>');
    expect(r.ok && r.design.parts['custom/cable/lc-ab-lab']?.name).toBe('Lab LC cord A-to-B <b>bold</b>');
  });

  it('loads every custom part kind, including unknown maps, unchanged', () => {
    const d = customPartsDesign();
    const r = parseDesignFile(serializeDesign(d));
    expect(r.ok && r.design).toEqual(d);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('accepts a byte-order mark', () => {
    expect(parseDesignFile(`\ufeff${serializeDesign(methodA())}`).ok).toBe(true);
  });

  it.each([
    [
      'an unknown device part',
      (d: Json) => (d.devices['dev-2'].part = 'equipment/vendor-x'),
      '$.devices["dev-2"].part',
      /not in the catalogue.*unchecked/,
    ],
    [
      'a device part that is a cable',
      (d: Json) => (d.devices['dev-4'].part = 'cable/lc-duplex-ab-upc'),
      '$.devices["dev-4"].part',
      /is a cable, not a device/,
    ],
    [
      'an unknown cable part',
      (d: Json) => (d.cables['cab-9'].part = 'cable/vendor-y'),
      '$.cables["cab-9"].part',
      /fibers are unchecked/,
    ],
    [
      'equipment above the top of the rack',
      (d: Json) => (d.devices['dev-3'].placement.positionU = 43),
      '$.devices["dev-3"].placement.positionU',
      /above the top of rack R12/,
    ],
    [
      'a cord into an empty cage',
      (d: Json) => (d.cables['cab-12'].ends.A.port = 'cage-9'),
      '$.cables["cab-12"].ends.A.port',
      /cage "cage-9" of Leaf-1 is empty/,
    ],
    [
      'a port the part does not have',
      (d: Json) => (d.cables['cab-12'].ends.B.port = 'front-9'),
      '$.cables["cab-12"].ends.B.port',
      /has no port "front-9"/,
    ],
    [
      'a slot the enclosure does not have',
      (d: Json) => (d.devices['dev-4'].placement.slot = 'slot-9'),
      '$.devices["dev-4"].placement.slot',
      /has no slot "slot-9"/,
    ],
    [
      'an end key the cable part does not have',
      (d: Json) => (d.cables['cab-12'].ends.C = null),
      '$.cables["cab-12"].ends.C',
      /has no end "C"/,
    ],
  ])('warns about %s (with its path)', (_name, f, path, message) => {
    const r = parseDesignFile(edit(base(), f));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([{ path, message: expect.stringMatching(message) }]);
  });
});
