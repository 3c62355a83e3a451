/**
 * Canvas size tracking and view requests (fit to content, fit everything, focus on devices):
 * the store asks, the canvas answers because only it knows its size.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { ViewRequest, Viewport } from '../../store/session';
import { designerStore } from '../../store/store';
import { readableScale } from '../lod';
import { contentBounds, unionBox, usedRacksBounds, withRowName, type Scene } from '../scene';
import { fitBox, fitReadable } from '../viewport';
import type { Box } from '../viewGeometry';

/** The element's content size in px, updated by a ResizeObserver. */
export function useElementSize(ref: RefObject<HTMLElement | null>): { w: number; h: number } {
  const [size, setSize] = useState({ w: 0, h: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () =>
      setSize((s) =>
        s.w === el.clientWidth && s.h === el.clientHeight ? s : { w: el.clientWidth, h: el.clientHeight },
      );
    read();
    const ro = new ResizeObserver(read);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}

/** Fit's margin around what it frames, px (also `fitReadable`'s default). */
const FIT_PAD = 16;

/**
 * Fit: the racks that hold equipment, whole, when they are readable that way (a rack unit at
 * least `READABLE_UNIT_PX` on screen, `lod.ts`); else their used units; else the used units at the
 * readable zoom with the selection (or the left end) in view — the minimap shows the rest.
 * `selected` (the selection's box, world units) is framed with its row's name when that is near.
 * `whole` false starts at the used units (zoom to the equipment).
 */
export function fitView(scene: Scene, size: { w: number; h: number }, selected: Box | null, whole: boolean): Viewport {
  const min = readableScale();
  const content = contentBounds(scene);
  // The selection with its row's name above it when the name is near (at the readable zoom, FIT_PAD each side).
  const focus = selected && withRowName(scene, selected, (size.h - 2 * FIT_PAD) / min);
  if (whole) {
    const racks = unionBox(focus ? [usedRacksBounds(scene), focus] : [usedRacksBounds(scene)]) as Box;
    const v = fitBox(racks, size.w, size.h, FIT_PAD, 2.5, 'top');
    if (v.scale >= min) return v;
  }
  return fitReadable(content, size.w, size.h, min, focus, FIT_PAD);
}

/** The boxes of the selected devices (rack equipment, modules' slots, transceivers' cages). */
function selectionBox(scene: Scene): Box | null {
  const sel = designerStore.getState().session.selection;
  if (sel?.kind === 'device') return unionBox(scene.boxesByDevice.get(sel.id) ?? []);
  if (sel?.kind === 'port') return unionBox(scene.boxesByDevice.get(sel.ref.device) ?? []);
  if (sel?.kind === 'rack') return unionBox(scene.elevations.filter((e) => e.rack.id === sel.id));
  return null;
}

/** Answers view requests; fits the content once when the canvas first gets a size. */
export function useViewRequests(req: ViewRequest | null, scene: Scene, size: { w: number; h: number }): void {
  const done = useRef(0);
  const fitted = useRef(false);
  useEffect(() => {
    if (size.w === 0 || size.h === 0) return;
    const actions = designerStore.getState().actions;
    if (!fitted.current && !req) {
      fitted.current = true;
      actions.setViewport(fitView(scene, size, null, false));
      return;
    }
    if (!req || req.seq === done.current) return;
    done.current = req.seq;
    fitted.current = true;
    if (req.kind === 'fit-all') actions.setViewport(fitView(scene, size, selectionBox(scene), true));
    else if (req.kind === 'fit-content') actions.setViewport(fitView(scene, size, selectionBox(scene), false));
    else {
      const boxes = (req.devices ?? []).flatMap((d) => scene.boxesByDevice.get(d) ?? []);
      const u = unionBox(boxes);
      if (u)
        actions.setViewport(fitBox({ x: u.x - 40, y: u.y - 60, w: u.w + 80, h: u.h + 120 }, size.w, size.h, 24, 5));
    }
  }, [req, scene, size]);
}
