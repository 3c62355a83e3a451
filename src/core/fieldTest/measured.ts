/**
 * Measured against designed, per fiber, link and channel (issue 14 §4; REFERENCE-2 §16.4–§16.6):
 * the imported results of a design (`design.testResults`) joined to its permanent links, each
 * current measurement judged against the limit to test against and the designed loss of the
 * same fiber with the same reference method (`judgeMeasurement`), a polarity map checked against
 * the design (`checkPolarity`), the likely hop named when a loss is above design (`likelyHop`).
 *
 * History: results of the same link, fiber and wavelength are ordered by test date, then import
 * time, then row; the newest is current, older ones stay as history (never deleted).
 * A link with no current result on some fiber is (partly) `untested`. Results whose link is no
 * longer in the design are `orphans` (kept, listed). Pure; memoised per analysis object.
 */
import type { ReferenceMethod, TestResult } from '../design';
import type { Analysis } from '../analysis/analyze';
import { round3 } from '../units';
import { judgeMeasurement, TEST_VERDICTS, worseTest, type TestVerdict } from './judge';
import { likelyHop, type LikelyHop } from './likelyHop';
import { linkEvaluator, type LinkEvaluation } from './linkEvaluation';
import { LIMIT_KIND_TEXT, testLimit, type TestLimit } from './linkTest';
import { permanentLinks, type LinkFiber, type PermanentLink } from './permanentLinks';
import { checkPolarity, type PolarityCheck } from './polarityCheck';

/** One current measurement, judged. Values in dB. */
export interface MeasuredFiber {
  /** `A`/`B`, the MPO position, or `*` (a result of the whole duplex link). */
  readonly designation: string;
  /** The link fiber (null for `*`). */
  readonly fiber: LinkFiber | null;
  readonly wavelengthNm: number;
  readonly method: ReferenceMethod;
  /** The current result and the older ones (newest first). */
  readonly result: TestResult;
  readonly history: readonly TestResult[];
  /** Designed loss with the result's method (worst fiber for `*`), or null when unknown. */
  readonly designedDb: number | null;
  readonly limit: TestLimit;
  readonly marginDb: number | null;
  /** measured − designed. */
  readonly deltaDb: number | null;
  readonly verdict: TestVerdict;
  readonly reasons: readonly string[];
  /** Where an above-design or failing loss most likely comes from. */
  readonly likely: LikelyHop | null;
}

/** The worst current measurement at one wavelength of a link (what the port map shows). */
export interface WavelengthHeadline {
  readonly wavelengthNm: number;
  readonly measured: MeasuredFiber;
}

/** The test outcome of one permanent link. */
export interface LinkOutcome {
  readonly link: PermanentLink;
  readonly evaluation: LinkEvaluation;
  /** Current measurements, by fiber then wavelength. */
  readonly fibers: readonly MeasuredFiber[];
  /** The measured map against the design, when the tester reported far positions. */
  readonly polarity: PolarityCheck | null;
  /** Fibers with no current result at any wavelength. */
  readonly untested: readonly string[];
  /** Test wavelengths with no result on some fiber (e.g. `1300 nm`). */
  readonly missingWavelengths: readonly number[];
  readonly tested: boolean;
  readonly verdict: TestVerdict;
  readonly reasons: readonly string[];
  /** Per wavelength, the worst current measurement. */
  readonly headlines: readonly WavelengthHeadline[];
}

/** The test outcome of a channel: the worst of its permanent links. */
export interface ChannelTestOutcome {
  readonly verdict: TestVerdict;
  readonly links: readonly LinkOutcome[];
}

/** Counts over all links. */
export interface TestTotals {
  readonly links: number;
  readonly tested: number;
  readonly untested: number;
  readonly byVerdict: Readonly<Record<TestVerdict, number>>;
  readonly results: number;
  readonly superseded: number;
  readonly orphans: number;
}

/** Every link's outcome. */
export interface MeasuredOutcomes {
  readonly links: readonly LinkOutcome[];
  readonly byLink: ReadonlyMap<string, LinkOutcome>;
  /** Results whose link key is not a permanent link of the design (kept, listed). */
  readonly orphans: readonly TestResult[];
  readonly totals: TestTotals;
  /** The outcome of a channel by key, or null when no permanent link runs through it. */
  channel(key: string): ChannelTestOutcome | null;
}

const f3 = (n: number | null): string => (n === null ? '?' : round3(n).toFixed(3));

/** Orders results oldest → newest: test date, then import time, then row. */
export function resultOrder(a: TestResult, b: TestResult): number {
  const ta = a.testedAt ?? '';
  const tb = b.testedAt ?? '';
  if (ta !== tb) return ta < tb ? -1 : 1;
  if (a.importedAt !== b.importedAt) return a.importedAt < b.importedAt ? -1 : 1;
  return a.row - b.row || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A far-position designation as a plug position (A = 1, B = 2). */
const positionOf = (s: string): number => (s === 'A' ? 1 : s === 'B' ? 2 : Number(s));

const cache = new WeakMap<object, MeasuredOutcomes>();

/**
 * The measured outcomes of an analysed design with its `testResults`. Never throws; unknown
 * designed or limit values make verdicts `unchecked` (never a pass).
 */
export function measuredOutcomes(analysis: Pick<Analysis, 'index' | 'fibers' | 'channels'>): MeasuredOutcomes {
  const hit = cache.get(analysis);
  if (hit) return hit;
  const design = analysis.index.design;
  const pl = permanentLinks(analysis);
  const ev = linkEvaluator(analysis);
  const grouped = new Map<string, TestResult[]>();
  const orphans: TestResult[] = [];
  let results = 0;
  for (const r of Object.values(design.testResults ?? {})) {
    results += 1;
    if (!pl.byKey.has(r.link)) {
      orphans.push(r);
      continue;
    }
    const list = grouped.get(r.link);
    if (list) list.push(r);
    else grouped.set(r.link, [r]);
  }
  let superseded = 0;
  const outcomes: LinkOutcome[] = [];
  for (const link of pl.links) {
    const list = grouped.get(link.key) ?? [];
    if (list.length === 0) {
      // Untested: no judgement needed; the design evaluation is computed when someone asks.
      outcomes.push({
        link,
        get evaluation() {
          return ev.evaluate(link);
        },
        fibers: [],
        polarity: null,
        untested: link.fibers.map((f) => f.fiber),
        missingWavelengths: [],
        tested: false,
        verdict: 'untested',
        reasons: ['no test result for this link'],
        headlines: [],
      });
      continue;
    }
    const evaluation = ev.evaluate(link);
    const series = new Map<string, TestResult[]>();
    for (const r of list) {
      const k = `${r.fiber}|${r.wavelengthNm}`;
      const s = series.get(k);
      if (s) s.push(r);
      else series.set(k, [r]);
    }
    const byName = new Map(link.fibers.map((f) => [f.fiber, f]));
    const farSeen = new Map<string, { pos: number; r: TestResult }>();
    const measured: MeasuredFiber[] = [];
    for (const s of series.values()) {
      s.sort(resultOrder);
      const current = s[s.length - 1] as TestResult;
      superseded += s.length - 1;
      const history = s.slice(0, -1).reverse();
      const fiber = current.fiber === '*' ? null : (byName.get(current.fiber) ?? null);
      if (current.farPosition !== undefined && fiber) {
        const was = farSeen.get(current.fiber);
        if (!was || resultOrder(was.r, current) < 0)
          farSeen.set(current.fiber, { pos: positionOf(current.farPosition), r: current });
      }
      measured.push(judgeOne(current, history, fiber));
    }
    function judgeOne(current: TestResult, history: TestResult[], fiber: LinkFiber | null): MeasuredFiber {
      const reasons: string[] = [];
      const nm = current.wavelengthNm;
      const method = current.referenceMethod;
      const targets = fiber ? [fiber] : link.fibers;
      let designedDb: number | null = null;
      let worstFig: ReturnType<typeof ev.fiber> | null = null;
      let complete = targets.length > 0;
      for (const t of targets) {
        const fig = ev.fiber(link, t, nm, method);
        if (!fig.loss.complete) complete = false;
        if (!worstFig || fig.loss.totalDb > worstFig.loss.totalDb) worstFig = fig;
      }
      if (current.fiber !== '*' && !fiber) reasons.push(`fiber ${current.fiber} is not a fiber of this link`);
      if (worstFig && complete && (fiber || current.fiber === '*')) designedDb = worstFig.loss.totalDb;
      const limit = testLimit(
        { ...evaluation.settings, method },
        { wavelengthNm: nm, fiberTypes: link.fiberTypes, tia: worstFig?.tia ?? null, designedDb },
      );
      const j = judgeMeasurement(current.lossDb, limit.limitDb, designedDb, evaluation.settings.toleranceDb);
      let likely: LikelyHop | null = null;
      if (j.verdict === 're-reference')
        reasons.push(
          `negative loss ${f3(current.lossDb)} dB: the reference is invalid; re-reference the tester and re-test (REFERENCE-2 §16.3)`,
        );
      else if (j.verdict === 'fail-limit')
        reasons.push(
          `measured ${f3(current.lossDb)} dB exceeds the ${LIMIT_KIND_TEXT[limit.kind]} ${f3(limit.limitDb)} dB by ${f3(-(j.marginDb ?? 0))} dB`,
        );
      else if (j.verdict === 'above-design')
        reasons.push(
          `measured ${f3(current.lossDb)} dB is ${f3(j.deltaDb)} dB above the designed ${f3(designedDb)} dB (tolerance ${f3(evaluation.settings.toleranceDb)} dB)`,
        );
      if (
        (j.verdict === 'above-design' || j.verdict === 'fail-limit') &&
        j.deltaDb !== null &&
        j.deltaDb > 0 &&
        worstFig
      )
        likely = likelyHop(worstFig.loss.lines, j.deltaDb);
      if (designedDb === null && worstFig)
        reasons.push(...worstFig.loss.missing.map((m) => `designed loss unknown: ${m}`));
      if (
        current.testerLimitDb !== undefined &&
        limit.limitDb !== null &&
        Math.abs(current.testerLimitDb - limit.limitDb) > 0.005
      )
        reasons.push(
          `the tester used a limit of ${f3(current.testerLimitDb)} dB; the design's limit is ${f3(limit.limitDb)} dB`,
        );
      return {
        designation: current.fiber,
        fiber,
        wavelengthNm: nm,
        method,
        result: current,
        history,
        designedDb,
        limit,
        marginDb: j.marginDb,
        deltaDb: j.deltaDb,
        verdict: j.verdict,
        reasons,
        likely,
      };
    }
    // Polarity (MPO testers report far positions).
    const polarity =
      farSeen.size > 0 ? checkPolarity(analysis.index, link, new Map([...farSeen].map(([k, v]) => [k, v.pos]))) : null;
    const withPolarity = measured.map((m) =>
      polarity && !polarity.ok && polarity.mismatched.includes(m.designation)
        ? { ...m, verdict: worseTest(m.verdict, 'fail-polarity'), reasons: [...m.reasons, polarity.reason ?? ''] }
        : m,
    );
    // Fibers above design while others of the same MPO link are not: a single-fiber defect.
    const above = withPolarity.filter((m) => m.verdict === 'above-design').map((m) => m.designation);
    const fibersOnly =
      link.fibers.length > 2 && above.length > 0 && above.length < link.fibers.length ? [...new Set(above)] : [];
    const final = withPolarity.map((m) =>
      m.likely && fibersOnly.length > 0 && m.deltaDb !== null
        ? {
            ...m,
            likely: likelyHop(
              ev.fiber(link, m.fiber ?? (link.fibers[0] as LinkFiber), m.wavelengthNm, m.method).loss.lines,
              m.deltaDb,
              fibersOnly,
            ),
          }
        : m,
    );
    final.sort(
      (a, b) => (a.fiber?.nearPosition ?? 0) - (b.fiber?.nearPosition ?? 0) || a.wavelengthNm - b.wavelengthNm,
    );
    const testedNames = new Set(final.map((m) => m.designation));
    const wholeLink = testedNames.has('*');
    const untested = wholeLink ? [] : link.fibers.map((f) => f.fiber).filter((n) => !testedNames.has(n));
    const nms = evaluation.wavelengths.map((w) => w.wavelengthNm);
    const missingWavelengths = final.length === 0 ? [] : nms.filter((nm) => !final.some((m) => m.wavelengthNm === nm));
    const tested = final.length > 0;
    let verdict: TestVerdict = tested ? 'as-designed' : 'untested';
    for (const m of final) verdict = worseTest(verdict, m.verdict);
    if (tested && untested.length > 0) verdict = worseTest(verdict, 'untested');
    // Reasons, most serious first: polarity, each failing or unusual measurement, then coverage and caveats.
    const reasons: string[] = [];
    if (!tested) reasons.push('no test result for this link');
    if (polarity && !polarity.ok && polarity.reason) reasons.push(polarity.reason);
    const byRank = [...final].sort((a, b) => TEST_VERDICTS[a.verdict].rank - TEST_VERDICTS[b.verdict].rank);
    for (const m of byRank)
      for (const r of m.reasons)
        if (r !== polarity?.reason && !reasons.includes(r))
          reasons.push(`${m.designation} @${m.wavelengthNm} nm: ${r}`);
    if (tested && untested.length > 0)
      reasons.push(`not tested: fiber${untested.length > 1 ? 's' : ''} ${untested.join(', ')}`);
    if (missingWavelengths.length > 0)
      reasons.push(`no result at ${missingWavelengths.map((n) => `${n} nm`).join(', ')}`);
    const unverified = new Map<number, string>();
    for (const m of final)
      if (m.limit.unverified && !unverified.has(m.wavelengthNm)) unverified.set(m.wavelengthNm, m.limit.text);
    for (const [nm, text] of unverified) reasons.push(`the limit at ${nm} nm is UNVERIFIED: ${text}`);
    const headlines: WavelengthHeadline[] = [];
    for (const nm of [...new Set(final.map((m) => m.wavelengthNm))].sort((a, b) => a - b)) {
      let w: MeasuredFiber | undefined;
      for (const m of final) {
        if (m.wavelengthNm !== nm) continue;
        if (
          !w ||
          TEST_VERDICTS[m.verdict].rank < TEST_VERDICTS[w.verdict].rank ||
          (TEST_VERDICTS[m.verdict].rank === TEST_VERDICTS[w.verdict].rank && m.result.lossDb > w.result.lossDb)
        )
          w = m;
      }
      if (w) headlines.push({ wavelengthNm: nm, measured: w });
    }
    outcomes.push({
      link,
      evaluation,
      fibers: final,
      polarity,
      untested,
      missingWavelengths,
      tested,
      verdict,
      reasons,
      headlines,
    });
  }
  const byLink = new Map(outcomes.map((o) => [o.link.key, o]));
  const byVerdict = Object.fromEntries(Object.keys(TEST_VERDICTS).map((k) => [k, 0])) as Record<TestVerdict, number>;
  for (const o of outcomes) byVerdict[o.verdict] += 1;
  const tested = outcomes.filter((o) => o.tested).length;
  const channels = new Map<string, ChannelTestOutcome | null>();
  const out: MeasuredOutcomes = {
    links: outcomes,
    byLink,
    orphans,
    totals: {
      links: outcomes.length,
      tested,
      untested: outcomes.length - tested,
      byVerdict,
      results,
      superseded,
      orphans: orphans.length,
    },
    channel(key) {
      if (channels.has(key)) return channels.get(key) ?? null;
      const links = (pl.byChannel.get(key) ?? []).flatMap((l) => byLink.get(l.key) ?? []);
      const v =
        links.length === 0
          ? null
          : { verdict: links.reduce<TestVerdict>((w, o) => worseTest(w, o.verdict), 'as-designed'), links };
      channels.set(key, v);
      return v;
    },
  };
  cache.set(analysis, out);
  return out;
}
