/**
 * The test plan (issue 14 §2): what a technician needs to test every permanent link — and every
 * equipment channel when asked — with the limit to test against:
 * labels in both schemes (REFERENCE §9), ends, fiber count, wavelengths, the reference method
 * assumed (REFERENCE-2 §16.1), the designed loss in each loss mode (issue 3: TIA worst case,
 * vendor maximum, typical) and the limit (TIA link limit §16.2, application limit §8, or design
 * budget), with UNVERIFIED tags kept. Rows are grouped by the row of racks of the near end.
 *
 * A channel row covers the whole channel including its cords, as the channel loss report
 * computes it (REFERENCE §7.4: MDI matings not counted), against its application's limit.
 */
import { own } from '../own';
import { portLinkHash } from '../deliverables/labelSheet';
import type { Design, LossMode, ReferenceMethod } from '../design';
import { racksInOrder } from '../edits';
import type { Analysis } from '../analysis/analyze';
import { labelsFor } from '../labels';
import { channelLoss } from '../loss/channelLoss';
import { METHOD_TEXT } from './linkLimit';
import { linkEvaluator } from './linkEvaluation';
import { LIMIT_KIND_TEXT } from './linkTest';
import { permanentLinks } from './permanentLinks';

/** The loss modes, in the order the plan lists them. */
export const PLAN_LOSS_MODES: readonly LossMode[] = ['tia-worst-case', 'vendor-max', 'typical'];

/** One wavelength of a plan row. Values in dB. */
export interface PlanWavelength {
  readonly wavelengthNm: number;
  /** Designed loss per loss mode (worst fiber, the row's method), null when unknown. */
  readonly designedDb: Readonly<Record<LossMode, number | null>>;
  /** The limit to test against. */
  readonly limitDb: number | null;
  readonly limitText: string;
  readonly unverified: boolean;
}

/** One row of the test plan. */
export interface TestPlanRow {
  readonly kind: 'link' | 'channel';
  /** Link key or channel key. */
  readonly key: string;
  /** Identifier in the design's scheme and in both schemes (`near/far`). */
  readonly label: string;
  readonly project: string;
  readonly tia606: string;
  readonly near: { readonly project: string; readonly tia606: string };
  readonly far: { readonly project: string; readonly tia606: string };
  readonly fiberCount: number;
  readonly fiberTypes: readonly string[];
  /** Longest fiber, m. */
  readonly lengthM: number;
  readonly method: ReferenceMethod | 'channel';
  readonly methodText: string;
  readonly application: string | null;
  readonly limitKind: string;
  readonly wavelengths: readonly PlanWavelength[];
  /** Row of racks of the near end (`''` when unlocated). */
  readonly rackRow: string;
  /** What the row's QR code opens: the near end port in the port map (`#port=<label>`). */
  readonly qr: string;
  readonly notes: readonly string[];
}

/** Options of `testPlan`. */
export interface TestPlanOptions {
  /** Add a row per equipment channel (default false). */
  readonly channels?: boolean;
  /** URL the QR codes point to (default: the hash alone). */
  readonly baseUrl?: string;
}

/** The test plan rows of an analysed design, grouped by row of racks (rack order), then by label. */
export function testPlan(analysis: Analysis, options: TestPlanOptions = {}): TestPlanRow[] {
  const design: Design = analysis.index.design;
  const labels = labelsFor(design);
  const ev = linkEvaluator(analysis);
  const base = options.baseUrl ?? '';
  const rowOf = (rack: string | null): string => (rack ? (own(design.racks, rack)?.row ?? '') : '');
  const rows: TestPlanRow[] = [];
  for (const link of permanentLinks(analysis).links) {
    const e = ev.evaluate(link);
    const method = e.settings.method;
    const wavelengths = e.wavelengths.map((w): PlanWavelength => {
      const designedDb = {} as Record<LossMode, number | null>;
      for (const mode of PLAN_LOSS_MODES) {
        let worst: number | null = null;
        let complete = true;
        for (const f of link.fibers) {
          const fig = ev.fiber(link, f, w.wavelengthNm, method, mode);
          if (!fig.loss.complete) complete = false;
          worst = Math.max(worst ?? 0, fig.loss.totalDb);
        }
        designedDb[mode] = complete ? worst : null;
      }
      return {
        wavelengthNm: w.wavelengthNm,
        designedDb,
        limitDb: w.test.limitDb,
        limitText: w.test.text,
        unverified: w.test.unverified,
      };
    });
    const lengthM = Math.max(0, ...(e.wavelengths[0]?.worst ? [e.wavelengths[0].worst.loss.lengthM] : []));
    rows.push({
      kind: 'link',
      key: link.key,
      label: link.label,
      project: link.project,
      tia606: link.tia606,
      near: { project: link.near.project, tia606: link.near.tia606 },
      far: { project: link.far.project, tia606: link.far.tia606 },
      fiberCount: link.fibers.length,
      fiberTypes: link.fiberTypes,
      lengthM,
      method,
      methodText: METHOD_TEXT[method],
      application: e.settings.application,
      limitKind: LIMIT_KIND_TEXT[e.settings.limitKind],
      wavelengths,
      rackRow: rowOf(link.near.rack),
      qr: `${base}${portLinkHash(link.near.label)}`,
      notes: [
        ...new Set(
          e.wavelengths.flatMap((w) => [
            ...(w.worst?.loss.notes ?? []),
            ...(w.designedDb === null ? (w.worst?.loss.missing ?? []) : []),
          ]),
        ),
      ],
    });
  }
  if (options.channels) {
    for (const c of analysis.channels) {
      if (c.kind !== 'duplex' && c.kind !== 'parallel' && c.kind !== 'breakout') continue;
      const ends = [c.a, c.b].map((ep) => (ep.transceiver ? labels.devices.get(ep.transceiver) : undefined));
      const [na, nb] = ends;
      if (!na || !nb || !c.loss) continue;
      const reports = PLAN_LOSS_MODES.map((mode) =>
        channelLoss(analysis.index, c, { ...design.settings, lossMode: mode }),
      );
      const nms = c.loss.wavelengthsNm;
      const wavelengths = nms.map((nm): PlanWavelength => {
        const designedDb = {} as Record<LossMode, number | null>;
        PLAN_LOSS_MODES.forEach((mode, i) => {
          const r = reports[i];
          designedDb[mode] = r && r.complete ? r.totalDb : null;
        });
        return {
          wavelengthNm: nm,
          designedDb,
          limitDb: c.loss?.limitDb ?? null,
          limitText: c.loss?.governing
            ? `${c.loss.governing} channel limit${c.loss.limitUnverified ? ' (UNVERIFIED, REFERENCE §8)' : ' (REFERENCE §8)'}`
            : 'no application limit',
          unverified: c.loss?.limitUnverified ?? false,
        };
      });
      const [first, second] = [na, nb].sort((x, y) => (x.project < y.project ? -1 : 1)) as [typeof na, typeof nb];
      rows.push({
        kind: 'channel',
        key: c.key,
        label: `${first.text}/${second.text}`,
        project: `${first.project}/${second.project}`,
        tia606: `${first.tia606}/${second.tia606}`,
        near: { project: first.project, tia606: first.tia606 },
        far: { project: second.project, tia606: second.tia606 },
        fiberCount: c.fibers.filter((f) => f.start.kind === 'tx' || f.start.kind === 'rx').length,
        fiberTypes: [...new Set(c.loss.applications.flatMap((j) => (j.fiberType ? [j.fiberType] : [])))],
        lengthM: c.loss.lengthM,
        method: 'channel',
        methodText: 'channel (cords included; MDI matings not counted, REFERENCE §7.4)',
        application: c.loss.governing,
        limitKind: LIMIT_KIND_TEXT.application,
        wavelengths,
        rackRow: rowOf(first.rack),
        qr: `${base}${portLinkHash(first.text)}`,
        notes: c.loss.complete ? [] : c.loss.reasons.filter((r) => r.startsWith('loss unknown')),
      });
    }
  }
  const rackRows = [...new Set(racksInOrder(design).map((r) => r.row))];
  const rowRank = (r: string) => {
    const i = rackRows.indexOf(r);
    return i < 0 ? rackRows.length : i;
  };
  return rows.sort(
    (x, y) =>
      rowRank(x.rackRow) - rowRank(y.rackRow) ||
      (x.kind === y.kind ? 0 : x.kind === 'link' ? -1 : 1) ||
      x.project.localeCompare(y.project, 'en', { numeric: true }),
  );
}
