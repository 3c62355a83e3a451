/**
 * Fixes for mating-rule violations (issue 12 §9): for a channel made invalid by fiber type (V5),
 * gender (V1/V2), polish (V3/V4), family/key (V6) or fiber count (V7), the fix search proposes the
 * part (or, for fiber type, the cable's fiber) that matches. Each expectation is derived from the
 * catalogue by the facts REFERENCE §1.8 names (mode family, gender, polish, variant, polarity
 * type), never from the fix code.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../catalogue';
import { FIBER_MODE, type FiberType } from '../connectors';
import { DesignBuilder, cage, front, port } from '../designBuilder';
import type { CablePart, Part } from '../parts';
import { VERDICTS } from '../engine/channels';
import { transceiverSwitch, LC_PANEL } from '../fixtures/topologies';
import { analyzeDesign } from './analyze';
import { proposeFixes, substitutePart } from './fixes';

const passes = (v: keyof typeof VERDICTS) => ['pass', 'warning'].includes(VERDICTS[v].cls);

/** The one built-in cable part with these facts (throws when none or several match). */
function cableByFacts(test: (p: CablePart) => boolean): CablePart {
  const hits = BUILTIN_CATALOGUE.parts.filter((p: Part): p is CablePart => p.kind === 'cable' && test(p));
  if (hits.length !== 1) throw new Error(`expected one part, got ${hits.map((p) => p.id).join(', ')}`);
  return hits[0]!;
}

describe('V5: an OS2 cord in a multimode channel', () => {
  /*
   *  SW-1 cage 1                 LC-PANEL coupler 1               SW-2 cage 1
   *  10GBASE-SR ──CORD-1 (OM4)── [front-1 | rear-1] ──CORD-2 (OS2!)── 10GBASE-SR
   *  (multimode)   LC A-to-B UPC                      LC A-to-B UPC      (multimode)
   *
   * Polarity: A-to-B + coupler + A-to-B = three A↔B flips, odd: Tx→Rx (REFERENCE §4, §0.2).
   * V5 (§1.8): single-mode CORD-2 meets a multimode coupler peer and a multimode MDI. The
   * matching part is the same LC A-to-B UPC cord with OM4 fiber (the fiber of CORD-1).
   */
  const SR = 'transceiver/10gbase-sr-sfpplus';
  const cord = cableByFacts(
    (p) =>
      p.cableClass === 'duplex-cord' &&
      p.cordType === 'A-to-B' &&
      p.ends.every(
        (e) => e.connector.variant === 'lc-duplex' && e.connector.polish === 'UPC' && e.lossGrade === 'low-loss',
      ),
  );
  const build = (fiber2: FiberType) => {
    const b = new DesignBuilder('OS2 cord');
    const r = b.rack('R1');
    const s1 = b.equipment(r, transceiverSwitch(SR), 40, 'SW-1');
    const s2 = b.equipment(r, transceiverSwitch(SR), 39, 'SW-2');
    const panel = b.equipment(r, LC_PANEL, 38, 'LC-PANEL');
    b.transceiver(s1, 1, SR, 'SW-1 SFP 1');
    b.transceiver(s2, 1, SR, 'SW-2 SFP 1');
    const c1 = b.cable(cord.id, 'CORD-1', 2, 'OM4', { A: cage(s1, 1), B: front(panel, 1) });
    const c2 = b.cable(cord.id, 'CORD-2', 2, fiber2, { A: port(panel, 'rear-1'), B: cage(s2, 1) });
    return { design: b.build(), c1, c2 };
  };

  it('all-OM4 passes (the control)', () => {
    const { design } = build('OM4');
    const a = analyzeDesign(design);
    expect(a.channels.filter((c) => c.kind === 'duplex').map((c) => c.verdict)).toEqual(['ok']);
  });

  const { design, c2 } = build('OS2');
  const analysis = analyzeDesign(design);
  const channel = analysis.channels.find((c) => c.kind === 'duplex')!;
  const fixes = proposeFixes(design, analysis, channel);

  it('is invalid by V5 before the fix', () => {
    expect(channel.verdict).toBe('invalid');
    expect(channel.findings.some((f) => f.rule === 'V5' && f.cables.includes(c2))).toBe(true);
    expect(FIBER_MODE.OS2).not.toBe(FIBER_MODE.OM4);
  });

  it('proposes the same cord with OM4 fiber, which makes the channel pass', () => {
    const fix = fixes.find((f) => f.target.id === c2 && f.toFiberType === 'OM4');
    expect(fix).toMatchObject({ fromPart: cord.id, toPart: cord.id, verdictAfter: 'ok', otherChannelsChanged: 0 });
    expect(fix!.description).toBe('Use an OM4 cord (LC duplex, A-to-B) for CORD-2 instead of OS2');
    const after = analyzeDesign(substitutePart(design, fix!.target, fix!.toPart, fix!.toFiberType));
    expect(after.channels.find((c) => c.key === channel.key)?.verdict).toBe('ok');
  });

  it('proposes nothing that keeps single-mode fiber in the channel', () => {
    expect(fixes.length).toBeGreaterThan(0);
    for (const f of fixes) {
      expect(passes(f.verdictAfter)).toBe(true);
      expect(f.target.id).toBe(c2);
      expect(f.toFiberType && FIBER_MODE[f.toFiberType]).toBe('multimode');
    }
  });
});
