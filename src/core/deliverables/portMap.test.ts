/**
 * Port map of the GT-11 breakout (REFERENCE §10): 40GBASE-SR4 → Type-B MPO-12 → MOD-U1 →
 * A-to-B LC cords → 4 × 10GBASE-SR.
 *
 * ```
 *  R1-SW1-Eth1 (QSFP-1, MPO plug positions: Tx0–3 on 12–9, Rx0–3 on 1–4)
 *     │ T1 Type B, 30 m: QSFP plug p ↔ cassette plug 13−p, fiber number = cassette-side position
 *  R1-P1-C1-MPO1 ═ MOD-U1 ═ Port k: B ← rear k, A → rear 13−k
 *     │ Pk A-to-B, 2 m (fiber 1: A→B, fiber 2: B→A)
 *  R1-SW2-Ethk (SFP-k: Tx on B, Rx on A)
 * ```
 * Lane k−1 leaves the QSFP at plug 13−k on T1 fiber k and reaches SFP-k Rx on Pk fiber 2
 * (Orange); SFP-k Tx returns on Pk fiber 1 (Blue) and T1 fiber 13−k to QSFP plug k (Rx k−1).
 * GT-11 loss: 0.032 km × 3.5 + 0.35 + 0.15 = 0.612 dB vs 1.5 dB → margin 0.888 dB.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDesign, type Analysis } from '../analysis/analyze';
import { fiberMarking } from '../fiberColors';
import { round3 } from '../units';
import { breakoutFixture } from '../fixtures/breakoutFixture';
import { portMapRows, rowColours } from './portMap';

const f = breakoutFixture();
const analysis = analyzeDesign(f.design);
const rows = portMapRows(analysis);
const find = (near: string, pos: string) => rows.find((r) => r.near.label === near && r.near.positions[0] === pos);

describe('port map, one row per fiber', () => {
  it('has one row per traced fiber (12 trunk fibers, cords joined), 8 of them lit', () => {
    expect(rows).toHaveLength(12);
    expect(portMapRows(analysis, { litOnly: true })).toHaveLength(8);
  });

  const lanes = [1, 2, 3, 4].map((k) => ({
    k,
    qsfpTx: String(13 - k),
    qsfpRx: String(k),
    tx: fiberMarking(k).label,
    back: fiberMarking(13 - k).label,
  }));
  it.each(lanes)(
    'lane $k: QSFP plug $qsfpTx Tx → SFP-$k A, and back to plug $qsfpRx',
    ({ k, qsfpTx, qsfpRx, tx, back }) => {
      const out = find('R1-SW1-Eth1', qsfpTx)!;
      expect([out.near.roles, out.far.label, out.far.positions, out.far.roles]).toEqual([
        [`Tx${k - 1}`],
        `R1-SW2-Eth${k}`,
        ['A'],
        ['Rx0'],
      ]);
      expect(out.cables.map((c) => `${c.name} ${c.polarity} ${c.label}`)).toEqual([
        `T1 Type B R1-P1-C1-MPO1/R1-SW1-Eth1`,
        `P${k} A-to-B R1-P1-C1-Port${k}/R1-SW2-Eth${k}`,
      ]);
      expect(rowColours(out)).toEqual([`T1 #${k} ${tx} → P${k} #2 Orange`]);
      expect([out.channel.verdict, out.channel.kind]).toEqual(['ok', 'breakout']);
      const ret = find(`R1-SW2-Eth${k}`, 'B')!;
      expect([ret.near.roles, ret.far.label, ret.far.positions, ret.far.roles]).toEqual([
        ['Tx0'],
        'R1-SW1-Eth1',
        [qsfpRx],
        [`Rx${k - 1}`],
      ]);
      expect(rowColours(ret)).toEqual([`P${k} #1 Blue → T1 #${13 - k} ${back}`]);
    },
  );

  it('carries the GT-11 loss of each lit fiber (0.612 dB, limit 1.5, margin 0.888)', () => {
    const lit = rows.filter((r) => r.channel.kind === 'breakout');
    expect(lit).toHaveLength(8);
    for (const r of lit)
      expect([round3(r.loss!.lossDb), r.loss!.limitDb, round3(r.loss!.marginDb!), r.loss!.verdict]).toEqual([
        0.612,
        1.5,
        0.888,
        'pass',
      ]);
  });

  it('lists the 4 unused trunk fibers as dark to open cassette ports 5 and 6, without loss', () => {
    const dark = rows.filter((r) => r.channel.kind === 'partial');
    expect(
      dark.map(
        (r) =>
          `${r.near.label}:${r.near.positions[0]} ${r.near.roles[0]} → ${r.far.label}:${r.far.positions[0]} ${r.far.roles[0]}`,
      ),
    ).toEqual([
      'R1-SW1-Eth1:5 dark → R1-P1-C1-Port5:A open port',
      'R1-SW1-Eth1:6 dark → R1-P1-C1-Port6:A open port',
      'R1-SW1-Eth1:7 dark → R1-P1-C1-Port6:B open port',
      'R1-SW1-Eth1:8 dark → R1-P1-C1-Port5:B open port',
    ]);
    expect(dark.every((r) => r.loss === null && r.channel.verdict === 'open')).toBe(true);
  });
});

describe('port map, one row per port pair', () => {
  const byPort = portMapRows(analysis, { mode: 'port', litOnly: true });
  it('joins the two fibers of each breakout leg', () => {
    expect(
      byPort.map(
        (r) =>
          `${r.near.label} ${r.near.positions.join(',')} ${r.near.roles.join(',')} | ${r.far.label} ${r.far.positions.join(',')} ${r.far.roles.join(',')}`,
      ),
    ).toEqual([
      'R1-SW1-Eth1 12,1 Tx0,Rx0 | R1-SW2-Eth1 A,B Rx0,Tx0',
      'R1-SW1-Eth1 11,2 Tx1,Rx1 | R1-SW2-Eth2 A,B Rx0,Tx0',
      'R1-SW1-Eth1 10,3 Tx2,Rx2 | R1-SW2-Eth3 A,B Rx0,Tx0',
      'R1-SW1-Eth1 9,4 Tx3,Rx3 | R1-SW2-Eth4 A,B Rx0,Tx0',
    ]);
    expect(rowColours(byPort[0]!)).toEqual(['T1 #1 Blue → P1 #2 Orange', 'T1 #12 Aqua → P1 #1 Blue']);
  });
});

describe('verdicts and loss come from the analysis', () => {
  it('GT-11 with MOD-A: every breakout row fails; SFP-1 Tx lands on QSFP Tx0', () => {
    const bad = portMapRows(
      analyzeDesign(breakoutFixture('GT-11 MOD-A', 'module/mod-a-12f-1xmpo12-f-upc-om4').design),
      { litOnly: true },
    ).filter((r) => r.channel.kind === 'breakout');
    expect(bad).toHaveLength(8);
    expect(bad.every((r) => r.channel.verdictClass === 'fail')).toBe(true);
    const sfp1 = bad.find((r) => r.near.label === 'R1-SW2-Eth1' && r.near.roles[0] === 'Tx0')!;
    expect([sfp1.far.label, sfp1.far.roles, sfp1.channel.verdict, sfp1.channel.verdictText]).toEqual([
      'R1-SW1-Eth1',
      ['Tx0'],
      'tx-to-tx',
      'Tx→Tx',
    ]);
  });
  it('reads channel.loss when the analysis carries it', () => {
    const carried: Analysis = {
      ...analysis,
      channels: analysis.channels.map((c) => {
        const r = c.loss;
        return {
          ...c,
          loss: r && {
            ...r,
            totalDb: 9,
            marginDb: -7.5,
            verdict: 'fail-loss' as const,
            lanes: r.lanes.map((l) => ({ ...l, ilDb: 9, marginDb: -7.5 })),
          },
        };
      }),
    };
    const r = portMapRows(carried, { litOnly: true })[0]!;
    expect([r.loss?.lossDb, r.loss?.marginDb, r.loss?.verdict, r.loss?.verdictClass]).toEqual([
      9,
      -7.5,
      'fail-loss',
      'fail',
    ]);
  });
});
