/**
 * How a permanent link is to be tested (issue 14 §1–§2): the effective settings (per-link
 * record over the design defaults) and the limit to test against at each wavelength — the
 * TIA-568.3-E link limit (REFERENCE-2 §16.2), the application's channel limit (REFERENCE §8), or
 * a fixed budget per wavelength derived from the design (designed loss + tolerance, or the value
 * the user entered).
 */
import { FIBER_MODE, type FiberType, type ModeFamily } from '../connectors';
import {
  fieldTestSettings,
  type Design,
  type LinkTestSetting,
  type ReferenceMethod,
  type TestLimitKind,
} from '../design';
import { applicationSpec, limitsFor, NOT_A_PMD, type ApplicationSpec } from '../loss/applications';
import { bandOf } from '../loss/attenuation';
import { APPLICATION_IDS, type ApplicationId } from '../parts';
import { round3 } from '../units';
import { METHOD_TEXT, type LinkLimit } from './linkLimit';

/** The settings a link is tested with, after defaults. */
export interface EffectiveLinkTest {
  readonly method: ReferenceMethod;
  readonly application: ApplicationId | null;
  readonly limitKind: TestLimitKind;
  /** User-entered fixed budgets by wavelength (nm), dB. */
  readonly budgetDb: Readonly<Record<string, number>>;
  readonly referenceGradeEnds: boolean;
  /** "As designed" tolerance for this link's fiber mode, dB. */
  readonly toleranceDb: number;
}

/** Words for each limit kind. */
export const LIMIT_KIND_TEXT: Readonly<Record<TestLimitKind, string>> = {
  tia: 'TIA-568.3-E link limit',
  application: 'Application limit',
  'design-budget': 'Design budget',
};

/** The link's own settings record, if any (own-property lookup). */
export function linkSetting(design: Pick<Design, 'linkTests'>, key: string): LinkTestSetting | undefined {
  const all = design.linkTests;
  return all && Object.hasOwn(all, key) ? all[key] : undefined;
}

/**
 * The effective test settings of link `key` with fiber mode `mode` (null when unknown:
 * multimode tolerance). Defaults from `settings.fieldTest` (REFERENCE-2 §16.1, §16.6).
 */
export function effectiveLinkTest(
  design: Pick<Design, 'settings' | 'linkTests'>,
  key: string,
  mode: ModeFamily | null,
): EffectiveLinkTest {
  const ft = fieldTestSettings(design);
  const own = linkSetting(design, key);
  return {
    method: own?.referenceMethod ?? ft.referenceMethod,
    application: own?.application ?? null,
    limitKind: own?.limit ?? 'tia',
    budgetDb: own?.budgetDb ?? {},
    referenceGradeEnds: ft.referenceGradeEnds,
    toleranceDb: mode === 'single-mode' ? ft.toleranceDb.singleMode : ft.toleranceDb.multimode,
  };
}

/** The limit a test at one wavelength is judged against. */
export interface TestLimit {
  readonly kind: TestLimitKind;
  /** Limit, dB; null when unknown (the verdict is then `unchecked`). */
  readonly limitDb: number | null;
  /** What the limit is, e.g. `TIA-568.3-E link limit, 1-jumper: 0.315 fiber (α 3.5 dB/km UNVERIFIED) + 2 × 0.75 ends + 2 × 0.75 embedded`. */
  readonly text: string;
  readonly unverified: boolean;
}

const f3 = (n: number): string => round3(n).toFixed(3);

/** The TIA link-limit text of its terms. */
export function tiaLimitText(
  l: LinkLimit,
  method: ReferenceMethod,
  alphas: readonly string[],
  spliceCount: number,
): string {
  const parts = [`${f3(l.fiberDb)} fiber (α ${alphas.join(', ')})`];
  if (l.endConnections > 0) parts.push(`${l.endConnections} × ${l.endConnectionDb.toFixed(2)} end`);
  if (l.embeddedDb > 0) parts.push(`${round3(l.embeddedDb / 0.75)} × 0.75 embedded`);
  if (spliceCount > 0) parts.push(`${spliceCount} × 0.30 splice`);
  return `${LIMIT_KIND_TEXT.tia}, ${METHOD_TEXT[method]}: ${f3(l.limitDb)} dB = ${parts.join(' + ')}`;
}

/** True when test wavelength `nm` is in the band of the application's wavelength(s). */
export function inApplicationBand(app: ApplicationSpec, mode: ModeFamily, nm: number): boolean {
  const b = bandOf(mode, nm);
  return b !== undefined && app.wavelengthsNm.some((w) => bandOf(mode, w) === b);
}

/**
 * The application's channel limit for a link of `fiberTypes` (the strictest fiber type governs,
 * REFERENCE §8), or null when §8 has no column for one of them.
 */
export function applicationLimit(
  app: string,
  fiberTypes: readonly FiberType[],
): { readonly limitDb: number; readonly unverified: boolean; readonly fiberType: FiberType } | null {
  const spec = applicationSpec(app);
  if (!spec || fiberTypes.length === 0) return null;
  let best: { limitDb: number; unverified: boolean; fiberType: FiberType } | null = null;
  for (const ft of fiberTypes) {
    const l = limitsFor(spec, ft);
    if (!l?.maxIlDb) return null;
    if (!best || l.maxIlDb.value < best.limitDb)
      best = { limitDb: l.maxIlDb.value, unverified: l.maxIlDb.unverified === true, fiberType: ft };
  }
  return best;
}

/** What `testLimit` needs about one wavelength of a link. */
export interface WavelengthInputs {
  readonly wavelengthNm: number;
  readonly fiberTypes: readonly FiberType[];
  /** The TIA limit, dB, with its text and UNVERIFIED flag (null when unknown). */
  readonly tia: { readonly limitDb: number; readonly text: string; readonly unverified: boolean } | null;
  /** Designed loss with the link's method, dB (null when unknown). */
  readonly designedDb: number | null;
}

/**
 * The limit to test against at one wavelength (issue 14 §2). `application` limits apply at the
 * application's own band only (elsewhere the TIA limit is used and said so); a `design-budget`
 * is the user's fixed value for the wavelength, else designed + tolerance rounded up to 0.01 dB.
 */
export function testLimit(s: EffectiveLinkTest, w: WavelengthInputs): TestLimit {
  const tia: TestLimit = w.tia
    ? { kind: 'tia', limitDb: w.tia.limitDb, text: w.tia.text, unverified: w.tia.unverified }
    : {
        kind: 'tia',
        limitDb: null,
        text: `${LIMIT_KIND_TEXT.tia}: unknown (no α_max for the fiber at ${w.wavelengthNm} nm)`,
        unverified: false,
      };
  if (s.limitKind === 'application') {
    const spec = s.application ? applicationSpec(s.application) : undefined;
    const mode = w.fiberTypes[0] ? FIBER_MODE[w.fiberTypes[0]] : null;
    if (!spec || !s.application) return { ...tia, text: `${tia.text} (no application set on the link)` };
    if (!mode || !inApplicationBand(spec, mode, w.wavelengthNm))
      return { ...tia, text: `${tia.text} (${spec.id} is not tested at ${w.wavelengthNm} nm)` };
    const app = applicationLimit(s.application, w.fiberTypes);
    if (!app)
      return {
        kind: 'application',
        limitDb: null,
        text: `${spec.id}: no channel limit for ${w.fiberTypes.join('/')} (REFERENCE §8)`,
        unverified: false,
      };
    return {
      kind: 'application',
      limitDb: app.limitDb,
      text: `${spec.id} channel limit on ${app.fiberType}: ${f3(app.limitDb)} dB${app.unverified ? ' (UNVERIFIED, REFERENCE §8)' : ' (REFERENCE §8)'}`,
      unverified: app.unverified,
    };
  }
  if (s.limitKind === 'design-budget') {
    const own = s.budgetDb[String(w.wavelengthNm)];
    if (own !== undefined)
      return {
        kind: 'design-budget',
        limitDb: own,
        text: `Fixed budget ${f3(own)} dB (set on the link)`,
        unverified: false,
      };
    if (w.designedDb === null)
      return { kind: 'design-budget', limitDb: null, text: 'Design budget: designed loss unknown', unverified: false };
    const v = Math.ceil((w.designedDb + s.toleranceDb) * 100 - 1e-9) / 100;
    return {
      kind: 'design-budget',
      limitDb: v,
      text: `Design budget ${v.toFixed(2)} dB = designed ${f3(w.designedDb)} + tolerance ${f3(s.toleranceDb)}, rounded up`,
      unverified: false,
    };
  }
  return tia;
}

/**
 * Applications a link can be set to carry: the catalogue's IEEE 802.3 PHYs (REFERENCE §8,
 * REFERENCE-2 §14), without the names IEEE 802.3 does not define (`NOT_A_PMD`).
 */
export const LINK_APPLICATIONS: readonly ApplicationId[] = APPLICATION_IDS.filter(
  (id) => !Object.hasOwn(NOT_A_PMD, id),
);
