/**
 * The questions a view or an export asks the analysis service on demand (comlink call to the
 * Web Worker, or the same-thread engine), and their answers. Each answer is computed on the
 * service's side from its current full analysis and carries the service's `version` (one per
 * analysed design), so the main thread can drop an answer about a design it no longer shows
 * (`analysisAsk.ts`).
 *
 * ```text
 *  query                               answer (plain data)
 *  port-classes                        [port key, verdict class][]   the port map's tiles
 *  port-detail  { port }               PortDetail                    the tapped port's path panel
 *  port-map-rows { mode }              PortMapRow[]                  Port map CSV / PDF
 *  report-diagrams { scope }           ReportDiagrams                PDF channel pages
 *  test-plan { baseUrl }               TestPlanRow[]                 Test plan CSV / PDF
 *  certification                       CertificationSummary          Certification summary PDF
 *  measured-results                    string (CSV)                  Measured results CSV
 *  import-plan { input }               ImportPlan                    the test-results import dialog
 * ```
 */
import type { Analysis } from '../core/analysis/analyze';
import type { PortMapMode, PortMapRow } from '../core/deliverables/portMap';
import type { PortRef } from '../core/design';
import type { VerdictClass } from '../core/engine/channels';
import type { CertificationSummary, TestPlanRow } from '../core/fieldTest';
import type { ImportInput, ImportPlan } from '../io/testResults/importPlan';
import { planImport } from '../io/testResults/importResults';
import {
  certificationOf,
  measuredResultsCsv,
  portMapRowsOf,
  reportDiagrams,
  testPlanOf,
  type ReportDiagrams,
  type ReportScope,
} from './exportAnswers';
import { portClasses, portDetail, type PortDetail } from './portMapAnswers';

/** A question about the current analysis (see the module comment). */
export type AnalysisQuery =
  | { readonly kind: 'port-classes' }
  | { readonly kind: 'port-detail'; readonly port: PortRef }
  | { readonly kind: 'port-map-rows'; readonly mode: PortMapMode }
  | { readonly kind: 'report-diagrams'; readonly scope: ReportScope }
  | { readonly kind: 'test-plan'; readonly baseUrl: string }
  | { readonly kind: 'certification' }
  | { readonly kind: 'measured-results' }
  | { readonly kind: 'import-plan'; readonly input: ImportInput };

/** The answer to each kind of query. */
export interface AnswerOf {
  readonly 'port-classes': readonly (readonly [string, VerdictClass])[];
  readonly 'port-detail': PortDetail;
  readonly 'port-map-rows': readonly PortMapRow[];
  readonly 'report-diagrams': ReportDiagrams;
  readonly 'test-plan': readonly TestPlanRow[];
  readonly certification: CertificationSummary;
  readonly 'measured-results': string;
  readonly 'import-plan': ImportPlan;
}

/** The answer to query `Q`. */
export type Answer<Q extends AnalysisQuery> = AnswerOf[Q['kind']];

/** An answer with the service version of the analysis it was computed from. */
export interface Versioned<T> {
  /** The service's version of the analysed design (`EngineUpdate.version`). */
  readonly version: number;
  readonly value: T;
}

/** Answers `q` from analysis `a` (on the service's side). Never throws on a well-typed design. */
export function answerQuery<Q extends AnalysisQuery>(a: Analysis, q: Q): Answer<Q> {
  return answerOf(a, q) as Answer<Q>;
}

function answerOf(a: Analysis, q: AnalysisQuery): AnswerOf[keyof AnswerOf] {
  switch (q.kind) {
    case 'port-classes':
      return portClasses(a);
    case 'port-detail':
      return portDetail(a, q.port);
    case 'port-map-rows':
      return portMapRowsOf(a, q.mode);
    case 'report-diagrams':
      return reportDiagrams(a, q.scope);
    case 'test-plan':
      return testPlanOf(a, q.baseUrl);
    case 'certification':
      return certificationOf(a);
    case 'measured-results':
      return measuredResultsCsv(a);
    case 'import-plan':
      return planImport(a, q.input);
  }
}
