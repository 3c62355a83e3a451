/**
 * `window.__designer`: the store and a few helpers for end-to-end tests and for scripting the app
 * from the browser console (ANCHORS §3.8). Kept in the production build, so e2e runs against
 * `vite preview`. Read-only helpers compute from the same selectors the UI uses.
 */
import { canvasProbe } from '../canvas/probe';
import { resetShapeBitmapTally, setShapeBitmaps, shapeBitmapTally } from '../canvas/draw/shapeBitmap';
import type { Design } from '../core/design';
import { VERDICTS } from '../core/engine/channels';
import { DEMOS } from '../demos/demos';
import { channelTitle } from '../panels/describe';
import { appAnalysis } from '../store/analysisState';
import { fieldTestOf } from '../store/fieldTestSelectors';
import { analysisOf, channelClass } from '../store/selectors';
import { designerStore } from '../store/store';
import { listDeleted, listDesigns } from '../store/library/designs';
import { getLibrary } from '../store/library/instance';
import { listQuarantine } from '../store/library/quarantine';
import { listVersions } from '../store/library/versions';
import { flushCurrent, libraryState, openDesignById, restoreVersion } from './designLibrary';
import { injectPanelFault } from './panelFaults';
import { loadDemo, openDesign } from './viewCommands';

/**
 * A compact, JSON-safe summary of the analysis of the current design, computed on demand on the
 * calling thread (a test helper: the app's panels read the analysis state instead).
 */
function summary() {
  const doc = designerStore.getState().doc;
  const a = analysisOf(doc);
  return {
    channels: a.channels.map((c) => ({
      key: c.key,
      title: channelTitle(a, c),
      kind: c.kind,
      verdict: c.verdict,
      cls: channelClass(c),
      polarityCls: VERDICTS[c.verdict].cls,
      method: c.method,
      marginDb: c.loss?.marginDb ?? null,
      lossVerdict: c.loss?.verdict ?? null,
    })),
    findings: a.findings.map((f) => ({ rule: f.rule, severity: f.severity, at: f.at, message: f.message })),
  };
}

/** The field test per permanent link (issue 14): label, test verdict and design verdict. */
function fieldTest() {
  const doc = designerStore.getState().doc;
  const out = fieldTestOf(doc);
  return {
    totals: out.totals,
    links: out.links.map((o) => ({
      label: o.link.label,
      verdict: o.verdict,
      design: o.evaluation.verdict,
      tested: o.tested,
    })),
  };
}

/** The test API object. */
export const testApi = {
  store: designerStore,
  getState: () => designerStore.getState(),
  get actions() {
    return designerStore.getState().actions;
  },
  loadDesign: (d: Design, label = 'Load design') => openDesign(d, label),
  loadDemo,
  demos: DEMOS.map((d) => ({ id: d.id, title: d.title })),
  analysis: summary,
  /** Resolves once the panels show the analysis of the current design (no "updating" state). */
  analysisSettled: (): Promise<void> => appAnalysis()?.settled() ?? Promise.resolve(),
  fieldTest,
  probe: canvasProbe,
  /** The canvas's kept rack bitmaps (`shapeBitmap.ts`): the tally of draws, its reset, on/off. */
  bitmaps: { tally: shapeBitmapTally, reset: resetShapeBitmapTally, enable: setShapeBitmaps },
  /** Resolves when every change of the open design is committed to IndexedDB. */
  flush: flushCurrent,
  /** The design library (IndexedDB): ids, lists, opening and versions. */
  library: {
    currentId: () => libraryState.getState().currentId,
    designs: async () => {
      const db = await getLibrary();
      return db ? listDesigns(db) : [];
    },
    deleted: async () => {
      const db = await getLibrary();
      return db ? listDeleted(db) : [];
    },
    versions: async (designId: string) => {
      const db = await getLibrary();
      return db ? listVersions(db, designId) : [];
    },
    quarantine: async () => {
      const db = await getLibrary();
      return db ? (await listQuarantine(db)).map(({ raw: _r, ...rest }) => rest) : [];
    },
    open: openDesignById,
    restoreVersion,
  },
  /** Makes the named panel ("Analysis", "Inspector", "Racks canvas", "Port map") throw until its Reload. */
  injectPanelFault,
  /** ms from navigation start to the first analysed design on screen. */
  firstAnalysedMs: null as number | null,
};

declare global {
  interface Window {
    __designer?: typeof testApi;
  }
}

/** Installs `window.__designer`. */
export function installTestApi(): void {
  window.__designer = testApi;
}
