/**
 * Permanent links and their design-time judgement, with hand-computed values (REFERENCE §7,
 * REFERENCE-2 §16.2, §16.6). Topologies (fixtures.ts):
 *
 * cassette links   R12-P1-C1 Port p [LC│MOD-A│MPO] ══ Type-A trunk 90 m OM4 ══ [MPO│MOD-A│LC] R14-P1-C1 Port p
 *                  per fiber, 1-jumper: 2 end LC pairs + 2 embedded MPO pairs + 90 m
 * MPO panel link   R1-P1 front-1 │B│ rear-1 ══ Type-B trunk 60 m OM4 ══ rear-1 │B│ front-1 R2-P1
 *                  per fiber, 1-jumper: 2 end MPO pairs (trunk plugs), nothing embedded, 60 m
 * patched          SW1 ─A-to-B─ R12-P1-C1 Port1 ══ trunk 90 m ══ R14-P1-C1 Port1 ─A-to-A─ SW2
 *                  the permanent link inside a channel: cords excluded
 */
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../analysis/analyze';
import { round3 } from '../units';
import { cassetteLinks, mpoPanelLink, patchedMethodA } from './fixtures/linkDesigns';
import { linkEvaluator } from './linkEvaluation';
import { permanentLinks } from './permanentLinks';

const r3 = (n: number | null | undefined) => (n === null || n === undefined ? n : round3(n));

describe('permanent links', () => {
  it('a trunk between two cassettes makes one link per duplex front port, near end sorted first', () => {
    const links = permanentLinks(analyzeDesign(cassetteLinks())).links;
    expect(links.map((l) => l.project)).toEqual([1, 2, 3, 4, 5, 6].map((p) => `R12-P1-C1-Port${p}/R14-P1-C1-Port${p}`));
    expect(links[0]?.fibers.map((f) => `${f.fiber}→${f.farFiber}`)).toEqual(['A→A', 'B→B']);
    expect(links[0]?.tia606).toBe('R12-42:C1-01/R14-42:C1-01');
  });

  it('an MPO panel link has 12 fibers; Type-B adapters and a Type-B trunk map i → 13 − i', () => {
    const [link, ...rest] = permanentLinks(analyzeDesign(mpoPanelLink())).links;
    expect(rest).toHaveLength(0);
    expect(link?.fibers).toHaveLength(12);
    // Three reversing elements (B adapter, B trunk, B adapter): odd → reversed (REFERENCE §0.5, §6.3).
    expect(link?.fibers.map((f) => [f.nearPosition, f.farPosition])).toEqual(
      Array.from({ length: 12 }, (_, i) => [i + 1, 12 - i]),
    );
  });

  it('the link inside a patched channel excludes the cords and belongs to the channel', () => {
    const a = analyzeDesign(patchedMethodA());
    const pl = permanentLinks(a);
    const duplex = a.channels.find((c) => c.kind === 'duplex');
    const inside = pl.byChannel.get(duplex?.key ?? '') ?? [];
    expect(inside.map((l) => l.project)).toEqual(['R12-P1-C1-Port1/R14-P1-C1-Port1']);
    expect(inside[0]?.cables).toHaveLength(1);
  });
});

describe('designed loss and TIA link limit of a cassette link', () => {
  const a = analyzeDesign(cassetteLinks(90));
  const ev = linkEvaluator(a);
  const link = permanentLinks(a).links[0];
  if (!link) throw new Error('no link');
  const f = link.fibers[0];
  if (!f) throw new Error('no fiber');

  it.each([
    // vendor-max: 0.09 km × 3.5 + 2 × LC low-loss 0.15 + 2 × MPO low-loss 0.35 = 1.315
    ['1J', 850, 'vendor-max', 1.315, 3.315],
    // @1300: 0.09 × 1.5 + 1.0 = 1.135; limit 0.135 + 4 × 0.75 = 3.135
    ['1J', 1300, 'vendor-max', 1.135, 3.135],
    // 2-jumper: one end connection (0.15) less; limit one 0.75 less
    ['2J', 850, 'vendor-max', 1.165, 2.565],
    // 3-jumper: no end connections
    ['3J', 850, 'vendor-max', 1.015, 1.815],
    // TIA worst case: 0.315 + 4 × 0.75 = 3.315 (equals the limit)
    ['1J', 850, 'tia-worst-case', 3.315, 3.315],
  ] as const)('%s @%i nm %s: designed %f dB, limit %f dB', (method, nm, mode, designed, limit) => {
    const fig = ev.fiber(link, f, nm, method, mode);
    expect(r3(fig.loss.totalDb)).toBe(designed);
    expect(r3(fig.tia?.limitDb)).toBe(limit);
    expect(fig.loss.embeddedPairs).toBe(2);
    expect(fig.loss.splices).toBe(0);
    expect(fig.loss.complete).toBe(true);
  });

  it('lists the end connections as the panel side (cassette LC), embedded MPO pairs and the fiber', () => {
    const lines = ev.fiber(link, f, 850, '1J').loss.lines.map((l) => `${l.kind} ${r3(l.db)}`);
    expect(lines).toEqual([
      'end-connection 0.15',
      'connection 0.35',
      'fiber 0.315',
      'connection 0.35',
      'end-connection 0.15',
    ]);
  });

  it('judges the link: pass at both wavelengths; @850 the limit would also hold with α 3.0 (3.270)', () => {
    const e = ev.evaluate(link);
    expect(e.wavelengths.map((w) => [w.wavelengthNm, r3(w.designedDb), r3(w.tiaMarginDb), w.verdict])).toEqual([
      [850, 1.315, 2, 'pass'],
      [1300, 1.135, 2, 'pass'],
    ]);
    expect(r3(e.wavelengths[0]?.worst?.tia?.alternativeLimitDb)).toBe(3.27);
    expect(e.verdict).toBe('pass');
    expect(e.wavelengths[0]?.test.text).toContain('UNVERIFIED');
  });
});

describe('link verdicts against the TIA limit and an application', () => {
  it('a long standard-grade link meets the TIA limit but fails 10GBASE-SR', () => {
    // 400 m, standard grade (LC 0.75, MPO 0.75): designed @850 = 1.4 + 3.0 = 4.4 = limit; with the
    // α 3.0 alternative the limit is 1.2 + 3.0 = 4.2 < 4.4 → unverified-limit. @1300: 0.6 + 3.0 = 3.6 → pass.
    // As 10GBASE-SR on OM4 (2.9 dB, REFERENCE §8): 4.4 > 2.9 → fail-loss.
    const d = cassetteLinks(400, {}, 'module/mod-a-12f-1xmpo12-f-upc-om4-standard');
    const withApp = {
      ...d,
      linkTests: Object.fromEntries(
        permanentLinks(analyzeDesign(d)).links.map((l) => [
          l.key,
          { id: l.key, recordVersion: 1 as const, application: '10GBASE-SR' as const },
        ]),
      ),
    };
    const a = analyzeDesign(withApp);
    const e = linkEvaluator(a).evaluate(permanentLinks(a).links[0] as never);
    expect(e.wavelengths.map((w) => [r3(w.designedDb), w.verdict])).toEqual([
      [4.4, 'unverified-limit'],
      [3.6, 'pass'],
    ]);
    expect(e.application?.verdict).toBe('fail-loss');
    expect(r3(e.application?.marginDb)).toBe(-1.5);
    expect(e.verdict).toBe('fail-loss');
  });

  it('a margin that holds with α 3.5 but not with α 3.0 is unverified', () => {
    // TIA worst case: designed = limit exactly with α 3.5 (design model ieee-3.5): 0.3 × 3.5 + 3.0 = 4.05;
    // the α 3.0 limit is 0.9 + 3.0 = 3.9 < 4.05 → unverified-limit @850; @1300 pass.
    const a = analyzeDesign(cassetteLinks(300, { lossMode: 'tia-worst-case' }));
    const e = linkEvaluator(a).evaluate(permanentLinks(a).links[0] as never);
    expect(e.wavelengths.map((w) => [w.wavelengthNm, r3(w.designedDb), w.verdict])).toEqual([
      [850, 4.05, 'unverified-limit'],
      [1300, 3.45, 'pass'],
    ]);
    expect(e.verdict).toBe('unverified-limit');
  });

  it('MPO panel link: ends are the trunk plugs (low-loss MPO 0.35); nothing embedded', () => {
    const a = analyzeDesign(mpoPanelLink(60));
    const link = permanentLinks(a).links[0];
    if (!link) throw new Error('no link');
    const fig = linkEvaluator(a).fiber(link, link.fibers[0] as never, 850, '1J');
    // 0.06 × 3.5 + 2 × 0.35 = 0.910; limit 0.21 + 2 × 0.75 = 1.710
    expect([r3(fig.loss.totalDb), r3(fig.tia?.limitDb), fig.loss.embeddedPairs]).toEqual([0.91, 1.71, 0]);
  });
});
