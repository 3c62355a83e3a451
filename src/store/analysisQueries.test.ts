/**
 * The on-demand questions to the analysis worker (`analysisQueries.ts`: the port map's tiles and
 * path panel, the exports' rows, diagrams, test plan and certification), asked over a real
 * message boundary after random edit sequences: every answer equals what the core's functions give
 * on a fresh `analyzeDesign` of the same design on this side (the oracle shares no state with the
 * service), and carries the version of the last change. Hand-derived facts pin the answers
 * themselves on GT-06b and the spine–leaf demo.
 *
 * ```text
 *  GT-06b (p = 1…4):
 *  SW cage p ─PC-R12-0p (A-to-B)─ C1 front-p   C1 MPO ══TR (Type A)══ C2 MPO   C2 front-p ─PC-R14-0p (A-to-B)─ SW cage p
 *  two A-to-B flips on a Type A trunk: Tx meets Tx on all four channels (fail); the fix is an A-to-A cord.
 *
 *  spine–leaf (GT-04): R1 Spine-1 Eth1–4 ─MC1–4 Type B─ P1 MPO1–4 │ rear ══ T1 ══ R2 P1 rear │ MPO1–4 ─MC5–8─ Leaf-1 Eth49–52
 *
 *  field test (issue 14): cassette links R12 ══ 90 m trunk ══ R14, with measured results on four links;
 *  the import plan of examples/field-test-results.csv against examples/field-test.json
 * ```
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { brokenMethodA, fieldTest } from '../../scripts/generate-examples';
import { analyzeDesign, type Analysis } from '../core/analysis/analyze';
import { channelDiagram } from '../core/deliverables/channelDiagram';
import { portMapRows } from '../core/deliverables/portMap';
import { portPath } from '../core/deliverables/portPath';
import type { Design, PortRef, TestResult } from '../core/design';
import { VERDICTS } from '../core/engine/channels';
import { applyStep, editStep, type EditStep } from '../core/fixtures/editSteps';
import { certificationSummary, linkEvaluator, measuredOutcomes, permanentLinks, testPlan } from '../core/fieldTest';
import { cassetteLinks } from '../core/fieldTest/fixtures/linkDesigns';
import { labelsFor } from '../core/labels';
import { own } from '../core/own';
import { demoById } from '../demos/demos';
import { resultsCsv } from '../io/exports/certificationExport';
import { planImport } from '../io/testResults/importResults';
import { readResultsTable } from '../io/testResults/readResultsFile';
import { suggestMapping } from '../io/testResults/resultColumns';
import type { AnalysisQuery, Answer } from './analysisQueries';
import { createAnalysisService } from './analysisService';
import { designChange } from './designChange';
import { prototypeAccessors } from './fixtures/plainData';
import { closeRemoteServices, remoteService } from './fixtures/remoteService';
import { portClasses } from './portMapAnswers';

afterAll(closeRemoteServices);

/** Asks `q` of `remote` (comlink's proxy loses the answer's type by query). */
async function ask<Q extends AnalysisQuery>(remote: ReturnType<typeof remoteService>, q: Q): Promise<Answer<Q>> {
  return (await remote.ask(q)).value as Answer<Q>;
}

/** Cassette links with measured results on four of them (as in `core/fieldTest/measured.test.ts`). */
function measuredLinks(): Design {
  const base = cassetteLinks(90);
  const keys = permanentLinks(analyzeDesign(base)).links.map((l) => l.key);
  const rs: TestResult[] = [
    [keys[0], 'A', 1.3],
    [keys[0], 'B', 1.4],
    [keys[1], 'A', 1.6],
    [keys[2], 'A', 3.5],
  ].map(([link, fiber, lossDb], i) => ({
    id: `r${i + 1}`,
    recordVersion: 1,
    link: link as string,
    linkLabel: link as string,
    fiber: fiber as string,
    wavelengthNm: 850,
    lossDb: lossDb as number,
    referenceMethod: '1J',
    source: 'test.csv',
    row: i + 1,
    importedAt: '2026-03-01T10:00:00Z',
  }));
  return { ...base, testResults: Object.fromEntries(rs.map((r) => [r.id, r])) };
}

const spineLeaf = (): Design => {
  const d = demoById('spine-leaf-sr4')?.build();
  if (!d) throw new Error('no spine-leaf demo');
  return d;
};

const BASES: Readonly<Record<string, () => Design>> = {
  'GT-06b': brokenMethodA,
  'spine-leaf': spineLeaf,
  'measured links': measuredLinks,
};

/** A port some channel passes (the first cable end of the first channel's first fiber), or null. */
function somePort(a: Analysis): PortRef | null {
  for (const c of a.channels)
    for (const f of c.fibers)
      for (const h of f.hops) if (h.kind === 'device') return { device: h.device, port: h.in.port };
  return null;
}

/** What the core gives on a fresh analysis of `d` for `q` (the oracle). */
function fresh(d: Design, q: AnalysisQuery): unknown {
  const a = analyzeDesign(d);
  switch (q.kind) {
    case 'port-classes':
      return portClasses(a);
    case 'port-detail': {
      const labels = labelsFor(d);
      const path = portPath(a, q.port, labels);
      const keys = path.channels.map((c) => c.key);
      const byChannel = permanentLinks(a).byChannel;
      const links = [...new Map(keys.flatMap((k) => byChannel.get(k) ?? []).map((l) => [l.key, l])).values()];
      const outcomes = Object.keys(d.testResults ?? {}).length ? measuredOutcomes(a) : null;
      return {
        path,
        figures: keys.flatMap((k) => {
          const c = a.channels.find((x) => x.key === k);
          return c
            ? [{ key: k, diagram: channelDiagram(a, c, { labels }), failing: VERDICTS[c.verdict].cls === 'fail' }]
            : [];
        }),
        links: links.map((link) => ({
          link,
          evaluation: linkEvaluator(a).evaluate(link),
          outcome: outcomes?.byLink.get(link.key) ?? null,
        })),
      };
    }
    case 'port-map-rows':
      return portMapRows(a, { mode: q.mode });
    case 'test-plan':
      return testPlan(a, { channels: true, baseUrl: q.baseUrl });
    case 'certification':
      return certificationSummary(measuredOutcomes(a), (o) =>
        o.link.near.rack ? (own(d.racks, o.link.near.rack)?.row ?? '') : '',
      );
    case 'measured-results':
      return resultsCsv(measuredOutcomes(a));
    case 'report-diagrams':
    case 'import-plan':
      throw new Error('compared by hand below');
  }
}

/** Runs `steps` on `base` through a remote service, then asks every query and checks each answer. */
async function check(base: Design, steps: readonly EditStep[]): Promise<void> {
  const remote = remoteService();
  let d = base;
  let version = (await remote.load(d)).version;
  const history: Design[] = [];
  for (const s of steps) {
    history.push(d);
    const next = applyStep(d, s, history);
    const change = designChange(d, next);
    if (change) version = (await remote.apply(change)).version;
    d = next;
  }
  const port = somePort(analyzeDesign(d));
  const queries: AnalysisQuery[] = [
    { kind: 'port-classes' },
    ...(port ? [{ kind: 'port-detail', port } as const] : []),
    { kind: 'port-map-rows', mode: 'fiber' },
    { kind: 'port-map-rows', mode: 'port' },
    { kind: 'test-plan', baseUrl: 'https://example.test/' },
    { kind: 'certification' },
    { kind: 'measured-results' },
  ];
  // What the service posts must cross a structured clone whole: no data behind prototype getters.
  const local = createAnalysisService();
  local.load(d);
  for (const q of queries) expect(prototypeAccessors(local.ask(q).value), `${q.kind}: plain data`).toEqual([]);
  for (const q of queries) {
    const r = await remote.ask(q);
    expect(r.version, `${q.kind}: version`).toBe(version);
    // Compared as data (the answer crossed a structured clone; the oracle did not).
    expect(JSON.parse(JSON.stringify(r.value, mapsAsPairs)), q.kind).toEqual(
      JSON.parse(JSON.stringify(fresh(d, q), mapsAsPairs)),
    );
  }
}
const mapsAsPairs = (_: string, v: unknown) => (v instanceof Map ? [...v] : v);

describe('queries to the analysis worker: answers equal a fresh analysis', () => {
  // ~1–4 s each quiet; the timeouts leave more than 3x over the slowest run seen under load.
  it.each(Object.keys(BASES))(
    '%s: after random edit sequences',
    async (name) => {
      await fc.assert(
        fc.asyncProperty(fc.array(editStep, { minLength: 0, maxLength: 6 }), (steps) => check(BASES[name]!(), steps)),
        { numRuns: 6 },
      );
    },
    120_000,
  );
});

describe('answers, by hand', () => {
  it('GT-06b: the ports of the four channels fail, those of the two passive links pass; the report draws four channels, each with the A-to-A cord fix', async () => {
    const d = brokenMethodA();
    const remote = remoteService();
    await remote.load(d);
    const classes = await ask(remote, { kind: 'port-classes' });
    const name = (k: string) => `${d.devices[k.split('#')[0]!]?.name}#${k.split('#')[1]}`;
    const byClass = (cls: string) =>
      classes
        .filter(([, c]) => c === cls)
        .map(([k]) => name(k))
        .sort();
    // Per channel p: both switch cages and both cassette fronts; the trunk's two MPO ports are shared.
    const failing = [1, 2, 3, 4].flatMap((p) => [
      `Leaf-1#cage-${p}`,
      `Leaf-2#cage-${p}`,
      `R12-P1-C1#front-${p}`,
      `R14-P1-C1#front-${p}`,
    ]);
    expect(byClass('fail')).toEqual([...failing, 'R12-P1-C1#mpo1', 'R14-P1-C1#mpo1'].sort());
    // Fronts 5 and 6: open passive links over the 90 m trunk, within their link limit (REFERENCE-2 §16.2).
    expect(byClass('pass')).toEqual([
      'R12-P1-C1#front-5',
      'R12-P1-C1#front-6',
      'R14-P1-C1#front-5',
      'R14-P1-C1#front-6',
    ]);
    expect(classes).toHaveLength(22);
    const report = await ask(remote, { kind: 'report-diagrams', scope: { notPassing: true } });
    const local = createAnalysisService();
    local.load(d);
    expect(prototypeAccessors(local.ask({ kind: 'report-diagrams', scope: { notPassing: true } }).value)).toEqual([]);
    // The focus of a failing channel (the sidebar's channel in full) and its fixes cross whole too.
    const first = analyzeDesign(d).channels[0]!;
    expect(prototypeAccessors(local.focus({ kind: 'channel', key: first.key }))).toEqual([]);
    expect(prototypeAccessors(await local.fixes(first.key))).toEqual([]);
    expect(report.items).toHaveLength(4);
    for (const item of report.items) {
      expect(item.diagram.verdict.cls).toBe('fail');
      expect(item.fix).toMatch(/with LC duplex cord A-to-A/);
      expect(item.diagram.boxes.filter((b) => b.tone === 'fault')).toHaveLength(1);
    }
    expect(report.note).toBe('');
  });

  it('spine–leaf: R1-P1-MPO1 has 12 fibers (8 lit of 100GBASE-SR4, 4 dark) in one channel with polarity OK', async () => {
    const d = spineLeaf();
    const labels = labelsFor(d);
    const entry = [...labels.ports.values()].find((e) => e.text === 'R1-P1-MPO1');
    expect(entry?.port).toBeDefined();
    const remote = remoteService();
    await remote.load(d);
    const detail = await ask(remote, { kind: 'port-detail', port: entry!.port! });
    expect(detail.path.fibers).toHaveLength(12);
    expect(detail.path.channels.map((c) => c.verdictText)).toEqual(['OK']);
    expect(detail.figures.map((f) => [f.key, f.failing])).toEqual([[detail.path.channels[0]!.key, false]]);
    // The permanent link is the panel-to-panel trunk (R2's panel is labelled P2 by position, as the port map shows).
    expect(detail.links.map((l) => l.link.label)).toEqual(['R1-P1-MPO1/R2-P2-MPO1']);
    expect(detail.links[0]?.outcome).toBeNull(); // no results in the design: not computed
  });

  it('the import plan of the field-test example: 30 rows match a link, 2 need confirmation, 1 is unmatched', async () => {
    // examples/field-test-results.csv against examples' field-test design (as e2e/fieldTest.spec.ts reads them).
    const read = readResultsTable(readFileSync('examples/field-test-results.csv', 'utf8'));
    if (!read.ok) throw new Error(read.message);
    const d = fieldTest();
    const input = {
      table: read.table,
      mapping: suggestMapping(read.table.headers).mapping,
      source: 'field-test-results.csv',
      importedAt: '2026-12-07T00:00:00Z',
    };
    const remote = remoteService();
    await remote.load(d);
    const plan = await ask(remote, { kind: 'import-plan', input });
    const local = createAnalysisService();
    local.load(d);
    expect(prototypeAccessors(local.ask({ kind: 'import-plan', input }).value)).toEqual([]);
    expect(plan).toEqual(planImport(analyzeDesign(d), input));
    expect(plan.exact).toHaveLength(30);
    expect(plan.near.reduce((n, g) => n + g.records.length, 0)).toBe(2);
    expect(plan.unmatched.flatMap((u) => u.rows)).toHaveLength(1);
    expect(plan.errors).toEqual([]);
  });

  it('rejects before the first design', async () => {
    await expect(remoteService().ask({ kind: 'port-classes' })).rejects.toThrow(/before load/);
  });
});
