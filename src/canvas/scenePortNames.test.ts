/**
 * `{module}` port names on the canvas (issue 13 §4, built per rack in `rackScene.ts`): a NetBox
 * module's port `{module}:3-4` is drawn as the slot it sits in (`02B:3-4`), a rack device's own
 * templated port as the device's name; the same text `portDisplayLabel` gives everywhere else.
 *
 *   R1 ── ENC (slots 01A, 02B) ── slot 2 "02B": MOD (ports '{module}:1-2' … , rear '{module}:1-12')
 */
import { templatedModule, twoSlotEnclosure } from '../core/fixtures/templatedModule';
import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../core/catalogue';
import { DesignBuilder } from '../core/designBuilder';
import { portDisplayLabel } from '../core/portNames';
import { sceneOf } from './scene';

const mod = templatedModule('module/test/templated-canvas');
const enc = twoSlotEnclosure('equipment/test/enc-canvas');

describe('{module} port names on the canvas', () => {
  const b = new DesignBuilder('module names');
  const r = b.rack('R1');
  b.part(mod).part(enc);
  const e = b.equipment(r, enc.id, 40, 'ENC');
  const inSlot = b.module(e, 2, mod.id, 'MOD');
  const d = b.build();

  it('module ports show the slot label, as portDisplayLabel does', () => {
    const ports = sceneOf(d, 'both').ports.filter((p) => p.ref.device === inSlot);
    const byKey = new Map(ports.map((p) => [p.ref.port, p.label]));
    expect(byKey.get('front-2')).toBe('MOD 02B:3-4');
    expect(byKey.get('mpo1')).toBe('MOD 02B:1-12');
    const get = catalogueFor(d).get;
    for (const p of ports) {
      const def = mod.ports.find((q) => q.key === p.ref.port)!;
      expect(p.label).toBe(`MOD ${portDisplayLabel(d, inSlot, def.label, get)}`);
    }
    expect(ports.some((p) => p.label.includes('{module}'))).toBe(false);
  });
});
