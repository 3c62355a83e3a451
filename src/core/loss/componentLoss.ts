/**
 * Component losses as catalogue data (REFERENCE §7.2–§7.4): the insertion loss of one mated
 * connector pair by connector family × loss grade × fiber mode, of one splice, and of a whole
 * module when a vendor gives one module figure. Every value carries its maximum, where known a
 * typical value, and its source.
 *
 * How a value is chosen depends on the design's loss mode (issue 3):
 * - `tia-worst-case`: every mated pair is the TIA/ISO maximum 0.75 dB, every splice 0.3 dB;
 *   vendor module figures are ignored (the module counts as its mated pairs, §7.4).
 * - `vendor-max`: the datasheet maximum of the grade (or of the module figure).
 * - `typical`: the typical value where one is known, else the maximum (flagged `max-as-typical`).
 *
 * A grade without a value (e.g. `unknown`, or SC low-loss, which no source defines) yields a
 * `missing` lookup: the caller must report the channel `unchecked`, never `pass`.
 */
import type { ConnectorFamily, ModeFamily } from '../connectors';
import type { LossMode } from '../design';
import type { LossGrade, PairLoss, Provenance } from '../parts';
import { dB, type Decibels } from '../units';

/** Known loss grades (everything but `unknown`). */
export type KnownLossGrade = Exclude<LossGrade, 'unknown'>;

/** A loss value per fiber mode family (multimode / single-mode). */
export type PerMode = Readonly<Record<ModeFamily, PairLoss>>;

const v = (maxDb: number, source: string, typicalDb?: number, unverified?: boolean): PairLoss => ({
  maxDb: dB(maxDb),
  ...(typicalDb === undefined ? {} : { typicalDb: dB(typicalDb) }),
  provenance: { source, ...(unverified ? { unverified: true } : {}) },
});

const both = (p: PairLoss): PerMode => ({ multimode: p, 'single-mode': p });

const TIA_PAIR_SOURCE =
  'ISO/IEC 11801 "maximum connector loss 0,75 dB/pair" [S44]; TIA-568 ≤0.75 dB per mated pair [S45]; REFERENCE §7.2';

/**
 * TIA/ISO maximum loss of one mated connector pair of any type, incl. MPO: 0.75 dB
 * (REFERENCE §7.2 [S44][S45]). Used for every pair in `tia-worst-case` mode.
 */
export const TIA_MAX_PAIR: PairLoss = v(0.75, TIA_PAIR_SOURCE);

/**
 * Splice loss (fusion or mechanical): maximum 0.3 dB (ISO/IEC 11801 [S44]); typical multimode
 * 0.3 dB, single-mode 0.15 dB (FOA [S2]). REFERENCE §7.2, §7.3.
 */
export const SPLICE_LOSS: PerMode = {
  multimode: v(0.3, 'ISO/IEC 11801 splice 0.3 dB max [S44]; FOA typical MM 0.3 [S2]; REFERENCE §7.2–§7.3', 0.3),
  'single-mode': v(0.3, 'ISO/IEC 11801 splice 0.3 dB max [S44]; FOA typical SM 0.15 [S2]; REFERENCE §7.2–§7.3', 0.15),
};

/** Low-loss LC pair: 0.15 dB MM (EDGE8 [S48], UNVERIFIED column mapping), 0.25 dB SM ([S72]). */
const LC_LOW_LOSS: PerMode = {
  multimode: v(
    0.15,
    'Corning EDGE8 MM LC pair 0.15 dB max [S48] (column mapping UNVERIFIED); REFERENCE §7.3',
    undefined,
    true,
  ),
  'single-mode': v(
    0.25,
    'LC low-loss SM (IEC 61753-1 grade B) 0.25 dB max [S72]; EDGE8 SM LC 0.25 [S48]; REFERENCE §7.3',
  ),
};

/**
 * Any mated VSFF pair (MDC, SN, CS): the standards maximum 0.75 dB per mated pair, used by
 * CONVENTION as the default for these families — not a connector-specific value (REFERENCE-2
 * §13.4 [S44][S45]). Low-loss grades of MDC/SN/CS were not found: those cells stay empty, so a
 * low-loss VSFF part asks for its vendor value and its channel is `unchecked` until then.
 */
const VSFF_STANDARD: PerMode = both(
  v(
    0.75,
    'CONVENTION: any mated pair 0.75 dB max (ISO/IEC 11801 [S44]; TIA [S45]) used for MDC/SN/CS, not connector-specific; REFERENCE-2 §13.4',
  ),
);

/**
 * Mated-pair loss table: connector family → grade → mode → {max, typical?, source}.
 * A missing cell means "no public value": lookups of it are `missing` (unchecked).
 *
 * Values (dB per mated pair, REFERENCE §7.2–§7.3):
 * - MPO tia-max 0.75 [S44][S45]; standard max 0.75 [S47], typical 0.25 MM / 0.20 SM (MTP®
 *   standard typical [S46]); low-loss max 0.35 MM and SM [S47][S72]; MTP® Elite max 0.35,
 *   typical 0.10 [S46].
 * - LC tia-max 0.75; standard max 0.75 [S45], typical 0.5 (FOA typical single-fiber connection
 *   [S2]); low-loss max 0.15 MM (Corning EDGE8 LC pair [S48], column mapping UNVERIFIED) and
 *   0.25 SM (IEC 61753-1 grade B [S72]; EDGE8 [S48]); LC "elite" (e.g. the front of an Elite
 *   cassette) uses the low-loss LC values.
 * - SC tia-max and standard 0.75 ("any type" [S44]), typical 0.5 [S2].
 */
export const PAIR_LOSS: Readonly<Record<ConnectorFamily, Partial<Record<KnownLossGrade, PerMode>>>> = {
  mpo: {
    'tia-max': both(TIA_MAX_PAIR),
    standard: {
      multimode: v(0.75, 'standard MPO ≤0.75 dB [S47]; typical 0.25 MM per MTP® standard [S46]; REFERENCE §7.3', 0.25),
      'single-mode': v(
        0.75,
        'standard MPO ≤0.75 dB [S47]; typical 0.20 SM per MTP® standard [S46]; REFERENCE §7.3',
        0.2,
      ),
    },
    'low-loss': both(
      v(
        0.35,
        'low-loss MPO ≤0.35 dB [S47]; NVIDIA "MPO low loss or MTP Elite" IL max 0.35 dB MM and SM [S72]; REFERENCE §7.3',
      ),
    ),
    elite: both(v(0.35, 'MTP® Elite max 0.35, typical 0.10 MM and SM [S46]; REFERENCE §7.3', 0.1)),
  },
  lc: {
    'tia-max': both(TIA_MAX_PAIR),
    standard: both(
      v(0.75, 'LC 0.75 dB max per TIA [S45]; typical 0.5 dB single-fiber connection (FOA [S2]); REFERENCE §7.3', 0.5),
    ),
    'low-loss': LC_LOW_LOSS,
    // An "Elite" cassette's front LCs are low-loss LCs: no LC Elite grade exists in §7.3.
    elite: {
      multimode: {
        ...LC_LOW_LOSS.multimode,
        provenance: {
          ...LC_LOW_LOSS.multimode.provenance,
          source: `no LC Elite grade: low-loss LC values; ${LC_LOW_LOSS.multimode.provenance.source}`,
        },
      },
      'single-mode': {
        ...LC_LOW_LOSS['single-mode'],
        provenance: {
          source: `no LC Elite grade: low-loss LC values; ${LC_LOW_LOSS['single-mode'].provenance.source}`,
        },
      },
    },
  },
  sc: {
    'tia-max': both(TIA_MAX_PAIR),
    standard: both(
      v(0.75, 'mated pair of any type 0.75 dB max [S44]; typical 0.5 dB (FOA [S2]); REFERENCE §7.2–§7.3', 0.5),
    ),
  },
  mdc: { 'tia-max': both(TIA_MAX_PAIR), standard: VSFF_STANDARD },
  sn: { 'tia-max': both(TIA_MAX_PAIR), standard: VSFF_STANDARD },
  cs: { 'tia-max': both(TIA_MAX_PAIR), standard: VSFF_STANDARD },
  // Spliced ends are fused, never mated: a splice has its own value (SPLICE_LOSS).
  splice: {},
};

/** Why a VSFF family has no low-loss value: the prompt the UI shows (REFERENCE-2 §13.4). */
const VSFF_PROMPT = 'no published low-loss value (REFERENCE-2 §13.4, UNVERIFIED): enter the vendor value';

/** How a component value was chosen. */
export type LossBasis = 'tia-worst-case' | 'max' | 'typical' | 'max-as-typical';

/** A resolved component loss. */
export interface ComponentLossValue {
  readonly ok: true;
  /** Loss, dB. */
  readonly db: Decibels;
  readonly basis: LossBasis;
  readonly provenance: Provenance;
}

/** A component whose loss is not known: the channel becomes `unchecked`. */
export interface MissingLoss {
  readonly ok: false;
  /** Why, e.g. `no loss value for SC grade low-loss`. */
  readonly reason: string;
}

/** Result of a loss lookup. */
export type LossLookup = ComponentLossValue | MissingLoss;

/**
 * Picks the value of a datasheet record for a loss mode (`tia-worst-case` is handled by the
 * callers, which substitute the TIA maximum): vendor maximum, or typical falling back to maximum.
 */
export function valueFor(p: PairLoss, mode: Exclude<LossMode, 'tia-worst-case'>): ComponentLossValue {
  if (mode === 'typical' && p.typicalDb !== undefined)
    return { ok: true, db: p.typicalDb, basis: 'typical', provenance: p.provenance };
  return { ok: true, db: p.maxDb, basis: mode === 'typical' ? 'max-as-typical' : 'max', provenance: p.provenance };
}

/**
 * Loss of a mated pair whose connector is of `family` and `grade` on fiber of `mode`, in loss
 * mode `lossMode` (dB). `unknown` grades and cells without a value are `missing` in every mode.
 * Source: REFERENCE §7.2–§7.3 via `PAIR_LOSS`.
 */
export function connectorLoss(
  family: ConnectorFamily,
  grade: LossGrade,
  mode: ModeFamily,
  lossMode: LossMode,
): LossLookup {
  if (grade === 'unknown') return { ok: false, reason: `${family.toUpperCase()} connector of unknown loss grade` };
  const cell = PAIR_LOSS[family][grade];
  if (!cell)
    return {
      ok: false,
      reason:
        family === 'mdc' || family === 'sn' || family === 'cs'
          ? `${family.toUpperCase()} grade ${grade}: ${VSFF_PROMPT}`
          : `no loss value for ${family.toUpperCase()} grade ${grade}`,
    };
  if (lossMode === 'tia-worst-case')
    return { ok: true, db: TIA_MAX_PAIR.maxDb, basis: 'tia-worst-case', provenance: TIA_MAX_PAIR.provenance };
  return valueFor(cell[mode], lossMode);
}

/** One side of a mated pair for a loss lookup. */
export interface PairSideGrade {
  readonly family: ConnectorFamily;
  readonly grade: LossGrade;
}

/**
 * Loss of a mated pair: the worse (higher loss) of its two connectors' values in the current
 * mode (CONVENTION, issue 3). Missing if either side is missing. Also returns which side (0 or 1)
 * set the value.
 */
export function matedPairLoss(
  a: PairSideGrade,
  b: PairSideGrade,
  mode: ModeFamily,
  lossMode: LossMode,
): LossLookup & { readonly side?: 0 | 1 } {
  const la = connectorLoss(a.family, a.grade, mode, lossMode);
  if (!la.ok) return la;
  const lb = connectorLoss(b.family, b.grade, mode, lossMode);
  if (!lb.ok) return lb;
  // Explicit literals, not spreads: this runs once per mated pair of a design (hot path).
  return lb.db > la.db
    ? { ok: true, db: lb.db, basis: lb.basis, provenance: lb.provenance, side: 1 }
    : { ok: true, db: la.db, basis: la.basis, provenance: la.provenance, side: 0 };
}

/** Loss of one splice in a loss mode (dB). Source: REFERENCE §7.2–§7.3 via `SPLICE_LOSS`. */
export function spliceLoss(mode: ModeFamily, lossMode: LossMode): ComponentLossValue {
  const p = SPLICE_LOSS[mode];
  if (lossMode === 'tia-worst-case')
    return { ok: true, db: p.maxDb, basis: 'tia-worst-case', provenance: p.provenance };
  return valueFor(p, lossMode);
}
