/**
 * The analyze command as pure functions: report text and JSON, loss fields when present, and the
 * exit code (0 pass, 1 fail, 2 bad file or command line).
 *
 * Design used (examples/method-a.json, GT-06), verdicts overridden per case:
 *
 *   Leaf-1 Ethp ─A-to-B─ R12-P1-C1 port p ═Type A trunk═ R14-P1-C1 port p ─A-to-A─ Leaf-2 Ethp   p = 1…4
 *   R12-P1-C1 ports 5–6 ═══ R14-P1-C1 ports 5–6 (nothing patched: open links)
 */
import { describe, expect, it } from 'vitest';
import { brokenMethodA, methodA } from '../../scripts/generate-examples';
import { analyzeDesign, type AnalysedChannel, type Analysis } from '../core/analysis/analyze';
import type { PolarityVerdict } from '../core/engine/channels';
import type { MatingFinding } from '../core/engine/mating';
import type { ChannelLossReport } from '../core/loss';
import { customPartsDesign } from '../io/fixtures/sampleDesigns';
import { serializeDesign } from '../io/saveDesign';
import { runAnalyze, USAGE } from './analyze';
import { MAX_TEXT_WARNINGS, buildReport, formatReport, lossSummary, type LossSummary } from './report';

const FILES: Readonly<Record<string, string>> = {
  'a.json': serializeDesign(methodA()),
  'broken.json': serializeDesign(brokenMethodA()),
  'custom.json': serializeDesign(customPartsDesign()),
  'bad.json': serializeDesign(methodA()).replace('"lengthM": 90', '"lengthM": "90 m"'),
};
const reader = (p: string): string => {
  const t = FILES[p];
  if (t === undefined) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
  return t;
};

describe('runAnalyze: command line and exit codes', () => {
  it.each([
    [[], 2, /no design file given/],
    [['a.json', 'b.json'], 2, /exactly one design file/],
    [['--yaml', 'a.json'], 2, /unknown option --yaml/],
  ])('%j → exit %i with usage', (argv, code, message) => {
    const r = runAnalyze(argv, reader);
    expect(r.exitCode).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(USAGE);
  });

  it('--help prints the usage and exits 0', () => {
    expect(runAnalyze(['--help'], reader)).toEqual({ stdout: USAGE, stderr: '', exitCode: 0 });
  });

  it('exits 2 for an unreadable file', () => {
    const r = runAnalyze(['missing.json'], reader);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('Cannot load the design: $: cannot read the file: ENOENT');
  });

  it('exits 2 for a bad file and prints the JSON path of the first problem', () => {
    const r = runAnalyze(['bad.json'], reader);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      'MPO Designer analysis of bad.json\nCannot load the design: $.cables["cab-9"].lengthM: Invalid input: expected number, received string\nExit code 2\n',
    );
  });

  it('--json reports a bad file as JSON on stdout', () => {
    const r = runAnalyze(['bad.json', '--json'], reader);
    expect(r.exitCode).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({
      file: 'bad.json',
      error: { path: '$.cables["cab-9"].lengthM', message: 'Invalid input: expected number, received string' },
      result: 'bad-file',
      exitCode: 2,
    });
  });

  it.each([
    ['a.json', 0],
    ['broken.json', 1],
    ['custom.json', 1],
  ])('%s exits %i', (file, code) => {
    expect(runAnalyze([file], reader).exitCode).toBe(code);
  });
});

/** Report text without loss lines, so these polarity assertions hold whether or not the engine reports loss. */
const polarityOnly = (text: string): string =>
  text
    .split('\n')
    .filter((l) => !/^ +loss( \([^)]*\))?: /.test(l))
    .join('\n');

describe('text report', () => {
  it('summarises the design and lists each channel with names, kind, method and verdict', () => {
    const out = polarityOnly(runAnalyze(['a.json'], reader).stdout);
    expect(out.split('\n').slice(0, 6)).toEqual([
      'MPO Designer analysis of a.json',
      'Design "Method A duplex 10GBASE-SR" (schema v1): 2 racks, 14 devices, 9 cables, 0 custom parts; 12 fibers traced, 6 channels',
      '',
      'Channels',
      '  PASS       duplex   Leaf-1 Eth1 (10GBASE-SR SFP+) ↔ Leaf-2 Eth1 (10GBASE-SR SFP+)',
      '             polarity: OK; Method A; 2 fibers',
    ]);
    expect(out).toContain('  OPEN       link     open port R12-P1-C1 front-5 ↔ open port R14-P1-C1 front-5');
    expect(out).toContain('Mating findings: none');
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      'Result: PASS (4 pass, 0 warning, 0 fail, 0 unchecked, 0 unverified, 2 open); exit code 0',
    );
  });

  it('gives reasons and the A-to-A fix for each failing Method A channel', () => {
    const out = polarityOnly(runAnalyze(['broken.json'], reader).stdout);
    expect(out).toContain(
      '  FAIL       duplex   Leaf-1 Eth1 (10GBASE-SR SFP+) ↔ Leaf-2 Eth1 (10GBASE-SR SFP+)\n             polarity: Tx→Tx; Method —; 2 fibers\n             - Leaf-1 Eth1 Tx0 → Leaf-2 Eth1 Tx0\n             - Leaf-1 Eth1 Rx0 → Leaf-2 Eth1 Rx0\n             why:\n               · PC-R12-01 (LC duplex cord A-to-B, UPC): B → A (flips A↔B)\n' +
        '               · link R12-P1-C1 (MOD-A cassette 12F, MPO-12 unpinned UPC to 6× LC, OM4) — TR-R12-R14-01 (MPO-12 Type A trunk, male/male, UPC, low-loss) — R14-P1-C1 (MOD-A cassette 12F, MPO-12 unpinned UPC to 6× LC, OM4): A → A (no flip)\n' +
        '               · PC-R14-01 (LC duplex cord A-to-B, UPC): A → B (flips A↔B)\n' +
        '               · 2 flips in all (even: Tx reaches Tx); a duplex channel needs an odd number (TIA-568.3-E; REFERENCE §0.5, §4)\n' +
        '             fix: Replace PC-R12-01 (LC duplex cord A-to-B, UPC) with LC duplex cord A-to-A, UPC → OK\n',
    );
    expect(out).toContain(
      'fix: Replace TR-R12-R14-01 (MPO-12 Type A trunk, male/male, UPC, low-loss) with MPO-12 Type C trunk, male/male, UPC, low-loss → OK (also changes 3 other channels)',
    );
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      'Result: FAIL — 4 channels do not pass (0 pass, 0 warning, 4 fail, 0 unchecked, 0 unverified, 2 open); exit code 1',
    );
  });

  it('marks unknown parts UNCHECKED and names the mating finding', () => {
    const out = polarityOnly(runAnalyze(['custom.json'], reader).stdout);
    expect(out).toMatch(
      /^ {2}UNCHECKED {2}partial {2}Lab-SFP-A \(Lab SFP\) ↔ unchecked \(Lab cord 2: fiber map unknown\)$/m,
    );
    expect(out).toContain(
      '  V3 unchecked at R07-P1 front-1: V3 polish: APC mates APC only; PC/UPC mates PC/UPC only (polish unknown)',
    );
  });
});

/** The method-a analysis with channel i's verdict and loss replaced. */
function withChannels(
  edit: (c: AnalysedChannel, i: number) => AnalysedChannel,
  findings: readonly MatingFinding[] = [],
): Analysis {
  const a = analyzeDesign(methodA());
  return { ...a, channels: a.channels.map(edit), findings };
}
const verdicts =
  (v: readonly PolarityVerdict[]) =>
  (c: AnalysedChannel, i: number): AnalysedChannel => ({ ...c, verdict: v[i] ?? c.verdict });
/** Channel 0 with its loss report's figures replaced (null: no report). */
const lossOf =
  (loss: Partial<ChannelLossReport> | null) =>
  (c: AnalysedChannel, i: number): AnalysedChannel => {
    if (i !== 0) return c;
    if (!c.loss) throw new Error('channel 0 of method-a has a loss report');
    return { ...c, loss: loss && { ...c.loss, ...loss } };
  };
const GT06_TIA_MAX: Partial<ChannelLossReport> = {
  totalDb: 3.329,
  limitDb: 2.9,
  marginDb: -0.429,
  verdict: 'fail-loss',
  governing: '10GBASE-SR',
  reasons: ['IL 3.329 dB exceeds the 10GBASE-SR limit 2.9 dB'],
};

describe('buildReport: exit code from verdict classes and loss', () => {
  it.each<[string, (c: AnalysedChannel, i: number) => AnalysedChannel, 0 | 1]>([
    ['every duplex channel ok, links open', verdicts([]), 0],
    ['a port-remapped warning', verdicts(['port-remapped']), 0],
    ['a non-standard-mix warning', verdicts(['ok', 'non-standard-mix']), 0],
    ['an open channel', verdicts(['open']), 0],
    ['an unchecked channel', verdicts(['unchecked']), 1],
    ['an unverified channel', verdicts(['ok', 'ok', 'unverified']), 1],
    ['a tx-to-dark channel', verdicts(['ok', 'ok', 'ok', 'tx-to-dark']), 1],
    ['an invalid channel', verdicts(['invalid']), 1],
    ['loss fail-loss (GT-06 with TIA-max parts)', lossOf(GT06_TIA_MAX), 1],
    ['loss fail-reach', lossOf({ ...GT06_TIA_MAX, verdict: 'fail-reach' }), 1],
    ['loss pass', lossOf({ totalDb: 1.329, limitDb: 2.9, marginDb: 1.571, verdict: 'pass' }), 0],
    ['loss unchecked', lossOf({ totalDb: 1.2, limitDb: null, marginDb: null, verdict: 'unchecked' }), 0],
    ['loss null', lossOf(null), 0],
  ])('%s → %i', (_name, edit, code) => {
    const r = buildReport('a.json', methodA(), withChannels(edit), []);
    expect(r.exitCode).toBe(code);
    expect(r.result).toBe(code === 0 ? 'pass' : 'fail');
  });

  it('fails on an invalid mating even when every channel passes', () => {
    const finding: MatingFinding = {
      key: 'V1@dev-4#mpo1/fixed/cab-1:A',
      rule: 'V1',
      severity: 'invalid',
      at: { device: 'dev-4', port: 'mpo1' } as MatingFinding['at'],
      cables: [],
      parts: ['trunk end A (MPO-12 male)', 'R12-P1-C1 MPO1 (male)'],
      message: 'V1 gender',
    };
    const r = buildReport('a.json', methodA(), withChannels(verdicts([]), [finding]), []);
    expect(r.exitCode).toBe(1);
    expect(formatReport(r)).toContain(
      '  V1 invalid at R12-P1-C1 mpo1: V1 gender (trunk end A (MPO-12 male) ↔ R12-P1-C1 MPO1 (male))\n',
    );
    expect(formatReport(r)).toMatch(/Result: FAIL — 1 invalid mating/);
  });

  it('shows IL, limit, margin and loss verdict, and tags a loss failure FAIL', () => {
    const r = buildReport('a.json', methodA(), withChannels(lossOf(GT06_TIA_MAX)), []);
    expect(r.channels[0]?.loss).toEqual({
      totalDb: 3.329,
      limitDb: 2.9,
      marginDb: -0.429,
      verdict: 'fail-loss',
      failed: true,
      application: '10GBASE-SR',
      reasons: GT06_TIA_MAX.reasons,
    });
    const text = formatReport(r);
    expect(text).toContain(
      '  FAIL       duplex   Leaf-1 Eth1 (10GBASE-SR SFP+) ↔ Leaf-2 Eth1 (10GBASE-SR SFP+)\n             polarity: OK; Method A; 2 fibers\n             loss (10GBASE-SR): IL 3.329 dB, limit 2.900 dB, margin -0.429 dB → fail-loss\n             - IL 3.329 dB exceeds the 10GBASE-SR limit 2.9 dB\n',
    );
  });

  it('lists file warnings with their paths, at most MAX_TEXT_WARNINGS in the text', () => {
    const warnings = Array.from({ length: MAX_TEXT_WARNINGS + 3 }, (_, i) => ({
      path: `$.devices["d-${i}"].part`,
      message: 'unknown part',
    }));
    const r = buildReport('a.json', methodA(), analyzeDesign(methodA()), warnings);
    const text = formatReport(r);
    expect(r.warnings).toHaveLength(MAX_TEXT_WARNINGS + 3);
    expect(text).toContain('File warnings\n  $.devices["d-0"].part: unknown part\n');
    expect(text).not.toContain(`d-${MAX_TEXT_WARNINGS}"`);
    expect(text).toContain('  … and 3 more (all are in the --json report)');
  });

  it('proposes fixes for at most maxFixChannels failing channels', () => {
    const d = brokenMethodA();
    let calls = 0;
    const r = buildReport('b.json', d, analyzeDesign(d), [], { maxFixChannels: 2, proposeFixes: () => (calls++, []) });
    expect(calls).toBe(2);
    expect(r.fixesLimitedTo).toBe(2);
    expect(formatReport(r)).toContain('Fixes were proposed for the first 2 failing channels only.');
  });
});

describe('lossSummary', () => {
  const report = analyzeDesign(methodA()).channels.find((ch) => ch.loss !== null)?.loss;
  if (!report) throw new Error('methodA has a channel with a loss report');
  it('is null for a channel without a loss report', () => {
    expect(lossSummary(null)).toBeNull();
  });
  it.each<[Partial<ChannelLossReport>, LossSummary]>([
    [
      { totalDb: 1.5, limitDb: 1.9, marginDb: 0.4, verdict: 'pass', governing: '100GBASE-SR4', reasons: [] },
      {
        totalDb: 1.5,
        limitDb: 1.9,
        marginDb: 0.4,
        verdict: 'pass',
        failed: false,
        application: '100GBASE-SR4',
        reasons: [],
      },
    ],
    [
      { totalDb: 2, limitDb: 1.9, marginDb: -0.1, verdict: 'fail-loss', governing: null, reasons: ['over'] },
      {
        totalDb: 2,
        limitDb: 1.9,
        marginDb: -0.1,
        verdict: 'fail-loss',
        failed: true,
        application: null,
        reasons: ['over'],
      },
    ],
    [
      { verdict: 'fail-reach', totalDb: 0.8, limitDb: null, marginDb: null, governing: null, reasons: [] },
      {
        totalDb: 0.8,
        limitDb: null,
        marginDb: null,
        verdict: 'fail-reach',
        failed: true,
        application: null,
        reasons: [],
      },
    ],
    [
      { verdict: 'unchecked', totalDb: 0, limitDb: null, marginDb: null, governing: null, reasons: ['no limit'] },
      {
        totalDb: 0,
        limitDb: null,
        marginDb: null,
        verdict: 'unchecked',
        failed: false,
        application: null,
        reasons: ['no limit'],
      },
    ],
  ])('summarises %j', (fields, expected) => {
    expect(lossSummary({ ...report, ...fields })).toEqual(expected);
  });
});
