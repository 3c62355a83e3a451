/**
 * The 1:2 splitter array cable of a twin-port transceiver (REFERENCE-2 §14.4: NVIDIA "1:2
 * splitter" crossover cables MFP7E20 (MM) / MFP7E40 (SM), one 4-lane MPO-12 MDI to two far
 * transceivers that light 2 lanes each). The split map is not published: **UNVERIFIED**; the
 * engine's CONVENTION is lanes {0, 1} → leg 1 and {2, 3} → leg 2, each leg reaching its far
 * transceiver's lanes 0 and 1 Tx→Rx (a Type-B-like reversal per leg).
 */
import type { Polish } from '../connectors';
import { partId } from '../ids';
import type { CableEndDef, CableFiber, CablePart } from '../parts';

/**
 * Near plug position → [leg, far plug position]: near Tx_k (plug 12−k) reaches the far Rx of
 * lane k mod 2 (plug (k mod 2)+1), and the far Tx of that lane (plug 12 − k mod 2) returns to near
 * Rx_k (plug k+1) (REFERENCE §6.1 MDI table, per leg).
 */
const SPLIT: readonly (readonly [near: number, leg: number, far: number])[] = [
  [12, 1, 1],
  [11, 1, 2],
  [1, 1, 12],
  [2, 1, 11],
  [10, 2, 1],
  [9, 2, 2],
  [3, 2, 12],
  [4, 2, 11],
];

/** Builds a 1:2 MPO-12 splitter cable, female at all three plugs (V2: MDIs are male, §14.3). */
export function makeSplitterCable(polish: Exclude<Polish, 'unknown' | 'n/a'>): CablePart {
  const conn = { variant: 'mpo-12', gender: 'female', polish } as const;
  const ends: CableEndDef[] = [
    { key: 'A', label: 'Twin-port end', connector: conn, lossGrade: 'low-loss' },
    { key: 'B1', label: 'Leg 1 (lanes 0–1)', connector: conn, lossGrade: 'low-loss' },
    { key: 'B2', label: 'Leg 2 (lanes 2–3)', connector: conn, lossGrade: 'low-loss' },
  ];
  const fibers: CableFiber[] = SPLIT.map(([near, leg, far], i) => ({
    fiber: i + 1,
    from: { end: 0, position: near },
    to: { end: leg, position: far },
  }));
  return {
    kind: 'cable',
    id: partId(`cable/splitter-1x2-mpo12-f-${polish.toLowerCase()}`),
    name: `1:2 splitter cable, MPO-12 ${polish} female to 2× MPO-12 female (twin-port breakout)`,
    cableClass: 'splitter',
    ends,
    fibers,
    fiberCount: 8,
    defaultFiberType: 'OS2',
    swapGroup: `splitter:mpo-12:${polish}`,
    provenance: {
      source:
        'NVIDIA 1:2 splitter [S110][S111]; split map UNVERIFIED, CONVENTION lanes {0,1} → leg 1, {2,3} → leg 2 (REFERENCE-2 §14.4)',
      unverified: true,
    },
  };
}
