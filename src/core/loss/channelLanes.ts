/**
 * The lanes of a channel's loss report (REFERENCE §7.4: IL per lane for parallel channels, per leg
 * for breakouts; a duplex circuit or a breakout leg is lane 0): the worst insertion loss (dB)
 * and longest length (m) over the lane's lit fibers, summed into reused scratch while
 * `channelLoss` walks the channel's fibers, then built as exactly sized `LaneLoss` records in lane
 * order. Not re-entrant (module scratch; the core is single-threaded per worker).
 */
import { sharedNumber, type Tail } from './lossTail';

/** Loss of one lane (parallel link) or of the one duplex circuit / breakout leg (lane 0). */
export interface LaneLoss {
  /** Lane index at the transmitting end. */
  readonly lane: number;
  /** Worst IL of the lane's fibers (both directions), dB. */
  readonly ilDb: number;
  /** Length, m. */
  readonly lengthM: number;
  readonly complete: boolean;
  /** Margin against the governing application's limit, dB. */
  readonly marginDb: number | null;
  /** Trace ids of the lane's fibers. */
  readonly fibers: readonly number[];
}

/**
 * A lane's record. A class whose fields are declared (so defined before they are assigned): V8
 * keeps them as tagged values, so a number equal to the channel's shared judgement (its total,
 * length, margin: `Tail`) is a reference to that judgement's number, not a fresh 16-byte box.
 * Fields in the order of the lane literal the report always had (JSON key order).
 */
class Lane implements LaneLoss {
  readonly lane: number;
  readonly ilDb: number;
  readonly lengthM: number;
  readonly complete: boolean;
  readonly fibers: readonly number[];
  readonly marginDb: number | null;

  constructor(
    lane: number,
    ilDb: number,
    lengthM: number,
    complete: boolean,
    fibers: readonly number[],
    marginDb: number | null,
  ) {
    this.lane = lane;
    this.ilDb = ilDb;
    this.lengthM = lengthM;
    this.complete = complete;
    this.fibers = fibers;
    this.marginDb = marginDb;
  }
}

/**
 * Scratch of one channel's lanes while its fibers are summed (reused from channel to channel):
 * per lane its number, worst IL, longest length and completeness; per lit fiber its trace id and
 * lane slot. The report's lanes are built from it with exactly sized arrays.
 */
const LANES = {
  n: 0,
  lane: [] as number[],
  ilDb: [] as number[],
  lengthM: [] as number[],
  complete: [] as boolean[],
  count: [] as number[],
  fiberIds: [] as number[],
  fiberSlot: [] as number[],
};

/** Empties the lane scratch before a channel's fibers are added. */
export function resetLanes(): void {
  LANES.n = 0;
}

/**
 * Adds lit fiber number `lit` (0-based, in channel order; trace id `traceId`) of lane `lane` with
 * its insertion loss `totalDb` (dB), length `lengthM` (m) and completeness: the lane keeps the
 * worst IL, the longest length and whether all its fibers were complete.
 */
export function addLaneFiber(
  lane: number,
  totalDb: number,
  lengthM: number,
  complete: boolean,
  traceId: number,
  lit: number,
): void {
  const L = LANES;
  let j = -1;
  for (let q = 0; q < L.n; q++) if (L.lane[q] === lane) j = q;
  if (j < 0) {
    j = L.n++;
    L.lane[j] = lane;
    L.ilDb[j] = totalDb;
    L.lengthM[j] = lengthM;
    L.complete[j] = complete;
    L.count[j] = 1;
  } else {
    L.ilDb[j] = Math.max(L.ilDb[j] as number, totalDb);
    L.lengthM[j] = Math.max(L.lengthM[j] as number, lengthM);
    L.complete[j] = (L.complete[j] as boolean) && complete;
    L.count[j] = (L.count[j] as number) + 1;
  }
  L.fiberIds[lit] = traceId;
  L.fiberSlot[lit] = j;
}

/** Orders lane slots of the scratch by lane number (module-level: no closure context per call). */
const byLane = (x: number, y: number): number => (LANES.lane[x] as number) - (LANES.lane[y] as number);

/**
 * The lanes added since `resetLanes` (`fibers`: how many lit fibers were added), in lane order,
 * each with its margin against the governing limit `tail.limitDb` (dB; null when there is none
 * or the lane is incomplete). `tail`: the channel's judgement; a lane's IL, length and margin
 * equal to its total, length and margin are its numbers. Fresh, exactly sized arrays.
 */
export function lanesOf(fibers: number, tail: Tail): LaneLoss[] {
  const limitDb = tail.limitDb;
  const L = LANES;
  let order: number[] | null = null;
  if (L.n > 1) {
    order = [];
    for (let j = 0; j < L.n; j++) order.push(j);
    order.sort(byLane);
  }
  const out = new Array<LaneLoss>(L.n);
  for (let o = 0; o < L.n; o++) {
    const j = order ? (order[o] as number) : o;
    const ids = new Array<number>(L.count[j] as number);
    for (let i = 0, k = 0; i < fibers; i++) if (L.fiberSlot[i] === j) ids[k++] = L.fiberIds[i] as number;
    const ilDb = L.ilDb[j] as number;
    const complete = L.complete[j] as boolean;
    out[o] = new Lane(
      L.lane[j] as number,
      sharedNumber(tail.totalDb, ilDb),
      sharedNumber(tail.lengthM, L.lengthM[j] as number),
      complete,
      ids,
      limitDb !== null && complete ? sharedNumber(tail.marginDb, limitDb - ilDb) : null,
    );
  }
  return out;
}
