/**
 * The headline of a link's field test as the channel list shows it (issue 14): its worst
 * current measurement against the design, e.g. `1.420 dB, designed 1.315 @850`.
 */
import type { LinkOutcome } from '../core/fieldTest';
import { fmtDb } from './verdictStyle';

const dB = (n: number | null | undefined) => fmtDb(n).replace(' dB', '');

/** "1.420 dB, designed 1.330 @850" of a link's worst current measurement. */
export function headlineText(o: LinkOutcome): string {
  const h = o.headlines[0];
  if (!h) return '';
  const m = h.measured;
  return `${dB(m.result.lossDb)} dB, designed ${dB(m.designedDb)} @${h.wavelengthNm}`;
}
