/**
 * Whether the canvas shows its minimap: `auto` (only when the canvas does not already show the
 * whole hall), `on` or `off`. View state, not part of a design or of undo; the View command
 * toggles it.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** The minimap mode. */
export type MinimapMode = 'auto' | 'on' | 'off';

/** The mode, and whether the minimap is on screen now (the canvas writes it). */
export interface MinimapState {
  readonly mode: MinimapMode;
  readonly shown: boolean;
}

/** The store (vanilla zustand: the command table toggles it outside React). */
export const minimapState = createStore<MinimapState>()(() => ({ mode: 'auto', shown: false }));

/** The current minimap mode (React hook). */
export const useMinimapMode = (): MinimapMode => useStore(minimapState, (s) => s.mode);

/** Hides the minimap when it is on screen, shows it otherwise (the View command). */
export function toggleMinimap(): void {
  const s = minimapState.getState();
  minimapState.setState({ mode: s.shown ? 'off' : 'on' });
}
