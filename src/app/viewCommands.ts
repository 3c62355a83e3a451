/**
 * View and document commands shared by the toolbar, the keyboard and the test API: zoom about
 * the canvas centre, open a design as a new design of the library, load a demo, start a new
 * design. Opening never replaces the open design: it stays in the library (Designs).
 */
import { canvasProbe } from '../canvas/probe';
import { zoomAt } from '../canvas/viewport';
import type { Design } from '../core/design';
import { own } from '../core/own';
import { demoById } from '../demos/demos';
import type { VersionReason } from '../store/library/db';
import { designerStore } from '../store/store';
import { openAsNewDesign } from './designLibrary';
import { newDesign } from './fileActions';
import type { Opening } from './openingState';

/** Zooms by `factor` about the centre of the canvas. */
export function zoomBy(factor: number): void {
  const s = designerStore.getState();
  const r = canvasProbe.rect();
  s.actions.setViewport(zoomAt(s.session.viewport, factor, (r?.w ?? 800) / 2, (r?.h ?? 600) / 2));
}

/**
 * Zoom to selection (Shift+2): frames the selected device, the device of the selected port, the
 * devices a selected cable plugs into; a selected rack (or nothing selected) fits the racks.
 */
export function zoomToSelection(): void {
  const s = designerStore.getState();
  const sel = s.session.selection;
  const devices =
    sel?.kind === 'device'
      ? [sel.id]
      : sel?.kind === 'port'
        ? [sel.ref.device]
        : sel?.kind === 'cable'
          ? Object.values(own(s.doc.cables, sel.id)?.ends ?? {}).flatMap((r) => (r ? [r.device] : []))
          : [];
  if (devices.length) s.actions.requestView('focus', devices);
  else s.actions.requestView('fit-all');
}

/**
 * Opens `design` as a new design of the library (its first version named `label`), clears the
 * selection and frames the equipment. The design open before stays in the library. `via`: the
 * opening the caller started before reading the design (a file), so edits waited meanwhile.
 * `onBound`: runs once as soon as the design is on screen (not when the open fails).
 */
export function openDesign(
  design: Design,
  label: string,
  reason: VersionReason = 'import',
  via?: Opening,
  onBound?: () => void,
): Promise<boolean> {
  return openAsNewDesign(design, reason, label, via, onBound);
}

/**
 * Opens a built-in demo by id as a new design; false when there is no such demo or the open
 * failed (the error is shown). Its blurb is posted as soon as the demo is on screen (before its
 * "Opened" version is saved, which may be slow).
 */
export async function loadDemo(id: string): Promise<boolean> {
  const demo = demoById(id);
  if (!demo) return false;
  return openDesign(demo.build(), `New from the demo “${demo.title}”`, 'open', undefined, () =>
    designerStore.getState().actions.notify('info', `${demo.title}: ${demo.blurb}`),
  );
}

/** What New says once the new design is on screen. */
export const NEW_DESIGN_NOTICE =
  'New design with one 42U rack: drag parts from the palette into it (the previous design stays in Designs)';

/** Starts a new design with one rack; frames it and says so as soon as it is on screen. */
export async function startNewDesign(): Promise<void> {
  await openDesign(newDesign(), 'New design', 'open', undefined, () => {
    const a = designerStore.getState().actions;
    a.requestView('fit-all');
    a.notify('info', NEW_DESIGN_NOTICE);
  });
}
