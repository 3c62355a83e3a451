/**
 * Transceiver parts per IEEE 802.3 application: MDI connector, gender, polish and lane table
 * (REFERENCE §6.1, §6.5, §6.6, §8; REFERENCE-2 §14 for 800G/1.6T and twin-port modules). Lane
 * tables are written in receptacle numbering (looking into the port, key up) and converted to
 * plug positions with `p = N + 1 − r` (§0.1).
 */
import { POS_A, POS_B } from '../connectors';
import { partId } from '../ids';
import type { LaneDef, PortDef, TransceiverPart } from '../parts';
import { nm } from '../units';
import { mdiPlugPosition } from './positionMaps';
import { OCTAL_16, QUAD_12, type TransceiverRow } from './transceiverRow';
import { TRANSCEIVERS_2026 } from './transceivers2026';

export type { TransceiverRow } from './transceiverRow';

/** The application → transceiver data table. */
const TRANSCEIVER_TABLE: readonly TransceiverRow[] = [
  {
    application: '10GBASE-SR',
    formFactor: 'SFP+',
    mdi: 'lc-duplex',
    polish: 'UPC',
    mode: 'multimode',
    wavelength: 850,
    source: '§8 [S38]',
  },
  {
    application: '25GBASE-SR',
    formFactor: 'SFP28',
    mdi: 'lc-duplex',
    polish: 'UPC',
    mode: 'multimode',
    wavelength: 850,
    source: '§8 [S33]',
  },
  {
    application: '40GBASE-SR4',
    formFactor: 'QSFP+',
    mdi: 'mpo-12',
    polish: 'UPC',
    mode: 'multimode',
    wavelength: 850,
    parallel: QUAD_12,
    source: '§6.1 [S29][S28]; lane indices UNVERIFIED',
  },
  {
    application: '100GBASE-SR4',
    formFactor: 'QSFP28',
    mdi: 'mpo-12',
    polish: 'UPC',
    mode: 'multimode',
    wavelength: 850,
    parallel: QUAD_12,
    source: '§6.1 [S29][S28]; lane indices UNVERIFIED',
  },
  {
    application: '400GBASE-SR8',
    formFactor: 'QSFP-DD',
    mdi: 'mpo-16',
    polish: 'APC',
    mode: 'multimode',
    wavelength: 850,
    parallel: OCTAL_16,
    source: '§6.5 [S31][S18]',
    unverified: true,
  },
  {
    application: '400GBASE-SR4.2',
    formFactor: 'QSFP-DD',
    mdi: 'mpo-12',
    polish: 'UPC',
    mode: 'multimode',
    wavelength: 850,
    parallel: QUAD_12,
    source: '§6.6 [S32][S80]; same position pairing as SR4, wavelength per position UNVERIFIED',
  },
  {
    application: '400GBASE-DR4',
    formFactor: 'QSFP-DD',
    mdi: 'mpo-12',
    polish: 'APC',
    mode: 'single-mode',
    wavelength: 1310,
    parallel: QUAD_12,
    source: '§6.1, §6.4 [S39][S63]',
  },
  {
    application: '100GBASE-DR',
    formFactor: 'QSFP28',
    mdi: 'lc-duplex',
    polish: 'UPC',
    mode: 'single-mode',
    wavelength: 1310,
    source: '§8 [S39]',
  },
  {
    application: '100GBASE-LR4',
    formFactor: 'QSFP28',
    mdi: 'lc-duplex',
    polish: 'UPC',
    mode: 'single-mode',
    wavelength: 1310,
    source: '§8 [S67]',
  },
  {
    application: '400GBASE-FR4',
    formFactor: 'QSFP-DD',
    mdi: 'lc-duplex',
    polish: 'UPC',
    mode: 'single-mode',
    wavelength: 1311,
    source: '§8 [S39]',
  },
  {
    application: '10GBASE-LR',
    formFactor: 'SFP+',
    mdi: 'lc-duplex',
    polish: 'UPC',
    mode: 'single-mode',
    wavelength: 1310,
    source: '§8 [S69]',
  },
  ...TRANSCEIVERS_2026,
];

/**
 * Lane table of a row in plug positions. Duplex: Tx → plug B, plug A → Rx (§0.1, [S8][S60]).
 * Parallel: receptacle positions converted with p = N+1−r.
 */
function lanesOf(row: TransceiverRow): LaneDef[] {
  if (!row.parallel)
    return [
      { position: POS_B, role: 'tx', lane: 0 },
      { position: POS_A, role: 'rx', lane: 0 },
    ];
  const { tx, rx } = row.parallel;
  const one = (offset: number, port?: string): LaneDef[] => [
    ...tx.map((r, lane) => ({
      position: mdiPlugPosition(row.mdi, r),
      role: 'tx' as const,
      lane: lane + offset,
      ...(port ? { port } : {}),
    })),
    ...rx.map((r, lane) => ({
      position: mdiPlugPosition(row.mdi, r),
      role: 'rx' as const,
      lane: lane + offset,
      ...(port ? { port } : {}),
    })),
  ];
  return row.twin ? [...one(0), ...one(tx.length, 'mdi-b')] : one(0);
}

/** An MDI receptacle port of a row: male for MPO (§1.3, V2). */
function mdiPort(row: TransceiverRow, key: string, label: string, index: number): PortDef {
  const mpo = row.mdi.startsWith('mpo');
  return {
    key,
    label,
    face: 'front',
    index,
    accepts: row.mdi,
    mate: {
      kind: 'fixed',
      connector: { variant: row.mdi, gender: mpo ? 'male' : 'n/a', polish: row.polish },
      lossGrade: 'low-loss',
    },
  };
}

/** Builds the transceiver part of one table row: MDI is male (pinned) for MPO (§1.3, V2). */
function makeTransceiver(row: TransceiverRow): TransceiverPart {
  const perPort = row.parallel ? row.parallel.tx.length : 1;
  return {
    kind: 'transceiver',
    id: partId(
      `transceiver/${row.application.toLowerCase()}-${row.formFactor.toLowerCase().replace('+', 'plus')}${row.suffix ? `-${row.suffix}` : ''}`,
    ),
    name: row.label ?? `${row.application} ${row.formFactor}`,
    formFactor: row.formFactor,
    application: row.application,
    port: mdiPort(row, 'mdi', row.twin ? 'MDI a' : 'MDI', 1),
    ...(row.twin ? { extraPorts: [mdiPort(row, 'mdi-b', 'MDI b', 2)] } : {}),
    lanes: lanesOf(row),
    laneCount: row.twin ? 2 * perPort : perPort,
    fiberMode: row.mode,
    wavelength: nm(row.wavelength),
    provenance: {
      source: `IEEE 802.3 ${row.application}; REFERENCE ${row.source}`,
      ...(row.unverified ? { unverified: true } : {}),
    },
  };
}

/** Every built-in transceiver part, one per application. */
export const TRANSCEIVER_PARTS: readonly TransceiverPart[] = TRANSCEIVER_TABLE.map(makeTransceiver);

/**
 * Which transceiver form factors each cage form factor accepts (QSFP28 cages take QSFP+,
 * QSFP-DD cages take QSFP28/QSFP+, SFP28 cages take SFP+).
 */
export const CAGE_ACCEPTS: Readonly<Record<string, readonly string[]>> = {
  'SFP+': ['SFP+'],
  SFP28: ['SFP28', 'SFP+'],
  'QSFP+': ['QSFP+'],
  QSFP28: ['QSFP28', 'QSFP+'],
  'QSFP-DD': ['QSFP-DD', 'QSFP28', 'QSFP+'],
  OSFP: ['OSFP'],
};
