/**
 * The port picker's model: ports laid out like the equipment's face, and what each port says
 * about the cable being placed (the engine's verdicts, REFERENCE §1.8).
 *
 * ```text
 *  R1 U38 ENC (4-slot cassette enclosure)
 *     slot 1: C1 MOD-A cassette, front LC duplex 1–6, rear MPO1 (MPO-12 female, UPC, OM4)
 *             front-1 ── PC1 (LC duplex A-to-B) ── SW1 Eth1
 *     slots 2–4: empty
 *  R1 U40 SW1 (24 × SFP+): Eth1, Eth2 hold 10GBASE-SR; Eth3–Eth24 empty
 *
 *  LC duplex A-to-B cord, first end:
 *    C1 front-1  ✕ P1 (taken by PC1)    C1 front-2  ✓    C1 MPO1  ✕ V6 (LC cannot mate MPO-12)
 *    SW1 Eth2    ✓                      SW1 Eth3    ? (an empty cage: nothing to mate yet)
 *  MPO-16 Type B trunk, first end on C1 MPO1: ✕ V6 (MPO-16 cannot mate MPO-12)
 *  LC cord second end from C1 front-2: the first end's own cell says "from"
 * ```
 */
import { describe, expect, it } from 'vitest';
import { makeArrayCable } from './catalogue/cables';
import { makeCassette } from './catalogue/modules';
import { designIndexFor } from './connectVerdict';
import { cage, DesignBuilder, front } from './designBuilder';
import { partId } from './ids';
import { labelsFor } from './labels';
import { gridColumns, portCellStates, portGridOf } from './portGrid';

const cassette = makeCassette({ moduleClass: 'MOD-A', rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM4' });
const mpo16 = makeArrayCable({ polarity: 'B', variant: 'mpo-16', genders: 'mm', polish: 'UPC' });
const LC = partId('cable/lc-duplex-ab-upc');

const b = new DesignBuilder('picker');
b.part(cassette);
b.part(mpo16);
const r1 = b.rack('R1');
const sw = b.equipment(r1, 'equipment/switch-1u-24xsfpplus', 40, 'SW1');
const enc = b.equipment(r1, 'equipment/enclosure-1u-4slot-cassette-modular', 38, 'ENC');
const c1 = b.module(enc, 1, cassette.id, 'C1');
b.transceiver(sw, 1, 'transceiver/10gbase-sr-sfpplus', 'SW1 Eth1');
b.transceiver(sw, 2, 'transceiver/10gbase-sr-sfpplus', 'SW1 Eth2');
b.cable(LC, 'PC1', 2, 'OM4', { A: cage(sw, 1), B: front(c1, 1) });
const d = b.build();
const labels = labelsFor(d);

describe('portGridOf: the equipment face', () => {
  it('lays an enclosure out front and rear, slot by slot, with the module in each', () => {
    const g = portGridOf(d, labels, enc)!;
    expect(g.device).toBe(enc);
    expect(g.faces.map((f) => f.face)).toEqual(['front', 'rear']);
    const [fr, re] = g.faces;
    expect(fr!.groups.map((x) => x.cells.length)).toEqual([6, 0, 0, 0]);
    expect(fr!.groups[0]!.title).toContain('C1');
    expect(fr!.groups[1]!.title).toContain('empty');
    expect(fr!.groups[0]!.cells.map((c) => c.ref)).toEqual([1, 2, 3, 4, 5, 6].map((n) => front(c1, n)));
    expect(re!.groups[0]!.cells.map((c) => c.ref.port)).toEqual(['mpo1']);
    // Each cell carries the port's identifier in the design's scheme (REFERENCE §9.2).
    expect(fr!.groups[0]!.cells[2]!.label).toBe(labels.ports.get(`${c1}#front-3`)!.text);
    expect(fr!.groups[0]!.cells[2]!.label).toMatch(/-Port3$/);
  });

  it('gives a module or transceiver the grid of the equipment it sits in', () => {
    expect(portGridOf(d, labels, c1)!.device).toBe(enc);
  });

  it('lays a switch out as its cages, 12 to a row', () => {
    const g = portGridOf(d, labels, sw)!;
    expect(g.faces).toHaveLength(1);
    const cages = g.faces[0]!.groups[0]!;
    expect(cages.cells).toHaveLength(24);
    expect(cages.columns).toBe(12);
    expect(cages.cells[0]!.ref).toEqual(cage(sw, 1));
  });

  it.each([
    [1, 1],
    [6, 6],
    [12, 12],
    [13, 7],
    [24, 12],
    [48, 12],
  ])('%i ports → %i columns', (n, cols) => expect(gridColumns(n)).toBe(cols));
});

describe('portCellStates: what each port says about the cable being placed', () => {
  const idx = designIndexFor(d);
  it('an LC A-to-B cord, first end: taken = P1, LC on MPO = V6, free LC = pass, empty cage = unchecked', () => {
    const encStates = portCellStates(d, idx, LC, null, portGridOf(d, labels, enc)!);
    const at = (ref: { device: string; port: string }) => encStates.get(`${ref.device}#${ref.port}`)!;
    expect(at(front(c1, 1))).toMatchObject({ takenBy: 'PC1', rule: 'P1', verdict: { cls: 'fail' } });
    expect(at(front(c1, 2))).toMatchObject({ takenBy: null, rule: null, verdict: { cls: 'pass' } });
    expect(at({ device: c1, port: 'mpo1' })).toMatchObject({ takenBy: null, rule: 'V6', verdict: { cls: 'fail' } });
    const swStates = portCellStates(d, idx, LC, null, portGridOf(d, labels, sw)!);
    expect(swStates.get(`${sw}#cage-1`)).toMatchObject({ takenBy: 'PC1', rule: 'P1' });
    expect(swStates.get(`${sw}#cage-2`)).toMatchObject({ verdict: { cls: 'pass' }, rule: null });
    expect(swStates.get(`${sw}#cage-3`)).toMatchObject({ verdict: { cls: 'unchecked' }, takenBy: null });
  });

  it('an MPO-16 trunk on the MPO-12 rear names V6 before anything is laid', () => {
    const s = portCellStates(d, idx, mpo16.id, null, portGridOf(d, labels, enc)!);
    const rearCell = s.get(`${c1}#mpo1`)!;
    expect(rearCell.rule).toBe('V6');
    expect(rearCell.verdict.text).toContain('MPO-16 cannot mate MPO-12');
    expect(Object.keys(d.cables)).toHaveLength(1);
  });

  it('the second end: the first end’s own port is marked, the others are judged from it', () => {
    const s = portCellStates(d, idx, LC, front(c1, 2), portGridOf(d, labels, sw)!);
    expect(s.get(`${sw}#cage-2`)).toMatchObject({ isFrom: false, verdict: { cls: 'pass' } });
    const own = portCellStates(d, idx, LC, front(c1, 2), portGridOf(d, labels, enc)!);
    expect(own.get(`${c1}#front-2`)).toMatchObject({ isFrom: true, rule: null });
  });
});
