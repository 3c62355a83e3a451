/**
 * checkEdit: an edit is refused exactly when the loader would refuse the saved result, with the
 * JSON path and the rule in words; it looks only at the records whose identity changed.
 *
 * Base design (examples/method-a.json, GT-06):
 *
 *   R12 (rack-1): Leaf-1 (dev-2) ─PC (cab-12…)─ R12-P1 (dev-3) slot-1: R12-P1-C1 (dev-4)
 *                                                            ║ TR-R12-R14-01 (cab-9)
 *   R14 (rack-5): Leaf-2 (dev-6) ─PC (cab-13…)─ R14-P1 (dev-7) slot-1: R14-P1-C1 (dev-8)
 *
 * The oracle of the property test is independent of checkEdit: `parseDesignFile` of the
 * serialised result (the loader checks the whole document its own way).
 */
import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { methodA } from '../../scripts/generate-examples';
import type { Design } from '../core/design';
import * as E from '../core/edits';
import type { CableId, DeviceId, RackId } from '../core/ids';
import type { Part } from '../core/parts';
import { checkEdit } from './editCheck';
import { parseDesignFile } from './loadDesign';
import { CUSTOM_CORD } from './fixtures/sampleDesigns';
import { serializeDesign } from './saveDesign';

type Draft = { -readonly [K in keyof Design]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

const base: Design = methodA();
const mutate = (f: (x: Draft) => void): Design => produce(base, (x) => void f(x as unknown as Draft));

/** [case, the edited design, expected path, rule pattern] */
const REFUSED: readonly [string, () => Design, string, RegExp][] = [
  [
    'cable length 200000 m',
    () => E.updateCable(base, 'cab-9' as CableId, { lengthM: 200_000 }),
    '$.cables["cab-9"].lengthM',
    /^must be 0–100,000 m; received 200000$/,
  ],
  [
    'a device name of 501 characters',
    () => E.renameDevice(base, 'dev-2' as DeviceId, 'x'.repeat(501)),
    '$.devices["dev-2"].name',
    /^must be at most 500 characters \(has 501\)$/,
  ],
  [
    'U+0000 in a rack name',
    () => E.renameRack(base, 'rack-1' as RackId, 'R\u000012'),
    '$.racks["rack-1"].name',
    /found U\+0000 at character 2/,
  ],
  [
    'design margin 25 dB',
    () => E.updateSettings(base, { designMarginDb: 25 }),
    '$.settings.designMarginDb',
    /^must be 0–20 dB; received 25$/,
  ],
  ['design name of 501 characters', () => E.renameDesign(base, 'n'.repeat(501)), '$.name', /at most 500 characters/],
  [
    'a rack height of 0 U',
    () =>
      mutate((x) => {
        x.racks['rack-1'].heightU = 0;
      }),
    '$.racks["rack-1"].heightU',
    /^must be 1–60 U \(whole numbers\); received 0$/,
  ],
  [
    'an enclosure removed without its module',
    () =>
      mutate((x) => {
        delete x.devices['dev-3'];
      }),
    '$.devices["dev-4"].placement.parent',
    /parent device "dev-3" does not exist/,
  ],
  [
    'a switch removed with its transceivers but not the cords plugged into it',
    () =>
      mutate((x) => {
        for (const [k, v] of Object.entries(x.devices) as [string, Design['devices'][string]][])
          if (k === 'dev-2' || (v.placement.kind === 'cage' && v.placement.parent === 'dev-2')) delete x.devices[k];
      }),
    '$.cables["cab-12"].ends.A.device',
    /device "dev-2" does not exist/,
  ],
  [
    'a rack removed without its equipment',
    () =>
      mutate((x) => {
        delete x.racks['rack-5'];
      }),
    '$.devices["dev-6"].placement.rack',
    /rack "rack-5" does not exist/,
  ],
  [
    'a module moved into an occupied slot',
    () =>
      mutate((x) => {
        x.devices['dev-8'].placement = { kind: 'slot', parent: 'dev-3', slot: 'slot-1' };
      }),
    '$.devices["dev-8"].placement.slot',
    /already holds device "dev-4"/,
  ],
  [
    'an enclosure placed in its own module',
    () =>
      mutate((x) => {
        x.devices['dev-3'].placement = { kind: 'slot', parent: 'dev-4', slot: 'slot-2' };
      }),
    '$.devices["dev-3"].placement.parent',
    /loops back/,
  ],
  [
    'a record whose id is not its key',
    () =>
      mutate((x) => {
        x.cables['cab-9'].id = 'cab-99';
      }),
    '$.cables["cab-9"].id',
    /"cab-99" does not match its key "cab-9"/,
  ],
  [
    'a device keyed "constructor"',
    () =>
      mutate((x) => {
        x.devices.constructor = { id: 'constructor', part: 'x', name: 'c', placement: { kind: 'unplaced' } };
      }),
    '$.devices.constructor',
    /\(the record's id\) "constructor" is reserved/,
  ],
  [
    'a custom part with a duplicate end key',
    () => E.addParts(base, [{ ...CUSTOM_CORD, ends: [CUSTOM_CORD.ends[0], CUSTOM_CORD.ends[0]] } as Part]),
    '$.parts["custom/cable/lc-ab-lab"].ends[1].key',
    /duplicate end key "A"/,
  ],
  [
    'a cable end plugged into device "toString" (absent)',
    () =>
      mutate((x) => {
        x.cables['cab-12'].ends.B = { device: 'toString', port: 'front-1' };
      }),
    '$.cables["cab-12"].ends.B.device',
    /device "toString" does not exist/,
  ],
  [
    'a fiber type that does not exist',
    () =>
      mutate((x) => {
        x.cables['cab-9'].fiberType = 'OM6';
      }),
    '$.cables["cab-9"].fiberType',
    /Invalid option/,
  ],
  [
    'an unknown field on a rack',
    () =>
      mutate((x) => {
        x.racks['rack-1'].colour = 'red';
      }),
    '$.racks["rack-1"].colour',
    /unknown field/,
  ],
];

describe('checkEdit refuses what the loader would refuse, with the path and the rule', () => {
  it.each(REFUSED)('%s', (_name, make, path, rule) => {
    const next = make();
    const r = checkEdit(base, next);
    expect(r).toEqual({ ok: false, path, rule: expect.stringMatching(rule), message: expect.any(String) });
    if (!r.ok) expect(r.message).toBe(`${path} ${r.rule}`);
    // The independent oracle agrees: the saved result would not reopen.
    expect(parseDesignFile(serializeDesign(next)).ok).toBe(false);
  });
});

describe('checkEdit accepts legal edits', () => {
  const ACCEPTED: readonly [string, () => Design][] = [
    ['no change', () => base],
    ['cable length 100000 m (the maximum)', () => E.updateCable(base, 'cab-9' as CableId, { lengthM: 100_000 })],
    ['a name of 500 characters', () => E.renameDevice(base, 'dev-2' as DeviceId, 'x'.repeat(500))],
    ['tab and newline in a name', () => E.renameDevice(base, 'dev-2' as DeviceId, 'Leaf\t1\nspare')],
    ['delete an enclosure with what is inside it', () => E.deleteDevices(base, ['dev-3' as DeviceId])],
    ['delete a rack with its equipment', () => E.deleteRack(base, 'rack-5' as RackId)],
    ['add a custom part', () => E.addParts(base, [CUSTOM_CORD])],
    [
      'a device keyed "toString"',
      () =>
        mutate((x) => {
          x.devices.toString = { id: 'toString', part: 'x', name: 'T', placement: { kind: 'unplaced' } };
        }),
    ],
  ];
  it.each(ACCEPTED)('%s', (_name, make) => {
    const next = make();
    expect(checkEdit(base, next)).toEqual({ ok: true });
    expect(parseDesignFile(serializeDesign(next)).ok).toBe(true);
  });

  it('does not look at records whose identity is unchanged', () => {
    // A record that is invalid but untouched (as if an older check had let it in) is not re-judged:
    // the check is per changed record, not per document.
    const broken = mutate((x) => {
      x.cables['cab-9'].lengthM = -1;
    });
    expect(checkEdit(broken, E.renameRack(broken, 'rack-1' as RackId, 'R12a'))).toEqual({ ok: true });
    expect(checkEdit(base, broken).ok).toBe(false);
  });
});

// About 2 s of CPU on an idle machine (1000 serialise + parse round trips); 3× headroom and more.
describe('checkEdit agrees with the loader on random single-field edits', { timeout: 30_000 }, () => {
  const cableIds = Object.keys(base.cables);
  const deviceIds = Object.keys(base.devices);
  const rackIds = Object.keys(base.racks);
  const text = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('', 'x'.repeat(500), 'x'.repeat(501), '\u0000', 'a\u001fb', 'a\tb\nc', '\ud800', 'toString'),
  );
  const num = fc.oneof(
    fc.double({ noNaN: false }),
    fc.integer({ min: -5, max: 100_005 }),
    fc.constantFrom(0, 0.5, 20, 20.01, 60, 61, 100_000, 100_000.001, -0),
  );
  const edit = fc.oneof(
    fc.record({ k: fc.constant('length' as const), id: fc.constantFrom(...cableIds), v: num }),
    fc.record({ k: fc.constant('cableName' as const), id: fc.constantFrom(...cableIds), v: text }),
    fc.record({ k: fc.constant('deviceName' as const), id: fc.constantFrom(...deviceIds), v: text }),
    fc.record({ k: fc.constant('rackHeight' as const), id: fc.constantFrom(...rackIds), v: num }),
    fc.record({ k: fc.constant('positionU' as const), id: fc.constantFrom(...deviceIds), v: num }),
    fc.record({ k: fc.constant('margin' as const), id: fc.constant(''), v: num }),
    fc.record({ k: fc.constant('endDevice' as const), id: fc.constantFrom(...cableIds), v: text }),
    fc.record({
      k: fc.constant('parent' as const),
      id: fc.constantFrom(...deviceIds),
      v: fc.constantFrom(...deviceIds, 'valueOf'),
    }),
  );
  it('1000 edits: ok exactly when the saved result reopens', () => {
    fc.assert(
      fc.property(edit, (e) => {
        const next = mutate((x) => {
          if (e.k === 'length') x.cables[e.id].lengthM = e.v;
          if (e.k === 'cableName') x.cables[e.id].name = e.v;
          if (e.k === 'deviceName') x.devices[e.id].name = e.v;
          if (e.k === 'rackHeight') x.racks[e.id].heightU = e.v;
          if (e.k === 'positionU' && x.devices[e.id].placement.kind === 'rack')
            x.devices[e.id].placement.positionU = e.v;
          if (e.k === 'margin') x.settings.designMarginDb = e.v;
          if (e.k === 'endDevice') {
            const key = Object.keys(x.cables[e.id].ends)[0] as string;
            x.cables[e.id].ends[key] = { device: e.v, port: 'front-1' };
          }
          if (e.k === 'parent' && x.devices[e.id].placement.kind === 'slot') x.devices[e.id].placement.parent = e.v;
        });
        const reopened = parseDesignFile(serializeDesign(next));
        const r = checkEdit(base, next);
        expect(r.ok).toBe(reopened.ok);
        if (!r.ok && !reopened.ok) expect(r.path).toBe(reopened.error.path);
      }),
      { numRuns: 1000, seed: 909 },
    );
  });
});

describe('checkEdit with the touched keys given (no identity scan)', () => {
  it('refuses a bad touched record and checks what referred to a removed one', () => {
    const long = E.updateCable(base, 'cab-9' as CableId, { lengthM: 200_000 });
    expect(checkEdit(base, long, { cables: ['cab-9'] })).toMatchObject({
      ok: false,
      path: '$.cables["cab-9"].lengthM',
    });
    const orphan = mutate((x) => {
      delete x.devices['dev-3'];
    });
    expect(checkEdit(base, orphan, { devices: ['dev-3'] })).toMatchObject({
      ok: false,
      path: '$.devices["dev-4"].placement.parent',
    });
  });

  it('trusts the list: an untouched collection named with no keys is not looked at', () => {
    const long = E.updateCable(base, 'cab-9' as CableId, { lengthM: 200_000 });
    expect(checkEdit(base, long, { cables: [] })).toEqual({ ok: true });
  });
});
