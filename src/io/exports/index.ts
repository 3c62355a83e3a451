/**
 * Exports of the deliverables (issue 5): CSV (papaparse), PDF (jsPDF, lazy), share links
 * (lz-string in the URL hash) and `#port=` links.
 */
export { BOM_COLUMNS, bomCsv, LABEL_COLUMNS, labelsCsv, PORT_MAP_COLUMNS, portMapCsv, toCsv, type Column } from './csv';
export { bomPdf, LABEL_GRID, labelSheetPdf, portMapPdf, type PdfOptions } from './pdf';
export { addFigurePages, fitFigure, type PdfFigure } from './pdfFigure';
export { pdfText } from './pdfTable';
export {
  decodeShareLink,
  DESIGN_HASH_KEY,
  encodeShareLink,
  parseShareHash,
  SHARE_DESIGN_CHARS_LIMIT,
  SHARE_PAYLOAD_LIMIT,
  SHARE_URL_LIMIT,
  type DecodedShareLink,
  type ShareHash,
  type ShareLinkOptions,
  type ShareLinkResult,
} from './shareLink';
export { planLines, TEST_PLAN_COLUMNS, testPlanCsv, testPlanPdf, type PlanLine } from './testPlanExport';
export { certificationPdf, RESULT_COLUMNS, resultLines, resultsCsv, type ResultLine } from './certificationExport';
export { qrDrawer, type QrDrawer } from './pdfQr';
