/**
 * Whether the port picker is open, for which rack equipment and where (issue 12 §2). The canvas
 * gestures open it while a cable is being placed: the mouse resting `HOVER_OPEN_MS` on a device
 * (off its ports, or on a port under `DIRECT_PICK_PX` on screen, which cannot be clicked with
 * ease), a click on a device body, a finger's tap on a device or on a port under `DIRECT_PICK_PX`.
 * A press on the canvas cancels a pending hover and closes it; so do Escape, a pick, leaving the tool.
 * Kept out of the design store: nothing here is part of a design or of undo.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { DeviceId } from '../../core/ids';
import type { Viewport } from '../../store/session';
import type { Box } from '../viewGeometry';

/** How long the mouse rests on a device before its picker opens, ms. */
export const HOVER_OPEN_MS = 300;

/** An open picker. */
export interface PickerOpen {
  /** The rack equipment whose ports it shows. */
  readonly device: DeviceId;
  /** The device's box on screen, px relative to the canvas element (the picker sits beside it). */
  readonly anchor: Box;
  /** Opened by touch: cells are at least 44 px and text 16 px. */
  readonly touch: boolean;
}

/** The picker's state (vanilla zustand: the gesture handlers read and write it outside React). */
export const pickerState = createStore<{ readonly open: PickerOpen | null }>()(() => ({ open: null }));

/** Opens the picker (or moves it to another device). */
export const openPicker = (open: PickerOpen): void => pickerState.setState({ open });

/** Closes the picker. */
export const closePicker = (): void => {
  if (pickerState.getState().open) pickerState.setState({ open: null });
};

/** Subscribes a component to the open picker. */
export const usePicker = (): PickerOpen | null => useStore(pickerState, (s) => s.open);

/** A world box on screen, px relative to the canvas element, for viewport `v`. */
export const boxOnScreen = (b: Box, v: Viewport): Box => ({
  x: b.x * v.scale + v.x,
  y: b.y * v.scale + v.y,
  w: b.w * v.scale,
  h: b.h * v.scale,
});

/** A port whose shorter side is at least this many px on screen is picked directly (issue 12: ≥ 24 px). */
export const DIRECT_PICK_PX = 24;

/** True when world box `p` at zoom `scale` is under `DIRECT_PICK_PX` on screen. */
export const tooSmallOnScreen = (p: Box, scale: number): boolean => Math.min(p.w, p.h) * scale < DIRECT_PICK_PX;

/**
 * True when a finger (any pointer but a mouse) cannot pick world box `p` at zoom `scale` directly
 * (`tooSmallOnScreen`). The tap then opens the port picker instead.
 */
export const tooSmallForFinger = (pointerType: string, p: Box, scale: number): boolean =>
  pointerType !== 'mouse' && tooSmallOnScreen(p, scale);

/** True when a DOM event happened inside the picker (the canvas gestures then leave it alone). */
export const inPicker = (e: Event): boolean => e.target instanceof Element && !!e.target.closest('.port-picker');

/**
 * Opens the picker of a device after the mouse has rested on it for `HOVER_OPEN_MS`: call
 * `over(device, anchor)` on every hover move (`device` null off any device). Moving to another
 * device restarts the wait; the picker already open stays until another one opens.
 */
export function hoverOpener(): { over(device: DeviceId | null, anchor: () => Box): void; cancel(): void } {
  let pending: DeviceId | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    pending = null;
  };
  return {
    over(device, anchor) {
      if (device === pending) return;
      cancel();
      if (!device || pickerState.getState().open?.device === device) return;
      pending = device;
      timer = setTimeout(() => {
        timer = null;
        pending = null;
        openPicker({ device, anchor: anchor(), touch: false });
      }, HOVER_OPEN_MS);
    },
    cancel,
  };
}

/**
 * What the canvas gestures need of the picker, for the live viewport `vp`: the hover opener, a
 * world box on screen, whether a port under the mouse is too small to click (`tooSmallOnScreen`:
 * the hover opens the picker only off ports or over small ones), whether a finger can pick a port directly (`tooSmallForFinger`), and
 * `pressInPicker` (true for a press inside the picker, which the canvas leaves alone; a press
 * anywhere else closes it).
 */
export function canvasPicker(vp: { readonly current: Viewport }) {
  const hover = hoverOpener();
  return {
    hover,
    onScreen: (b: Box): Box => boxOnScreen(b, vp.current),
    small: (p: Box): boolean => tooSmallOnScreen(p, vp.current.scale),
    tooSmall: (e: { pointerType: string }, p: Box): boolean => tooSmallForFinger(e.pointerType, p, vp.current.scale),
    pressInPicker: (e: Event): boolean => {
      if (inPicker(e)) return true;
      // A press acts on the canvas (a direct pick, a pan): no picker opens under it afterwards.
      hover.cancel();
      closePicker();
      return false;
    },
  };
}
