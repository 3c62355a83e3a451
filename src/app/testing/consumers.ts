/**
 * Test harness (issue 9 proof): every consumer of a design, run on one design, each checked for
 * a well-formed result. Whatever the validator accepts must go through all of them without
 * throwing: the analysis and proposed fixes, labels, port map and a port's path, bill of
 * materials, CSV, PDF, the rack elevation SVG (checked as well-formed XML) and its drawing (the
 * PNG is a raster of this drawing; here into a context that draws nothing), NetBox YAML (parsed
 * back) and CSV, the share link round trip, and the CLI report.
 *
 * The PDF builders are pure functions of their rows, and most of their cost is per document, so
 * a runner batches the rows of many designs into one PDF of each kind (`flush`): every design's
 * rows are rendered, at a fraction of the cost. Used by the fuzz and property tests; not part of
 * the app bundle.
 */
import { parse as parseYaml } from 'yaml';
import { cablesOf } from '../../canvas/cableGeometry';
import { drawCable } from '../../canvas/draw/drawCable';
import { drawPortLabels } from '../../canvas/draw/drawLabels';
import { drawDevice, drawElevation } from '../../canvas/draw/drawRack';
import { elevationSvg } from '../../canvas/elevationSvg';
import { sceneOf } from '../../canvas/scene';
import { buildReport, formatReport } from '../../cli/report';
import {
  billOfMaterials,
  labelSheetItems,
  portMapRows,
  portPath,
  type BomLine,
  type PortMapRow,
  type PrintLabel,
} from '../../core/deliverables';
import type { Design } from '../../core/design';
import { proposeFixes } from '../../core/engine/fixes';
import type { DeviceId } from '../../core/ids';
import { labelsFor } from '../../core/labels';
import { bomCsv, labelsCsv, portMapCsv } from '../../io/exports/csv';
import { bomPdf, labelSheetPdf, portMapPdf } from '../../io/exports/pdf';
import { decodeShareLink, encodeShareLink } from '../../io/exports/shareLink';
import { exportCablesCsv, exportDesignPartsYaml } from '../../io/netbox';
import { portMapTree } from '../../portmap/portmapModel';
import { analysisOf, channelClass } from '../../store/selectors';
import { xmlProblem } from './wellFormedXml';

/** Throws `what: detail` when `detail` is a problem (a malformed result). */
function expectNone(detail: string | null | false, what: string): void {
  if (detail) throw new Error(`${what}: ${detail}`);
}

/** Draws the scene of `design` the way the canvas layers do, into a 2D context. */
function drawAll(design: Design, ctx: CanvasRenderingContext2D): void {
  const scene = sceneOf(design, 'both');
  const labels = labelsFor(design);
  const state = { selected: new Set<string>(), plugged: new Set<string>(), dimmed: new Set<string>() };
  for (const e of scene.elevations) drawElevation(ctx, e, false, labels.racks.get(e.rack.id)?.text);
  const group = <T>(list: readonly T[], key: (x: T) => string) => {
    const m = new Map<string, T[]>();
    for (const x of list) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
    return m;
  };
  const slots = group(scene.slots, (s) => `${s.parent}@${s.face}`);
  const ports = group(scene.ports, (p) => `${p.host}@${p.face}`);
  for (const d of scene.devices) {
    const k = `${d.device.id}@${d.face}`;
    drawDevice(ctx, d, slots.get(k) ?? [], ports.get(k) ?? [], state, labels);
  }
  for (const g of cablesOf(scene)) drawCable(ctx, g);
  drawPortLabels(ctx, scene.ports, labels, 4);
}

/** Milliseconds spent per consumer (all runners), for the test report. */
export const CONSUMER_MS = new Map<string, number>();

/**
 * A 2D context that accepts every drawing call and draws nothing (`measureText` answers 6 px per
 * character). The drawing code runs in full; only the pixels are skipped (the test canvas mock
 * records every call and costs more than the drawing itself).
 */
function silentContext(): CanvasRenderingContext2D {
  const state: Record<string | symbol, unknown> = {};
  return new Proxy(state, {
    get: (t, k) =>
      k === 'measureText' ? (text: string) => ({ width: String(text).length * 6 }) : k in t ? t[k] : () => undefined,
    set: (t, k, v) => {
      t[k] = v;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
}

/** Runs `f`, naming the consumer in any error it throws, and times it. */
async function step<T>(what: string, f: () => T | Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await f();
  } catch (e) {
    throw new Error(`${what} threw: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  } finally {
    CONSUMER_MS.set(what, (CONSUMER_MS.get(what) ?? 0) + performance.now() - t0);
  }
}

/** Counts of what a runner did, for the test report. */
export interface ConsumerCounts {
  designs: number;
  channels: number;
  sharedLinks: number;
  pdfs: number;
  pdfRows: number;
}

/**
 * Runs every consumer on designs. `run(design)` does all but the PDFs at once and queues the PDF
 * rows; `flush()` renders the queued rows (called automatically past `batchRows` rows, and once
 * at the end by the test). Throws, naming the consumer, on a throw or a malformed result.
 */
export class ConsumerRunner {
  readonly counts: ConsumerCounts = { designs: 0, channels: 0, sharedLinks: 0, pdfs: 0, pdfRows: 0 };
  private rows: PortMapRow[] = [];
  private bom: BomLine[] = [];
  private labels: PrintLabel[] = [];

  constructor(private readonly batchRows = 3000) {}

  /** Every consumer on one design (PDF rows queued). */
  async run(design: Design): Promise<void> {
    const analysis = await step('analysis', () => analysisOf(design));
    await step('fixes', () => {
      const failing = analysis.channels.filter((c) => channelClass(c) === 'fail').slice(0, 3);
      for (const c of failing) proposeFixes(design, analysis, c);
    });
    const labels = await step('labels', () => labelsFor(design));
    const fiberRows = await step('port map rows', () => portMapRows(analysis, { mode: 'fiber' }));
    const portRows = await step('port map rows (ports)', () => portMapRows(analysis, { mode: 'port' }));
    const bom = await step('bill of materials', () => billOfMaterials(design));
    const sheet = await step('label sheet', () => labelSheetItems(design, { baseUrl: 'https://mpo.example/' }));
    await step('CSV', () => {
      for (const csv of [portMapCsv(fiberRows), bomCsv(bom), labelsCsv(sheet)])
        expectNone(csv.length === 0 && 'empty', 'CSV');
    });
    const svg = await step('SVG', () => elevationSvg(sceneOf(design, 'both'), labels));
    await step('SVG is well-formed XML', () => expectNone(xmlProblem(svg), 'SVG is not well-formed XML'));
    await step('drawing (PNG)', () => drawAll(design, silentContext()));
    await step('NetBox YAML', () => {
      for (const f of exportDesignPartsYaml(design).files) parseYaml(f.yaml);
    });
    await step('NetBox CSV', () => expectNone(exportCablesCsv(design).csv.length === 0 && 'empty', 'NetBox CSV'));
    await step('share link', () => {
      const link = encodeShareLink(design);
      if (!link.ok) return;
      const back = decodeShareLink(link.url);
      expectNone(!back.ok ? back.error : !back.result.ok && back.result.error.message, 'share link round trip');
      this.counts.sharedLinks += 1;
    });
    await step('port map', () => {
      const tree = portMapTree(design, labels, analysis);
      const first = tree[0]?.equipment[0]?.groups.flatMap((g) => g.ports)[0];
      if (!first) return;
      const [device, port] = first.key.split('#') as [string, string];
      portPath(analysis, { device: device as DeviceId, port }, labels);
    });
    await step('CLI report', () =>
      expectNone(
        formatReport(buildReport('fuzz.json', design, analysis, [], { maxFixChannels: 1 })).length === 0 && 'empty',
        'report',
      ),
    );
    this.rows.push(...portRows);
    this.bom.push(...bom);
    this.labels.push(...sheet.slice(0, 24));
    this.counts.designs += 1;
    this.counts.channels += analysis.channels.length;
    if (this.rows.length + this.bom.length + this.labels.length > this.batchRows) await this.flush();
  }

  /** Renders the queued PDF rows: one port map, one BOM and one label sheet PDF. */
  async flush(): Promise<void> {
    const rows = this.rows;
    const bom = this.bom;
    const labels = this.labels;
    this.rows = [];
    this.bom = [];
    this.labels = [];
    if (rows.length + bom.length + labels.length === 0) return;
    await step('PDF', async () => {
      for (const b of [
        await portMapPdf(rows, { subtitle: 'fuzz' }),
        await bomPdf(bom, { subtitle: 'fuzz' }),
        await labelSheetPdf(labels, { title: 'fuzz' }),
      ])
        expectNone(b.byteLength === 0 && 'empty', 'PDF');
    });
    this.counts.pdfs += 3;
    this.counts.pdfRows += rows.length + bom.length + labels.length;
  }
}

/** Every consumer on one design, PDFs included (for single designs; fuzzing uses a runner). */
export async function runEveryConsumer(design: Design): Promise<void> {
  const r = new ConsumerRunner();
  await r.run(design);
  await r.flush();
}
