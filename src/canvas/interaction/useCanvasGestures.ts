/**
 * Pointer gestures of the canvas (mouse, pen, touch): click to select, drag equipment, modules,
 * transceivers (snapped drop preview) or a rack by its header (`rackDragGesture.ts`), drag parts
 * in from the palette, connect ports (click-click or press-drag-release), pan, pinch and wheel
 * (`viewportMotion.ts`), Escape.
 *
 * The store is read at event time and written only when a gesture ends (a drop, a pick, the final
 * viewport). While a pointer moves, only the stage transform and the interaction layer change.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type Konva from 'konva';
import type { PortRef } from '../../core/design';
import { designerStore } from '../../store/store';
import type { DragSource, Viewport } from '../../store/session';
import { bundlesOf, bundleToShow } from '../cableBundles';
import { cablesOf } from '../cableGeometry';
import { dropTargetAt, type DropTarget } from '../dropTarget';
import { hitTest, type Hit } from '../hitTest';
import type { InteractionHandle } from '../layers/InteractionLayer';
import { sceneOf, type Face } from '../scene';
import { toWorld } from '../viewport';
import { commitDrop, dropLabel } from './commitDrop';
import { cursorFor, overDeleteZone } from './pointerFeedback';
import { openingBegan, refusedWhileOpening } from './openingRefusal';
import { RackDrag } from './rackDragGesture';
import { portVerdict, showVerdictCaption } from './portVerdict';
import { hideDragGhost, showDragGhost } from './dragGhost';
import { LayerFreeze } from '../layers/frozenLayers';
import { canvasPicker, inPicker, openPicker } from '../portPicker/pickerState';
import { ViewportMotion, type PinchStart } from './viewportMotion';

type Gesture =
  | { kind: 'idle' }
  | { kind: 'press'; id: number; sx: number; sy: number; hit: Hit; fromAtPress: PortRef | null }
  | { kind: 'pan'; id: number; sx: number; sy: number; start: Viewport }
  | {
      kind: 'drag';
      id: number;
      source: DragSource;
      grabDy: number;
      fromFace: Face | undefined;
      target: DropTarget | null;
    }
  | { kind: 'connect'; id: number; from: PortRef; moved: boolean; sx: number; sy: number }
  | { kind: 'rack'; id: number; drag: RackDrag }
  | ({ kind: 'pinch' } & PinchStart);

/** Refs the gesture machine works on. */
export interface GestureRefs {
  readonly wrap: RefObject<HTMLDivElement | null>;
  readonly stage: RefObject<Konva.Stage | null>;
  readonly inter: RefObject<InteractionHandle | null>;
  readonly ghost: RefObject<HTMLDivElement | null>;
  /** Live viewport (the stage's, which runs ahead of the store during a pan). */
  readonly vp: { current: Viewport };
  readonly setDimmed: (ids: ReadonlySet<string>) => void;
  /** The cable bundle drawn expanded (hover, or a tap on touch), or null. */
  readonly expanded: { readonly current: string | null };
  readonly setExpanded: (key: string | null) => void;
}

const MOVE_PX = 5;

const EMPTY: ReadonlySet<string> = new Set();
/** The gestures during which only the interaction layer redraws: the layers below it freeze (`frozenLayers.ts`). */
const FROZEN: ReadonlySet<Gesture['kind']> = new Set(['drag', 'rack', 'connect']);

/** Attaches the canvas pointer, wheel and Escape handlers. */
export function useCanvasGestures(refs: GestureRefs): void {
  const g = useRef<Gesture>({ kind: 'idle' });
  useEffect(() => {
    const wrap = refs.wrap.current;
    if (!wrap) return;
    const pointers = new Map<number, { x: number; y: number }>();
    let lastClick = { t: 0, id: '' };
    const st = () => designerStore.getState();
    const freeze = new LayerFreeze(refs.stage, () => FROZEN.has(g.current.kind));
    const local = (e: { clientX: number; clientY: number }) => {
      const r = wrap.getBoundingClientRect();
      return {
        sx: e.clientX - r.left,
        sy: e.clientY - r.top,
        inside: e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom,
      };
    };
    const scene = () => sceneOf(st().doc, st().session.face, st().session.collapseEmpty);
    const moveRack = (r: RackDrag, sx: number, sy: number) =>
      r.move(scene(), st().doc, toWorld(refs.vp.current, sx, sy), refs.inter.current, refs.vp.current.scale);
    /** What lies under screen point (sx, sy); a finger (`coarse`) gets a wider reach for cables and bundles. */
    const hitAt = (sx: number, sy: number, coarse = false) => {
      const v = refs.vp.current;
      const w = toWorld(v, sx, sy);
      const s = scene();
      return { w, hit: hitTest(s, cablesOf(s, st().doc), w.x, w.y, v.scale, refs.expanded.current, coarse ? 12 : 5) };
    };
    /** The bundle to show expanded with the pointer at world point `w` over `hit` (see `bundleToShow`). */
    const bundleHover = (w: { x: number; y: number }, hit: Hit, tolPx = 5): string | null => {
      const s = scene();
      const tol = Math.max(2, tolPx / refs.vp.current.scale);
      return bundleToShow(bundlesOf(cablesOf(s, st().doc), s), w.x, w.y, tol, refs.expanded.current, hit.cable);
    };
    const view = new ViewportMotion(refs.stage, refs.inter, refs.vp);
    const { hover, onScreen, small, tooSmall, pressInPicker } = canvasPicker(refs.vp); // issue 12 §2
    /** The connect tool over a port: the verdict of the cable end there, on canvas and beside the pointer. */
    const portDrop = (p: { ref: PortRef; x: number; y: number; w: number; h: number }, e: PointerEvent) => {
      const tool = st().session.tool;
      if (tool.kind !== 'connect') return hideVerdict(e);
      const v = portVerdict(st().doc, tool.part, g.current.kind === 'connect' ? g.current.from : tool.from, p.ref);
      showVerdictCaption(refs.ghost.current, e, v);
      return { box: { x: p.x, y: p.y, w: p.w, h: p.h }, ok: v.cls !== 'fail', text: v.text, cls: v.cls };
    };
    const hideVerdict = (e: PointerEvent) => {
      showVerdictCaption(refs.ghost.current, e, null);
      return null;
    };
    const endDrag = () => {
      refs.inter.current?.clear();
      refs.setDimmed(EMPTY);
      hideDragGhost(refs.ghost.current);
      if (st().session.drag) st().actions.endDrag();
      g.current = { kind: 'idle' };
    };
    const updateDrag = (gs: Extract<Gesture, { kind: 'drag' }>, e: PointerEvent) => {
      const { sx, sy, inside } = local(e);
      const ghost = refs.ghost.current;
      // Over the canvas the drop preview speaks; elsewhere the ghost shows what is carried.
      showDragGhost(ghost, st().doc, gs.source, inside, e);
      if (!inside) {
        gs.target = null;
        refs.inter.current?.update({ drop: null });
        return;
      }
      const w = toWorld(refs.vp.current, sx, sy);
      const t = dropTargetAt(st().doc, scene(), gs.source, w.x, w.y, gs.grabDy, gs.fromFace);
      gs.target = t;
      const lab = dropLabel(st().doc, gs.source, t);
      refs.inter.current?.update({
        drop:
          t.kind === 'none' ? null : { box: t.box, ok: lab.ok, text: lab.text, ...(lab.cls ? { cls: lab.cls } : {}) },
        scale: refs.vp.current.scale,
      });
      // A cable end over a port: the verdict also stands beside the pointer, in the DOM.
      if (ghost && gs.source.kind === 'part')
        showVerdictCaption(ghost, e, lab.cls ? { cls: lab.cls, text: lab.text, findings: [] } : null);
    };

    const onDown = freeze.around((e: PointerEvent) => {
      if ((e.button !== 0 && e.pointerType === 'mouse') || pressInPicker(e)) return;
      // Leave any form field, so the keyboard shortcuts (Delete, arrows) act on the canvas selection.
      if (document.activeElement instanceof HTMLElement && document.activeElement !== wrap)
        document.activeElement.blur();
      const { sx, sy } = local(e);
      pointers.set(e.pointerId, { x: sx, y: sy });
      if (pointers.size === 2) {
        const [a, b] = [...pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
        if (g.current.kind === 'drag') endDrag();
        g.current = { kind: 'pinch', ...view.pinchStart(a, b) };
        return;
      }
      if (g.current.kind !== 'idle') return;
      const { hit } = hitAt(sx, sy, e.pointerType !== 'mouse');
      const tool = st().session.tool;
      if (tool.kind === 'connect' && hit.port && !tooSmall(e, hit.port)) {
        const fromAtPress = tool.from;
        if (!fromAtPress) {
          st().actions.pickPort(hit.port.ref);
          const now = st().session.tool;
          if (now.kind === 'connect' && now.from)
            g.current = { kind: 'connect', id: e.pointerId, from: now.from, moved: false, sx, sy };
          return;
        }
        g.current = { kind: 'press', id: e.pointerId, sx, sy, hit, fromAtPress };
        return;
      }
      g.current = { kind: 'press', id: e.pointerId, sx, sy, hit, fromAtPress: null };
    });

    const onMove = freeze.around((e: PointerEvent) => {
      const { sx, sy } = local(e);
      if (pointers.has(e.pointerId)) pointers.set(e.pointerId, { x: sx, y: sy });
      const cur = g.current;
      if (cur.kind === 'pinch') {
        const [a, b] = [...pointers.values()];
        if (a && b) view.pinchMove(cur, a, b);
        return;
      }
      if (cur.kind === 'idle') {
        const drag = st().session.drag;
        if (drag && drag.pointerId === e.pointerId && drag.source.kind === 'part') {
          g.current = {
            kind: 'drag',
            id: e.pointerId,
            source: drag.source,
            grabDy: 10,
            fromFace: undefined,
            target: null,
          };
          updateDrag(g.current, e);
          return;
        }
        if (e.pointerType === 'mouse' && inPicker(e)) hover.cancel();
        else if (e.pointerType === 'mouse' && local(e).inside) {
          const { w, hit } = hitAt(sx, sy);
          refs.setExpanded(bundleHover(w, hit));
          const connecting = st().session.tool.kind === 'connect';
          const dev = connecting && (!hit.port || small(hit.port)) ? hit.device : undefined;
          hover.over(dev?.device.id ?? null, () => onScreen(dev!));
          wrap.style.cursor = cursorFor(hit, connecting);
          refs.inter.current?.update({
            hoverPort: connecting && hit.port ? hit.port : null,
            drop: connecting && hit.port ? portDrop(hit.port, e) : hideVerdict(e),
          });
        } else if (refs.ghost.current?.dataset.verdict) refs.inter.current?.update({ drop: hideVerdict(e) });
        return;
      }
      if (cur.id !== e.pointerId) return;
      if (cur.kind === 'press') {
        if (Math.hypot(sx - cur.sx, sy - cur.sy) < MOVE_PX) return;
        const tool = st().session.tool;
        const dragId = tool.kind === 'select' ? cur.hit.drag : undefined;
        const rack = RackDrag.at(cur.hit, tool.kind);
        // A move would be refused at the release while a design opens: it ends here, with the notice.
        if ((rack || dragId) && refusedWhileOpening()) g.current = { kind: 'idle' };
        else if (rack) moveRack((g.current = { kind: 'rack', id: cur.id, drag: rack }).drag, sx, sy);
        else if (dragId) {
          const w = toWorld(refs.vp.current, cur.sx, cur.sy);
          const rackBox = cur.hit.device;
          g.current = {
            kind: 'drag',
            id: cur.id,
            source: { kind: 'device', id: dragId },
            grabDy: rackBox && rackBox.device.id === dragId ? w.y - rackBox.y : 10,
            fromFace: cur.hit.elev?.face,
            target: null,
          };
          refs.setDimmed(new Set([dragId]));
          wrap.style.cursor = 'grabbing';
          updateDrag(g.current, e);
        } else {
          g.current = { kind: 'pan', id: cur.id, sx: cur.sx, sy: cur.sy, start: refs.vp.current };
        }
        return;
      }
      if (cur.kind === 'pan') {
        view.pan(cur.start, { x: cur.sx, y: cur.sy }, { x: sx, y: sy });
        return;
      }
      if (cur.kind === 'drag') {
        updateDrag(cur, e);
        return;
      }
      if (cur.kind === 'rack') return moveRack(cur.drag, sx, sy);
      if (cur.kind === 'connect') {
        if (Math.hypot(sx - cur.sx, sy - cur.sy) >= MOVE_PX) cur.moved = true;
        const { w, hit } = hitAt(sx, sy);
        const from = scene().portsByKey.get(`${cur.from.device}#${cur.from.port}`);
        refs.inter.current?.update({
          band: from ? { from: { x: from.x + from.w / 2, y: from.y + from.h / 2 }, to: w } : null,
          hoverPort: hit.port ?? null,
          drop:
            hit.port && hit.port.key !== `${cur.from.device}#${cur.from.port}` ? portDrop(hit.port, e) : hideVerdict(e),
          scale: refs.vp.current.scale,
        });
      }
    });

    const onUp = freeze.around((e: PointerEvent) => {
      pointers.delete(e.pointerId);
      const cur = g.current;
      if (cur.kind === 'pinch') {
        if (pointers.size < 2) {
          view.commit();
          g.current = { kind: 'idle' };
        }
        return;
      }
      if (cur.kind === 'idle' || cur.id !== e.pointerId) return;
      const a = st().actions;
      g.current = { kind: 'idle' };
      if (cur.kind === 'pan') view.commit();
      else if (cur.kind === 'rack') {
        endDrag();
        cur.drag.end(a, e.type === 'pointercancel');
      } else if (cur.kind === 'drag') {
        const t = e.type === 'pointercancel' ? null : cur.target;
        const doc = st().doc;
        const remove =
          e.type !== 'pointercancel' && cur.source.kind === 'device' && !local(e).inside && overDeleteZone(e);
        endDrag();
        wrap.style.cursor = 'default';
        if (remove && cur.source.kind === 'device') {
          a.deleteDevices([cur.source.id]);
          a.select(null);
        } else if (t) commitDrop(doc, a, cur.source, t);
      } else if (cur.kind === 'connect') {
        refs.inter.current?.update({ band: null, hoverPort: null, drop: hideVerdict(e) });
        if (!cur.moved) return;
        const { sx, sy } = local(e);
        const { hit } = hitAt(sx, sy);
        if (hit.port && hit.port.key !== `${cur.from.device}#${cur.from.port}`) a.pickPort(hit.port.ref);
      } else if (cur.kind === 'press') click(cur.hit, cur.fromAtPress, e);
    });

    const click = (hit: Hit, fromAtPress: PortRef | null, e: PointerEvent) => {
      const a = st().actions;
      const tool = st().session.tool;
      if (tool.kind === 'connect') {
        if (hit.port && fromAtPress && !tooSmall(e, hit.port)) a.pickPort(hit.port.ref);
        else if (hit.device && (!hit.port || tooSmall(e, hit.port)))
          openPicker({ device: hit.device.device.id, anchor: onScreen(hit.device), touch: e.pointerType !== 'mouse' });
        return;
      }
      // A tap on a collapsed bundle expands it (touch has no hover); a tap elsewhere folds it again.
      if (hit.bundle) return refs.setExpanded(hit.bundle);
      const at = local(e);
      if (e.pointerType !== 'mouse') refs.setExpanded(bundleHover(toWorld(refs.vp.current, at.sx, at.sy), hit, 12));
      if (tool.kind === 'place') {
        const { sx, sy } = local(e);
        const w = toWorld(refs.vp.current, sx, sy);
        const source: DragSource = { kind: 'part', part: tool.part };
        commitDrop(st().doc, a, source, dropTargetAt(st().doc, scene(), source, w.x, w.y, 10));
        return;
      }
      // Double-click: on a device (or its port) zoom to it; on empty canvas zoom out to Fit.
      const key = hit.port?.key ?? hit.cable ?? hit.drag ?? (hit.elev ? `rack:${hit.elev.rack.id}` : 'empty');
      const now = performance.now();
      const dbl = lastClick.id === key && now - lastClick.t < 350;
      lastClick = { t: now, id: key };
      if (hit.port) a.select({ kind: 'port', ref: hit.port.ref });
      else if (hit.cable) a.select({ kind: 'cable', id: hit.cable });
      else if (hit.drag) a.select({ kind: 'device', id: hit.drag });
      else if (hit.elev) a.select({ kind: 'rack', id: hit.elev.rack.id });
      else a.select(null);
      if (dbl && hit.drag) a.requestView('focus', [hit.drag]);
      else if (dbl && key === 'empty') a.requestView('fit-all');
    };

    const onWheel = (e: WheelEvent) => {
      if (inPicker(e)) return;
      e.preventDefault();
      const { sx, sy } = local(e);
      view.wheel(e, { x: sx, y: sy });
    };

    const onKey = freeze.around((e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      const cur = g.current;
      if (['drag', 'connect', 'press', 'rack'].includes(cur.kind) || st().session.drag) {
        e.stopImmediatePropagation();
        endDrag();
        if (cur.kind === 'connect') st().actions.escape();
      }
    });

    // A palette drag starts in the DOM; take it over as soon as the store says it began.
    const unsub = designerStore.subscribe((s, prev) => {
      if (s.session.drag && !prev.session.drag && s.session.drag.source.kind === 'part' && g.current.kind === 'idle') {
        const d = s.session.drag;
        g.current = { kind: 'drag', id: d.pointerId, source: d.source, grabDy: 10, fromFace: undefined, target: null };
        freeze.sync();
      }
      // A design began opening mid-drag (the store ended a palette drag): a part, device or rack drag
      // ends, its ghost, dimming and preview go, and the release drops nothing.
      const cur = g.current;
      if ((cur.kind === 'drag' || cur.kind === 'rack') && openingBegan(s, prev)) {
        endDrag();
        wrap.style.cursor = 'default';
      }
    });

    const listening = new AbortController();
    const { signal } = listening;
    wrap.addEventListener('pointerdown', onDown, { signal });
    window.addEventListener('pointermove', onMove, { signal });
    window.addEventListener('pointerup', onUp, { signal });
    window.addEventListener('pointercancel', onUp, { signal });
    wrap.addEventListener('wheel', onWheel, { passive: false, signal });
    window.addEventListener('keydown', onKey, { capture: true, signal });
    return () => {
      unsub();
      listening.abort();
      view.dispose();
      hover.cancel();
      freeze.dispose();
    };
  }, [refs]);
}
