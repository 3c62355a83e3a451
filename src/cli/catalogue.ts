/**
 * `npm run catalogue -- [--json] [--search TEXT]` (issue 13 §5): a headless listing of every
 * built-in part, every builder preset (a built-in the part builder rebuilds) and every part of the
 * bundled vendor catalogue, with its facts (connector, fiber count, gender, polish, fiber type,
 * polarity type or map status, loss grade, maker, part number) and its UNVERIFIED / unknown flags.
 *
 * Exit codes: 0 listed (also when nothing matches); 2 the command line is wrong.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUILTIN_PARTS } from '../core/catalogue';
import { presetParams } from '../core/catalogue/builder';
import { searchSummaries, summarisePart, type PartSummary } from '../core/catalogue/partSummary';
import type { VendorCatalogueData } from '../io/vendorCatalogue/vendorCatalogue';

/** Usage text. */
export const CATALOGUE_USAGE = `Usage: npm run catalogue -- [--json] [--search TEXT]

Lists every built-in part, builder preset and bundled vendor part (NetBox devicetype-library, CC0)
with its facts and its UNVERIFIED / unknown flags.

  --search TEXT  only parts matching every word (maker, model, part number, facts), e.g. "mdc os2"
  --json         print the list as JSON
  --help         print this text
`;

/** Every catalogue summary: built-ins (presets marked), then the bundled vendor parts. */
export function catalogueSummaries(vendor: VendorCatalogueData): PartSummary[] {
  return [
    ...BUILTIN_PARTS.map((p) => summarisePart(p, presetParams(p) ? 'preset' : 'built-in')),
    ...vendor.entries.map((e) => summarisePart(e.part, 'bundled', e.unknowns)),
  ];
}

/** Counts of a list: by origin and, for bundled parts, by maker. */
export function catalogueCounts(list: readonly PartSummary[]): {
  readonly byOrigin: Readonly<Record<string, number>>;
  readonly bundledByMaker: Readonly<Record<string, number>>;
  readonly withUnknowns: number;
  readonly unverified: number;
} {
  const byOrigin: Record<string, number> = {};
  const bundledByMaker: Record<string, number> = {};
  for (const s of list) {
    byOrigin[s.origin] = (byOrigin[s.origin] ?? 0) + 1;
    if (s.origin === 'bundled') bundledByMaker[s.maker] = (bundledByMaker[s.maker] ?? 0) + 1;
  }
  return {
    byOrigin,
    bundledByMaker,
    withUnknowns: list.filter((s) => s.unknown.length > 0).length,
    unverified: list.filter((s) => s.unverified).length,
  };
}

/** One readable line per part. */
function line(s: PartSummary): string {
  const facts = [
    s.fibers === null ? '' : `${s.fibers}F`,
    s.connectors.join(' + '),
    s.gender ? `gender ${s.gender}` : '',
    s.polish ? `polish ${s.polish}` : '',
    s.fiberType ?? '',
    s.polarity ?? '',
    s.lossGrade ? `loss ${s.lossGrade}` : '',
    s.partNumber ? `${s.maker} ${s.partNumber}` : s.maker,
  ].filter((x) => x !== '');
  const flags = [s.unverified ? 'UNVERIFIED' : '', s.unknown.length ? `unknown: ${s.unknown.join('; ')}` : ''].filter(
    (x) => x !== '',
  );
  return `${s.origin.padEnd(8)} ${s.id}\n         ${s.name}\n         ${facts.join(' · ')}${flags.length ? `\n         ${flags.join(' · ')}` : ''}`;
}

/** What the command printed and its exit code. */
export interface CatalogueRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: 0 | 2;
}

/** Runs the command on `argv` with the bundled catalogue data. Pure; never throws. */
export function runCatalogue(argv: readonly string[], vendor: VendorCatalogueData): CatalogueRun {
  if (argv.includes('--help')) return { stdout: CATALOGUE_USAGE, stderr: '', exitCode: 0 };
  let search = '';
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--json') json = true;
    else if (a === '--search') {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--'))
        return { stdout: '', stderr: `--search needs a text\n\n${CATALOGUE_USAGE}`, exitCode: 2 };
      search = v;
      i++;
    } else return { stdout: '', stderr: `unknown argument ${a}\n\n${CATALOGUE_USAGE}`, exitCode: 2 };
  }
  const list = searchSummaries(catalogueSummaries(vendor), search);
  const counts = catalogueCounts(list);
  if (json) return { stdout: `${JSON.stringify({ search, counts, parts: list }, null, 2)}\n`, stderr: '', exitCode: 0 };
  const head = `${list.length} part(s)${search ? ` matching "${search}"` : ''}: ${Object.entries(counts.byOrigin)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ')}; ${counts.withUnknowns} with unknown facts, ${counts.unverified} with UNVERIFIED data\n`;
  return { stdout: `${head}\n${list.map(line).join('\n')}\n`, stderr: '', exitCode: 0 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const json = fileURLToPath(new URL('../io/vendorCatalogue/vendorParts.generated.json', import.meta.url));
  const vendor = JSON.parse(readFileSync(json, 'utf8')) as VendorCatalogueData;
  const r = runCatalogue(process.argv.slice(2), vendor);
  if (r.stdout) process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  process.exitCode = r.exitCode;
}
