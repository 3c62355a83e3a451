/**
 * Application channel limits (REFERENCE §8, REFERENCE-2 §14.1 for 800G and 1.6T) as a data table: for each IEEE 802.3 / Fibre
 * Channel PHY its wavelength(s), fibers and MDI connector, and per fiber type the reach, the
 * maximum channel insertion loss and the connection + splice allocation. Every cell keeps the
 * UNVERIFIED flag REFERENCE gives it; the UI and reports show it.
 *
 * OM5 at 850 nm behaves as OM4 (same reach and limits, §8 note [S38][S33]): an 850 nm
 * application without an explicit OM5 column uses its OM4 column. Single-mode rows given as
 * "SMF" apply to OS2 and OS1a alike (the OS1a channel still pays 1.0 dB/km, §7.2).
 */
import type { FiberType } from '../connectors';
import type { ApplicationId, Provenance } from '../parts';

/**
 * Applications with a limits row: every catalogue `ApplicationId` that is an IEEE 802.3 PMD,
 * plus the reference-only rows of §8. "1.6TBASE-SR8" has no row: it is not an IEEE 802.3 PMD.
 */
export type ApplicationKey =
  Exclude<ApplicationId, keyof typeof NOT_A_PMD> | '100GBASE-SR10' | '400GBASE-LR8' | '32GFC' | '128GFC';

/**
 * Application names a part may carry that IEEE 802.3 does not define, with the message shown
 * instead of a verdict (REFERENCE-2 §14.1: the 802.3dj optical 1.6T PMDs are DR8 and DR8-2 only
 * [S107]; GT-28b).
 */
export const NOT_A_PMD = {
  '1.6TBASE-SR8':
    '"1.6TBASE-SR8" is not an IEEE 802.3 PMD: IEEE 802.3dj defines the 1.6T optical PMDs 1.6TBASE-DR8 and 1.6TBASE-DR8-2 only [S107] (REFERENCE-2 §14.1); no loss verdict',
} as const;

/** One table cell: a value with its evidence. */
export interface LimitCell {
  readonly value: number;
  /** True when REFERENCE marks the value UNVERIFIED. */
  readonly unverified?: true;
  /** DERIVED / informative / "OM5 as OM4" notes. */
  readonly note?: string;
}

/** Limits of one application on one fiber type. */
export interface FiberLimits {
  /** Maximum reach, m. */
  readonly reachM: LimitCell;
  /**
   * Maximum channel insertion loss, dB; null when no default exists and the user must give one
   * (800GBASE-DR8-2, 1.6TBASE-DR8-2, REFERENCE-2 §14.1): the channel is then `unchecked`.
   */
  readonly maxIlDb: LimitCell | null;
  /** Connection + splice loss allocation, dB; null when §8 gives none. */
  readonly allocationDb: LimitCell | null;
}

/** One application row of §8. */
export interface ApplicationSpec {
  readonly id: ApplicationKey;
  /** Wavelength(s), nm; attenuation uses the worst of them. */
  readonly wavelengthsNm: readonly number[];
  /** Fibers used by one link. */
  readonly fibers: number;
  /** MDI connector and form factors, as text. */
  readonly mdi: string;
  readonly limits: Readonly<Partial<Record<FiberType, FiberLimits>>>;
  readonly provenance: Provenance;
}

/** A cited cell. */
const c = (value: number): LimitCell => ({ value });
/** An UNVERIFIED cell, with an optional note. */
const u = (value: number, note?: string): LimitCell => ({
  value,
  unverified: true,
  ...(note === undefined ? {} : { note }),
});
/** A cell with a note (DERIVED, informative). */
const n = (value: number, note: string): LimitCell => ({ value, note });
const lim = (reachM: LimitCell, maxIlDb: LimitCell | null, allocationDb: LimitCell | null): FiberLimits => ({
  reachM,
  maxIlDb,
  allocationDb,
});
/** Same limits on OS2 and OS1a ("SMF" rows). */
const smf = (l: FiberLimits): Partial<Record<FiberType, FiberLimits>> => ({ OS2: l, OS1a: l });

/** The §8 table. Keys are application ids. */
export const APPLICATIONS: Readonly<Record<ApplicationKey, ApplicationSpec>> = {
  '10GBASE-SR': {
    id: '10GBASE-SR',
    wavelengthsNm: [850],
    fibers: 2,
    mdi: 'LC duplex (SFP+)',
    limits: { OM3: lim(c(300), c(2.6), c(1.5)), OM4: lim(c(400), c(2.9), c(1.5)) },
    provenance: { source: 'REFERENCE §8: reach [S38][S85][S41]; OM4 2.9/1.5 and OM3 2.6 [S36]; model [S81]' },
  },
  '25GBASE-SR': {
    id: '25GBASE-SR',
    wavelengthsNm: [850],
    fibers: 2,
    mdi: 'LC duplex (SFP28)',
    limits: { OM3: lim(c(70), c(1.8), c(1.5)), OM4: lim(c(100), c(1.9), c(1.5)), OM5: lim(c(100), c(1.9), c(1.5)) },
    provenance: { source: 'REFERENCE §8: [S33]; allocation [S36]' },
  },
  '40GBASE-SR4': {
    id: '40GBASE-SR4',
    wavelengthsNm: [850],
    fibers: 8,
    mdi: '8 of 12 / MPO-12 (QSFP+)',
    limits: {
      OM3: lim(c(100), u(1.9, 'model-derived 1.5 + 0.35'), u(1.5)),
      OM4: lim(c(150), c(1.5), c(1.0)),
    },
    provenance: { source: 'REFERENCE §8: reach [S37][S68][S38][S85]; OM4 1.5/1.0 [S36]' },
  },
  '100GBASE-SR4': {
    id: '100GBASE-SR4',
    wavelengthsNm: [850],
    fibers: 8,
    mdi: '8 of 12 / MPO-12 (QSFP28)',
    limits: {
      OM3: lim(c(70), u(1.8, 'REFERENCE §11 item 5'), u(1.5)),
      OM4: lim(c(100), u(1.9, 'same family as 25GBASE-SR / 400GBASE-SR8 values'), u(1.5)),
    },
    provenance: { source: 'REFERENCE §8: reach [S38]; limits UNVERIFIED (§11 item 5)' },
  },
  '100GBASE-SR10': {
    id: '100GBASE-SR10',
    wavelengthsNm: [850],
    fibers: 20,
    mdi: '20 of 24 / MPO-24 (CXP/CFP)',
    limits: { OM3: lim(c(100), u(1.9), null), OM4: lim(c(150), c(1.5), c(1.0)) },
    provenance: { source: 'REFERENCE §8: reach/fibers [S38][S85]; "100GBASE-SR OM4 150 m 1.5/1.0" [S36]' },
  },
  '400GBASE-SR8': {
    id: '400GBASE-SR8',
    wavelengthsNm: [850],
    fibers: 16,
    mdi: 'MPO-16 or MPO-24 (QSFP-DD, OSFP)',
    limits: {
      OM3: lim(c(70), c(1.8), n(1.5, 'DERIVED')),
      OM4: lim(c(100), c(1.9), n(1.5, 'DERIVED')),
      OM5: lim(c(100), c(1.9), n(1.5, 'DERIVED')),
    },
    provenance: { source: 'REFERENCE §8: [S31]; connector [S39][S40][S18]' },
  },
  '400GBASE-SR4.2': {
    id: '400GBASE-SR4.2',
    wavelengthsNm: [850, 910],
    fibers: 8,
    mdi: '8 / MPO-12 (QSFP-DD)',
    limits: {
      OM3: lim(c(70), c(1.7), n(1.5, 'DERIVED (≈1.5)')),
      OM4: lim(c(100), c(1.8), n(1.5, 'DERIVED (≈1.5)')),
      OM5: lim(c(150), c(2.0), n(1.5, 'DERIVED (≈1.5)')),
    },
    provenance: { source: 'REFERENCE §8: [S32][S39][S80]' },
  },
  '400GBASE-DR4': {
    id: '400GBASE-DR4',
    wavelengthsNm: [1310],
    fibers: 8,
    mdi: '8 of 12 / MPO-12 APC (QSFP-DD/OSFP/QSFP112)',
    limits: smf(lim(c(500), u(3.0), u(2.75, '3.0 − 0.5 km × 0.5'))),
    provenance: { source: 'REFERENCE §8: [S39][S63]; limits UNVERIFIED (§11 item 5)' },
  },
  '100GBASE-DR': {
    id: '100GBASE-DR',
    wavelengthsNm: [1310],
    fibers: 2,
    mdi: 'LC duplex (QSFP28)',
    limits: smf(lim(c(500), u(3.0), u(2.75))),
    provenance: { source: 'REFERENCE §8: [S39]; limits UNVERIFIED (§11 item 5)' },
  },
  '100GBASE-LR4': {
    id: '100GBASE-LR4',
    wavelengthsNm: [1295.56, 1300.05, 1304.58, 1309.14],
    fibers: 2,
    mdi: 'LC duplex (QSFP28)',
    limits: smf(lim(c(10000), u(6.3, 'NVIDIA refers to "the 6.3 dB" [S18]'), u(2.0))),
    provenance: { source: 'REFERENCE §8: wavelengths [S67][S35]; reach [S67]' },
  },
  '400GBASE-FR4': {
    id: '400GBASE-FR4',
    wavelengthsNm: [1271, 1291, 1311, 1331],
    fibers: 2,
    mdi: 'LC duplex (QSFP-DD/OSFP)',
    limits: smf(lim(c(2000), u(4.0, 'same clause family as FR1'), u(3.0))),
    provenance: { source: 'REFERENCE §8: [S39]' },
  },
  '400GBASE-LR8': {
    id: '400GBASE-LR8',
    wavelengthsNm: [1273.54, 1309.14],
    fibers: 2,
    mdi: 'LC duplex',
    limits: { OS2: lim(c(10000), c(6.3), c(2.0)) },
    provenance: { source: 'REFERENCE §8: [S35]' },
  },
  '10GBASE-LR': {
    id: '10GBASE-LR',
    wavelengthsNm: [1310],
    fibers: 2,
    mdi: 'LC duplex (SFP+)',
    limits: smf(lim(c(10000), u(6.2), c(2.0))),
    provenance: { source: 'REFERENCE §8: reach [S69]; allocation [S43]' },
  },
  '100GBASE-FR1': {
    id: '100GBASE-FR1',
    wavelengthsNm: [1310],
    fibers: 2,
    mdi: 'LC duplex (QSFP28); MDC on breakout-ready modules (REFERENCE-2 GT-17)',
    limits: { OS2: lim(c(2000), c(4.0), c(3.0)), OS1a: lim(n(1000, 'informative'), c(4.0), c(3.0)) },
    provenance: { source: 'REFERENCE §8: [S34]' },
  },
  '400GBASE-SR4': {
    id: '400GBASE-SR4',
    wavelengthsNm: [850],
    fibers: 8,
    mdi: '8 of 12 / MPO-12 APC (one port of a 2×SR4 twin-port OSFP)',
    limits: {
      OM3: lim(n(60, 'vendor 2×SR4 datasheet [S114]'), u(1.8, 'CONVENTION: 400GBASE-SR4 value not read'), null),
      OM4: lim(
        n(100, 'vendor 2×SR4 datasheet [S114]; NVIDIA MMA4Z00-NS 50 m [S109]'),
        u(1.8, 'CONVENTION: 400GBASE-SR4 value not read'),
        null,
      ),
    },
    provenance: {
      source: 'REFERENCE-2 §14.1: [S108][S109][S114]; IL UNVERIFIED → CONVENTION 1.8 dB; allocation UNVERIFIED',
    },
  },
  '800GBASE-SR8': {
    id: '800GBASE-SR8',
    wavelengthsNm: [850],
    fibers: 16,
    mdi: 'MPO-16 APC, or 2× MPO-12 APC ("2×SR4" packaging) (OSFP)',
    limits: {
      OM3: lim(n(60, 'vendor 2×SR4 datasheet [S114]'), u(1.8, 'CONVENTION: lower 400GBASE-SR8 value [S31]'), null),
      OM4: lim(c(100), u(1.8, 'CONVENTION: lower 400GBASE-SR8 value [S31]'), null),
    },
    provenance: {
      source:
        'REFERENCE-2 §14.1: IEEE 802.3df "MMF 100m SR8" [S106]; IL UNVERIFIED → CONVENTION 1.8 dB; allocation UNVERIFIED',
    },
  },
  '800GBASE-VR8': {
    id: '800GBASE-VR8',
    wavelengthsNm: [850],
    fibers: 16,
    mdi: 'MPO-16 APC (OSFP)',
    limits: {
      OM3: lim(n(30, 'vendor VR-class module [S113]'), u(1.8, 'CONVENTION: lower 400GBASE-SR8 value [S31]'), null),
      OM4: lim(c(50), u(1.8, 'CONVENTION: lower 400GBASE-SR8 value [S31]'), null),
    },
    provenance: { source: 'REFERENCE-2 §14.1: [S106][S113]; IL UNVERIFIED → CONVENTION 1.8 dB' },
  },
  '800GBASE-DR8': {
    id: '800GBASE-DR8',
    wavelengthsNm: [1310],
    fibers: 16,
    mdi: 'MPO-16 APC, or 2× MPO-12 APC (twin-port OSFP)',
    limits: {
      OS2: lim(c(500), c(3.0), c(2.75)),
      OS1a: lim(n(250, 'informative'), c(3.0), c(2.75)),
    },
    provenance: {
      source:
        'REFERENCE-2 §14.1: TIA FOTC 800GBASE-DR8 (IL 3.0 dB, "2.75 dB connection and splice loss allocation") [S105]',
    },
  },
  '800GBASE-DR8-2': {
    id: '800GBASE-DR8-2',
    wavelengthsNm: [1310],
    fibers: 16,
    mdi: 'MPO-16 APC',
    limits: smf(lim(c(2000), null, null)),
    provenance: { source: 'REFERENCE-2 §14.1: reach 2 km [S106]; channel IL UNVERIFIED — no default, set a limit' },
  },
  '1.6TBASE-DR8': {
    id: '1.6TBASE-DR8',
    wavelengthsNm: [1310],
    fibers: 16,
    mdi: 'connector UNVERIFIED (MPO-16 APC assumed)',
    limits: smf(lim(c(500), u(3.0, 'provisional: limit unverified'), null)),
    provenance: { source: 'REFERENCE-2 §14.1: IEEE 802.3dj PMD, 500 m [S107]; IL UNVERIFIED → provisional 3.0 dB' },
  },
  '1.6TBASE-DR8-2': {
    id: '1.6TBASE-DR8-2',
    wavelengthsNm: [1310],
    fibers: 16,
    mdi: 'connector UNVERIFIED',
    limits: smf(lim(c(2000), null, null)),
    provenance: { source: 'REFERENCE-2 §14.1: 2 km [S107]; channel IL UNVERIFIED — no default, set a limit' },
  },
  '32GFC': {
    id: '32GFC',
    wavelengthsNm: [850],
    fibers: 2,
    mdi: 'LC duplex',
    limits: { OM4: lim(c(100), c(1.86), c(1.5)) },
    provenance: { source: 'REFERENCE §8: [S36]' },
  },
  '128GFC': {
    id: '128GFC',
    wavelengthsNm: [850],
    fibers: 8,
    mdi: 'MPO',
    limits: { OM4: lim(c(85), c(1.9), c(1.5)) },
    provenance: { source: 'REFERENCE §8: [S36]' },
  },
};

/** True when every wavelength of the application is in the multimode 850 nm band. */
const is850 = (app: ApplicationSpec): boolean => app.wavelengthsNm.every((w) => w >= 800 && w <= 930);

/**
 * Limits of `app` on `fiberType`, or undefined when §8 gives none (the channel is then
 * `unchecked`). OM5 falls back to the OM4 column for 850 nm applications (§8 note), with a note
 * on every cell. Source: REFERENCE §8.
 */
export function limitsFor(app: ApplicationSpec, fiberType: FiberType): FiberLimits | undefined {
  const own = app.limits[fiberType];
  if (own) return own;
  if (fiberType !== 'OM5' || !is850(app)) return undefined;
  const om4 = app.limits.OM4;
  if (!om4) return undefined;
  const note = (cell: LimitCell): LimitCell => ({
    ...cell,
    note: cell.note ? `${cell.note}; OM5 as OM4 at 850 nm (§8)` : 'OM5 as OM4 at 850 nm (§8)',
  });
  return {
    reachM: note(om4.reachM),
    maxIlDb: om4.maxIlDb ? note(om4.maxIlDb) : null,
    allocationDb: om4.allocationDb ? note(om4.allocationDb) : null,
  };
}

/** The application spec of an id, or undefined for an id outside the §8 table. */
export function applicationSpec(id: string): ApplicationSpec | undefined {
  return Object.hasOwn(APPLICATIONS, id) ? APPLICATIONS[id as ApplicationKey] : undefined;
}
