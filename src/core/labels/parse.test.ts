/**
 * GT-15 (REFERENCE §10) label parsing, table-driven, plus resolution against a design.
 *
 * ```
 *  Rack "AJ05", number 12 (R12)               Rack "AK07", number 7 (R7)
 *   U40 ENC-A  R12-P1  (606: AJ05-40)           U20 ENC-C  R7-P1
 *       slot 3: MOD-A 12F  → R12-P1-C3          U10 ENC-D  R7-P2
 *               Port1…6, MPO1                       slot 1: MOD-A 24F (2× MPO-12) → Port1…12, MPO1, MPO2
 *   U30 ENC-B  R12-P2
 *       slot 1: MOD-U1-8 (Base-8) → Port1…4, MPO1
 * ```
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { DesignBuilder } from '../designBuilder';
import { parseLabel, type LabelErrorCode, type ParsedLocation } from './parse';
import { convertLabel } from './parse';
import { formatPortLabel, type PortLabelParts } from './scheme';

const ENC = 'equipment/enclosure-1u-4slot-cassette-modular';

function gt15Design(): { design: Design; modA: string; base8: string; mod24: string } {
  const b = new DesignBuilder('GT-15');
  const r12 = b.rack('AJ05');
  const r7 = b.rack('AK07');
  const encA = b.equipment(r12, ENC, 40, 'ENC-A');
  const encB = b.equipment(r12, ENC, 30, 'ENC-B');
  b.equipment(r7, ENC, 20, 'ENC-C');
  const encD = b.equipment(r7, ENC, 10, 'ENC-D');
  const modA = b.module(encA, 3, 'module/mod-a-12f-1xmpo12-f-upc-om4', 'MOD-A 12F');
  const base8 = b.module(encB, 1, 'module/mod-u1-8-8f-1xmpo8-f-upc-om4', 'MOD-U1-8');
  const mod24 = b.module(encD, 1, 'module/mod-a-24f-2xmpo12-f-upc-om4', 'MOD-A 24F');
  const d = b.build();
  const design: Design = {
    ...d,
    racks: { ...d.racks, [r12]: { ...d.racks[r12]!, number: 12 }, [r7]: { ...d.racks[r7]!, number: 7 } },
  };
  return { design, modA, base8, mod24 };
}

const { design, modA, base8, mod24 } = gt15Design();

const port = (
  rack: number,
  panel: number,
  cassette: number | null,
  n: number,
  position: ParsedLocation['position'] = null,
): ParsedLocation => ({
  kind: 'port',
  scheme: 'project',
  rack,
  cabinet: null,
  panel,
  switch: null,
  ru: null,
  cassette,
  port: n,
  token: 'Port',
  rear: false,
  position,
});

describe('GT-15 label parsing (syntax only)', () => {
  const cases: readonly { text: string; label: unknown }[] = [
    { text: 'R12-P1-C3-Port4', label: port(12, 1, 3, 4) },
    { text: 'R12-P1-C3-Port4:B', label: port(12, 1, 3, 4, 'B') },
    { text: 'R12-P1-C3-Port7', label: port(12, 1, 3, 7) },
    { text: 'R12-P1-C3-MPO1', label: { ...port(12, 1, 3, 1), kind: 'mpo', token: 'MPO' } },
    {
      text: 'R12-P1-C3-Port4/R07-P2-C1-Port4',
      label: { kind: 'link', near: port(12, 1, 3, 4), far: port(7, 2, 1, 4) },
    },
    { text: 'r12-p1-c3-port4', label: port(12, 1, 3, 4) },
    { text: 'R12-P1-C3', label: { ...port(12, 1, 3, 0), kind: 'slot', port: null, token: null } },
    { text: 'R1-SW2-Eth3', label: { ...port(1, 0, null, 3), panel: null, switch: 2, token: 'Eth' } },
    {
      text: 'AJ05-40:C3-04.B',
      label: {
        kind: 'port',
        scheme: 'tia-606',
        rack: null,
        cabinet: 'AJ05',
        panel: null,
        switch: null,
        ru: 40,
        cassette: 3,
        port: 4,
        token: null,
        rear: false,
        position: 'B',
      },
    },
  ];
  it.each(cases)('$text', ({ text, label }) => {
    const r = parseLabel(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.label).toEqual(label);
  });

  const bad = [
    'R12-P1-C3-Port',
    'R12-P1-C3-Port4:C',
    'R0-P1-C3-Port4',
    'R12-P1-C3-Eth4',
    'R12-SW1-C1-Eth1',
    'a/b/c',
    '<b>R12-P1-C3-Port4</b>',
    '',
  ];
  it.each(bad)('rejects %j as a syntax error (plain text, nothing interpreted)', (text) => {
    const r = parseLabel(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe('syntax');
  });
});

describe('GT-15 labels resolved against a design', () => {
  const ok: readonly { text: string; device: string; port: string }[] = [
    { text: 'R12-P1-C3-Port4', device: modA, port: 'front-4' },
    { text: 'R12-P1-C3-Port4:B', device: modA, port: 'front-4' },
    { text: 'R12-P1-C3-MPO1', device: modA, port: 'mpo1' },
    { text: 'R12-P1-C3-MPO1:12', device: modA, port: 'mpo1' },
    { text: 'R12-P2-C1-Port4', device: base8, port: 'front-4' },
    { text: 'R7-P2-C1-Port12', device: mod24, port: 'front-12' },
    { text: 'R7-P2-C1-MPO2', device: mod24, port: 'mpo2' },
    { text: 'AJ05-40:C3-04.B', device: modA, port: 'front-4' },
    { text: 'aj05-40:c3-mpo1', device: modA, port: 'mpo1' },
  ];
  it.each(ok)('$text → $port', ({ text, device, port: p }) => {
    const r = parseLabel(text, design);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.refs).toEqual([{ device, port: p }]);
  });

  it('link R12-P1-C3-Port4/R07-P2-C1-Port4 resolves near and far', () => {
    const r = parseLabel('R12-P1-C3-Port4/R07-P2-C1-Port4', design);
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.refs).toEqual([
        { device: modA, port: 'front-4' },
        { device: mod24, port: 'front-4' },
      ]);
  });

  const invalid: readonly { text: string; code: LabelErrorCode; says: string }[] = [
    { text: 'R12-P1-C3-Port7', code: 'no-such-port', says: 'ports 1–6' },
    { text: 'R12-P2-C1-Port5', code: 'no-such-port', says: 'ports 1–4' },
    { text: 'R7-P2-C1-Port13', code: 'no-such-port', says: 'ports 1–12' },
    { text: 'R12-P1-C3-MPO2', code: 'no-such-port', says: 'MPO ports 1–1' },
    { text: 'R12-P1-C2-Port1', code: 'empty-slot', says: 'holds no module' },
    { text: 'R12-P1-C9-Port1', code: 'no-such-slot', says: 'R12-P1-C9' },
    { text: 'R12-P9-C1-Port1', code: 'no-such-equipment', says: 'R12-P9' },
    { text: 'R99-P1-C1-Port1', code: 'no-such-rack', says: 'R99' },
    { text: 'R12-P1-C3-MPO1:13', code: 'bad-position', says: '13' },
    { text: 'R12-P1-C3-Port4/R07-P2-C1-Port13', code: 'no-such-port', says: 'ports 1–12' },
  ];
  it.each(invalid)('$text → $code', ({ text, code, says }) => {
    const r = parseLabel(text, design);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.error).toContain(says);
    }
  });

  it('converts between the schemes through the design (never by text alone, §9.2)', () => {
    expect(convertLabel('R12-P1-C3-Port4:B', design, 'tia-606')).toBe('AJ05-40:C3-04.B');
    expect(convertLabel('AJ05-40:C3-MPO1', design, 'project')).toBe('R12-P1-C3-MPO1');
    expect(convertLabel('R12-P1-C3-Port7', design, 'tia-606')).toBeNull();
  });
});

describe('format → parse round trip (property)', () => {
  const portParts = fc.oneof(
    fc.record({
      role: fc.constant('panel' as const),
      cassette: fc.option(fc.integer({ min: 1, max: 24 }), { nil: null }),
      token: fc.constantFrom('Port' as const, 'MPO' as const),
      rear: fc.boolean(),
    }),
    fc.record({
      role: fc.constant('switch' as const),
      cassette: fc.constant(null),
      token: fc.constant('Eth' as const),
      rear: fc.constant(false),
    }),
  );
  const arb = fc.record({
    number: fc.integer({ min: 1, max: 999 }),
    cabinet: fc.stringMatching(/^[A-Z0-9]{1,4}(-[A-Z0-9]{1,4})?$/),
    ordinal: fc.integer({ min: 1, max: 40 }),
    ru: fc.integer({ min: 1, max: 58 }),
    index: fc.integer({ min: 1, max: 96 }),
    pos: fc.integer({ min: 1, max: 12 }),
    p: portParts,
  });
  it('every formatted port label parses back to its parts, in both schemes', () => {
    fc.assert(
      fc.property(
        arb,
        fc.constantFrom('project' as const, 'tia-606' as const),
        ({ number, cabinet, ordinal, ru, index, pos, p }, scheme) => {
          const parts: PortLabelParts = {
            equipment: { rack: { number, cabinet }, role: p.role, ordinal, ru },
            cassette: p.cassette,
            token: p.token,
            index,
            rear: p.rear,
          };
          const position = p.token === 'MPO' ? pos : pos % 2 === 1 ? 'A' : 'B';
          const r = parseLabel(formatPortLabel(scheme, parts, position));
          expect(r.ok).toBe(true);
          if (!r.ok || r.label.kind === 'link') return;
          const l = r.label;
          expect([l.kind, l.cassette, l.port, l.rear, l.position]).toEqual([
            p.token === 'MPO' ? 'mpo' : 'port',
            p.cassette,
            index,
            p.rear,
            position,
          ]);
          if (scheme === 'project')
            expect([l.rack, l.panel, l.switch, l.token]).toEqual([
              number,
              p.role === 'panel' ? ordinal : null,
              p.role === 'switch' ? ordinal : null,
              p.token,
            ]);
          else expect([l.cabinet, l.ru]).toEqual([cabinet, ru]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
