/**
 * The deliverables of the Export menu (issue 5): port map / cable schedule (CSV, PDF with the
 * rack elevation), BOM (CSV, PDF), label sheet PDF with QR codes, rack elevation PNG (from the
 * Konva stage) and SVG (from the scene geometry). The export code (papaparse, jsPDF, qrcode) is
 * loaded with `import()` on first use, so the designer's first load does not pay for it. What
 * needs the analysis (port map rows, the channel diagrams with their best fixes) is asked of the
 * analysis worker (`askAbout`), so the main thread never analyses the design for an export.
 */
import { elevationSvg } from '../canvas/elevationSvg';
import { sceneOf } from '../canvas/scene';
import { elevationPng } from '../canvas/stageImage';
import type { Design } from '../core/design';
import { labelsFor } from '../core/labels';
import { askAbout } from '../store/analysisAsk';
import type { FaceMode } from '../store/session';
import { designerStore } from '../store/store';
import { downloadBytes, downloadText, downloadUrl, exportFileName } from './download';
import { setUi } from './uiState';

/** The deliverables. */
export type ExportKind =
  | 'portmap-csv'
  | 'portmap-pdf'
  | 'channels-pdf'
  | 'bom-csv'
  | 'bom-pdf'
  | 'labels-pdf'
  | 'elevation-png'
  | 'elevation-svg';

/** One Export menu entry. */
export interface ExportEntry {
  readonly kind: ExportKind;
  readonly label: string;
  readonly hint: string;
  /** True when it builds a PDF (shows the progress indicator). */
  readonly pdf: boolean;
}

/** The Export menu, in order. */
export const EXPORTS: readonly ExportEntry[] = [
  { kind: 'portmap-csv', label: 'Port map CSV', hint: 'Cable schedule, one row per fiber', pdf: false },
  {
    kind: 'portmap-pdf',
    label: 'Port map PDF',
    hint: 'Printable cable schedule, rack elevation, and the drawn channels that do not pass',
    pdf: true,
  },
  {
    kind: 'channels-pdf',
    label: 'Channel report PDF',
    hint: 'Every channel drawn end to end: elements, fiber colours, positions, flips, fixes',
    pdf: true,
  },
  { kind: 'bom-csv', label: 'BOM CSV', hint: 'Bill of materials for ordering', pdf: false },
  { kind: 'bom-pdf', label: 'BOM PDF', hint: 'Printable bill of materials', pdf: true },
  {
    kind: 'labels-pdf',
    label: 'Label sheet PDF',
    hint: 'Port and cable-end labels with QR codes (3 × 8 per A4)',
    pdf: true,
  },
  { kind: 'elevation-png', label: 'Rack elevation PNG', hint: 'Image of every rack, as drawn', pdf: false },
  { kind: 'elevation-svg', label: 'Rack elevation SVG', hint: 'Vector drawing of every rack', pdf: false },
];

/** What an export needs besides the design. */
export interface ExportContext {
  /** Face mode of the canvas (the elevation exports draw what the canvas shows). */
  readonly face: FaceMode;
  /**
   * True when the canvas draws long empty runs of rack units as bands (the PNG is a picture of the
   * canvas, so its bounds follow; the SVG is a drawing of every unit and ignores it).
   */
  readonly collapse?: boolean;
  /** Page URL the label QR codes point to (`…#port=<label>`). */
  readonly baseUrl: string;
}

const PDF = 'application/pdf';
const CSV = 'text/csv';

const subtitle = (d: Design): string => `${d.name} · ${new Date().toISOString().slice(0, 10)}`;

/** The rack elevation figure for the port map PDF, or none when the canvas is not mounted. */
function elevationFigure(d: Design, face: FaceMode, collapse = false) {
  const img = elevationPng(sceneOf(d, face, collapse), 1.5);
  return img
    ? [{ title: `Rack elevation: ${d.name}`, dataUrl: img.dataUrl, widthPx: img.widthPx, heightPx: img.heightPx }]
    : [];
}

const RUNNERS: Readonly<Record<ExportKind, (d: Design, ctx: ExportContext) => Promise<string>>> = {
  'portmap-csv': async (d) => {
    const [{ portMapCsv }, rows] = await Promise.all([
      import('../io/exports/csv'),
      askAbout(d, { kind: 'port-map-rows', mode: 'fiber' }),
    ]);
    const name = exportFileName(d.name, 'port-map', 'csv');
    downloadText(portMapCsv(rows), name, CSV);
    return name;
  },
  'portmap-pdf': async (d, ctx) => {
    const [{ portMapPdf }, rows, diagrams] = await Promise.all([
      import('../io/exports/pdf'),
      askAbout(d, { kind: 'port-map-rows', mode: 'port' }),
      askAbout(d, { kind: 'report-diagrams', scope: { notPassing: true, limit: 40 } }),
    ]);
    const name = exportFileName(d.name, 'port-map', 'pdf');
    downloadBytes(
      await portMapPdf(rows, {
        subtitle: subtitle(d),
        figures: elevationFigure(d, ctx.face, ctx.collapse),
        diagrams,
      }),
      name,
      PDF,
    );
    return name;
  },
  'channels-pdf': async (d) => {
    const [{ channelReportPdf }, diagrams] = await Promise.all([
      import('../io/exports/pdf'),
      askAbout(d, { kind: 'report-diagrams', scope: {} }),
    ]);
    const name = exportFileName(d.name, 'channel-report', 'pdf');
    downloadBytes(await channelReportPdf(diagrams.items, { subtitle: subtitle(d), diagrams }), name, PDF);
    return name;
  },
  'bom-csv': async (d) => {
    const [{ billOfMaterials }, { bomCsv }] = await Promise.all([
      import('../core/deliverables'),
      import('../io/exports/csv'),
    ]);
    const name = exportFileName(d.name, 'bom', 'csv');
    downloadText(bomCsv(billOfMaterials(d)), name, CSV);
    return name;
  },
  'bom-pdf': async (d) => {
    const [{ billOfMaterials }, { bomPdf }] = await Promise.all([
      import('../core/deliverables'),
      import('../io/exports/pdf'),
    ]);
    const name = exportFileName(d.name, 'bom', 'pdf');
    downloadBytes(await bomPdf(billOfMaterials(d), { subtitle: subtitle(d) }), name, PDF);
    return name;
  },
  'labels-pdf': async (d, ctx) => {
    const [{ labelSheetItems }, { labelSheetPdf }] = await Promise.all([
      import('../core/deliverables'),
      import('../io/exports/pdf'),
    ]);
    const name = exportFileName(d.name, 'labels', 'pdf');
    downloadBytes(
      await labelSheetPdf(labelSheetItems(d, { baseUrl: ctx.baseUrl }), { title: `Labels: ${d.name}` }),
      name,
      PDF,
    );
    return name;
  },
  'elevation-png': async (d, ctx) => {
    const img = elevationPng(sceneOf(d, ctx.face, ctx.collapse));
    if (!img) throw new Error('the rack canvas is not on screen');
    const name = exportFileName(d.name, 'rack-elevation', 'png');
    downloadUrl(img.dataUrl, name);
    return name;
  },
  'elevation-svg': async (d, ctx) => {
    const name = exportFileName(d.name, 'rack-elevation', 'svg');
    downloadText(elevationSvg(sceneOf(d, ctx.face), labelsFor(d), d.name), name, 'image/svg+xml');
    return name;
  },
};

/**
 * Builds deliverable `kind` of `design` and downloads it; resolves to the file name. Rejects
 * with the error of the builder (e.g. no canvas for the PNG).
 */
export function runExport(kind: ExportKind, design: Design, ctx: ExportContext): Promise<string> {
  return RUNNERS[kind](design, ctx);
}

/**
 * Runs an export (`build` resolves to the downloaded file's name) with the toolbar's progress
 * indicator ("Generating …" for PDFs, else "Exporting …") and a notice of the result; never throws.
 */
export async function withProgress(x: { label: string; pdf: boolean }, build: () => Promise<string>): Promise<void> {
  setUi({ busy: x.pdf ? `Generating ${x.label}…` : `Exporting ${x.label}…` });
  try {
    designerStore.getState().actions.notify('success', `Exported ${await build()}`);
  } catch (e) {
    designerStore
      .getState()
      .actions.notify('error', `${x.label} failed: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    setUi({ busy: null });
  }
}
