/**
 * Session actions and the gestures built from design actions: selecting, tools, the two-pick
 * connect flow, keyboard-style placement ("put this part where it fits"), delete and nudge of
 * the selection, Escape. Session changes never touch the history.
 */
import { catalogueFor } from '../core/catalogue';
import type { Placement, PortRef } from '../core/design';
import { connectVerdict, designIndexFor, refusalNotice } from '../core/connectVerdict';
import { racksInOrder } from '../core/edits';
import type { DeviceId, PartId, RackId } from '../core/ids';
import { firstFreeU, freeCageFor, freeSlotFor, portInfo } from '../core/layout';
import { makeDocActions, type DocActions } from './docActions';
import { makeFieldTestActions, type FieldTestActions } from './fieldTestActions';
import { waitForOpen } from './openingGuard';
import {
  openingNotice,
  type ChannelFilter,
  type DragState,
  type FaceMode,
  type Notice,
  type Selection,
  type Tool,
  type ViewRequest,
  type Viewport,
} from './session';
import type { StoreKit } from './storeKit';
import { own } from '../core/own';

/** Everything the UI can do to the store. */
export interface DesignerActions extends DocActions, FieldTestActions {
  select(sel: Selection | null): void;
  setFace(face: FaceMode): void;
  /** Turns the canvas's collapsing of empty rack-unit runs on or off (a view setting, not undone). */
  setCollapseEmpty(on: boolean): void;
  setViewport(v: Viewport): void;
  requestView(kind: ViewRequest['kind'], devices?: readonly DeviceId[]): void;
  setTool(tool: Tool): void;
  /** Arms the connect tool with a cable part (from the palette). */
  startConnect(part: PartId): void;
  /** A port pick: in the connect tool the first pick starts, the second lays the cable; otherwise selects the port. */
  pickPort(ref: PortRef): void;
  startDrag(drag: DragState): void;
  endDrag(): void;
  notify(tone: Notice['tone'], text: string): void;
  clearNotice(): void;
  setChannelFilter(f: ChannelFilter): void;
  setShortcutsOpen(open: boolean): void;
  /** Locks editing with a reason shown on every refused edit (a view-only room), or unlocks (null). */
  setReadOnly(reason: string | null): void;
  /**
   * Marks a design as opening (`what`, e.g. `“Hall 3”`) or opened (null); set by the library's
   * opening flows. While set, every edit waits (see `openingGuard.ts`); setting it abandons an
   * open gesture (its design is being left), clearing it takes away the "wait" notice.
   */
  setOpening(what: string | null): void;
  /** Puts a part where it fits best (selected rack/enclosure/switch first); cables arm the connect tool. */
  placePart(part: PartId): string | null;
  /** Deletes the selected rack, device or cable. */
  deleteSelection(): void;
  /** Moves the selected rack equipment up (+1) or down (−1) one unit: one undo step per press. */
  nudgeSelection(deltaU: number): void;
  /** Escape: leaves the connect tool, else clears the selection. */
  escape(): void;
}

/** Builds all actions over the store kit. */
export function makeActions(kit: StoreKit): DesignerActions {
  const docActions = makeDocActions(kit);
  const doc = () => kit.get().doc;
  const session = () => kit.get().session;
  let viewSeq = 0;

  /** The device the selection sits on (the selected device, or the device of a selected port). */
  const selectedDevice = (): DeviceId | undefined => {
    const sel = session().selection;
    return sel?.kind === 'device' ? sel.id : sel?.kind === 'port' ? sel.ref.device : undefined;
  };
  /** The rack of the selection (a selected rack, or the rack the selected device is in). */
  const selectedRack = (): RackId | undefined => {
    const sel = session().selection;
    if (sel?.kind === 'rack') return sel.id;
    let id = selectedDevice();
    for (let guard = 0; id && guard < 8; guard++) {
      const p: Placement | undefined = own(doc().devices, id)?.placement;
      if (p?.kind === 'rack') return p.rack;
      id = p?.kind === 'slot' || p?.kind === 'cage' ? p.parent : undefined;
    }
    return undefined;
  };

  const actions: DesignerActions = {
    ...docActions,
    ...makeFieldTestActions(kit),
    select: (sel) =>
      kit.setSession((s) => {
        s.selection = sel;
      }),
    setFace: (face) =>
      kit.setSession((s) => {
        s.face = face;
      }),
    setCollapseEmpty: (on) =>
      kit.setSession((s) => {
        s.collapseEmpty = on;
      }),
    setViewport: (v) =>
      kit.setSession((s) => {
        s.viewport = v;
      }),
    requestView: (kind, devices) =>
      kit.setSession((s) => {
        s.viewRequest = { seq: ++viewSeq, kind, ...(devices ? { devices: [...devices] } : {}) };
      }),
    setTool: (tool) =>
      kit.setSession((s) => {
        s.tool = tool;
      }),
    startConnect: (part) => {
      kit.setSession((s) => {
        s.tool = { kind: 'connect', part, from: null };
      });
      kit.notify(
        'info',
        `Connect with ${catalogueFor(doc()).get(part)?.name ?? part}: pick a port, then another port (Esc to stop)`,
      );
    },
    pickPort: (ref) => {
      const tool = session().tool;
      if (tool.kind !== 'connect') {
        actions.select({ kind: 'port', ref });
        return;
      }
      if (!tool.from) {
        const info = portInfo(doc(), ref);
        // The first end is checked too (V1–V7, P1): a port no end of the cable can mate refuses it.
        const verdict = connectVerdict(doc(), designIndexFor(doc()), tool.part, null, ref);
        if (verdict.cls === 'fail') {
          kit.notify('error', refusalNotice(info?.label ?? ref.port, verdict));
          return;
        }
        kit.setSession((s) => {
          s.tool = { ...tool, from: ref };
        });
        kit.notify('info', `From ${info?.label ?? ref.port}: now pick the other port`);
        return;
      }
      const id = docActions.connect(tool.part, tool.from, ref);
      kit.setSession((s) => {
        s.tool = { ...tool, from: null };
        if (id) s.selection = { kind: 'cable', id };
      });
    },
    startDrag: (drag) =>
      kit.setSession((s) => {
        s.drag = drag;
      }),
    endDrag: () =>
      kit.setSession((s) => {
        s.drag = null;
      }),
    notify: kit.notify,
    clearNotice: () =>
      kit.setSession((s) => {
        s.notice = null;
      }),
    setChannelFilter: (f) =>
      kit.setSession((s) => {
        s.channelFilter = f;
      }),
    setReadOnly: (reason) =>
      kit.setSession((s) => {
        s.readOnly = reason;
      }),
    setOpening: (what) => {
      const was = session().opening;
      if (what !== null) docActions.cancelGesture();
      kit.setSession((s) => {
        s.opening = what === null ? null : { what };
        if (what !== null) s.drag = null; // a palette drag under way ends (the canvas drops its ghost)
        if (was && what === null && s.notice?.text === openingNotice(was)) s.notice = null;
      });
    },
    setShortcutsOpen: (open) =>
      kit.setSession((s) => {
        s.shortcutsOpen = open;
      }),
    placePart: (partId) => {
      const d = doc();
      const part = catalogueFor(d).get(partId);
      if (!part) return null;
      if (part.kind === 'cable') {
        actions.startConnect(part.id);
        return null;
      }
      if (part.kind === 'rack-equipment') {
        const racks = racksInOrder(d).map((r) => r.id);
        const order = [selectedRack(), ...racks].filter((r): r is RackId => !!r);
        const rack = order.find((r) => firstFreeU(d, r, part.heightU) !== null);
        if (!rack) {
          kit.notify('error', racks.length ? `No rack has ${part.heightU}U free for ${part.name}` : 'Add a rack first');
          return null;
        }
        const id = docActions.placeEquipment(part.id, rack, firstFreeU(d, rack, part.heightU) ?? 1);
        if (id) actions.select({ kind: 'device', id });
        return id;
      }
      const hosts = [selectedDevice(), ...Object.keys(d.devices)].filter((h): h is DeviceId => !!h);
      for (const host of hosts) {
        const key = part.kind === 'module' ? freeSlotFor(d, host, part) : freeCageFor(d, host, part);
        if (!key) continue;
        const id =
          part.kind === 'module'
            ? docActions.insertModule(part.id, host, key)
            : docActions.plugTransceiver(part.id, host, key);
        if (id) actions.select({ kind: 'device', id });
        return id;
      }
      kit.notify(
        'error',
        part.kind === 'module'
          ? `No free ${part.formFactor} slot for ${part.name}`
          : `No free cage takes the ${part.formFactor} transceiver ${part.name}`,
      );
      return null;
    },
    deleteSelection: () => {
      const sel = session().selection;
      if (!sel) return;
      if (sel.kind === 'rack') docActions.deleteRack(sel.id);
      else if (sel.kind === 'device') docActions.deleteDevices([sel.id]);
      else if (sel.kind === 'cable') docActions.deleteCable(sel.id);
      else return;
      actions.select(null);
    },
    nudgeSelection: (deltaU) => {
      const id = selectedDevice();
      const p = id ? own(doc().devices, id)?.placement : undefined;
      if (!id || p?.kind !== 'rack') return;
      docActions.moveEquipment(id, p.rack, p.positionU + deltaU);
    },
    escape: () => {
      const s = session();
      if (s.shortcutsOpen) actions.setShortcutsOpen(false);
      else if (s.tool.kind === 'connect' && s.tool.from)
        kit.setSession((x) => {
          x.tool = { kind: 'connect', part: (s.tool as { part: PartId }).part, from: null };
        });
      else if (s.tool.kind !== 'select') actions.setTool({ kind: 'select' });
      else actions.select(null);
      kit.setSession((x) => {
        x.notice = null;
      });
    },
  };
  // Session actions that edit or arm an edit wait for an opening design too (docActions' do).
  return waitForOpen(kit, actions, {
    placePart: null,
    // A palette drag would only carry a part to a drop that is refused: it does not start.
    startDrag: undefined,
    startConnect: undefined,
    deleteSelection: undefined,
    nudgeSelection: undefined,
  });
}
