/**
 * `npm run analyze -- <design.json> [--json]`: loads a design file, analyses it (traces,
 * channels, polarity verdicts, methods, mating findings; loss when the engine provides it) and
 * prints a readable report or, with `--json`, the report object.
 *
 * Exit codes: 0 every channel passes (pass or warning; open links are not failures);
 * 1 a channel fails (or is unchecked/unverified, or a mating is invalid); 2 the file cannot be
 * loaded (the JSON path of the first problem is printed) or the command line is wrong.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { analyzeDesign } from '../core/analysis/analyze';
import { proposeFixes } from '../core/analysis/fixes';
import { parseDesignFile } from '../io/loadDesign';
import { EXIT, badFileReport, buildReport, formatReport, type ExitCode } from './report';

/** Usage text. */
export const USAGE = `Usage: npm run analyze -- <design.json> [--json]

Analyses an MPO Designer design file: every channel's polarity verdict, TIA-568.3-E method,
mating findings and proposed fixes for failing channels.

  --json   print the report as JSON
  --help   print this text

Exit codes: 0 all channels pass, 1 a channel fails, 2 the file cannot be loaded.
`;

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
export function runAnalyze(argv: readonly string[], readText: (path: string) => string): RunResult {
  const flags = argv.filter((a) => a.startsWith('--'));
  const files = argv.filter((a) => !a.startsWith('--'));
  if (flags.includes('--help')) return { stdout: USAGE, stderr: '', exitCode: EXIT.pass };
  const unknown = flags.filter((f) => f !== '--json');
  if (files.length !== 1 || unknown.length > 0) {
    const why =
      unknown.length > 0
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
  const analysis = analyzeDesign(loaded.design);
  const report = buildReport(file, loaded.design, analysis, loaded.warnings, { proposeFixes });
  return {
    stdout: json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report),
    stderr: '',
    exitCode: report.exitCode,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = runAnalyze(process.argv.slice(2), (p) => readFileSync(p, 'utf8'));
  if (r.stdout) process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  process.exitCode = r.exitCode;
}
