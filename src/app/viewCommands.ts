/**
 * View and document commands shared by the toolbar, the keyboard and the test API: zoom about
 * the canvas centre, load a demo, start a new design.
 */
import { canvasProbe } from '../canvas/probe';
import { zoomAt } from '../canvas/viewport';
import type { Design } from '../core/design';
import { demoById } from '../demos/demos';
import { designerStore } from '../store/store';
import { newDesign } from './fileActions';

/** Zooms by `factor` about the centre of the canvas. */
export function zoomBy(factor: number): void {
  const s = designerStore.getState();
  const r = canvasProbe.rect();
  s.actions.setViewport(zoomAt(s.session.viewport, factor, (r?.w ?? 800) / 2, (r?.h ?? 600) / 2));
}

/** Replaces the design (one undo step), clears the selection and frames the equipment. */
export function openDesign(design: Design, label: string): void {
  const a = designerStore.getState().actions;
  a.loadDesign(design, label);
  a.select(null);
  a.setTool({ kind: 'select' });
  a.requestView('fit-content');
}

/** Loads a built-in demo by id; false when there is no such demo. */
export function loadDemo(id: string): boolean {
  const demo = demoById(id);
  if (!demo) return false;
  openDesign(demo.build(), `Open demo: ${demo.title}`);
  designerStore.getState().actions.notify('info', `${demo.title}: ${demo.blurb}`);
  return true;
}

/** Starts a new design with one rack. */
export function startNewDesign(): void {
  openDesign(newDesign(), 'New design');
  const a = designerStore.getState().actions;
  a.requestView('fit-all');
  a.notify(
    'info',
    'New design with one 42U rack: drag parts from the palette into it (Undo brings the previous design back)',
  );
}
