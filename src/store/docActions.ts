/**
 * Design actions: each is a one-liner over a pure edit of `core/edits`, recorded as one named
 * history step (or joined to the open gesture). Refused edits leave the design untouched and put
 * the reason in the status bar.
 */
import { catalogueFor } from '../core/catalogue';
import type { FiberType } from '../core/connectors';
import {
  cageDropVerdict,
  designIndexFor,
  fiberTypeFor,
  refusalNotice,
  shortFinding,
  verdictOfFindings,
} from '../core/connectVerdict';
import { probeCable } from '../core/engine/matingProbe';
import type { Design, DesignSettings, PortRef } from '../core/design';
import * as E from '../core/edits';
import type { ProposedFix } from '../core/analysis/fixes';
import type { CableId, DeviceId, PartId, RackId } from '../core/ids';
import { beforeBulkChange } from './bulkChange';
import type { BoundDoc } from './docBinding';
import type { StoreKit } from './storeKit';
import { own } from '../core/own';
import { RUNS_WHILE_OPENING, waitForOpen, type OpeningRefusals } from './openingGuard';

/** A replaceable target: a cable or a device. */
export type PartTarget =
  { readonly kind: 'cable'; readonly id: CableId } | { readonly kind: 'device'; readonly id: DeviceId };

/** The design actions of the store. Those that create a record return its id (null when refused). */
export interface DocActions {
  undo(): void;
  redo(): void;
  /** Opens a gesture: the edits until `commitGesture` make one undo step. */
  beginGesture(label: string): void;
  commitGesture(): void;
  cancelGesture(): void;
  /** Replaces the design's content as one undo step (restore a version, add parts); false when refused. */
  loadDesign(design: Design, label?: string): boolean;
  /** Binds the store to another document (opening a design) or a fresh in-memory one; forgets the history. */
  resetDesign(design: Design): void;
  /** Binds the store to a library session's document (opening a design); the history starts empty. */
  bindDocument(doc: BoundDoc): void;
  /** Renames the design; false (and the rule in the status bar) when the schema refuses the name. */
  renameDesign(name: string): boolean;
  /** Changes settings; false when the schema refuses the result (e.g. a margin over 20 dB). */
  updateSettings(patch: Partial<DesignSettings>): boolean;
  addRack(opts?: { name?: string; heightU?: number }): RackId | null;
  renameRack(id: RackId, name: string): boolean;
  resizeRack(id: RackId, heightU: number): boolean;
  /** Moves a rack to 0-based `toIndex` of its own row (one undo step). */
  moveRack(id: RackId, toIndex: number): void;
  /**
   * Moves a rack to 0-based `toIndex` of row `row` (a new row when no rack has that name); one
   * undo step. False, with the reason in the status bar, when refused (unknown rack, empty row
   * name, or a name the schema refuses).
   */
  moveRackTo(id: RackId, row: string, toIndex: number): boolean;
  /** Moves a rack one place left (−1) or right (+1) in its row; false at the row's end. */
  stepRack(id: RackId, step: -1 | 1): boolean;
  /** Renames a row on all its racks (one undo step); false when empty, taken or refused by the schema. */
  renameRow(from: string, to: string): boolean;
  /** Moves a row to 0-based `toIndex` among the rows (one undo step). */
  moveRow(name: string, toIndex: number): boolean;
  deleteRack(id: RackId): void;
  placeEquipment(part: PartId, rack: RackId, positionU: number, face?: 'front' | 'rear'): DeviceId | null;
  moveEquipment(id: DeviceId, rack: RackId, positionU: number, face?: 'front' | 'rear'): boolean;
  insertModule(part: PartId, parent: DeviceId, slot: string): DeviceId | null;
  moveModule(id: DeviceId, parent: DeviceId, slot: string): boolean;
  plugTransceiver(part: PartId, parent: DeviceId, cage: string): DeviceId | null;
  moveTransceiver(id: DeviceId, parent: DeviceId, cage: string): boolean;
  deleteDevices(ids: readonly DeviceId[]): void;
  renameDevice(id: DeviceId, name: string): boolean;
  /** Lays a cable of `part` from port `first` to port `second` (legs fan out to following ports). */
  connect(part: PartId, first: PortRef, second: PortRef): CableId | null;
  deleteCable(id: CableId): void;
  /** Changes a cable's name, length (m), fiber type or construction; false when the schema refuses the result. */
  updateCable(
    id: CableId,
    patch: { name?: string; lengthM?: number; fiberType?: FiberType; construction?: 'indoor-outdoor' | null },
  ): boolean;
  replacePart(target: PartTarget, part: PartId, label?: string): boolean;
  /** Applies a proposed fix (one undo step). */
  applyFix(fix: ProposedFix): boolean;
}

/** The refusal values of the design actions: every edit, undo and redo waits for the open. */
export const DOC_REFUSALS: OpeningRefusals<DocActions> = {
  undo: undefined,
  redo: undefined,
  beginGesture: undefined,
  commitGesture: undefined,
  cancelGesture: RUNS_WHILE_OPENING,
  loadDesign: false,
  resetDesign: RUNS_WHILE_OPENING,
  bindDocument: RUNS_WHILE_OPENING,
  renameDesign: false,
  updateSettings: false,
  addRack: null,
  renameRack: false,
  resizeRack: false,
  moveRack: undefined,
  moveRackTo: false,
  stepRack: false,
  renameRow: false,
  moveRow: false,
  deleteRack: undefined,
  placeEquipment: null,
  moveEquipment: false,
  insertModule: null,
  moveModule: false,
  plugTransceiver: null,
  moveTransceiver: false,
  deleteDevices: undefined,
  renameDevice: false,
  connect: null,
  deleteCable: undefined,
  updateCable: false,
  replacePart: false,
  applyFix: false,
};

/**
 * Builds the design actions over the store kit; while a design opens each waits
 * (`DOC_REFUSALS`: refused, told once, nothing changes).
 */
export function makeDocActions(kit: StoreKit): DocActions {
  /** Commits through the binding (which runs `checkEdit`); false when the schema refused it. */
  const commit = (label: string, next: Design): boolean => typeof kit.commit(label, next) !== 'object';
  const attempt = (label: string, r: E.EditResult): string | null => {
    if (!r.ok) {
      kit.notify('error', r.reason);
      return null;
    }
    return typeof kit.commit(label, r.design) === 'object' ? null : (r.id ?? '');
  };
  const doc = () => kit.get().doc;
  const nameOf = (id: string) =>
    own(doc().devices, id)?.name ?? own(doc().cables, id)?.name ?? own(doc().racks, id)?.name ?? id;
  /** A transceiver into a cage cabled while empty: refused, rule named, when it would not mate. */
  const cageRefused = (drop: Parameters<typeof cageDropVerdict>[1], parent: DeviceId, cage: string): boolean => {
    const v = cageDropVerdict(doc(), drop, parent, cage);
    if (v.cls === 'fail') kit.notify('error', refusalNotice(`${nameOf(parent)} ${cage}`, v));
    return v.cls === 'fail';
  };
  const partName = (id: PartId) => catalogueFor(doc()).get(id)?.name ?? id;

  const actions: DocActions = {
    undo: () => kit.binding().undo(),
    redo: () => kit.binding().redo(),
    beginGesture: (label) => kit.binding().beginGesture(label),
    commitGesture: () => kit.binding().commitGesture(),
    cancelGesture: () => kit.binding().cancelGesture(),
    loadDesign: (design, label = `Open ${design.name}`) => commit(label, design),
    resetDesign: (design) => kit.bind(design),
    bindDocument: (doc) => kit.bind(doc),
    renameDesign: (name) => commit('Rename design', E.renameDesign(doc(), name)),
    updateSettings: (patch) => commit('Change settings', E.updateSettings(doc(), patch)),
    addRack: (opts) => attempt('Add rack', E.addRack(doc(), opts)) as RackId | null,
    renameRack: (id, name) => commit(`Rename ${nameOf(id)}`, E.renameRack(doc(), id, name)),
    resizeRack: (id, heightU) => attempt(`Resize ${nameOf(id)}`, E.resizeRack(doc(), id, heightU)) !== null,
    moveRack: (id, toIndex) => commit(`Move ${nameOf(id)}`, E.moveRack(doc(), id, toIndex)),
    moveRackTo: (id, row, toIndex) => {
      const from = own(doc().racks, id)?.row;
      const label = from === row.trim() ? `Move ${nameOf(id)}` : `Move ${nameOf(id)} to ${row.trim()}`;
      return attempt(label, E.moveRackTo(doc(), id, row, toIndex)) !== null;
    },
    stepRack: (id, step) =>
      attempt(`Move ${nameOf(id)} ${step < 0 ? 'left' : 'right'}`, E.stepRack(doc(), id, step)) !== null,
    renameRow: (from, to) => attempt(`Rename ${from} to ${to.trim()}`, E.renameRow(doc(), from, to)) !== null,
    moveRow: (name, toIndex) => attempt(`Move ${name}`, E.moveRow(doc(), name, toIndex)) !== null,
    deleteRack: (id) => commit(`Delete ${nameOf(id)}`, E.deleteRack(doc(), id)),
    placeEquipment: (part, rack, positionU, face) =>
      attempt(
        `Place ${partName(part)}`,
        E.placeEquipment(doc(), { part, rack, positionU, ...(face ? { face } : {}) }),
      ) as DeviceId | null,
    moveEquipment: (id, rack, positionU, face) =>
      attempt(`Move ${nameOf(id)}`, E.moveEquipment(doc(), id, { rack, positionU, ...(face ? { face } : {}) })) !==
      null,
    insertModule: (part, parent, slot) =>
      attempt(`Insert ${partName(part)}`, E.insertModule(doc(), { part, parent, slot })) as DeviceId | null,
    moveModule: (id, parent, slot) => attempt(`Move ${nameOf(id)}`, E.moveModule(doc(), id, { parent, slot })) !== null,
    plugTransceiver: (part, parent, cage) =>
      cageRefused({ part }, parent, cage)
        ? null
        : (attempt(`Plug ${partName(part)}`, E.plugTransceiver(doc(), { part, parent, cage })) as DeviceId | null),
    moveTransceiver: (id, parent, cage) =>
      !cageRefused({ move: id }, parent, cage) &&
      attempt(`Move ${nameOf(id)}`, E.moveTransceiver(doc(), id, { parent, cage })) !== null,
    deleteDevices: (ids) =>
      commit(
        ids.length === 1 ? `Delete ${nameOf(ids[0] ?? '')}` : `Delete ${ids.length} devices`,
        E.deleteDevices(doc(), ids),
      ),
    renameDevice: (id, name) => commit(`Rename ${nameOf(id)}`, E.renameDevice(doc(), id, name)),
    connect: (partId, first, second) => {
      const d = doc();
      const part = catalogueFor(d).get(partId);
      if (part?.kind !== 'cable') {
        kit.notify('error', `${part?.name ?? partId} is not a cable`);
        return null;
      }
      const plan = E.planConnection(d, part, first, second);
      if (!plan.ok) {
        kit.notify('error', plan.reason);
        return null;
      }
      const fiberType = fiberTypeFor(d, part, plan.ends);
      // The mating rules are checked before the cable exists: an invalid mating is refused, named.
      const verdict = verdictOfFindings(
        probeCable(designIndexFor(d), { part, fiberType, name: part.name }, plan.ends),
        '',
      );
      if (verdict.cls === 'fail') {
        kit.notify('error', refusalNotice(`${part.name} not laid`, verdict));
        return null;
      }
      const id = attempt(
        `Connect ${part.name}`,
        E.connectCable(d, { part: part.id, ends: plan.ends, fiberType }),
      ) as CableId | null;
      if (id) {
        const open = Object.values(plan.ends).filter((r) => r === null).length;
        const unchecked = verdict.findings[0];
        kit.notify(
          open || unchecked ? 'info' : 'success',
          `Laid ${nameOf(id)} (${part.name})${open ? `; ${open} leg${open > 1 ? 's' : ''} left unplugged: no free port follows` : ''}${unchecked ? `; not checked: ${shortFinding(unchecked)}` : ''}`,
        );
      }
      return id;
    },
    deleteCable: (id) => commit(`Delete ${nameOf(id)}`, E.deleteCable(doc(), id)),
    updateCable: (id, patch) => commit(`Edit ${nameOf(id)}`, E.updateCable(doc(), id, patch)),
    replacePart: (target, part, label) =>
      attempt(label ?? `Change ${nameOf(target.id)} to ${partName(part)}`, E.replacePart(doc(), target, part)) !== null,
    applyFix: (fix) => {
      const label = `Fix: ${fix.description}`;
      const replaced = E.replacePart(doc(), fix.target, fix.toPart);
      // A fiber-type fix (V5) also sets the cable record's fiber; the part may stay the same.
      const r =
        replaced.ok && fix.toFiberType && fix.target.kind === 'cable'
          ? { ...replaced, design: E.updateCable(replaced.design, fix.target.id, { fiberType: fix.toFiberType }) }
          : replaced;
      if (r.ok && fix.otherChannelsChanged > 0) beforeBulkChange(label, doc());
      return attempt(label, r) !== null;
    },
  };
  return waitForOpen(kit, actions, DOC_REFUSALS);
}
