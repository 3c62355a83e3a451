/**
 * The row type of the transceiver data tables (transceivers.ts, transceivers2026.ts) and the
 * lane layouts they share (REFERENCE §6.1, §6.5; REFERENCE-2 §14.2).
 */
import type { ConnectorVariant, Polish } from '../connectors';
import type { ApplicationId } from '../parts';

/** One row of the transceiver table. */
export interface TransceiverRow {
  readonly application: ApplicationId;
  readonly formFactor: string;
  readonly mdi: ConnectorVariant;
  readonly polish: Exclude<Polish, 'unknown' | 'n/a'>;
  readonly mode: 'multimode' | 'single-mode';
  /** Centre wavelength, nm. */
  readonly wavelength: number;
  /** Parallel lanes: Tx receptacle positions per lane and Rx receptacle positions per lane. */
  readonly parallel?: { readonly tx: readonly number[]; readonly rx: readonly number[] };
  /**
   * Twin-port: a second MDI `mdi-b` with the same lane layout, its lanes numbered on (REFERENCE-2
   * §14.2 CONVENTION: connector "a" lanes 0–3, "b" lanes 4–7).
   */
  readonly twin?: true;
  /** Id suffix telling apart two rows of one application and form factor (e.g. `mdc`, `2xmpo12`). */
  readonly suffix?: string;
  /** Display name when it is not `<application> <form factor>` (e.g. "2×400GBASE-DR4 twin-port OSFP"). */
  readonly label?: string;
  readonly source: string;
  readonly unverified?: boolean;
}

/** SR4/DR4/SR4.2 lane layout (REFERENCE §6.1): Tx lanes 0–3 on r1–r4, Rx lanes 0–3 on r12–r9. */
export const QUAD_12 = { tx: [1, 2, 3, 4], rx: [12, 11, 10, 9] } as const;
/**
 * 8 lanes on MPO-16 (REFERENCE §6.5, REFERENCE-2 §14.2, UNVERIFIED: IEEE MDI figures not read):
 * Tx_k on receptacle r = k+1, Rx_k on r = 16 − k.
 */
export const OCTAL_16 = { tx: [1, 2, 3, 4, 5, 6, 7, 8], rx: [16, 15, 14, 13, 12, 11, 10, 9] } as const;
