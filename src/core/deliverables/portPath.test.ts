/**
 * The technician's tap: the path of one port of the GT-11 breakout.
 *
 * ```
 *  R1-SW2-Eth2 (SFP-2) ─ P2 A-to-B ─ R1-P1-C1-Port2 ═ MOD-U1 ═ R1-P1-C1-MPO1 ─ T1 Type B ─ R1-SW1-Eth1 (QSFP-1)
 *   Tx0 on B → P2 fiber 1 (Blue) → Port2 A → MPO1 position 11 → T1 fiber 11 (Rose) → QSFP plug 2 = Rx1
 *   QSFP Tx1 on plug 11 → T1 fiber 2 (Orange) → MPO1 position 2 → Port2 B → P2 fiber 2 (Orange) → SFP-2 A = Rx0
 * ```
 */
import { describe, expect, it } from 'vitest';
import { cage, front, rear } from '../designBuilder';
import { analyzeDesign } from '../analysis/analyze';
import { round3 } from '../units';
import { breakoutFixture } from '../fixtures/breakoutFixture';
import type { FiberStep } from './fiberSteps';
import { portPath } from './portPath';

const f = breakoutFixture();
const analysis = analyzeDesign(f.design);

const stepText = (s: FiberStep): string =>
  s.kind === 'cable'
    ? `${s.name} ${s.polarity} #${s.fiber} ${s.colour}: ${s.from.label}:${s.from.position} → ${s.to.label}:${s.to.position}`
    : `${s.label}: ${s.in.label}:${s.in.position} → ${s.out.label}:${s.out.position}`;

describe('portPath', () => {
  it('shows both fibers of a cassette port hop by hop, with colours, verdict and margin', () => {
    const p = portPath(analysis, front(f.cassette, 2));
    expect(p.label).toBe('R1-P1-C1-Port2');
    expect(p.fibers.map((x) => x.positionHere)).toEqual(['A', 'B']);
    const [a, b] = p.fibers;
    expect([a?.start.label, a?.start.position, a?.start.role, a?.end.label, a?.end.position, a?.end.role]).toEqual([
      'R1-SW2-Eth2',
      'B',
      'Tx0',
      'R1-SW1-Eth1',
      '2',
      'Rx1',
    ]);
    expect(a?.steps.map(stepText)).toEqual([
      'P2 A-to-B #1 Blue: R1-SW2-Eth2:B → R1-P1-C1-Port2:A',
      'R1-P1-C1: R1-P1-C1-Port2:A → R1-P1-C1-MPO1:11',
      'T1 Type B #11 Rose: R1-P1-C1-MPO1:11 → R1-SW1-Eth1:2',
    ]);
    expect(b?.steps.map(stepText)).toEqual([
      'T1 Type B #2 Orange: R1-SW1-Eth1:11 → R1-P1-C1-MPO1:2',
      'R1-P1-C1: R1-P1-C1-MPO1:2 → R1-P1-C1-Port2:B',
      'P2 A-to-B #2 Orange: R1-P1-C1-Port2:B → R1-SW2-Eth2:A',
    ]);
    expect(p.channels.map((c) => [c.kind, c.verdict, round3(c.loss!.marginDb!)])).toEqual([['breakout', 'ok', 0.888]]);
    expect(round3(a!.loss!.lossDb)).toBe(0.612);
  });

  it('resolves a switch cage to its transceiver: all 12 trunk fibers, 6 channels', () => {
    const p = portPath(analysis, cage(f.spine, 1));
    expect(p.label).toBe('R1-SW1-Eth1');
    expect(p.fibers.map((x) => x.positionHere)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
    ]);
    expect(p.channels.map((c) => c.kind).sort()).toEqual([
      'breakout',
      'breakout',
      'breakout',
      'breakout',
      'partial',
      'partial',
    ]);
  });

  it('gives the rear MPO its 12 fibers and an idle port nothing', () => {
    expect(portPath(analysis, rear(f.cassette)).fibers).toHaveLength(12);
    const idle = portPath(analysis, cage(f.leaf, 10));
    expect([idle.label, idle.fibers, idle.channels]).toEqual(['R1-SW2-Eth10', [], []]);
  });
});
