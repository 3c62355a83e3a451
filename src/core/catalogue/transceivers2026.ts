/**
 * Transceiver rows of the 2026 hardware (REFERENCE-2 §14): 800G and 1.6T parallel optics on
 * MPO-16/APC, twin-port OSFPs with two MPO-12/APC MDIs, 100G duplex optics, and duplex optics with
 * an MDC MDI (a lane of a breakout-ready module, REFERENCE-2 GT-17/GT-18). A data table; built into
 * parts by transceivers.ts.
 */
import type { TransceiverRow } from './transceivers';

/** SR4/DR4/SR4.2 lane layout (REFERENCE §6.1): Tx lanes 0–3 on r1–r4, Rx lanes 0–3 on r12–r9. */
export const QUAD_12 = { tx: [1, 2, 3, 4], rx: [12, 11, 10, 9] } as const;
/**
 * 8 lanes on MPO-16 (REFERENCE §6.5, REFERENCE-2 §14.2, UNVERIFIED: IEEE MDI figures not read):
 * Tx_k on receptacle r = k+1, Rx_k on r = 16 − k.
 */
export const OCTAL_16 = { tx: [1, 2, 3, 4, 5, 6, 7, 8], rx: [16, 15, 14, 13, 12, 11, 10, 9] } as const;

const MPO16_NOTE = 'lane positions UNVERIFIED (REFERENCE-2 §14.2)';

/** The 2026 rows (REFERENCE-2 §14.1 application table; sources per row). */
export const TRANSCEIVERS_2026: readonly TransceiverRow[] = [
  {
    application: '100GBASE-FR1',
    formFactor: 'QSFP28',
    mdi: 'lc-duplex',
    polish: 'UPC',
    mode: 'single-mode',
    wavelength: 1310,
    source: '§8 [S34]',
  },
  {
    application: '100GBASE-FR1',
    formFactor: 'QSFP28',
    suffix: 'mdc',
    label: '100GBASE-FR1 QSFP28, MDC MDI',
    mdi: 'mdc-duplex',
    polish: 'UPC',
    mode: 'single-mode',
    wavelength: 1310,
    source: '§8 [S34]; MDC MDI per REFERENCE-2 GT-17, A/B by CONVENTION (§13.2)',
  },
  {
    application: '100GBASE-DR',
    formFactor: 'QSFP28',
    suffix: 'mdc',
    label: '100GBASE-DR QSFP28, MDC MDI',
    mdi: 'mdc-duplex',
    polish: 'UPC',
    mode: 'single-mode',
    wavelength: 1310,
    source: '§8 [S39]; MDC MDI per REFERENCE-2 GT-18, A/B by CONVENTION (§13.2)',
  },
  {
    application: '400GBASE-SR4',
    formFactor: 'OSFP',
    mdi: 'mpo-12',
    polish: 'APC',
    mode: 'multimode',
    wavelength: 850,
    parallel: QUAD_12,
    source: 'REFERENCE-2 §14.1 (NVIDIA single-port MMA4Z00-NS400 [S109], multimode APC)',
  },
  {
    application: '800GBASE-SR8',
    formFactor: 'OSFP',
    mdi: 'mpo-16',
    polish: 'APC',
    mode: 'multimode',
    wavelength: 850,
    parallel: OCTAL_16,
    source: `REFERENCE-2 §14.1 [S106][S18]; ${MPO16_NOTE}`,
    unverified: true,
  },
  {
    application: '800GBASE-VR8',
    formFactor: 'OSFP',
    mdi: 'mpo-16',
    polish: 'APC',
    mode: 'multimode',
    wavelength: 850,
    parallel: OCTAL_16,
    source: `REFERENCE-2 §14.1 [S106][S113]; ${MPO16_NOTE}`,
    unverified: true,
  },
  {
    application: '800GBASE-DR8',
    formFactor: 'OSFP',
    mdi: 'mpo-16',
    polish: 'APC',
    mode: 'single-mode',
    wavelength: 1310,
    parallel: OCTAL_16,
    source: `REFERENCE-2 §14.1 [S105][S17]; ${MPO16_NOTE}`,
    unverified: true,
  },
  {
    application: '800GBASE-DR8',
    formFactor: 'OSFP',
    suffix: '2xmpo12',
    label: '800GBASE-DR8 twin-port OSFP, 2× MPO-12/APC',
    mdi: 'mpo-12',
    polish: 'APC',
    mode: 'single-mode',
    wavelength: 1310,
    parallel: QUAD_12,
    twin: true,
    source: 'REFERENCE-2 §14.1–§14.2 [S20][S112]; connector "a" lanes 0–3, "b" 4–7 (CONVENTION)',
  },
  {
    application: '800GBASE-DR8-2',
    formFactor: 'OSFP',
    mdi: 'mpo-16',
    polish: 'APC',
    mode: 'single-mode',
    wavelength: 1310,
    parallel: OCTAL_16,
    source: `REFERENCE-2 §14.1 [S105][S106]; no default IL limit; ${MPO16_NOTE}`,
    unverified: true,
  },
  {
    application: '400GBASE-DR4',
    formFactor: 'OSFP',
    suffix: 'twin',
    label: '2×400GBASE-DR4 twin-port OSFP, 2× MPO-12/APC',
    mdi: 'mpo-12',
    polish: 'APC',
    mode: 'single-mode',
    wavelength: 1310,
    parallel: QUAD_12,
    twin: true,
    source: 'REFERENCE-2 §14.1 (NVIDIA MMS4X00-NS class [S20][S112]); connector "a" lanes 0–3, "b" 4–7 (CONVENTION)',
  },
  {
    application: '400GBASE-SR4',
    formFactor: 'OSFP',
    suffix: 'twin',
    label: '2×400GBASE-SR4 twin-port OSFP, 2× MPO-12/APC',
    mdi: 'mpo-12',
    polish: 'APC',
    mode: 'multimode',
    wavelength: 850,
    parallel: QUAD_12,
    twin: true,
    source: 'REFERENCE-2 §14.1 (NVIDIA MMA4Z00-NS class [S108][S109]); connector "a" lanes 0–3, "b" 4–7 (CONVENTION)',
  },
  {
    application: '1.6TBASE-DR8',
    formFactor: 'OSFP',
    mdi: 'mpo-16',
    polish: 'APC',
    mode: 'single-mode',
    wavelength: 1310,
    parallel: OCTAL_16,
    source: `REFERENCE-2 §14.1 [S107]; MDI connector UNVERIFIED (MPO-16/APC assumed); ${MPO16_NOTE}`,
    unverified: true,
  },
  {
    application: '1.6TBASE-DR8-2',
    formFactor: 'OSFP',
    mdi: 'mpo-16',
    polish: 'APC',
    mode: 'single-mode',
    wavelength: 1310,
    parallel: OCTAL_16,
    source: `REFERENCE-2 §14.1 [S107]; no default IL limit; MDI connector UNVERIFIED; ${MPO16_NOTE}`,
    unverified: true,
  },
];
