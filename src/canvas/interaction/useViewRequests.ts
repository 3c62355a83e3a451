/**
 * Canvas size tracking and view requests (fit to content, fit everything, focus on devices):
 * the store asks, the canvas answers because only it knows its size.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { ViewRequest, Viewport } from '../../store/session';
import { designerStore } from '../../store/store';
import { contentBounds, unionBox, type Scene } from '../scene';
import { fitBox } from '../viewport';

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

/** Below this zoom, "fit to equipment" shows the start of the row instead (text stays legible). */
const MIN_CONTENT_SCALE = 0.4;

/** Fits the equipment; a row too wide to read whole is shown from its left end at a legible zoom. */
function fitContent(scene: Scene, size: { w: number; h: number }): Viewport {
  const box = contentBounds(scene);
  const v = fitBox(box, size.w, size.h, 16, 2.5, 'top');
  const widthLimited = (size.w - 32) / box.w < (size.h - 32) / box.h;
  if (v.scale >= MIN_CONTENT_SCALE || !widthLimited) return v;
  return { scale: MIN_CONTENT_SCALE, x: 16 - box.x * MIN_CONTENT_SCALE, y: 16 - box.y * MIN_CONTENT_SCALE };
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
      actions.setViewport(fitContent(scene, size));
      return;
    }
    if (!req || req.seq === done.current) return;
    done.current = req.seq;
    fitted.current = true;
    if (req.kind === 'fit-all') actions.setViewport(fitBox(scene.bounds, size.w, size.h, 16, 2.5));
    else if (req.kind === 'fit-content') actions.setViewport(fitContent(scene, size));
    else {
      const boxes = (req.devices ?? []).flatMap((d) => scene.boxesByDevice.get(d) ?? []);
      const u = unionBox(boxes);
      if (u)
        actions.setViewport(fitBox({ x: u.x - 40, y: u.y - 60, w: u.w + 80, h: u.h + 120 }, size.w, size.h, 24, 5));
    }
  }, [req, scene, size]);
}
