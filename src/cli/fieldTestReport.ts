/**
 * Field-test parts of the analyze command (issue 14): the design-time verdict of passive links
 * (TIA-568.3-E link limit, application), the test plan (`--test-plan`), and measured results
 * against the design (`--measured <results.csv>`, or results stored in the design), as JSON and
 * as text. Pure functions of the analysis; the command decides the exit code from `failed`.
 */
import type { AnalysedChannel, Analysis } from '../core/analysis/analyze';
import {
  isTestFailure,
  linkEvaluator,
  measuredOutcomes,
  permanentLinks,
  TEST_VERDICTS,
  testPlan,
  type LinkOutcome,
  type MeasuredFiber,
  type TestPlanRow,
  type TestVerdict,
} from '../core/fieldTest';
import { isLossFailure, LOSS_VERDICTS, type LossVerdict } from '../core/loss/judgement';
import type { ImportPlan } from '../io/testResults';
import { issueText } from '../io/testResults';

const n3 = (n: number | null | undefined): number | null =>
  n === null || n === undefined ? null : Math.round(n * 1000) / 1000;
const dB = (n: number | null | undefined): string => (n === null || n === undefined ? '?' : `${n.toFixed(3)} dB`);

/** The design-time verdict of a passive link (a `link` channel), as the report shows it. */
export interface LinkVerdictReport {
  readonly label: string;
  readonly tia606: string;
  readonly verdict: LossVerdict;
  readonly verdictText: string;
  readonly failed: boolean;
  readonly application: string | null;
  readonly wavelengths: readonly {
    readonly wavelengthNm: number;
    readonly designedDb: number | null;
    readonly tiaLimitDb: number | null;
    readonly marginDb: number | null;
    readonly verdict: LossVerdict;
  }[];
  readonly reasons: readonly string[];
}

/** The link verdicts of the `link` channels of an analysis, by channel key. */
export function linkChannelVerdicts(analysis: Analysis): ReadonlyMap<string, LinkVerdictReport> {
  const pl = permanentLinks(analysis);
  const ev = linkEvaluator(analysis);
  const out = new Map<string, LinkVerdictReport>();
  for (const c of analysis.channels) {
    if (c.kind !== 'link') continue;
    const link = pl.byChannel.get(c.key)?.[0];
    if (!link) continue;
    const e = ev.evaluate(link);
    out.set(c.key, {
      label: link.label,
      tia606: link.tia606,
      verdict: e.verdict,
      verdictText: LOSS_VERDICTS[e.verdict].text,
      failed: isLossFailure(e.verdict),
      application: e.settings.application,
      wavelengths: e.wavelengths.map((w) => ({
        wavelengthNm: w.wavelengthNm,
        designedDb: n3(w.designedDb),
        tiaLimitDb: n3(w.worst?.tia?.limitDb),
        marginDb: n3(w.tiaMarginDb),
        verdict: w.verdict,
      })),
      reasons: e.reasons,
    });
  }
  return out;
}

/** Text lines of a link verdict under its channel. */
export function linkVerdictLines(l: LinkVerdictReport): string[] {
  const lines = [
    `             link ${l.label}: ${l.verdictText}${l.application ? ` (application ${l.application})` : ''}`,
  ];
  for (const r of l.reasons) lines.push(`             - ${r}`);
  return lines;
}

/** The test plan as JSON rows (values rounded to 0.001 dB) and text. */
export function testPlanReport(analysis: Analysis, channels: boolean): { json: unknown; text: string } {
  const rows = testPlan(analysis, { channels });
  const json = rows.map((r) => ({
    ...r,
    lengthM: n3(r.lengthM),
    wavelengths: r.wavelengths.map((w) => ({
      ...w,
      designedDb: Object.fromEntries(Object.entries(w.designedDb).map(([k, v]) => [k, n3(v)])),
      limitDb: n3(w.limitDb),
    })),
  }));
  const out = [`Test plan of "${analysis.index.design.name}": ${rows.length} row${rows.length === 1 ? '' : 's'}`];
  let group: string | null = null;
  for (const r of rows) {
    if (r.rackRow !== group) {
      group = r.rackRow;
      out.push('', group || '(unlocated)');
    }
    out.push(...planLines(r));
  }
  return { json, text: `${out.join('\n')}\n` };
}

function planLines(r: TestPlanRow): string[] {
  const head = `  ${r.kind === 'link' ? 'LINK   ' : 'CHANNEL'} ${r.project}  (TIA-606 ${r.tia606})`;
  const facts = `           ${r.fiberCount} fiber${r.fiberCount === 1 ? '' : 's'} ${r.fiberTypes.join('/')}, ${r.lengthM.toFixed(1)} m, ${r.methodText}${r.application ? `, application ${r.application}` : ''}; limit: ${r.limitKind}`;
  const lines = [head, facts];
  for (const w of r.wavelengths) {
    const d = w.designedDb;
    lines.push(
      `           ${w.wavelengthNm} nm: designed ${dB(d['tia-worst-case'])} TIA worst case / ${dB(d['vendor-max'])} vendor max / ${dB(d.typical)} typical; test limit ${dB(w.limitDb)}${w.unverified ? ' (UNVERIFIED)' : ''}`,
      `             ${w.limitText}`,
    );
  }
  for (const n of r.notes) lines.push(`           note: ${n}`);
  return lines;
}

/** One measured fiber as the JSON report shows it. */
function fiberJson(m: MeasuredFiber) {
  return {
    fiber: m.designation,
    wavelengthNm: m.wavelengthNm,
    method: m.method,
    measuredDb: m.result.lossDb,
    designedDb: n3(m.designedDb),
    deltaDb: n3(m.deltaDb),
    limitDb: n3(m.limit.limitDb),
    limitKind: m.limit.kind,
    limitUnverified: m.limit.unverified,
    marginDb: n3(m.marginDb),
    verdict: m.verdict,
    verdictText: TEST_VERDICTS[m.verdict].text,
    farPosition: m.result.farPosition ?? null,
    likelyHop: m.likely?.text ?? null,
    testedAt: m.result.testedAt ?? null,
    source: `${m.result.source} row ${m.result.row}`,
    history: m.history.map((h) => ({
      lossDb: h.lossDb,
      testedAt: h.testedAt ?? null,
      source: `${h.source} row ${h.row}`,
    })),
    reasons: m.reasons,
  };
}

/** The measured section: per link, per channel, totals, and what the import did. */
export function measuredReport(
  analysis: Analysis,
  imported: {
    readonly file: string;
    readonly plan: ImportPlan;
    readonly added: number;
    readonly acceptNear: boolean;
  } | null,
): { json: unknown; text: string; failed: boolean } {
  const m = measuredOutcomes(analysis);
  const failedLinks = m.links.filter((o) => o.tested && isTestFailure(o.verdict));
  const linkJson = m.links.map((o) => ({
    link: o.link.label,
    project: o.link.project,
    tia606: o.link.tia606,
    tested: o.tested,
    verdict: o.verdict,
    verdictText: TEST_VERDICTS[o.verdict].text,
    failed: o.tested && isTestFailure(o.verdict),
    untestedFibers: o.untested,
    missingWavelengths: o.missingWavelengths,
    polarity: o.polarity
      ? {
          ok: o.polarity.ok,
          measuredType: o.polarity.measuredType,
          designedType: o.polarity.designedType,
          hop: o.polarity.hop,
          reason: o.polarity.reason,
        }
      : null,
    fibers: o.fibers.map(fiberJson),
    reasons: o.reasons,
  }));
  const channels = analysis.channels.flatMap((c: AnalysedChannel) => {
    const t = m.channel(c.key);
    return t
      ? [
          {
            key: c.key,
            title: channelTitle(analysis, c),
            kind: c.kind,
            verdict: t.verdict,
            verdictText: TEST_VERDICTS[t.verdict].text,
            links: t.links.map((o) => o.link.label),
          },
        ]
      : [];
  });
  const importJson = imported
    ? {
        file: imported.file,
        rows: imported.plan.rows,
        added: imported.added,
        alreadyInDesign: imported.plan.already,
        repeatedRows: imported.plan.duplicates,
        nearMatches: imported.plan.near.map((g) => ({
          text: g.text,
          link: g.link.label,
          why: g.why,
          rows: g.rows,
          applied: imported.acceptNear,
        })),
        unmatched: imported.plan.unmatched,
        warnings: imported.plan.warnings.map(issueText),
        notes: imported.plan.notes,
      }
    : null;
  const json = {
    import: importJson,
    totals: m.totals,
    failedLinks: failedLinks.length,
    links: linkJson,
    channels,
    orphans: m.orphans.map((r) => ({
      link: r.linkLabel,
      fiber: r.fiber,
      wavelengthNm: r.wavelengthNm,
      source: `${r.source} row ${r.row}`,
    })),
  };
  const out: string[] = [''];
  if (imported) {
    const p = imported.plan;
    out.push(
      `Field test results from ${imported.file}: ${p.rows} rows, ${imported.added} results added, ${p.already} already in the design, ${p.duplicates} repeated rows`,
    );
    for (const note of p.notes) out.push(`  note: ${note}`);
    for (const w of p.warnings) out.push(`  warning: ${issueText(w)}`);
    for (const g of p.near)
      out.push(
        `  ${imported.acceptNear ? 'applied' : 'needs confirmation (--accept-near)'}: row${g.rows.length > 1 ? 's' : ''} ${g.rows.join(', ')} "${g.text}" → ${g.link.label} (${g.why})`,
      );
    for (const u of p.unmatched)
      out.push(
        `  unmatched: row${u.rows.length > 1 ? 's' : ''} ${u.rows.join(', ')} "${u.text}": no link has this label`,
      );
  } else out.push('Field test results stored in the design');
  out.push('', 'Links (measured against designed, REFERENCE-2 §16.6)');
  for (const o of m.links) out.push(...outcomeLines(o));
  if (channels.length > 0) {
    out.push('', 'Channels (the worst of their permanent links)');
    for (const c of channels) {
      const ch = analysis.channels.find((x) => x.key === c.key);
      if (ch?.kind === 'link') continue;
      out.push(`  ${c.verdictText}: ${c.title} (link${c.links.length > 1 ? 's' : ''} ${c.links.join(', ')})`);
    }
  }
  if (m.orphans.length > 0)
    out.push('', `${m.orphans.length} stored result(s) name links no longer in the design (kept)`);
  const t = m.totals;
  const by = (v: TestVerdict) => t.byVerdict[v];
  out.push(
    '',
    `Field test: ${t.links} links, ${t.tested} tested, ${t.untested} untested; as designed ${by('as-designed')}, above design ${by('above-design')}, fails limit ${by('fail-limit')}, polarity ${by('fail-polarity')}, re-reference ${by('re-reference')}, unchecked ${by('unchecked') + by('within-limit')}${failedLinks.length > 0 ? `; ${failedLinks.length} tested link${failedLinks.length > 1 ? 's' : ''} fail` : ''}`,
  );
  return { json, text: `${out.join('\n')}\n`, failed: failedLinks.length > 0 };
}

/** A channel as `Leaf-1 Eth1 ↔ Leaf-2 Eth1` (transceiver names, else the endpoint keys). */
function channelTitle(analysis: Analysis, c: AnalysedChannel): string {
  const name = (ep: AnalysedChannel['a']) =>
    (ep.transceiver ? analysis.index.devices.get(ep.transceiver)?.device.name : undefined) ?? ep.key;
  return `${name(c.a)} ↔ ${name(c.b)}`;
}

const TAG: Readonly<Record<string, string>> = { fail: 'FAIL', warning: 'WARN', pass: 'PASS', unchecked: 'UNTESTED' };

function outcomeLines(o: LinkOutcome): string[] {
  const cls = TEST_VERDICTS[o.verdict].cls;
  const tag = o.verdict === 'unchecked' ? 'UNCHECKED' : (TAG[cls] ?? cls.toUpperCase());
  const lines = [`  ${tag.padEnd(10)} ${o.link.label}  ${TEST_VERDICTS[o.verdict].text}`];
  for (const f of o.fibers) {
    const delta = f.deltaDb === null ? '?' : `${f.deltaDb >= 0 ? '+' : ''}${f.deltaDb.toFixed(3)}`;
    lines.push(
      `             ${f.designation} @${f.wavelengthNm} nm: measured ${dB(f.result.lossDb)}, designed ${dB(f.designedDb)}, delta ${delta}, limit ${dB(f.limit.limitDb)}, margin ${dB(f.marginDb)} → ${TEST_VERDICTS[f.verdict].text}`,
    );
    if (f.likely) lines.push(`               likely: ${f.likely.text}`);
  }
  for (const r of o.reasons.filter((x) => !/ @\d+ nm: /.test(x))) lines.push(`             - ${r}`);
  return lines;
}
