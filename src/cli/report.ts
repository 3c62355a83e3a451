/**
 * The report of `npm run analyze -- <design.json> [--json]`: a pure function of the design and
 * its analysis, as a JSON-friendly object (`--json`) and as readable text. Also decides the exit
 * code: 0 when every channel passes, 1 when any channel fails, 2 when the file is bad.
 *
 * A channel passes when its polarity verdict class is `pass` or `warning` (REFERENCE §0.4), or
 * `open` (a passive link or a channel with equipment at one end only is not a failure), and its
 * loss verdict (when the engine reports loss) is not a failure (`fail-loss`, `fail-reach`).
 * `unchecked` and `unverified` channels do not pass: unknown is a state, never a pass.
 */
import type { Design } from '../core/design';
import type { DeviceId } from '../core/ids';
import type { AnalysedChannel, Analysis } from '../core/analysis/analyze';
import { VERDICTS, type ChannelEndpoint, type VerdictClass } from '../core/engine/channels';
import type { ProposedFix } from '../core/analysis/fixes';
import { channelLanes, type LaneReport } from '../core/analysis/lanes';
import { describeTermination } from '../core/engine/polarity';
import { isLossFailure, type ApplicationKey, type ChannelLossReport, type LossVerdict } from '../core/loss';
import type { FileProblem } from '../io/jsonPath';
import { naturalCompare } from '../io/saveDesign';
import { linkVerdictLines, type LinkVerdictReport } from './fieldTestReport';

/** Exit codes of the analyze command. */
export const EXIT = { pass: 0, fail: 1, badFile: 2 } as const;
/** Exit code of the analyze command (see `EXIT`). */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The loss figures of a channel as the report shows them (dB), from `channel.loss`. */
export interface LossSummary {
  /** Worst-direction channel insertion loss, dB. */
  readonly totalDb: number;
  /** Application channel IL limit, dB (REFERENCE §8). */
  readonly limitDb: number | null;
  /** limit − total, dB; negative fails. */
  readonly marginDb: number | null;
  /** Loss verdict as the engine gives it, e.g. `pass`, `fail-loss`, `fail-reach`, `unchecked`. */
  readonly verdict: LossVerdict;
  /** True when the loss verdict is a failure (`fail-…`). */
  readonly failed: boolean;
  /** The application whose limit governs (e.g. `10GBASE-SR`), or null. */
  readonly application: ApplicationKey | null;
  /** The loss engine's reasons (shown for verdicts other than pass). */
  readonly reasons: readonly string[];
}

/** One channel of the report. */
export interface ChannelReport {
  readonly key: string;
  readonly kind: AnalysedChannel['kind'];
  readonly a: { readonly key: string; readonly name: string; readonly device?: string };
  readonly b: { readonly key: string; readonly name: string; readonly device?: string };
  /** TIA-568.3-E method (A, B, C, U1, U2) or `none`. */
  readonly method: AnalysedChannel['method'];
  readonly verdict: AnalysedChannel['verdict'];
  readonly verdictText: string;
  readonly verdictClass: VerdictClass;
  readonly fibers: number;
  readonly reasons: readonly string[];
  /** Polarity parity explanation of a failure (REFERENCE §0.5, §4, §6.3). */
  readonly why: readonly string[];
  /** Loss report when the engine provides one (`channel.loss`), else null. */
  readonly loss: LossSummary | null;
  /**
   * Parallel and breakout channels: each lane of end `a` with its Tx and Rx plug positions at both
   * ends and what they reach (issue 13 §6); empty for other kinds.
   */
  readonly lanes: readonly LaneReport[];
  /** Design-time verdict of a passive link against its TIA-568.3-E link limit and application (issue 14). */
  readonly link?: LinkVerdictReport;
  /** True when this channel makes the command exit 1. */
  readonly failed: boolean;
  /** Proposed single substitutions that make a failing channel pass (analysis/fixes.ts). */
  readonly fixes: readonly Pick<
    ProposedFix,
    | 'target'
    | 'targetName'
    | 'fromPart'
    | 'toPart'
    | 'toFiberType'
    | 'description'
    | 'verdictAfter'
    | 'otherChannelsChanged'
  >[];
}

/** One mating finding (rules V1–V7, P1; REFERENCE §1.8). */
export interface FindingReport {
  readonly rule: string;
  readonly severity: 'invalid' | 'unchecked';
  readonly device: string;
  readonly deviceName: string;
  readonly port: string;
  readonly parts: readonly [string, string];
  readonly message: string;
}

/** The whole report (`--json` prints this object). */
export interface AnalysisReport {
  readonly file: string;
  readonly design: {
    readonly name: string;
    readonly schemaVersion: number;
    readonly racks: number;
    readonly devices: number;
    readonly cables: number;
    readonly customParts: number;
    /** Traced fibers (one per fiber path, REFERENCE §0.5). */
    readonly fibers: number;
    readonly channels: number;
  };
  /** Count of channels per verdict class, plus `failed`. */
  readonly summary: Readonly<Record<VerdictClass | 'failed', number>>;
  readonly channels: readonly ChannelReport[];
  readonly findings: readonly FindingReport[];
  readonly warnings: readonly FileProblem[];
  /** Fixes were computed for at most this many failing channels. */
  readonly fixesLimitedTo: number | null;
  readonly result: 'pass' | 'fail';
  readonly exitCode: ExitCode;
}

/** Options of `buildReport`. */
export interface ReportOptions {
  /** Compute proposed fixes for at most this many failing channels (default 20; fixes re-analyse the design). */
  readonly maxFixChannels?: number;
  /** The fix proposer (engine `proposeFixes`); injected so the report stays cheap to test. */
  readonly proposeFixes?: (design: Design, analysis: Analysis, channel: AnalysedChannel) => readonly ProposedFix[];
  /** Link verdicts of passive-link channels by channel key (a failing link fails the command). */
  readonly linkVerdicts?: ReadonlyMap<string, LinkVerdictReport>;
}

/**
 * The report's view of a channel's loss report (`AnalysedChannel.loss`, REFERENCE §7, §8): total
 * insertion loss, limit and margin (dB), verdict, whether the verdict fails (`fail-loss`,
 * `fail-reach`), the governing application and the engine's reasons. Null in, null out (partial
 * and link channels have no loss report).
 */
export function lossSummary(report: ChannelLossReport | null): LossSummary | null {
  if (!report) return null;
  return {
    totalDb: report.totalDb,
    limitDb: report.limitDb,
    marginDb: report.marginDb,
    verdict: report.verdict,
    failed: isLossFailure(report.verdict),
    application: report.governing,
    reasons: report.reasons,
  };
}

/** Display name of a channel endpoint: the transceiver device (with its part) or the termination. */
export function endpointName(analysis: Analysis, ep: ChannelEndpoint): string {
  if (ep.transceiver) {
    const dev = analysis.index.devices.get(ep.transceiver);
    if (!dev) return String(ep.transceiver);
    return dev.part ? `${dev.device.name} (${dev.part.name})` : dev.device.name;
  }
  return describeTermination(analysis.index, ep.sample);
}

type EndReport = ChannelReport['a'];

/** Orders a channel's ends for reading: a breakout's parallel transceiver first, else by name. */
function orient(analysis: Analysis, c: AnalysedChannel, a: EndReport, b: EndReport): [EndReport, EndReport] {
  const lanes = (ep: ChannelEndpoint) => {
    const p = ep.transceiver ? analysis.index.devices.get(ep.transceiver)?.part : undefined;
    return p?.kind === 'transceiver' ? p.laneCount : 0;
  };
  if (c.kind === 'breakout') return lanes(c.a) >= lanes(c.b) ? [a, b] : [b, a];
  return naturalCompare(a.name, b.name) <= 0 ? [a, b] : [b, a];
}

const PASSING: ReadonlySet<VerdictClass> = new Set(['pass', 'warning', 'open']);

/** True when a channel fails the command (polarity class not pass/warning/open, or loss fails). */
export function channelFails(channel: AnalysedChannel): boolean {
  return !PASSING.has(VERDICTS[channel.verdict].cls) || (channel.loss !== null && isLossFailure(channel.loss.verdict));
}

/**
 * Builds the report of an analysed design. Pure apart from the injected fix proposer; the exit
 * code is 1 when any channel fails or any mating is invalid, else 0.
 */
export function buildReport(
  file: string,
  design: Design,
  analysis: Analysis,
  warnings: readonly FileProblem[],
  opts: ReportOptions = {},
): AnalysisReport {
  const maxFix = opts.maxFixChannels ?? 20;
  let fixed = 0;
  const summary: Record<VerdictClass | 'failed', number> = {
    pass: 0,
    warning: 0,
    fail: 0,
    unchecked: 0,
    unverified: 0,
    open: 0,
    failed: 0,
  };
  const channels: ChannelReport[] = analysis.channels.map((c): ChannelReport => {
    const cls = VERDICTS[c.verdict].cls;
    const link = opts.linkVerdicts?.get(c.key);
    const failed = channelFails(c) || link?.failed === true;
    summary[cls] += 1;
    if (failed) summary.failed += 1;
    let fixes: ChannelReport['fixes'] = [];
    if (failed && opts.proposeFixes && fixed < maxFix && cls === 'fail') {
      fixed += 1;
      fixes = opts
        .proposeFixes(design, analysis, c)
        .map(
          ({ target, targetName, fromPart, toPart, toFiberType, description, verdictAfter, otherChannelsChanged }) => ({
            target,
            targetName,
            fromPart,
            toPart,
            ...(toFiberType ? { toFiberType } : {}),
            description,
            verdictAfter,
            otherChannelsChanged,
          }),
        );
    }
    const end = (ep: ChannelEndpoint) => ({
      key: ep.key,
      name: endpointName(analysis, ep),
      ...(ep.transceiver ? { device: String(ep.transceiver) } : {}),
    });
    const [a, b] = orient(analysis, c, end(c.a), end(c.b));
    const lanes = a.device ? channelLanes(analysis.index, c, a.device as DeviceId) : [];
    return {
      key: c.key,
      kind: c.kind,
      a,
      b,
      method: c.method,
      verdict: c.verdict,
      verdictText: VERDICTS[c.verdict].text,
      verdictClass: cls,
      fibers: c.fibers.length,
      reasons: c.reasons,
      why: c.why,
      loss: lossSummary(c.loss),
      lanes,
      ...(link ? { link } : {}),
      failed,
      fixes,
    };
  });
  // Engine order of kinds, then by endpoint names (natural order: Eth2 before Eth10).
  const kindRank = new Map<string, number>();
  for (const c of channels) if (!kindRank.has(c.kind)) kindRank.set(c.kind, kindRank.size);
  channels.sort(
    (x, y) =>
      (kindRank.get(x.kind) ?? 0) - (kindRank.get(y.kind) ?? 0) ||
      naturalCompare(x.a.name, y.a.name) ||
      naturalCompare(x.b.name, y.b.name),
  );
  const findings = analysis.findings.map((f): FindingReport => ({
    rule: f.rule,
    severity: f.severity,
    device: String(f.at.device),
    deviceName: analysis.index.devices.get(f.at.device)?.device.name ?? String(f.at.device),
    port: f.at.port,
    parts: f.parts,
    message: f.message,
  }));
  const invalidMating = findings.some((f) => f.severity === 'invalid');
  const exitCode: ExitCode = summary.failed > 0 || invalidMating ? EXIT.fail : EXIT.pass;
  return {
    file,
    design: {
      name: design.name,
      schemaVersion: design.schemaVersion,
      racks: Object.keys(design.racks).length,
      devices: Object.keys(design.devices).length,
      cables: Object.keys(design.cables).length,
      customParts: Object.keys(design.parts).length,
      fibers: analysis.fibers.length,
      channels: analysis.channels.length,
    },
    summary,
    channels,
    findings,
    warnings,
    fixesLimitedTo: summary.failed > maxFix && opts.proposeFixes ? maxFix : null,
    result: exitCode === EXIT.pass ? 'pass' : 'fail',
    exitCode,
  };
}

const TAG: Readonly<Record<VerdictClass, string>> = {
  pass: 'PASS',
  warning: 'WARN',
  fail: 'FAIL',
  unchecked: 'UNCHECKED',
  unverified: 'UNVERIFIED',
  open: 'OPEN',
};
const dB = (n: number | null): string => (n === null ? '?' : `${n.toFixed(3)} dB`);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One channel as text lines. */
function channelLines(c: ChannelReport): string[] {
  const tag =
    c.failed && c.verdictClass !== 'fail' && (c.loss?.failed || c.link?.failed) ? 'FAIL' : TAG[c.verdictClass];
  const method = c.kind === 'duplex' ? `Method ${c.method === 'none' ? '—' : c.method}` : '';
  const lines = [`  ${tag.padEnd(10)} ${c.kind.padEnd(8)} ${c.a.name} ↔ ${c.b.name}`];
  lines.push(`             polarity: ${c.verdictText}${method ? `; ${method}` : ''}; ${plural(c.fibers, 'fiber')}`);
  for (const r of c.reasons) lines.push(`             - ${r}`);
  for (const l of c.lanes)
    lines.push(
      `             lane ${l.lane}${l.a.port === 'mdi' ? '' : ` (${l.a.port})`}: Tx ${l.a.txLabel ?? '?'} → ${l.b.rxLabel ?? '?'} ${l.txReaches}; Rx ${l.a.rxLabel ?? '?'} ← ${l.b.txLabel ?? '?'} ${l.rxFedBy}${l.ok ? '' : '  ✗'}`,
    );
  if (c.why.length > 0) lines.push('             why:');
  for (const w of c.why) lines.push(`               · ${w}`);
  if (c.loss) {
    const app = c.loss.application ? ` (${c.loss.application})` : '';
    lines.push(
      `             loss${app}: IL ${dB(c.loss.totalDb)}, limit ${dB(c.loss.limitDb)}, margin ${dB(c.loss.marginDb)} → ${c.loss.verdict}`,
    );
    if (c.loss.verdict !== 'pass') for (const r of c.loss.reasons) lines.push(`             - ${r}`);
  }
  if (c.link) lines.push(...linkVerdictLines(c.link));
  for (const f of c.fixes) {
    const side = f.otherChannelsChanged > 0 ? ` (also changes ${plural(f.otherChannelsChanged, 'other channel')})` : '';
    lines.push(`             fix: ${f.description} → ${VERDICTS[f.verdictAfter].text}${side}`);
  }
  if (c.failed && c.verdictClass === 'fail' && c.fixes.length === 0)
    lines.push('             fix: no single catalogue substitution makes this channel pass');
  return lines;
}

/** Most file warnings the text report lists (the JSON report has all). */
export const MAX_TEXT_WARNINGS = 50;

/** The readable text report. */
export function formatReport(r: AnalysisReport): string {
  const d = r.design;
  const out: string[] = [
    `MPO Designer analysis of ${r.file}`,
    `Design "${d.name}" (schema v${d.schemaVersion}): ${plural(d.racks, 'rack')}, ${plural(d.devices, 'device')}, ${plural(d.cables, 'cable')}, ${plural(d.customParts, 'custom part')}; ${plural(d.fibers, 'fiber')} traced, ${plural(d.channels, 'channel')}`,
    '',
    'Channels',
  ];
  if (r.channels.length === 0) out.push('  (none: no cable carries a fiber)');
  for (const c of r.channels) out.push(...channelLines(c));
  out.push('', `Mating findings${r.findings.length === 0 ? ': none' : ''}`);
  for (const f of r.findings)
    out.push(`  ${f.rule} ${f.severity} at ${f.deviceName} ${f.port}: ${f.message} (${f.parts[0]} ↔ ${f.parts[1]})`);
  if (r.warnings.length > 0) {
    out.push('', 'File warnings');
    for (const w of r.warnings.slice(0, MAX_TEXT_WARNINGS)) out.push(`  ${w.path}: ${w.message}`);
    if (r.warnings.length > MAX_TEXT_WARNINGS)
      out.push(`  … and ${r.warnings.length - MAX_TEXT_WARNINGS} more (all are in the --json report)`);
  }
  if (r.fixesLimitedTo !== null)
    out.push('', `Fixes were proposed for the first ${r.fixesLimitedTo} failing channels only.`);
  const s = r.summary;
  const counts = `${s.pass} pass, ${s.warning} warning, ${s.fail} fail, ${s.unchecked} unchecked, ${s.unverified} unverified, ${s.open} open`;
  const invalid = r.findings.filter((f) => f.severity === 'invalid').length;
  const why = [
    s.failed > 0 ? `${plural(s.failed, 'channel')} do${s.failed === 1 ? 'es' : ''} not pass` : '',
    invalid > 0 ? plural(invalid, 'invalid mating') : '',
  ]
    .filter(Boolean)
    .join(', ');
  out.push(
    '',
    r.result === 'pass'
      ? `Result: PASS (${counts}); exit code ${r.exitCode}`
      : `Result: FAIL — ${why} (${counts}); exit code ${r.exitCode}`,
  );
  return `${out.join('\n')}\n`;
}

/** The report of a file that could not be loaded (exit code 2): text and JSON forms. */
export function badFileReport(
  file: string,
  error: FileProblem,
): { text: string; json: { file: string; error: FileProblem; result: 'bad-file'; exitCode: ExitCode } } {
  return {
    text: `MPO Designer analysis of ${file}\nCannot load the design: ${error.path}: ${error.message}\nExit code ${EXIT.badFile}\n`,
    json: { file, error, result: 'bad-file', exitCode: EXIT.badFile },
  };
}
