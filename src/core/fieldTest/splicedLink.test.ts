/**
 * A spliced permanent link (issue 14 with issue 13's splices): the test limit counts the splices
 * and takes the indoor/outdoor α for the outside cable (REFERENCE-2 §16.2).
 *
 *   [R41-P1 rear-1] ─pigtail OS2 2 m─ (SPLICE-A) ═ I/O cable OS2 430 m ═ (SPLICE-B) ─pigtail OS2 2 m─ [R42-P1 rear-1]
 *   (the permanent link between the two panels' MPO fronts; cords and DR4 optics outside it)
 *
 * Limit, 1-jumper, by hand (§16.2): 0.430 km × 0.5 + 0.004 km × 0.4 + 2 × 0.75 end + 0 embedded
 * + 2 × 0.30 splice = 0.215 + 0.0016 + 1.5 + 0.6 = 2.3166 dB (1310 nm; the same at 1550 nm,
 * where both α values are UNVERIFIED).
 */
import { describe, expect, it } from 'vitest';
import { splicedTrunk } from '../../../scripts/examples2026';
import { analyzeDesign } from '../analysis/analyze';
import { round3 } from '../units';
import { limitAttenuation } from './linkLimit';
import { linkEvaluator } from './linkEvaluation';
import { permanentLinks } from './permanentLinks';

describe('a spliced permanent link', () => {
  const a = analyzeDesign(splicedTrunk());
  const links = permanentLinks(a).links;
  const ev = linkEvaluator(a);

  it('α_max of single-mode indoor/outdoor cable is 0.5 dB/km, OS2 inside plant 0.4', () => {
    expect(limitAttenuation('OS2', 1310, 'indoor-outdoor')?.dbPerKm).toBe(0.5);
    expect(limitAttenuation('OS2', 1310)?.dbPerKm).toBe(0.4);
    expect(limitAttenuation('OM4', 850, 'indoor-outdoor')?.dbPerKm).toBe(3.5);
  });

  it.each([1310, 1550])('@%i nm: 2 splices, no embedded pair, limit 2.317 dB', (nm) => {
    expect(links).toHaveLength(1);
    const link = links[0]!;
    const fig = ev.fiber(link, link.fibers[0]!, nm, '1J');
    expect(fig.loss.splices).toBe(2);
    expect(fig.loss.embeddedPairs).toBe(0);
    expect(round3(fig.tia!.limitDb!)).toBe(2.317);
  });
});
