/**
 * The loss data tables (REFERENCE §7.2–§7.3 component values, §7.2 attenuation, §8 applications):
 * values, UNVERIFIED flags, mode selection and fallbacks.
 */
import { describe, expect, it } from 'vitest';
import { TRANSCEIVER_PARTS } from '../catalogue/transceivers';
import { APPLICATIONS, applicationSpec, limitsFor } from './applications';
import { attenuationAt, bandOf, worstAttenuation } from './attenuation';
import { connectorLoss, matedPairLoss, PAIR_LOSS, spliceLoss } from './componentLoss';

describe('component losses (§7.2–§7.4)', () => {
  it.each([
    // family, grade, mode, loss mode, expected dB
    ['mpo', 'tia-max', 'multimode', 'vendor-max', 0.75],
    ['mpo', 'standard', 'multimode', 'vendor-max', 0.75],
    ['mpo', 'standard', 'multimode', 'typical', 0.25],
    ['mpo', 'standard', 'single-mode', 'typical', 0.2],
    ['mpo', 'low-loss', 'multimode', 'vendor-max', 0.35],
    ['mpo', 'low-loss', 'single-mode', 'vendor-max', 0.35],
    ['mpo', 'elite', 'multimode', 'vendor-max', 0.35],
    ['mpo', 'elite', 'multimode', 'typical', 0.1],
    ['lc', 'low-loss', 'multimode', 'vendor-max', 0.15],
    ['lc', 'low-loss', 'single-mode', 'vendor-max', 0.25],
    ['lc', 'standard', 'multimode', 'typical', 0.5],
    ['lc', 'elite', 'multimode', 'vendor-max', 0.15],
    ['lc', 'low-loss', 'multimode', 'tia-worst-case', 0.75],
    ['mpo', 'elite', 'single-mode', 'tia-worst-case', 0.75],
  ] as const)('%s %s %s in %s mode: %f dB', (family, grade, mode, lossMode, db) => {
    const r = connectorLoss(family, grade, mode, lossMode);
    expect(r.ok && r.db).toBe(db);
  });

  it('every known cell has a source; the EDGE8 LC multimode value keeps its UNVERIFIED flag', () => {
    for (const fam of Object.values(PAIR_LOSS))
      for (const cell of Object.values(fam))
        for (const p of Object.values(cell)) expect(p.provenance.source).toMatch(/\[S\d+\]/);
    expect(PAIR_LOSS.lc['low-loss']?.multimode.provenance.unverified).toBe(true);
    expect(PAIR_LOSS.mpo['low-loss']?.multimode.provenance.unverified).toBeUndefined();
  });

  it('unknown grades and cells without a value are missing in every mode (never a number)', () => {
    for (const lossMode of ['tia-worst-case', 'vendor-max', 'typical'] as const) {
      expect(connectorLoss('mpo', 'unknown', 'multimode', lossMode).ok).toBe(false);
      expect(connectorLoss('sc', 'low-loss', 'multimode', lossMode).ok).toBe(false);
    }
  });

  it('typical mode without a typical value falls back to the maximum and says so', () => {
    const r = connectorLoss('mpo', 'low-loss', 'multimode', 'typical');
    expect(r.ok && [r.db, r.basis]).toEqual([0.35, 'max-as-typical']);
  });

  it('a mated pair takes the worse of its two connectors', () => {
    const r = matedPairLoss(
      { family: 'mpo', grade: 'elite' },
      { family: 'mpo', grade: 'standard' },
      'multimode',
      'typical',
    );
    expect(r.ok && [r.db, r.side]).toEqual([0.25, 1]);
    const u = matedPairLoss(
      { family: 'lc', grade: 'low-loss' },
      { family: 'lc', grade: 'unknown' },
      'multimode',
      'vendor-max',
    );
    expect(u.ok).toBe(false);
  });

  it('splice: 0.3 dB maximum; typical 0.15 single-mode', () => {
    expect(spliceLoss('single-mode', 'vendor-max').db).toBe(0.3);
    expect(spliceLoss('single-mode', 'typical').db).toBe(0.15);
    expect(spliceLoss('multimode', 'tia-worst-case').db).toBe(0.3);
  });
});

describe('attenuation (§7.2)', () => {
  it.each([
    ['OM3', 850, 'ieee-3.5', 3.5],
    ['OM4', 850, 'alt-3.0', 3.0],
    ['OM5', 850, 'ieee-3.5', 3.5],
    ['OM4', 1300, 'ieee-3.5', 1.5],
    ['OS2', 1310, 'ieee-3.5', 0.4],
    ['OS1a', 1310, 'ieee-3.5', 1.0],
    ['SM-indoor-outdoor', 1310, 'ieee-3.5', 0.5],
    ['OS2', 1550, 'ieee-3.5', 0.4],
  ] as const)('%s at %i nm (%s): %f dB/km', (medium, w, model, value) => {
    expect(attenuationAt(medium, w, model)?.dbPerKm).toBe(value);
  });

  it('single-mode 1550 nm reuses the 1310 nm value and is flagged UNVERIFIED', () => {
    expect(attenuationAt('OS2', 1550, 'ieee-3.5')?.provenance.unverified).toBe(true);
    expect(attenuationAt('OS2', 1310, 'ieee-3.5')?.provenance.unverified).toBeUndefined();
  });

  it('no coefficient for OM5 at 953 nm or single-mode fiber at 850 nm', () => {
    expect(attenuationAt('OM5', 953, 'ieee-3.5')).toBeUndefined();
    expect(attenuationAt('OS2', 850, 'ieee-3.5')).toBeUndefined();
    expect(bandOf('multimode', 910)).toBe('mm-850');
  });

  it('a multi-wavelength application takes the worst coefficient, or none if any wavelength has none', () => {
    expect(worstAttenuation('OM4', [850, 1300], 'ieee-3.5')?.dbPerKm).toBe(3.5);
    expect(worstAttenuation('OM4', [850, 953], 'ieee-3.5')).toBeUndefined();
  });
});

describe('applications (§8)', () => {
  it('every catalogue transceiver application has a row', () => {
    for (const t of TRANSCEIVER_PARTS) expect(applicationSpec(t.application)?.id).toBe(t.application);
    expect(applicationSpec('toString')).toBeUndefined();
  });

  it.each([
    ['10GBASE-SR', 'OM3', 300, 2.6, 1.5, false],
    ['10GBASE-SR', 'OM4', 400, 2.9, 1.5, false],
    ['25GBASE-SR', 'OM4', 100, 1.9, 1.5, false],
    ['40GBASE-SR4', 'OM3', 100, 1.9, 1.5, true],
    ['40GBASE-SR4', 'OM4', 150, 1.5, 1.0, false],
    ['100GBASE-SR4', 'OM4', 100, 1.9, 1.5, true],
    ['400GBASE-SR8', 'OM4', 100, 1.9, 1.5, false],
    ['400GBASE-SR4.2', 'OM5', 150, 2.0, 1.5, false],
    ['400GBASE-DR4', 'OS2', 500, 3.0, 2.75, true],
    ['100GBASE-DR', 'OS2', 500, 3.0, 2.75, true],
    ['100GBASE-FR1', 'OS2', 2000, 4.0, 3.0, false],
    ['100GBASE-LR4', 'OS2', 10000, 6.3, 2.0, true],
    ['400GBASE-FR4', 'OS2', 2000, 4.0, 3.0, true],
    ['400GBASE-LR8', 'OS2', 10000, 6.3, 2.0, false],
    ['10GBASE-LR', 'OS2', 10000, 6.2, 2.0, true],
    ['32GFC', 'OM4', 100, 1.86, 1.5, false],
    ['128GFC', 'OM4', 85, 1.9, 1.5, false],
    // REFERENCE-2 §14.1 (800G / 1.6T): † = UNVERIFIED/CONVENTION limits.
    ['800GBASE-SR8', 'OM4', 100, 1.8, undefined, true],
    ['800GBASE-SR8', 'OM3', 60, 1.8, undefined, true],
    ['800GBASE-VR8', 'OM4', 50, 1.8, undefined, true],
    ['800GBASE-VR8', 'OM3', 30, 1.8, undefined, true],
    ['800GBASE-DR8', 'OS2', 500, 3.0, 2.75, false],
    ['800GBASE-DR8', 'OS1a', 250, 3.0, 2.75, false],
    ['800GBASE-DR8-2', 'OS2', 2000, undefined, undefined, false],
    ['400GBASE-SR4', 'OM4', 100, 1.8, undefined, true],
    ['1.6TBASE-DR8', 'OS2', 500, 3.0, undefined, true],
    ['1.6TBASE-DR8-2', 'OS2', 2000, undefined, undefined, false],
  ] as const)(
    '%s on %s: reach %i m, max IL %f dB, allocation %f dB, unverified %s',
    (id, ft, reach, il, alloc, unverified) => {
      const l = limitsFor(APPLICATIONS[id], ft);
      expect([l?.reachM.value, l?.maxIlDb?.value, l?.allocationDb?.value, Boolean(l?.maxIlDb?.unverified)]).toEqual([
        reach,
        il,
        alloc,
        unverified,
      ]);
    },
  );

  it('OM5 falls back to OM4 for 850 nm rows only; explicit OM5 columns win', () => {
    expect(limitsFor(APPLICATIONS['10GBASE-SR'], 'OM5')?.maxIlDb).toEqual({
      value: 2.9,
      note: 'OM5 as OM4 at 850 nm (§8)',
    });
    expect(limitsFor(APPLICATIONS['400GBASE-SR4.2'], 'OM5')?.maxIlDb?.value).toBe(2.0);
    expect(limitsFor(APPLICATIONS['400GBASE-SR4.2'], 'OM4')?.maxIlDb?.value).toBe(1.8);
    expect(limitsFor(APPLICATIONS['10GBASE-LR'], 'OM5')).toBeUndefined();
    expect(limitsFor(APPLICATIONS['10GBASE-SR'], 'OS2')).toBeUndefined();
  });

  it('REFERENCE-2 §14.1 DR8 sanity: 2.75 dB allocation + 0.5 km × 0.5 dB/km = 3.0 dB', () => {
    const l = limitsFor(APPLICATIONS['800GBASE-DR8'], 'OS2')!;
    expect((l.allocationDb?.value ?? NaN) + (l.reachM.value / 1000) * 0.5).toBeCloseTo(l.maxIlDb?.value ?? NaN, 9);
  });

  it('IEEE model sanity (§7.4): cited multimode max IL ≈ allocation + reach × 3.5 dB/km within 0.05 dB', () => {
    for (const [id, ft] of [
      ['10GBASE-SR', 'OM4'],
      ['40GBASE-SR4', 'OM4'],
      ['100GBASE-SR10', 'OM4'],
    ] as const) {
      const l = limitsFor(APPLICATIONS[id], ft)!;
      expect(
        Math.abs((l.maxIlDb?.value ?? NaN) - ((l.allocationDb?.value ?? 0) + (l.reachM.value / 1000) * 3.5)),
      ).toBeLessThan(0.05);
    }
  });
});
