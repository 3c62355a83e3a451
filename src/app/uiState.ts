/**
 * App-level view state that commands open and components show: the command palette, the parts
 * palette on narrow screens, the NetBox export dialog, the share dialogs, and the export in
 * progress. Kept out of the design store (nothing here is part of a design or of undo).
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** The view state. */
export interface UiState {
  readonly commandPalette: boolean;
  readonly partsOpen: boolean;
  /** The NetBox export dialog's mode, or null when closed. */
  readonly netboxExport: 'parts' | 'cables' | null;
  readonly share: boolean;
  /** The Share-with-team dialog (publish to a live room, issue 11). */
  readonly teamShare: boolean;
  /** The Connect by label dialog (issue 12 §2). */
  readonly connectByLabel: boolean;
  /** What is being exported (`Generating Port map PDF…`), or null. */
  readonly busy: string | null;
}

/** The store (vanilla zustand: readable from commands outside React). */
export const uiState = createStore<UiState>()(() => ({
  commandPalette: false,
  partsOpen: false,
  netboxExport: null,
  share: false,
  teamShare: false,
  connectByLabel: false,
  busy: null,
}));

/** Sets part of the view state. */
export const setUi = (patch: Partial<UiState>): void => uiState.setState(patch);

/** Subscribes a component to a slice of the view state. */
export function useUi<T>(selector: (s: UiState) => T): T {
  return useStore(uiState, selector);
}
