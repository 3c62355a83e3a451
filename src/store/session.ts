/**
 * Session state: everything about the user's view and gesture that is neither undone nor
 * persisted (selection, faces shown, viewport, active tool, drag, notices).
 */
import type { PortRef } from '../core/design';
import type { CableId, DeviceId, PartId, RackId } from '../core/ids';

/** Which rack faces the canvas shows. */
export type FaceMode = 'front' | 'rear' | 'both';

/** What is selected. */
export type Selection =
  | { readonly kind: 'rack'; readonly id: RackId }
  | { readonly kind: 'device'; readonly id: DeviceId }
  | { readonly kind: 'cable'; readonly id: CableId }
  | { readonly kind: 'port'; readonly ref: PortRef }
  | { readonly kind: 'channel'; readonly key: string }
  | { readonly kind: 'finding'; readonly key: string };

/** The active tool: select/move, connect ports with a cable part, or place a part by tapping. */
export type Tool =
  | { readonly kind: 'select' }
  | { readonly kind: 'connect'; readonly part: PartId; readonly from: PortRef | null }
  | { readonly kind: 'place'; readonly part: PartId };

/** What a drag carries: a catalogue part from the palette, or placed equipment/module/transceiver. */
export type DragSource =
  { readonly kind: 'part'; readonly part: PartId } | { readonly kind: 'device'; readonly id: DeviceId };

/** A drag in flight (set once at its start; the pointer path never touches the store). */
export interface DragState {
  readonly source: DragSource;
  /** Pointer that started it; other pointers are ignored. */
  readonly pointerId: number;
  /** Client coordinates of the press, px. */
  readonly clientX: number;
  readonly clientY: number;
}

/** A short message in the status bar (a refusal reason, a confirmation). */
export interface Notice {
  readonly seq: number;
  readonly tone: 'info' | 'error' | 'success';
  readonly text: string;
}

/** Canvas pan (px) and zoom (scale factor). */
export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

/** A request to the canvas to change the view (the canvas knows its own size). */
export interface ViewRequest {
  readonly seq: number;
  readonly kind: 'fit-content' | 'fit-all' | 'focus';
  /** Devices to frame for `focus`. */
  readonly devices?: readonly DeviceId[];
}

/** Channel list filter. */
export type ChannelFilter = 'all' | 'failing' | 'attention' | 'passing' | 'test';

/** The whole session. */
export interface Session {
  readonly selection: Selection | null;
  readonly face: FaceMode;
  /**
   * Draw long runs of empty rack units as short bands ("U5–U36 empty") on the canvas (issue 12
   * §1). On by default; racks without equipment are never collapsed, and exports draw every unit.
   */
  readonly collapseEmpty: boolean;
  readonly viewport: Viewport;
  readonly tool: Tool;
  readonly drag: DragState | null;
  readonly notice: Notice | null;
  readonly channelFilter: ChannelFilter;
  readonly shortcutsOpen: boolean;
  readonly viewRequest: ViewRequest | null;
  /**
   * Why the design cannot be edited here (a view-only room link), or null. Every edit is then
   * refused with this reason; the sync server refuses such a client's updates too (issue 11).
   */
  readonly readOnly: string | null;
  /**
   * The design being opened in this tab (New, a demo, a file, a share link, Designs → Open, a
   * version as a copy, a live room), or null. Until the new design is bound the one on screen
   * is the design being left: every edit, undo and redo is refused (told once) so nothing lands
   * in the wrong design. Remote changes (other tabs, the room) still apply.
   */
  readonly opening: Opening | null;
}

/** A design being opened: what the status bar says is opening, e.g. `“Spine-leaf SR4”`. */
export interface Opening {
  /** The design, quoted (`“Hall 3”`), or a phrase (`a stored design`, `the live room “r1”`). */
  readonly what: string;
}

/** The notice of an edit refused while `o` opens (shown once, not once per key repeat). */
export const openingNotice = (o: Opening): string => `Opening ${o.what} — wait a moment`;

/** The session a new store starts with. */
export const initialSession: Session = {
  selection: null,
  face: 'both',
  collapseEmpty: true,
  viewport: { x: 0, y: 0, scale: 1 },
  tool: { kind: 'select' },
  drag: null,
  notice: null,
  channelFilter: 'all',
  shortcutsOpen: false,
  viewRequest: null,
  readOnly: null,
  opening: null,
};
