/**
 * Design-time judgement of permanent links (issue 14 §1): for each test wavelength the designed
 * loss (design's loss mode, the link's reference method; REFERENCE-2 §16.6) against the
 * TIA-568.3-E link limit (§16.2), and, when the user set an application on the link, the
 * designed loss against the application's channel limit and reach (REFERENCE §8, `judgeApplication`).
 *
 * Verdicts use the loss verdicts of issue 3 (`LOSS_VERDICTS`): `fail-loss`, `unchecked` (a value
 * unknown), `unverified-limit` (the limit rests on an UNVERIFIED α and the outcome would differ
 * under the alternative, or has no alternative), `pass`. Memoised per analysis and link.
 */
import { FIBER_MODE, type ModeFamily } from '../connectors';
import type { LossMode, ReferenceMethod } from '../design';
import type { Analysis } from '../analysis/analyze';
import { applicationSpec } from '../loss/applications';
import {
  judgeApplication,
  LOSS_EPSILON,
  LOSS_VERDICTS,
  type ApplicationJudgement,
  type LossVerdict,
} from '../loss/judgement';
import { round3 } from '../units';
import { fiberLimit, linkFiberLoss, type LinkFiberLoss } from './linkLoss';
import { testWavelengths, type LinkLimit } from './linkLimit';
import { effectiveLinkTest, testLimit, tiaLimitText, type EffectiveLinkTest, type TestLimit } from './linkTest';
import type { LinkFiber, PermanentLink } from './permanentLinks';

/** The designed loss and the TIA limit of one fiber at one wavelength and method. */
export interface FiberFigures {
  readonly loss: LinkFiberLoss;
  /** TIA link limit (null when a segment has no α_max at the wavelength). */
  readonly tia: {
    readonly limit: LinkLimit;
    readonly limitDb: number;
    /** The limit under the alternative α (MM 850 nm: 3.0 dB/km), when one exists. */
    readonly alternativeLimitDb: number | null;
    readonly unverified: boolean;
    readonly text: string;
  } | null;
}

/** One test wavelength of a link. Values in dB. */
export interface LinkWavelength {
  readonly wavelengthNm: number;
  /** Designed loss of the worst fiber (design's loss mode, link's method), or null when unknown. */
  readonly designedDb: number | null;
  /** The worst fiber's figures (its breakdown and limit). */
  readonly worst: FiberFigures | null;
  readonly worstFiber: LinkFiber | null;
  /** TIA limit − designed, dB. */
  readonly tiaMarginDb: number | null;
  /** The limit the technician tests against at this wavelength. */
  readonly test: TestLimit;
  readonly verdict: LossVerdict;
}

/** The design-time evaluation of one link. */
export interface LinkEvaluation {
  readonly link: PermanentLink;
  readonly mode: ModeFamily | null;
  readonly settings: EffectiveLinkTest;
  readonly wavelengths: readonly LinkWavelength[];
  /** Judgement against the link's application (null when none is set). */
  readonly application: ApplicationJudgement | null;
  readonly verdict: LossVerdict;
  readonly reasons: readonly string[];
}

/** Evaluations of the links of one analysis, memoised. */
export interface LinkEvaluator {
  readonly analysis: Pick<Analysis, 'index'>;
  /** The evaluation of a link (memoised by link key). */
  evaluate(link: PermanentLink): LinkEvaluation;
  /** The figures of one fiber of a link at a wavelength, method and loss mode (memoised). */
  fiber(
    link: PermanentLink,
    fiber: LinkFiber,
    wavelengthNm: number,
    method: ReferenceMethod,
    lossMode?: LossMode,
  ): FiberFigures;
}

const f3 = (n: number | null): string => (n === null ? '?' : round3(n).toFixed(3));

/** The mode family of a link (null when its fibers mix modes or are unknown). */
export function linkMode(link: PermanentLink): ModeFamily | null {
  const modes = new Set(link.fiberTypes.map((t) => FIBER_MODE[t]));
  return modes.size === 1 ? ([...modes][0] as ModeFamily) : null;
}

function tiaVerdict(designedDb: number | null, f: FiberFigures | null): LossVerdict {
  if (!f?.tia || designedDb === null) return 'unchecked';
  if (designedDb > f.tia.limitDb + LOSS_EPSILON) return 'fail-loss';
  if (!f.tia.unverified) return 'pass';
  if (f.tia.alternativeLimitDb !== null && designedDb <= f.tia.alternativeLimitDb + LOSS_EPSILON) return 'pass';
  return 'unverified-limit';
}

const evaluators = new WeakMap<object, LinkEvaluator>();

/** The evaluator of an analysis (memoised per analysis object). Pure; never throws. */
export function linkEvaluator(analysis: Pick<Analysis, 'index'>): LinkEvaluator {
  const hit = evaluators.get(analysis);
  if (hit) return hit;
  const index = analysis.index;
  const design = index.design;
  const settings = design.settings;
  const fibers = new Map<string, FiberFigures>();
  const structure = new WeakMap<LinkFiber, string>();
  const links = new Map<string, LinkEvaluation>();

  const fiber: LinkEvaluator['fiber'] = (link, f, wavelengthNm, method, lossMode = settings.lossMode) => {
    // Fibers through the same cables and device ports share their figures (loss lines do not
    // depend on the fiber position): key by the path's structure, not by the fiber.
    let path = structure.get(f);
    if (path === undefined) {
      path = f.hops.map((h) => (h.kind === 'cable' ? h.cable : `${h.device}:${h.in.port}>${h.out.port}`)).join('|');
      structure.set(f, path);
    }
    const k = `${path}|${wavelengthNm}|${method}|${lossMode}`;
    const got = fibers.get(k);
    if (got) return got;
    const loss = linkFiberLoss(index, f.hops, { wavelengthNm, lossMode, model: settings.multimodeAttenuation, method });
    const refGrade = effectiveLinkTest(design, link.key, linkMode(link)).referenceGradeEnds;
    const l = fiberLimit(loss, method, refGrade);
    const alphas = [
      ...new Set(
        loss.limitSegments.map((s) => `${s.dbPerKm} dB/km ${s.fiberType}${s.unverified ? ' UNVERIFIED' : ''}`),
      ),
    ];
    const figures: FiberFigures = {
      loss,
      tia: l.limit
        ? {
            limit: l.limit,
            limitDb: l.limit.limitDb,
            alternativeLimitDb: l.alternativeLimitDb,
            unverified: l.unverified,
            text: tiaLimitText(l.limit, method, alphas, loss.splices),
          }
        : null,
    };
    fibers.set(k, figures);
    return figures;
  };

  const evaluate = (link: PermanentLink): LinkEvaluation => {
    const got = links.get(link.key);
    if (got) return got;
    const mode = linkMode(link);
    const s = effectiveLinkTest(design, link.key, mode);
    const reasons: string[] = [];
    const wavelengths: LinkWavelength[] = [];
    const nms = link.fiberTypes[0] && mode ? testWavelengths(link.fiberTypes[0]) : [];
    if (!mode) reasons.push('the link mixes multimode and single-mode fiber (or has none): no test wavelengths');
    for (const nm of nms) {
      let worst: FiberFigures | null = null;
      let worstFiber: LinkFiber | null = null;
      let complete = true;
      for (const lf of link.fibers) {
        const fig = fiber(link, lf, nm, s.method);
        if (!fig.loss.complete) complete = false;
        if (!worst || fig.loss.totalDb > worst.loss.totalDb) {
          worst = fig;
          worstFiber = lf;
        }
      }
      const designedDb = worst && complete ? worst.loss.totalDb : null;
      const verdict = tiaVerdict(designedDb, worst);
      const tiaMarginDb = worst?.tia && designedDb !== null ? worst.tia.limitDb - designedDb : null;
      const test = testLimit(s, {
        wavelengthNm: nm,
        fiberTypes: link.fiberTypes,
        tia: worst?.tia ?? null,
        designedDb,
      });
      wavelengths.push({ wavelengthNm: nm, designedDb, worst, worstFiber, tiaMarginDb, test, verdict });
      if (designedDb === null)
        reasons.push(`@${nm} nm: designed loss unknown (${worst?.loss.missing.join('; ') || 'no fiber'})`);
      else if (worst?.tia)
        reasons.push(
          `@${nm} nm: designed ${f3(designedDb)} dB against the TIA link limit ${f3(worst.tia.limitDb)} dB, margin ${f3(tiaMarginDb)} dB${verdict === 'unverified-limit' ? ' (limit rests on an UNVERIFIED α)' : ''}`,
        );
    }
    let application: ApplicationJudgement | null = null;
    const spec = s.application ? applicationSpec(s.application) : undefined;
    if (spec) {
      const nm = spec.wavelengthsNm[0] ?? 0;
      let totalDb = 0;
      let connectionDb = 0;
      let lengthM = 0;
      let complete = link.fibers.length > 0;
      const missing: string[] = [];
      for (const lf of link.fibers) {
        const l = fiber(link, lf, nm, s.method).loss;
        if (l.totalDb > totalDb) {
          totalDb = l.totalDb;
          connectionDb = l.totalDb - l.fiberDb;
        }
        lengthM = Math.max(lengthM, l.lengthM);
        if (!l.complete) complete = false;
        for (const m of l.missing) if (!missing.includes(m)) missing.push(m);
      }
      application = judgeApplication(
        spec,
        { totalDb, connectionDb, lengthM, complete, missing, fiberTypes: link.fiberTypes },
        settings.designMarginDb,
      );
      reasons.push(...application.reasons.map((r) => `link as ${r}`));
    }
    const all = [...wavelengths.map((w) => w.verdict), ...(application ? [application.verdict] : [])];
    const verdict = all.reduce<LossVerdict>(
      (w, v) => (LOSS_VERDICTS[v].rank < LOSS_VERDICTS[w].rank ? v : w),
      all.length > 0 ? 'pass' : 'unchecked',
    );
    const out: LinkEvaluation = { link, mode, settings: s, wavelengths, application, verdict, reasons };
    links.set(link.key, out);
    return out;
  };

  const ev: LinkEvaluator = { analysis, evaluate, fiber };
  evaluators.set(analysis, ev);
  return ev;
}
