/**
 * Test harness (issue 9 proof): every consumer of a design, run on one design, each checked for
 * a well-formed result. Whatever the validator accepts must go through all of them without
 * throwing: the analysis and proposed fixes, labels, port map and a port's path, bill of
 * materials, CSV, PDF, the rack elevation SVG (parsed back as XML) and its drawing (the PNG is a
 * raster of this drawing; here into a recording 2D context), NetBox YAML and CSV, the share link
 * round trip, and the CLI report.
 *
 * Used by the fuzz and property tests; not part of the app bundle.
 */
import { parse as parseYaml } from 'yaml';
import { cablesOf } from '../../canvas/cableGeometry';
import { drawCable } from '../../canvas/draw/drawCable';
import { drawPortLabels } from '../../canvas/draw/drawLabels';
import { drawDevice, drawElevation } from '../../canvas/draw/drawRack';
import { elevationSvg } from '../../canvas/elevationSvg';
import { sceneOf } from '../../canvas/scene';
import { buildReport, formatReport } from '../../cli/report';
import { billOfMaterials, labelSheetItems, portMapRows, portPath } from '../../core/deliverables';
import type { Design } from '../../core/design';
import type { DeviceId } from '../../core/ids';
import { proposeFixes } from '../../core/engine/fixes';
import { labelsFor } from '../../core/labels';
import { bomCsv, labelsCsv, portMapCsv } from '../../io/exports/csv';
import { bomPdf, labelSheetPdf, portMapPdf } from '../../io/exports/pdf';
import { decodeShareLink, encodeShareLink } from '../../io/exports/shareLink';
import { exportCablesCsv, exportDesignPartsYaml } from '../../io/netbox';
import { portMapTree } from '../../portmap/portmapModel';
import { analysisOf } from '../../store/selectors';

/** What the run produced, for counts in the test report. */
export interface ConsumerRun {
  readonly channels: number;
  readonly svgChars: number;
  readonly pdfBytes: number;
  readonly shared: boolean;
}

/** Throws with the consumer's name when `ok` is false (a malformed result). */
function expectOk(ok: boolean, what: string): void {
  if (!ok) throw new Error(`${what}: malformed result`);
}

/** True when `svg` parses as XML (jsdom's DOMParser reports errors as a `parsererror` element). */
function wellFormedXml(svg: string): boolean {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return doc.getElementsByTagName('parsererror').length === 0 && doc.documentElement.nodeName === 'svg';
}

/** Draws the scene of `design` the way the canvas layers do, into a 2D context. */
function drawAll(design: Design, ctx: CanvasRenderingContext2D): void {
  const scene = sceneOf(design, 'both');
  const labels = labelsFor(design);
  const state = { selected: new Set<string>(), plugged: new Set<string>(), dimmed: new Set<string>() };
  for (const e of scene.elevations) drawElevation(ctx, e, false, labels.racks.get(e.rack.id)?.text);
  for (const d of scene.devices) {
    const slots = scene.slots.filter((s) => s.parent === d.device.id && s.face === d.face);
    const ports = scene.ports.filter((p) => p.host === d.device.id && p.face === d.face);
    drawDevice(ctx, d, slots, ports, state, labels);
  }
  for (const g of cablesOf(scene)) drawCable(ctx, g);
  drawPortLabels(ctx, scene.ports, labels, 4);
}

/**
 * Runs every consumer on `design`; throws (naming the consumer) on a throw or a malformed
 * result. `pdf: false` skips the three PDFs (the slowest consumers) for runs that sample them.
 */
export async function runEveryConsumer(design: Design, opts: { readonly pdf: boolean }): Promise<ConsumerRun> {
  const step = async <T>(what: string, f: () => T | Promise<T>): Promise<T> => {
    try {
      return await f();
    } catch (e) {
      throw new Error(`${what} threw: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
  };
  const analysis = await step('analysis', () => analysisOf(design));
  await step('fixes', () => {
    for (const c of analysis.channels.slice(0, 5)) proposeFixes(design, analysis, c);
  });
  const labels = await step('labels', () => labelsFor(design));
  const fiberRows = await step('port map rows', () => portMapRows(analysis, { mode: 'fiber' }));
  const portRows = await step('port map rows (ports)', () => portMapRows(analysis, { mode: 'port' }));
  const bom = await step('bill of materials', () => billOfMaterials(design));
  const sheet = await step('label sheet', () => labelSheetItems(design, { baseUrl: 'https://mpo.example/' }));
  await step('CSV', () => {
    expectOk(portMapCsv(fiberRows).length > 0 && bomCsv(bom).length > 0 && labelsCsv(sheet).length > 0, 'CSV');
  });
  let pdfBytes = 0;
  if (opts.pdf)
    await step('PDF', async () => {
      for (const b of [
        await portMapPdf(portRows, { subtitle: design.name }),
        await bomPdf(bom, { subtitle: design.name }),
        await labelSheetPdf(sheet.slice(0, 48), { title: `Labels: ${design.name}` }),
      ]) {
        expectOk(b.byteLength > 0, 'PDF');
        pdfBytes += b.byteLength;
      }
    });
  const svg = await step('SVG', () => elevationSvg(sceneOf(design, 'both'), labels));
  await step('SVG is well-formed XML', () => expectOk(wellFormedXml(svg), 'SVG'));
  await step('drawing (PNG)', () => {
    const ctx = document.createElement('canvas').getContext('2d');
    if (ctx) drawAll(design, ctx);
  });
  await step('NetBox YAML', () => {
    for (const f of exportDesignPartsYaml(design).files) parseYaml(f.yaml, { maxAliasCount: -1 });
  });
  await step('NetBox CSV', () => expectOk(exportCablesCsv(design).csv.length > 0, 'NetBox CSV'));
  const shared = await step('share link', () => {
    const link = encodeShareLink(design);
    if (!link.ok) return false;
    const back = decodeShareLink(link.url);
    expectOk(back.ok && back.result.ok, 'share link round trip');
    return true;
  });
  await step('port map', () => {
    const tree = portMapTree(design, labels, analysis);
    const first = tree[0]?.equipment[0]?.groups.flatMap((g) => g.ports)[0];
    if (first) {
      const [device, port] = first.key.split('#') as [string, string];
      portPath(analysis, { device: device as DeviceId, port }, labels);
    }
  });
  await step('CLI report', () => expectOk(formatReport(buildReport('fuzz.json', design, analysis, [])).length > 0, 'report'));
  return { channels: analysis.channels.length, svgChars: svg.length, pdfBytes, shared };
}
