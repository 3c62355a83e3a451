/**
 * `npm run analyze -- <design.json> [--json] [--test-plan [--channels]] [--measured <results.csv>
 * [--accept-near]]`: loads a design file, analyses it (traces, channels, polarity verdicts,
 * methods, mating findings, loss, passive-link verdicts) and prints a readable report or, with
 * `--json`, the report object. `--test-plan` prints the field-test plan instead (issue 14);
 * `--measured` imports tester results and adds measured-against-designed verdicts per link and
 * channel (results stored in the design are reported too).
 *
 * Exit codes: 0 every channel passes (pass or warning; open links are not failures);
 * 1 a channel fails (or is unchecked/unverified, or a mating is invalid), a passive link fails its
 * limit, or a tested link fails its limit or polarity; 2 the design or results file cannot be
 * loaded (the path or row of the first problem is printed) or the command line is wrong.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Design } from '../core/design';
import { analyzeDesign } from '../core/analysis/analyze';
import { proposeFixes } from '../core/analysis/fixes';
import { parseDesignFile } from '../io/loadDesign';
import { applyImport, issueText, readAndPlan } from '../io/testResults';
import { linkChannelVerdicts, measuredReport, testPlanReport } from './fieldTestReport';
import { EXIT, badFileReport, buildReport, formatReport, type ExitCode } from './report';

/** Usage text. */
export const USAGE = `Usage: npm run analyze -- <design.json> [--json] [--test-plan [--channels]]
                                            [--measured <results.csv> [--accept-near]]

Analyses an MPO Designer design file: every channel's polarity verdict, TIA-568.3-E method,
mating findings, loss, passive-link verdicts and proposed fixes for failing channels.

  --json                   print the report as JSON
  --test-plan              print the field-test plan (per permanent link: labels, fibers,
                           wavelengths, reference method, designed loss per loss mode, limit)
  --channels               with --test-plan: add a row per equipment channel
  --measured <results.csv> import tester results (CSV) and judge them against the design
  --accept-near            with --measured: apply rows whose link label only nearly matches
  --help                   print this text

Exit codes: 0 all channels pass, 1 a channel or a tested link fails, 2 a file cannot be loaded.
`;

const FLAGS = new Set(['--json', '--help', '--test-plan', '--channels', '--accept-near']);

/** What the command printed and its exit code. */
export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: ExitCode;
}

/**
 * Runs the command on `argv` (arguments after the script name) with an injected file reader.
 * Pure apart from `readText`; never throws (a reader error is a bad file, exit code 2).
 */
export function runAnalyze(
  argv: readonly string[],
  readText: (path: string) => string,
  readBytes: (path: string) => Uint8Array = (p) => new TextEncoder().encode(readText(p)),
  now: () => string = () => new Date().toISOString(),
): RunResult {
  const flags: string[] = [];
  const files: string[] = [];
  let measured: string | null = null;
  let missingValue = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--measured') {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) missingValue = true;
      else measured = v;
      i += 1;
    } else if (a.startsWith('--measured=')) measured = a.slice('--measured='.length) || null;
    else if (a.startsWith('--')) flags.push(a);
    else files.push(a);
  }
  if (flags.includes('--help')) return { stdout: USAGE, stderr: '', exitCode: EXIT.pass };
  const unknown = flags.filter((f) => !FLAGS.has(f));
  if (files.length !== 1 || unknown.length > 0 || missingValue) {
    const why = missingValue
      ? 'option --measured needs a results file'
      : unknown.length > 0
        ? `unknown option ${unknown[0]}`
        : files.length === 0
          ? 'no design file given'
          : 'give exactly one design file';
    return { stdout: '', stderr: `${why}\n\n${USAGE}`, exitCode: EXIT.badFile };
  }
  const file = files[0] as string;
  const json = flags.includes('--json');
  let text: string;
  try {
    text = readText(file);
  } catch (e) {
    const bad = badFileReport(file, {
      path: '$',
      message: `cannot read the file: ${e instanceof Error ? e.message : String(e)}`,
    });
    return json
      ? { stdout: `${JSON.stringify(bad.json, null, 2)}\n`, stderr: '', exitCode: EXIT.badFile }
      : { stdout: '', stderr: bad.text, exitCode: EXIT.badFile };
  }
  const loaded = parseDesignFile(text);
  if (!loaded.ok) {
    const bad = badFileReport(file, loaded.error);
    return json
      ? { stdout: `${JSON.stringify(bad.json, null, 2)}\n`, stderr: '', exitCode: EXIT.badFile }
      : { stdout: '', stderr: bad.text, exitCode: EXIT.badFile };
  }
  let design: Design = loaded.design;
  if (flags.includes('--test-plan')) {
    const plan = testPlanReport(analyzeDesign(design), flags.includes('--channels'));
    return {
      stdout: json ? `${JSON.stringify({ file, design: design.name, testPlan: plan.json }, null, 2)}\n` : plan.text,
      stderr: '',
      exitCode: EXIT.pass,
    };
  }
  let imported: Parameters<typeof measuredReport>[1] = null;
  if (measured !== null) {
    const resultsFile = measured;
    const bad = (message: string): RunResult => {
      const text = `MPO Designer analysis of ${file}\nCannot import the results ${resultsFile}: ${message}\nNothing was imported. Exit code ${EXIT.badFile}\n`;
      return json
        ? {
            stdout: `${JSON.stringify({ file, results: resultsFile, error: message, result: 'bad-file', exitCode: EXIT.badFile }, null, 2)}\n`,
            stderr: '',
            exitCode: EXIT.badFile,
          }
        : { stdout: '', stderr: text, exitCode: EXIT.badFile };
    };
    let bytes: Uint8Array;
    try {
      bytes = readBytes(resultsFile);
    } catch (e) {
      return bad(`cannot read the file: ${e instanceof Error ? e.message : String(e)}`);
    }
    const r = readAndPlan(analyzeDesign(design), bytes, resultsFile, now());
    if (!r.ok) return bad(r.message);
    if (r.plan.errors.length > 0)
      return bad(
        `${r.plan.errors.length} problem${r.plan.errors.length > 1 ? 's' : ''}:\n${r.plan.errors.map((e) => `  ${issueText(e)}`).join('\n')}`,
      );
    const acceptNear = flags.includes('--accept-near');
    const applied = applyImport(design, r.plan, new Set(acceptNear ? r.plan.near.map((g) => g.text) : []));
    if (!applied.ok) return bad(applied.message);
    design = applied.design;
    imported = { file: resultsFile, plan: r.plan, added: applied.added, acceptNear };
  }
  const analysis = analyzeDesign(design);
  const report = buildReport(file, design, analysis, loaded.warnings, {
    proposeFixes,
    linkVerdicts: linkChannelVerdicts(analysis),
  });
  const hasResults = imported !== null || Object.keys(design.testResults ?? {}).length > 0;
  const field = hasResults ? measuredReport(analysis, imported) : null;
  const exitCode: ExitCode = report.exitCode === EXIT.pass && field?.failed ? EXIT.fail : report.exitCode;
  const full = field
    ? { ...report, fieldTest: field.json, result: exitCode === EXIT.pass ? 'pass' : 'fail', exitCode }
    : report;
  if (json) return { stdout: `${JSON.stringify(full, null, 2)}\n`, stderr: '', exitCode };
  if (!field) return { stdout: formatReport(report), stderr: '', exitCode };
  // One result line, at the end, covering the field test too.
  const lines = formatReport(report).trimEnd().split('\n');
  const result = lines.pop() ?? '';
  const final =
    exitCode === report.exitCode
      ? result
      : `Result: FAIL — a tested link fails its limit or polarity (REFERENCE-2 §16.6); exit code ${exitCode}`;
  return { stdout: `${lines.join('\n').trimEnd()}\n${field.text}\n${final}\n`, stderr: '', exitCode };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = runAnalyze(
    process.argv.slice(2),
    (p) => readFileSync(p, 'utf8'),
    (p) => new Uint8Array(readFileSync(p)),
  );
  if (r.stdout) process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  process.exitCode = r.exitCode;
}
