/**
 * Cabled-fiber attenuation by fiber type and wavelength (REFERENCE §7.2), as data.
 *
 * A wavelength (from the application, §8) falls into a band of its fiber's mode family; the
 * band selects the coefficient. Multimode at 850 nm has two models: the IEEE link-model value
 * 3.5 dB/km (default) and the 3.0 dB/km alternative. Wavelengths outside every band (e.g. OM5
 * at 953 nm, not retrieved) have no coefficient: the loss is then `unchecked`.
 */
import { FIBER_MODE, type FiberType, type ModeFamily } from '../connectors';
import type { MultimodeAttenuationModel } from '../design';
import type { Provenance } from '../parts';
import { dbPerKm, type DbPerKm } from '../units';

/** Attenuation bands. */
export type AttenuationBand = 'mm-850' | 'mm-1300' | 'sm-1310' | 'sm-1550';

/** A band: mode family and wavelength range in nm (inclusive). */
export interface BandDef {
  readonly band: AttenuationBand;
  readonly mode: ModeFamily;
  readonly fromNm: number;
  readonly toNm: number;
  readonly note: string;
}

/**
 * Bands (CONVENTION): multimode 800–930 nm is the 850 nm band (includes the 910 nm SR4.2 BiDi
 * wavelength; MMF attenuation falls with wavelength, so the 850 nm value is conservative),
 * 1250–1380 nm the 1300 nm band; single-mode 1260–1360 nm (O-band, incl. CWDM4 and LAN-WDM) and
 * 1500–1625 nm.
 */
export const BANDS: readonly BandDef[] = [
  {
    band: 'mm-850',
    mode: 'multimode',
    fromNm: 800,
    toNm: 930,
    note: '850 nm window (910 nm BiDi uses the 850 nm value, conservative)',
  },
  { band: 'mm-1300', mode: 'multimode', fromNm: 1250, toNm: 1380, note: '1300 nm window' },
  { band: 'sm-1310', mode: 'single-mode', fromNm: 1260, toNm: 1360, note: 'O-band (1310 nm, CWDM4, LAN-WDM)' },
  { band: 'sm-1550', mode: 'single-mode', fromNm: 1500, toNm: 1625, note: 'C/L-band' },
];

/** Media with an attenuation coefficient: the design's fiber types plus single-mode indoor/outdoor cable. */
export type AttenuationMedium = FiberType | 'SM-indoor-outdoor';

/** One coefficient: dB/km and its source. */
export interface AttenuationValue {
  readonly dbPerKm: DbPerKm;
  readonly provenance: Provenance;
}

const a = (value: number, source: string, unverified?: boolean): AttenuationValue => ({
  dbPerKm: dbPerKm(value),
  provenance: { source, ...(unverified ? { unverified: true } : {}) },
});

const MM_850: Readonly<Record<MultimodeAttenuationModel, AttenuationValue>> = {
  'ieee-3.5': a(
    3.5,
    'IEEE 802.3 Table 38-12 50 µm MMF 3.5 dB/km @850 [S42]; 10GBASE-S link model [S81]; REFERENCE §7.2',
  ),
  'alt-3.0': a(3.0, 'FOA typical [S2]; NVIDIA OM3/OM4 "3 dB/km" [S72]; TIA-568.3 value UNVERIFIED; REFERENCE §7.2'),
};
const MM_1300 = a(1.5, 'IEEE 802.3 Table 38-12 50 µm MMF 1.5 dB/km @1300 [S42]; REFERENCE §7.2');
const SM_1550_NOTE = '1550 nm maximum not retrieved: the 1310 nm value is used (conservative), REFERENCE §7.2';

/** Single-mode coefficients at 1310 nm by medium (TIA FOTC channel tables [S34][S35]). */
const SM_1310: Readonly<Record<'OS2' | 'OS1a' | 'SM-indoor-outdoor', AttenuationValue>> = {
  OS2: a(0.4, 'TIA FOTC OS2 0.4 dB/km [S34][S35]; NVIDIA OS2 0.4 [S72]; REFERENCE §7.2'),
  OS1a: a(1.0, 'TIA FOTC OS1a / inside-plant tight-buffer 1.0 dB/km [S34][S35]; REFERENCE §7.2'),
  'SM-indoor-outdoor': a(0.5, 'TIA FOTC single-mode indoor/outdoor 0.5 dB/km [S34][S35]; REFERENCE §7.2'),
};

const sm1550 = (m: keyof typeof SM_1310): AttenuationValue =>
  a(SM_1310[m].dbPerKm, `${SM_1550_NOTE}; ${SM_1310[m].provenance.source}`, true);

/**
 * Attenuation table: medium → band → value, or per-model values for multimode 850 nm.
 * A missing band for a medium means no coefficient (e.g. single-mode fiber at 850 nm).
 */
export const ATTENUATION: Readonly<
  Record<
    AttenuationMedium,
    Partial<Record<AttenuationBand, AttenuationValue | Readonly<Record<MultimodeAttenuationModel, AttenuationValue>>>>
  >
> = {
  OM3: { 'mm-850': MM_850, 'mm-1300': MM_1300 },
  OM4: { 'mm-850': MM_850, 'mm-1300': MM_1300 },
  OM5: { 'mm-850': MM_850, 'mm-1300': MM_1300 },
  OS2: { 'sm-1310': SM_1310.OS2, 'sm-1550': sm1550('OS2') },
  OS1a: { 'sm-1310': SM_1310.OS1a, 'sm-1550': sm1550('OS1a') },
  'SM-indoor-outdoor': { 'sm-1310': SM_1310['SM-indoor-outdoor'], 'sm-1550': sm1550('SM-indoor-outdoor') },
};

const MEDIUM_MODE: Readonly<Record<AttenuationMedium, ModeFamily>> = {
  ...FIBER_MODE,
  'SM-indoor-outdoor': 'single-mode',
};

/** The band of a wavelength on a mode family, or undefined. */
export function bandOf(mode: ModeFamily, wavelengthNm: number): AttenuationBand | undefined {
  return BANDS.find((b) => b.mode === mode && wavelengthNm >= b.fromNm && wavelengthNm <= b.toNm)?.band;
}

/**
 * Attenuation coefficient (dB/km) of `medium` at `wavelengthNm` under the multimode model
 * `model`, with its source; undefined when the wavelength is in no band of the medium's mode.
 * Source: REFERENCE §7.2.
 */
export function attenuationAt(
  medium: AttenuationMedium,
  wavelengthNm: number,
  model: MultimodeAttenuationModel,
): AttenuationValue | undefined {
  const band = bandOf(MEDIUM_MODE[medium], wavelengthNm);
  if (!band) return undefined;
  const cell = ATTENUATION[medium][band];
  if (!cell) return undefined;
  return 'dbPerKm' in cell ? cell : cell[model];
}

/**
 * Worst (highest) attenuation of `medium` over several wavelengths (a multi-wavelength
 * application such as SR4.2 or LR4): dB/km with its source, or undefined if any wavelength has
 * no coefficient (the loss is then unchecked).
 */
export function worstAttenuation(
  medium: AttenuationMedium,
  wavelengthsNm: readonly number[],
  model: MultimodeAttenuationModel,
): AttenuationValue | undefined {
  let worst: AttenuationValue | undefined;
  for (const w of wavelengthsNm) {
    const v = attenuationAt(medium, w, model);
    if (!v) return undefined;
    if (!worst || v.dbPerKm > worst.dbPerKm) worst = v;
  }
  return worst;
}
