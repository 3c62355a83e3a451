/**
 * parseDesignFile on files it accepts: allowed text and ids, valid designs loaded unchanged, and
 * warnings (with their JSON paths) for states the engine reports as unchecked.
 *
 *
 * Base design (examples/method-a.json, GT-06):
 *
 *   R12 (rack-1): Leaf-1 (dev-2) ─PC-R12-0p (cab-12…)─ R12-P1 (dev-3) slot-1: R12-P1-C1 (dev-4)
 *                                                                  ║ TR-R12-R14-01 (cab-9)
 *   R14 (rack-5): Leaf-2 (dev-6) ─PC-R14-0p (cab-13…)─ R14-P1 (dev-7) slot-1: R14-P1-C1 (dev-8)
 */
import { describe, expect, it } from 'vitest';
import { methodA } from '../../scripts/generate-examples';
import { parseDesignFile } from './loadDesign';
import { designJson, edit, type Json } from './fixtures/designJson';
import { customPartsDesign } from './fixtures/sampleDesigns';
import { serializeDesign } from './saveDesign';

/** The Method A example (GT-06) as saved, parsed to plain JSON. */
const base = (): Json => designJson(methodA());

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
