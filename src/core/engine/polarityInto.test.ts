import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../../scripts/generate-examples';
import { analyzeDesign, findingsByPort } from '../analysis/analyze';
import { judgePolarity, judgePolarityInto, type JudgementTarget } from './polarity';

/*
 * A full analysis writes each channel's judgement into the channel itself (`judgePolarityInto`,
 * module scratch reused from channel to channel). Every example design (Method A and B duplex
 * links, a broken Method A link, U1 and DR8 breakouts, 800G twin-port, MDC, a spliced trunk):
 *
 *   transceiver --cord-- [cassette] ==trunk== [cassette] --cord-- transceiver
 *
 * Each channel is judged again on its own, in reverse order (so nothing can carry over from the
 * channel judged before it), and must match what the analysis wrote.
 */
const fields = (j: JudgementTarget) => ({
  verdict: j.verdict,
  reasons: [...j.reasons],
  method: j.method,
  findings: [...j.findings],
  why: [...j.why],
});

describe('judgePolarityInto', () => {
  it('writes the judgement judgePolarity gives, channel by channel, in any order', () => {
    let withReasons = 0;
    let judged = 0;
    for (const make of Object.values(EXAMPLES)) {
      const a = analyzeDesign(make());
      const byPort = findingsByPort(a.findings);
      for (const c of [...a.channels].reverse()) {
        // A breakout's mis-wired verdict is set after judging (`darkLaneContext`).
        if (c.verdict === 'tx-to-dark' && c.reasons.some((r) => r.includes('mis-wired'))) continue;
        const fresh = judgePolarity(a.index, c.kind, c.a, c.b, c.fibers, byPort);
        expect(fields(fresh)).toEqual(fields(c));
        const into: JudgementTarget = { verdict: 'ok', reasons: [], method: 'none', findings: [], why: [] };
        judgePolarityInto(into, a.index, c.kind, c.a, c.b, c.fibers, byPort);
        expect(fields(into)).toEqual(fields(c));
        if (c.reasons.length > 0) withReasons += 1;
        judged += 1;
      }
    }
    // The examples include failing and warned channels, so reasons are compared, not only empty lists.
    expect(withReasons).toBeGreaterThan(3);
    expect(judged).toBeGreaterThan(20);
  });
});
