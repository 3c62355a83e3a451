/**
 * `{module}` port names (issue 13 §4): a NetBox module's port `{module}:13-14` shows as the slot it
 * sits in (`02B:13-14`), or as the module's own name when it is not in a slot — in the port info
 * the inspector and cable ends use, and in the label index the issues list and fiber map use.
 *
 *   ENC (slots labelled 01A, 02B) ── slot 2 "02B": MOD (port labels '{module}:1-2', '{module}:1-12')
 *   LOOSE (unplaced copy of the same module)
 */
import { templatedModule, twoSlotEnclosure } from './fixtures/templatedModule';
import { describe, expect, it } from 'vitest';
import { labelsFor } from './labels';
import { DesignBuilder } from './designBuilder';
import { portInfo } from './layout';
import { moduleNameOf, resolveModuleName } from './portNames';
import { catalogueFor } from './catalogue';

const mod = templatedModule('module/test/templated');
const enc = twoSlotEnclosure('equipment/test/enc');

describe('{module} port names', () => {
  const b = new DesignBuilder('module names');
  const r = b.rack('R1');
  b.part(mod).part(enc);
  const e = b.equipment(r, enc.id, 40, 'ENC');
  const inSlot = b.module(e, 2, mod.id, 'MOD');
  const loose = b.loose(mod.id, 'LOOSE');
  const d = b.build();

  it('resolves to the slot label, or the module name when not in a slot', () => {
    expect(resolveModuleName('{module}:13-14', '02B')).toBe('02B:13-14');
    expect(moduleNameOf(d, inSlot, catalogueFor(d).get)).toBe('02B');
    expect(moduleNameOf(d, loose, catalogueFor(d).get)).toBe('LOOSE');
  });
  it('port info (inspector, cable ends) and the label index (issues, fiber map) never show the template', () => {
    expect(portInfo(d, { device: inSlot, port: 'front-2' })?.label).toBe('MOD 02B:3-4');
    expect(portInfo(d, { device: loose, port: 'mpo1' })?.label).toBe('LOOSE LOOSE:1-12');
    const names = [...labelsFor(d).ports.values()].map((p) => p.name);
    expect(names.some((n) => n.includes('{module}'))).toBe(false);
    expect(names).toContain('MOD 02B:1-12');
  });
});
