/**
 * Matching rows to links and planning/applying an import (issue 14 §3, §5, §6). Topology
 * (core/fieldTest/fixtures.ts `cassetteLinks`):
 *
 *   R12-P1-C1 Port p [LC│MOD-A│MPO] ══ Type-A trunk 90 m OM4 ══ [MPO│MOD-A│LC] R14-P1-C1 Port p   (p = 1…6)
 *   links R12-P1-C1-Portp/R14-P1-C1-Portp; TIA-606: R12-42:C1-0p/R14-42:C1-0p
 * and `mpoPanelLink`: R1-P1-MPO1/R2-P2-MPO1 (the panel named P2 keeps its number), 12 fibers, designed map i → 13 − i.
 */
import { describe, expect, it } from 'vitest';
import type { Design } from '../../core/design';
import { DesignBuilder, port, rear } from '../../core/designBuilder';
import { analyzeDesign } from '../../core/analysis/analyze';
import { measuredOutcomes, permanentLinks } from '../../core/fieldTest';
import { cassetteLinks, mpoPanelLink } from '../../core/fieldTest/fixtures/linkDesigns';
import { applyImport, issueText, planImport } from './importResults';
import { editDistance, linkMatcher } from './matchLinks';
import { readResultsTable } from './readResultsFile';
import { suggestMapping } from './resultColumns';

const T0 = '2026-03-02T09:00:00Z';

function plan(design: Design, csv: string, importedAt = T0) {
  const read = readResultsTable(csv);
  if (!read.ok) throw new Error(read.message);
  const mapping = suggestMapping(read.table.headers).mapping;
  return planImport(analyzeDesign(design), { table: read.table, mapping, source: 'results.csv', importedAt });
}

describe('matching link labels', () => {
  const m = linkMatcher(permanentLinks(analyzeDesign(cassetteLinks())));
  const show = (t: string) => {
    const r = m(t);
    return `${r.kind} ${r.link?.project ?? '-'}${r.reversed ? ' reversed' : ''}`;
  };
  it.each([
    ['R12-P1-C1-Port1/R14-P1-C1-Port1', 'exact R12-P1-C1-Port1/R14-P1-C1-Port1'],
    ['r12-p1-c1-port1 / r14-p1-c1-port1', 'exact R12-P1-C1-Port1/R14-P1-C1-Port1'],
    ['R14-P1-C1-Port2/R12-P1-C1-Port2', 'exact R12-P1-C1-Port2/R14-P1-C1-Port2 reversed'],
    ['R12-42:C1-03/R14-42:C1-03', 'exact R12-P1-C1-Port3/R14-P1-C1-Port3'],
    ['R12-P1-C1-Port4 to R14-P1-C1-Port4', 'exact R12-P1-C1-Port4/R14-P1-C1-Port4'],
    ['R12-P1-C1-Port5', 'near R12-P1-C1-Port5/R14-P1-C1-Port5'],
    ['R14-42:C1-05', 'near R12-P1-C1-Port5/R14-P1-C1-Port5 reversed'],
    ['R12-P1-C1-Prot6/R14-P1-C1-Port6', 'near R12-P1-C1-Port6/R14-P1-C1-Port6'],
    ['R99-P1-C1-Port1/R98-P1-C1-Port1', 'none -'],
    ['', 'none -'],
  ])('%j → %s', (text, expected) => expect(show(text)).toBe(expected));

  it('an end label of one link is a near match; one shared by several links is none', () => {
    const mpo = linkMatcher(permanentLinks(analyzeDesign(mpoPanelLink())));
    expect(mpo('R1-P1-MPO1').kind).toBe('near');
    // R1-P1 front-1 │B│ ══ trunk ══ [MPO│MOD-A│LC] R2-P1-C1 Port1–6: six links share R1-P1-MPO1.
    const b = new DesignBuilder('fan-out');
    const p1 = b.equipment(b.rack('R1'), 'equipment/panel-1u-24xmpo12-typeB', 40, 'P1');
    const enc = b.equipment(b.rack('R2'), 'equipment/enclosure-1u-4slot-cassette-modular', 42, 'R2-P1');
    const c = b.module(enc, 1, 'module/mod-a-12f-1xmpo12-f-upc-om4', 'C1');
    b.cable('cable/mpo12-typeA-mm-upc', 'T1', 30, 'OM4', { A: port(p1, 'rear-1'), B: rear(c) });
    const fan = linkMatcher(permanentLinks(analyzeDesign(b.build())));
    expect(permanentLinks(analyzeDesign(b.build())).byEnd.get(`${p1}#front-1`)).toHaveLength(6);
    expect(fan('R1-P1-MPO1').kind).toBe('none');
    expect(fan('R1-P1-MPO1/R2-P1-C1-Port3').kind).toBe('exact');
  });

  it('edit distance counts a swap of neighbours as one edit and stops beyond the bound', () => {
    expect(editDistance('PORT6', 'PROT6')).toBe(1);
    expect(editDistance('ABCDEF', 'ABCDEF')).toBe(0);
    expect(editDistance('ABC', 'XYZ')).toBe(3);
    expect(editDistance('A', 'ABCDEFG')).toBe(3);
  });
});

describe('planning an import', () => {
  const d = cassetteLinks();
  const csv = [
    'link_id,fiber,wavelength_nm,loss_dB,length_m,reference_method,test_date,operator',
    'R12-P1-C1-Port1/R14-P1-C1-Port1,A,850,1.30,90.2,1J,2026-03-01,=cmd|calc',
    'R12-P1-C1-Port1/R14-P1-C1-Port1,B,850,1.35,90.2,1J,2026-03-01,Ann',
    'R12-P1-C1-Port1/R14-P1-C1-Port1,B,850,1.35,90.2,1J,2026-03-01,Ann',
    'R14-P1-C1-Port2/R12-P1-C1-Port2,1,850,1.40,,,2026-03-01,Ann',
    'R12-P1-C1-Port3,A,850,1.10,,,2026-03-01,Ann',
    'R77-P1-C1-Port1/R78-P1-C1-Port1,A,850,1.10,,,2026-03-01,Ann',
  ].join('\n');
  const p = plan(d, csv);

  it('sorts rows into exact, near (grouped by text), unmatched and repeated', () => {
    expect(p.errors).toEqual([]);
    expect(p.exact.map((r) => `${r.fiber}@${r.wavelengthNm} ${r.lossDb} row ${r.row}`)).toEqual([
      'A@850 1.3 row 2',
      'B@850 1.35 row 3',
      'A@850 1.4 row 5',
    ]);
    expect(p.duplicates).toBe(1);
    expect(p.warnings.map(issueText)).toEqual(['row 4: repeats row 3: imported once']);
    expect(p.near.map((g) => [g.text, g.link.project, g.rows])).toEqual([
      ['R12-P1-C1-Port3', 'R12-P1-C1-Port3/R14-P1-C1-Port3', [6]],
    ]);
    expect(p.unmatched).toEqual([{ text: 'R77-P1-C1-Port1/R78-P1-C1-Port1', rows: [7] }]);
  });

  it('a reversed link ID translates the fiber to the near end (Type-A MOD-A link: A ↔ A), 1 = A', () => {
    const r = p.exact.find((x) => x.row === 5);
    expect(r?.fiber).toBe('A');
    expect(r?.referenceMethod).toBe('1J');
  });

  it('lists the links no exactly matched row tests (Port3 only nearly)', () => {
    expect(p.untested.map((l) => l.near.project)).toEqual([
      'R12-P1-C1-Port3',
      'R12-P1-C1-Port4',
      'R12-P1-C1-Port5',
      'R12-P1-C1-Port6',
    ]);
  });

  it('applies exact rows and confirmed near groups in one step; re-import is idempotent', () => {
    const first = applyImport(d, p, new Set(['R12-P1-C1-Port3']));
    expect(first.ok && first.added).toBe(4);
    if (!first.ok) return;
    // Formula-like text is kept as plain text (exports escape it).
    expect(Object.values(first.design.testResults ?? {}).find((r) => r.row === 2)?.operator).toBe('=cmd|calc');
    const again = plan(first.design, csv, '2026-03-05T10:00:00Z');
    expect(again.already).toBe(4);
    expect(again.exact).toHaveLength(0);
    const second = applyImport(first.design, again, new Set(['R12-P1-C1-Port3']));
    expect(second.ok && second.design).toBe(first.design);
    expect(second.ok && second.added).toBe(0);
  });

  it('unconfirmed near groups are left out', () => {
    const r = applyImport(d, p);
    expect(r.ok && r.added).toBe(3);
  });
});

describe('newer tests supersede older ones across imports', () => {
  it('keeps the older result as history', () => {
    const d = cassetteLinks();
    const h = 'link_id,fiber,wavelength_nm,loss_dB,test_date';
    const a = applyImport(d, plan(d, `${h}\nR12-P1-C1-Port1/R14-P1-C1-Port1,A,850,2.10,2026-03-01`));
    if (!a.ok) throw new Error(a.message);
    const b = applyImport(
      a.design,
      plan(a.design, `${h}\nR12-P1-C1-Port1/R14-P1-C1-Port1,A,850,1.31,2026-03-04`, '2026-03-05T00:00:00Z'),
    );
    if (!b.ok) throw new Error(b.message);
    const o = [...measuredOutcomes(analyzeDesign(b.design)).links][0];
    const f = o?.fibers.find((x) => x.designation === 'A');
    expect([f?.result.lossDb, f?.history.map((x) => x.lossDb), f?.verdict]).toEqual([1.31, [2.1], 'as-designed']);
    expect(Object.keys(b.design.testResults ?? {})).toHaveLength(2);
  });
});

describe('bad input: each a clear message with row and column; nothing half-imported', () => {
  const d = cassetteLinks();
  const L = 'R12-P1-C1-Port1/R14-P1-C1-Port1';
  it.each([
    [`link_id,fiber,wavelength_nm,loss_dB\n${L},A,850,1.2 dB`, null],
    [`link_id;fiber;wavelength_nm;loss_dB\n${L};A;850;1,23`, null],
    [
      `link_id,fiber,wavelength_nm,loss_dB\n${L},A,850,abc`,
      'row 2, column D "loss_dB": "abc" is not a loss in dB (e.g. 1.23 or 1.23 dB)',
    ],
    [`link_id,fiber,wavelength_nm,loss_dB\n${L},A,850,`, 'row 2, column D "loss_dB": empty loss'],
    [
      `link_id,fiber,wavelength_nm,loss_dB\n${L},A,85,1.2`,
      'row 2, column C "wavelength_nm": "85" is not a wavelength (e.g. 850 or 1310 nm)',
    ],
    [
      `link_id,fiber,wavelength_nm,loss_dB\n${L},Q,850,1.2`,
      'row 2, column B "fiber": "Q" is not a fiber (A, B or a position number)',
    ],
    [
      `link_id,fiber,wavelength_nm,loss_dB\n${L},5,850,1.2`,
      'row 2, column B "fiber": fiber 5 is not a fiber of R12-P1-C1-Port1/R14-P1-C1-Port1 (fibers A, B)',
    ],
    [
      `link_id,fiber,wavelength_nm,loss_dB,reference_method\n${L},A,850,1.2,Method B`,
      'row 2, column E "reference_method": "Method B" is not a reference method (1-jumper, 2-jumper or 3-jumper; e.g. 1J)',
    ],
    [`link_id,fiber,wavelength_nm,loss_dB\n,A,850,1.2`, 'row 2, column A "link_id": empty link ID'],
    [`fiber,wavelength_nm,loss_dB\nA,850,1.2`, 'no column is mapped to Link ID (required)'],
    [
      `link_id,fiber,wavelength_nm,loss_dB\n${L},A,850,1.2 dBm`,
      'row 2, column D "loss_dB": "1.2 dBm" is a power (dBm), not a loss in dB',
    ],
  ])('%j → %s', (csv, first) => {
    const p = plan(d, csv);
    expect(p.errors[0] ? issueText(p.errors[0]) : null).toBe(first);
    const r = applyImport(d, p);
    if (first === null) expect(r.ok && r.added).toBe(1);
    else {
      expect(r.ok).toBe(false);
      expect(!r.ok && r.message).toContain('nothing imported');
    }
  });

  it('a decimal comma in a semicolon file is read and noted once', () => {
    const p = plan(d, `link_id;fiber;wavelength_nm;loss_dB\n${L};A;850;1,23\n${L};B;850;1,25`);
    expect(p.exact.map((r) => r.lossDb)).toEqual([1.23, 1.25]);
    expect(p.warnings.map(issueText)).toEqual([
      'row 2, column D "loss_dB": decimal comma read as a decimal point ("1,23" = 1.23)',
    ]);
  });

  it('one bad row among good ones blocks the whole import', () => {
    const p = plan(d, `link_id,fiber,wavelength_nm,loss_dB\n${L},A,850,1.2\n${L},B,850,x`);
    expect(p.exact).toHaveLength(1);
    const r = applyImport(d, p);
    expect(r).toEqual({
      ok: false,
      message:
        'nothing imported: 1 problem in results.csv (first: row 3, column D "loss_dB": "x" is not a loss in dB (e.g. 1.23 or 1.23 dB))',
    });
  });
});

describe('per-fiber MPO results and wide rows', () => {
  it('reads far positions and a wide (per-wavelength) row', () => {
    const d = mpoPanelLink();
    const p = plan(
      d,
      'Link,Fiber,Far position,Loss 850nm (dB),Loss 1300nm (dB)\nR1-P1-MPO1/R2-P2-MPO1,1,12,0.62,0.41\nR1-P1-MPO1/R2-P2-MPO1,2,11,0.60,',
    );
    expect(p.errors).toEqual([]);
    expect(p.exact.map((r) => `${r.fiber}→${r.farPosition} ${r.wavelengthNm} ${r.lossDb}`)).toEqual([
      '1→12 850 0.62',
      '1→12 1300 0.41',
      '2→11 850 0.6',
    ]);
  });
});
