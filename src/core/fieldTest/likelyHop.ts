/**
 * Where a loss above design most likely comes from (issue 14 §4: "possible dirty or damaged
 * connector: name the likely hop"). A HEURISTIC (CONVENTION), stated to the user as "likely":
 *
 * 1. A connection can add at most its standards maximum over its designed value (0.75 dB per
 *    mated pair, 0.3 dB per splice; REFERENCE §7.2) before it is out of specification; the
 *    excess (measured − designed) is first explained by one connection with that headroom.
 * 2. End connections come first: they are mated with the test reference cords and handled on
 *    every test, so they are the most often dirty (REFERENCE-2 §16.1, §16.3 [S133]).
 * 3. Then the embedded connection with the most headroom (the most optimistic design value).
 * 4. An excess no single connection explains points at the fiber (bend, break) or several
 *    connections: inspect all, or trace it with an OTDR.
 * 5. On an MPO link tested per fiber, when only some fibers are above design the defect is on
 *    those fibers alone (an end-face defect at an MPO connection), not on the whole connector.
 */
import { round3 } from '../units';
import type { LinkLossLine } from './linkLoss';
import { LIMIT_PAIR_DB, LIMIT_SPLICE_DB } from './linkLimit';

const f3 = (n: number): string => round3(n).toFixed(3);

/** The likely hop and the advice, as one sentence. */
export interface LikelyHop {
  /** The connection(s) named. */
  readonly where: readonly string[];
  readonly text: string;
}

/**
 * Names the likely hop of an excess `excessDb` (measured − designed, > 0) on a fiber whose
 * designed breakdown is `lines`. `someFibersOnly` lists the fibers above design when others of
 * the same MPO link are not (empty when all are, or when the link is tested as a whole).
 */
export function likelyHop(
  lines: readonly LinkLossLine[],
  excessDb: number,
  someFibersOnly: readonly string[] = [],
): LikelyHop {
  const room = (l: LinkLossLine): number => (l.kind === 'splice' ? LIMIT_SPLICE_DB : LIMIT_PAIR_DB) - (l.db ?? 0);
  const ends = lines.filter((l) => l.kind === 'end-connection' && l.db !== null);
  const inner = lines
    .filter((l) => (l.kind === 'connection' || l.kind === 'splice' || l.kind === 'module') && l.db !== null)
    .sort((a, b) => room(b) - room(a));
  const fiberNote =
    someFibersOnly.length > 0
      ? `only fiber${someFibersOnly.length > 1 ? 's' : ''} ${someFibersOnly.join(', ')} ${someFibersOnly.length > 1 ? 'are' : 'is'} above design: a defect on ${someFibersOnly.length > 1 ? 'those fibers' : 'that fiber'} alone (dirt or a damaged end face at an MPO connection); `
      : '';
  const endRoom = Math.max(0, ...ends.map(room));
  if (ends.length > 0 && excessDb <= endRoom + 1e-9) {
    const where = ends.map((l) => l.label);
    return {
      where,
      text: `${fiberNote}excess ${f3(excessDb)} dB; likely an end connection (${where.join('; ')}), designed ${ends.map((l) => f3(l.db ?? 0)).join(' / ')} dB: inspect and clean both ends and the test cords, re-reference, re-test`,
    };
  }
  const one = inner.find((l) => excessDb <= room(l) + 1e-9);
  if (one)
    return {
      where: [one.label],
      text: `${fiberNote}excess ${f3(excessDb)} dB is more than an end connection can add; likely ${one.label} (designed ${f3(one.db ?? 0)} dB): inspect and clean it, then re-test`,
    };
  return {
    where: [],
    text: `${fiberNote}excess ${f3(excessDb)} dB is more than any one connection can add: check the fiber for a tight bend or damage (OTDR) and inspect every connection`,
  };
}
