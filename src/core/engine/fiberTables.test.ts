/**
 * REFERENCE §5.5.1–§5.5.5: the full 12-fiber tables of every duplex method (and the §5.5.1
 * negative table), checked fiber by fiber against the engine's traces. The rows are the
 * REFERENCE markdown rows (minus the "(plug B)" notes) so they can be diffed against the source.
 *
 * Topology (fixtures/topologies.ts `duplexStructured`), one circuit per front port p = 1…6:
 *
 * ```text
 *  SW-1 cage p ──cord 1── MOD-1 front p │ MOD-1 MPO1 ══ trunk: end A (end-1) … end B (end-2) ══ MOD-2 MPO1 │ MOD-2 front p ──cord 2── SW-2 cage p
 *  (end 1: Tx on plug B, Rx on plug A)                                                                                       (end 2)
 * ```
 *
 * Hops of every trace, read from the transmitter (or from the "transmitter" column's end):
 * cord (device plug → panel plug) · module (front port.pos → MPO1 trunk position) · trunk
 * (near → far) · module (MPO1 → front port.pos) · cord (panel plug → device plug).
 */
import { describe, expect, it } from 'vitest';
import { POS_A, POS_B } from '../connectors';
import {
  METHOD_RECIPES,
  duplexStructured,
  type DuplexStructuredOptions,
  type DuplexStructuredTopology,
} from '../fixtures/topologies';
import { readFrom, traceThrough } from '../fixtures/traceQueries';
import type { DeviceId } from '../ids';
import { analyzeDesign } from '../analysis/analyze';
import type { PolarityVerdict } from './channels';

/** A/B letter → engine position (§0.1: A = 1, B = 2). */
const AB: Readonly<Record<string, number>> = { A: POS_A, B: POS_B };

interface Row {
  readonly j: number;
  readonly tx: { readonly end: 1 | 2; readonly port: number; readonly role: 'tx' | 'rx' };
  readonly cordTxPanel: number;
  readonly txFront: readonly [number, number];
  readonly near: number;
  readonly far: number;
  readonly rxFront: readonly [number, number];
  readonly cordRxDevice: number;
  readonly rx: { readonly end: 1 | 2; readonly port: number; readonly role: 'tx' | 'rx' };
}

/** Parses `end-2 port 6 Tx` → { end: 2, port: 6, role: 'tx' }. */
function parseEnd(s: string): Row['tx'] {
  const m = /end-(\d) port (\d) (Tx|Rx)/.exec(s);
  if (!m) throw new Error(`bad endpoint ${s}`);
  return { end: Number(m[1]) as 1 | 2, port: Number(m[2]), role: m[3] === 'Tx' ? 'tx' : 'rx' };
}

/** Parses `1A` → [1, POS_A]. */
const parseFront = (s: string): readonly [number, number] => [Number(s.slice(0, -1)), AB[s.slice(-1)]!];

function parseRow(s: string): Row {
  const [j, , tx, cordTxPanel, txFront, trunk, rxFront, cordRxDevice, rx] = s.split('|').map((c) => c.trim()) as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const [near, far] = trunk.split('→').map((x) => Number(x.trim())) as [number, number];
  return {
    j: Number(j),
    tx: parseEnd(tx),
    cordTxPanel: AB[cordTxPanel]!,
    txFront: parseFront(txFront),
    near,
    far,
    rxFront: parseFront(rxFront),
    cordRxDevice: AB[cordRxDevice]!,
    rx: parseEnd(rx),
  };
}

/** §5.5.4 and §5.5.5 give the same 12-fiber table: MOD-U1 and MOD-U2 share one trunk-side map (§5.2). */
const U_TABLE = [
  '1 | end-2 → end-1 | end-2 port 1 Tx | A | 1A | 12 → 1 | 1B | A | end-1 port 1 Rx | OK',
  '2 | end-2 → end-1 | end-2 port 2 Tx | A | 2A | 11 → 2 | 2B | A | end-1 port 2 Rx | OK',
  '3 | end-2 → end-1 | end-2 port 3 Tx | A | 3A | 10 → 3 | 3B | A | end-1 port 3 Rx | OK',
  '4 | end-2 → end-1 | end-2 port 4 Tx | A | 4A | 9 → 4 | 4B | A | end-1 port 4 Rx | OK',
  '5 | end-2 → end-1 | end-2 port 5 Tx | A | 5A | 8 → 5 | 5B | A | end-1 port 5 Rx | OK',
  '6 | end-2 → end-1 | end-2 port 6 Tx | A | 6A | 7 → 6 | 6B | A | end-1 port 6 Rx | OK',
  '7 | end-1 → end-2 | end-1 port 6 Tx | A | 6A | 7 → 6 | 6B | A | end-2 port 6 Rx | OK',
  '8 | end-1 → end-2 | end-1 port 5 Tx | A | 5A | 8 → 5 | 5B | A | end-2 port 5 Rx | OK',
  '9 | end-1 → end-2 | end-1 port 4 Tx | A | 4A | 9 → 4 | 4B | A | end-2 port 4 Rx | OK',
  '10 | end-1 → end-2 | end-1 port 3 Tx | A | 3A | 10 → 3 | 3B | A | end-2 port 3 Rx | OK',
  '11 | end-1 → end-2 | end-1 port 2 Tx | A | 2A | 11 → 2 | 2B | A | end-2 port 2 Rx | OK',
  '12 | end-1 → end-2 | end-1 port 1 Tx | A | 1A | 12 → 1 | 1B | A | end-2 port 1 Rx | OK',
];

const TABLES: readonly {
  title: string;
  recipe: DuplexStructuredOptions;
  verdict: PolarityVerdict;
  rows: readonly string[];
}[] = [
  {
    title: '§5.5.1 Method A (A-to-B / A-to-A)',
    recipe: METHOD_RECIPES.A,
    verdict: 'ok',
    rows: [
      '1 | end-1 → end-2 | end-1 port 1 Tx | A | 1A | 1 → 1 | 1A | A | end-2 port 1 Rx | OK',
      '2 | end-2 → end-1 | end-2 port 1 Tx | B | 1B | 2 → 2 | 1B | A | end-1 port 1 Rx | OK',
      '3 | end-1 → end-2 | end-1 port 2 Tx | A | 2A | 3 → 3 | 2A | A | end-2 port 2 Rx | OK',
      '4 | end-2 → end-1 | end-2 port 2 Tx | B | 2B | 4 → 4 | 2B | A | end-1 port 2 Rx | OK',
      '5 | end-1 → end-2 | end-1 port 3 Tx | A | 3A | 5 → 5 | 3A | A | end-2 port 3 Rx | OK',
      '6 | end-2 → end-1 | end-2 port 3 Tx | B | 3B | 6 → 6 | 3B | A | end-1 port 3 Rx | OK',
      '7 | end-1 → end-2 | end-1 port 4 Tx | A | 4A | 7 → 7 | 4A | A | end-2 port 4 Rx | OK',
      '8 | end-2 → end-1 | end-2 port 4 Tx | B | 4B | 8 → 8 | 4B | A | end-1 port 4 Rx | OK',
      '9 | end-1 → end-2 | end-1 port 5 Tx | A | 5A | 9 → 9 | 5A | A | end-2 port 5 Rx | OK',
      '10 | end-2 → end-1 | end-2 port 5 Tx | B | 5B | 10 → 10 | 5B | A | end-1 port 5 Rx | OK',
      '11 | end-1 → end-2 | end-1 port 6 Tx | A | 6A | 11 → 11 | 6A | A | end-2 port 6 Rx | OK',
      '12 | end-2 → end-1 | end-2 port 6 Tx | B | 6B | 12 → 12 | 6B | A | end-1 port 6 Rx | OK',
    ],
  },
  {
    title: '§5.5.1 negative: Method A with A-to-B cords at both ends',
    recipe: { ...METHOD_RECIPES.A, cord2: 'A-to-B' },
    verdict: 'tx-to-tx',
    rows: [
      '1 | end-1 → end-2 | end-1 port 1 Tx | A | 1A | 1 → 1 | 1A | B | end-2 port 1 Tx | FAIL Tx→Tx',
      '2 | no light | end-2 port 1 Rx | B | 1B | 2 → 2 | 1B | A | end-1 port 1 Rx | FAIL Rx→Rx',
      '3 | end-1 → end-2 | end-1 port 2 Tx | A | 2A | 3 → 3 | 2A | B | end-2 port 2 Tx | FAIL Tx→Tx',
      '4 | no light | end-2 port 2 Rx | B | 2B | 4 → 4 | 2B | A | end-1 port 2 Rx | FAIL Rx→Rx',
      '5 | end-1 → end-2 | end-1 port 3 Tx | A | 3A | 5 → 5 | 3A | B | end-2 port 3 Tx | FAIL Tx→Tx',
      '6 | no light | end-2 port 3 Rx | B | 3B | 6 → 6 | 3B | A | end-1 port 3 Rx | FAIL Rx→Rx',
      '7 | end-1 → end-2 | end-1 port 4 Tx | A | 4A | 7 → 7 | 4A | B | end-2 port 4 Tx | FAIL Tx→Tx',
      '8 | no light | end-2 port 4 Rx | B | 4B | 8 → 8 | 4B | A | end-1 port 4 Rx | FAIL Rx→Rx',
      '9 | end-1 → end-2 | end-1 port 5 Tx | A | 5A | 9 → 9 | 5A | B | end-2 port 5 Tx | FAIL Tx→Tx',
      '10 | no light | end-2 port 5 Rx | B | 5B | 10 → 10 | 5B | A | end-1 port 5 Rx | FAIL Rx→Rx',
      '11 | end-1 → end-2 | end-1 port 6 Tx | A | 6A | 11 → 11 | 6A | B | end-2 port 6 Tx | FAIL Tx→Tx',
      '12 | no light | end-2 port 6 Rx | B | 6B | 12 → 12 | 6B | A | end-1 port 6 Rx | FAIL Rx→Rx',
    ],
  },
  {
    title: '§5.5.2 Method B',
    recipe: METHOD_RECIPES.B,
    verdict: 'ok',
    rows: [
      '1 | end-2 → end-1 | end-2 port 6 Tx | A | 6A | 12 → 1 | 6B | A | end-1 port 6 Rx | OK',
      '2 | end-1 → end-2 | end-1 port 6 Tx | A | 6A | 2 → 11 | 6B | A | end-2 port 6 Rx | OK',
      '3 | end-2 → end-1 | end-2 port 5 Tx | A | 5A | 10 → 3 | 5B | A | end-1 port 5 Rx | OK',
      '4 | end-1 → end-2 | end-1 port 5 Tx | A | 5A | 4 → 9 | 5B | A | end-2 port 5 Rx | OK',
      '5 | end-2 → end-1 | end-2 port 4 Tx | A | 4A | 8 → 5 | 4B | A | end-1 port 4 Rx | OK',
      '6 | end-1 → end-2 | end-1 port 4 Tx | A | 4A | 6 → 7 | 4B | A | end-2 port 4 Rx | OK',
      '7 | end-2 → end-1 | end-2 port 3 Tx | A | 3A | 6 → 7 | 3B | A | end-1 port 3 Rx | OK',
      '8 | end-1 → end-2 | end-1 port 3 Tx | A | 3A | 8 → 5 | 3B | A | end-2 port 3 Rx | OK',
      '9 | end-2 → end-1 | end-2 port 2 Tx | A | 2A | 4 → 9 | 2B | A | end-1 port 2 Rx | OK',
      '10 | end-1 → end-2 | end-1 port 2 Tx | A | 2A | 10 → 3 | 2B | A | end-2 port 2 Rx | OK',
      '11 | end-2 → end-1 | end-2 port 1 Tx | A | 1A | 2 → 11 | 1B | A | end-1 port 1 Rx | OK',
      '12 | end-1 → end-2 | end-1 port 1 Tx | A | 1A | 12 → 1 | 1B | A | end-2 port 1 Rx | OK',
    ],
  },
  {
    title: '§5.5.3 Method C',
    recipe: METHOD_RECIPES.C,
    verdict: 'ok',
    rows: [
      '1 | end-1 → end-2 | end-1 port 1 Tx | A | 1A | 1 → 2 | 1B | A | end-2 port 1 Rx | OK',
      '2 | end-2 → end-1 | end-2 port 1 Tx | A | 1A | 1 → 2 | 1B | A | end-1 port 1 Rx | OK',
      '3 | end-1 → end-2 | end-1 port 2 Tx | A | 2A | 3 → 4 | 2B | A | end-2 port 2 Rx | OK',
      '4 | end-2 → end-1 | end-2 port 2 Tx | A | 2A | 3 → 4 | 2B | A | end-1 port 2 Rx | OK',
      '5 | end-1 → end-2 | end-1 port 3 Tx | A | 3A | 5 → 6 | 3B | A | end-2 port 3 Rx | OK',
      '6 | end-2 → end-1 | end-2 port 3 Tx | A | 3A | 5 → 6 | 3B | A | end-1 port 3 Rx | OK',
      '7 | end-1 → end-2 | end-1 port 4 Tx | A | 4A | 7 → 8 | 4B | A | end-2 port 4 Rx | OK',
      '8 | end-2 → end-1 | end-2 port 4 Tx | A | 4A | 7 → 8 | 4B | A | end-1 port 4 Rx | OK',
      '9 | end-1 → end-2 | end-1 port 5 Tx | A | 5A | 9 → 10 | 5B | A | end-2 port 5 Rx | OK',
      '10 | end-2 → end-1 | end-2 port 5 Tx | A | 5A | 9 → 10 | 5B | A | end-1 port 5 Rx | OK',
      '11 | end-1 → end-2 | end-1 port 6 Tx | A | 6A | 11 → 12 | 6B | A | end-2 port 6 Rx | OK',
      '12 | end-2 → end-1 | end-2 port 6 Tx | A | 6A | 11 → 12 | 6B | A | end-1 port 6 Rx | OK',
    ],
  },
  {
    title: '§5.5.4 Method U1',
    recipe: METHOD_RECIPES.U1,
    verdict: 'ok',
    rows: U_TABLE,
  },
  {
    title: '§5.5.5 Method U2',
    recipe: METHOD_RECIPES.U2,
    verdict: 'ok',
    rows: U_TABLE,
  },
];

const endOf = (t: DuplexStructuredTopology, end: 1 | 2) =>
  end === 1 ? { ports: t.end1, module: t.module1 } : { ports: t.end2, module: t.module2 };

describe.each(TABLES)('$title', ({ recipe, verdict, rows }) => {
  const topo = duplexStructured(recipe);
  const analysis = analyzeDesign(topo.design);

  it(`every one of the 6 circuits is '${verdict}'`, () => {
    expect(analysis.channels.map((c) => [c.kind, c.verdict])).toEqual(
      Array.from({ length: 6 }, () => ['duplex', verdict]),
    );
    expect(analysis.fibers).toHaveLength(12);
  });

  it.each(rows.map(parseRow))('trunk fiber $j: end-$tx.end port $tx.port → end-$rx.end port $rx.port', (row) => {
    const txSide = endOf(topo, row.tx.end);
    const rxSide = endOf(topo, row.rx.end);
    const txDevice: DeviceId = txSide.ports[row.tx.port]!.transceiver;
    const raw = traceThrough(analysis.fibers, topo.trunk, 0, row.j);
    // A transmitting row must already be read transmitter first by the engine.
    if (row.tx.role === 'tx') expect(raw.start).toMatchObject({ kind: 'tx', device: txDevice });
    const t = readFrom(raw, txDevice);
    expect(t.start).toMatchObject({
      kind: row.tx.role,
      device: txDevice,
      lane: 0,
      position: row.tx.role === 'tx' ? POS_B : POS_A,
    });
    expect(t.end).toMatchObject({
      kind: row.rx.role,
      device: rxSide.ports[row.rx.port]!.transceiver,
      lane: 0,
      position: row.cordRxDevice,
    });
    expect(t.hops).toEqual([
      {
        kind: 'cable',
        cable: txSide.ports[row.tx.port]!.cord,
        fiber: expect.any(Number),
        from: { end: 0, position: t.start.kind === 'tx' ? POS_B : POS_A },
        to: { end: 1, position: row.cordTxPanel },
      },
      {
        kind: 'device',
        device: txSide.module,
        in: { port: `front-${row.txFront[0]}`, position: row.txFront[1] },
        out: { port: 'mpo1', position: row.near },
      },
      {
        kind: 'cable',
        cable: topo.trunk,
        fiber: expect.any(Number),
        from: { end: row.tx.end - 1, position: row.near },
        to: { end: 2 - row.tx.end, position: row.far },
      },
      {
        kind: 'device',
        device: rxSide.module,
        in: { port: 'mpo1', position: row.far },
        out: { port: `front-${row.rxFront[0]}`, position: row.rxFront[1] },
      },
      {
        kind: 'cable',
        cable: rxSide.ports[row.rx.port]!.cord,
        fiber: expect.any(Number),
        from: { end: 1, position: row.rxFront[1] },
        to: { end: 0, position: row.cordRxDevice },
      },
    ]);
    // The trunk fiber number is the end-1 plug position (TIA-598 colour, §2).
    expect(t.hops[2]).toMatchObject({ fiber: row.j });
    // The cord's panel plug is the module front position (the plug in that port).
    expect(row.cordTxPanel).toBe(row.txFront[1]);
  });
});
