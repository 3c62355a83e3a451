/**
 * Test support (issue 9 proof): random sequences over every edit command of the store's doc
 * actions (each a one-liner over a pure edit of `core/edits`) and the session commands built on
 * them, with UI-reachable values including the extremes: empty and maximum-length names, one
 * character over, control characters, 0, the maximum, just over it, negative, fractional and
 * non-finite numbers, ids named like Object.prototype members, ids that do not exist.
 *
 * An action is data (`EditAction`); `applyAction` runs it on a store, resolving record picks
 * against the store's current design (`pick` indexes modulo the current ids, or a hostile id).
 * Not part of the app bundle.
 */
import fc from 'fast-check';
import { catalogueFor, BUILTIN_PARTS } from '../../core/catalogue';
import { methodA } from '../../../scripts/generate-examples';
import { emptyDesign, type Design, type PortRef } from '../../core/design';
import { addParts, addRack } from '../../core/edits';
import type { Part } from '../../core/parts';
import { demoById } from '../../demos/demos';
import { CUSTOM_CORD, CUSTOM_MODULE, CUSTOM_PANEL, CUSTOM_SFP, customPartsDesign } from '../../io/sampleDesigns';
import type { CableId, DeviceId, PartId, RackId } from '../../core/ids';
import { devicePorts } from '../../core/layout';
import { own } from '../../core/own';
import { proposeFixes } from '../../core/engine/fixes';
import { LIMITS } from '../../io/designSchema';
import { PROTOTYPE_NAMES } from '../../io/testing/designMutations';
import { analysisOf } from '../selectors';
import type { DesignerStore } from '../store';

/** A pick of a record: the n-th current id (modulo), or a hostile id (a prototype name, a missing id). */
export type Pick = { readonly n: number } | { readonly id: string };

const pickArb: fc.Arbitrary<Pick> = fc.oneof(
  { weight: 8, arbitrary: fc.nat().map((n) => ({ n })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...PROTOTYPE_NAMES, 'dev-999', 'rack-999', 'cab-999', '').map((id) => ({ id })),
  },
);

/** Names a user can type: empty, the limit, one over, control characters, markup, prototype names. */
const nameArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '',
    ' ',
    'x'.repeat(LIMITS.nameChars),
    'x'.repeat(LIMITS.nameChars + 1),
    'a\u0000b',
    'esc\u001b[31m',
    'tab\tnewline\n',
    'lone\ud800',
    '<b>&amp;</b>',
    '\ufffe\uffff',
    ...PROTOTYPE_NAMES,
  ),
);

/** Numbers a user can type or a command can receive, around every limit. */
const numberArb = (max: number): fc.Arbitrary<number> =>
  fc.oneof(
    fc.constantFrom(0, -0, 0.5, 1, max, max + 0.001, max + 1, -1, -0.001, Number.NaN, Infinity, -Infinity, 1e308),
    fc.double({ min: -10, max: max * 1.2, noNaN: true }),
    fc.integer({ min: -5, max: Math.ceil(max * 1.2) }),
  );

/** Part ids: any built-in part, the design's own parts (by index), or a hostile id. */
const partArb: fc.Arbitrary<Pick> = fc.oneof(
  { weight: 6, arbitrary: fc.nat().map((n) => ({ n })) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES, 'module/none').map((id) => ({ id })) },
);

/** One command, as data. */
export type EditAction =
  | { readonly k: 'renameDesign'; readonly name: string }
  | { readonly k: 'updateSettings'; readonly margin: number; readonly mode: number }
  | { readonly k: 'addRack'; readonly name: string | null; readonly heightU: number }
  | { readonly k: 'renameRack'; readonly rack: Pick; readonly name: string }
  | { readonly k: 'resizeRack'; readonly rack: Pick; readonly heightU: number }
  | { readonly k: 'moveRack'; readonly rack: Pick; readonly to: number }
  | { readonly k: 'deleteRack'; readonly rack: Pick }
  | {
      readonly k: 'placeEquipment';
      readonly part: Pick;
      readonly rack: Pick;
      readonly u: number;
      readonly rear: boolean;
    }
  | { readonly k: 'moveEquipment'; readonly device: Pick; readonly rack: Pick; readonly u: number }
  | { readonly k: 'insertModule'; readonly part: Pick; readonly parent: Pick; readonly slot: number }
  | { readonly k: 'moveModule'; readonly device: Pick; readonly parent: Pick; readonly slot: number }
  | { readonly k: 'plugTransceiver'; readonly part: Pick; readonly parent: Pick; readonly cage: number }
  | { readonly k: 'moveTransceiver'; readonly device: Pick; readonly parent: Pick; readonly cage: number }
  | { readonly k: 'deleteDevices'; readonly devices: readonly Pick[] }
  | { readonly k: 'renameDevice'; readonly device: Pick; readonly name: string }
  | {
      readonly k: 'connect';
      readonly part: Pick;
      readonly a: Pick;
      readonly b: Pick;
      readonly pa: number;
      readonly pb: number;
    }
  | { readonly k: 'deleteCable'; readonly cable: Pick }
  | {
      readonly k: 'updateCable';
      readonly cable: Pick;
      readonly name: string | null;
      readonly lengthM: number | null;
      readonly fiber: number;
    }
  | { readonly k: 'replacePart'; readonly cable: boolean; readonly target: Pick; readonly part: Pick }
  | { readonly k: 'applyFix'; readonly channel: number }
  | { readonly k: 'placePart'; readonly part: Pick }
  | { readonly k: 'nudge'; readonly device: Pick; readonly delta: number }
  | { readonly k: 'deleteSelection'; readonly device: Pick }
  | { readonly k: 'gesture'; readonly device: Pick; readonly moves: readonly number[]; readonly commit: boolean }
  | { readonly k: 'loadDesign'; readonly which: number }
  | { readonly k: 'addParts'; readonly part: number; readonly name: string }
  | { readonly k: 'undo' }
  | { readonly k: 'redo' };

/** Every command with its arbitrary parameters (weights favour edits that build a design up). */
export const actionArb: fc.Arbitrary<EditAction> = fc.oneof(
  nameArb.map((name): EditAction => ({ k: 'renameDesign', name })),
  fc.record({ k: fc.constant('updateSettings' as const), margin: numberArb(LIMITS.designMarginDb), mode: fc.nat() }),
  fc.record({ k: fc.constant('addRack' as const), name: fc.option(nameArb), heightU: numberArb(LIMITS.heightU) }),
  fc.record({ k: fc.constant('renameRack' as const), rack: pickArb, name: nameArb }),
  fc.record({ k: fc.constant('resizeRack' as const), rack: pickArb, heightU: numberArb(LIMITS.heightU) }),
  fc.record({ k: fc.constant('moveRack' as const), rack: pickArb, to: fc.integer({ min: -2, max: 6 }) }),
  fc.record({ k: fc.constant('deleteRack' as const), rack: pickArb }),
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constant('placeEquipment' as const),
      part: partArb,
      rack: pickArb,
      u: numberArb(LIMITS.heightU),
      rear: fc.boolean(),
    }),
  },
  fc.record({ k: fc.constant('moveEquipment' as const), device: pickArb, rack: pickArb, u: numberArb(LIMITS.heightU) }),
  {
    weight: 2,
    arbitrary: fc.record({ k: fc.constant('insertModule' as const), part: partArb, parent: pickArb, slot: fc.nat(13) }),
  },
  fc.record({ k: fc.constant('moveModule' as const), device: pickArb, parent: pickArb, slot: fc.nat(13) }),
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant('plugTransceiver' as const),
      part: partArb,
      parent: pickArb,
      cage: fc.nat(60),
    }),
  },
  fc.record({ k: fc.constant('moveTransceiver' as const), device: pickArb, parent: pickArb, cage: fc.nat(60) }),
  fc.record({ k: fc.constant('deleteDevices' as const), devices: fc.array(pickArb, { minLength: 1, maxLength: 3 }) }),
  fc.record({ k: fc.constant('renameDevice' as const), device: pickArb, name: nameArb }),
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constant('connect' as const),
      part: partArb,
      a: pickArb,
      b: pickArb,
      pa: fc.nat(),
      pb: fc.nat(),
    }),
  },
  fc.record({ k: fc.constant('deleteCable' as const), cable: pickArb }),
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant('updateCable' as const),
      cable: pickArb,
      name: fc.option(nameArb),
      lengthM: fc.option(numberArb(LIMITS.lengthM)),
      fiber: fc.nat(),
    }),
  },
  fc.record({ k: fc.constant('replacePart' as const), cable: fc.boolean(), target: pickArb, part: partArb }),
  fc.record({ k: fc.constant('applyFix' as const), channel: fc.nat() }),
  fc.record({ k: fc.constant('placePart' as const), part: partArb }),
  fc.record({ k: fc.constant('nudge' as const), device: pickArb, delta: fc.constantFrom(-1, 1, 60, -60) }),
  fc.record({ k: fc.constant('deleteSelection' as const), device: pickArb }),
  fc.record({
    k: fc.constant('gesture' as const),
    device: pickArb,
    moves: fc.array(numberArb(LIMITS.heightU), { maxLength: 4 }),
    commit: fc.boolean(),
  }),
  fc.record({ k: fc.constant('loadDesign' as const), which: fc.nat() }),
  fc.record({ k: fc.constant('addParts' as const), part: fc.nat(), name: nameArb }),
  fc.constant<EditAction>({ k: 'undo' }),
  fc.constant<EditAction>({ k: 'redo' }),
);

/** Small valid designs (New, examples, demos, every custom part kind): starts and `loadDesign` targets. */
export const START_DESIGNS: readonly (() => Design)[] = [
  () => {
    const r = addRack(emptyDesign('Untitled design'));
    return r.ok ? r.design : emptyDesign();
  },
  methodA,
  customPartsDesign,
  () => demoById('breakout-40g')?.build() ?? emptyDesign(),
];

/** Custom parts a user can add (imported or edited facts), before their name is changed. */
const CUSTOM_PARTS: readonly Part[] = [CUSTOM_CORD, CUSTOM_MODULE, CUSTOM_PANEL, CUSTOM_SFP];

/** Resolves a pick against the ids of a collection. */
const resolve = (ids: readonly string[], p: Pick): string =>
  'id' in p ? p.id : ids.length === 0 ? 'none' : (ids[p.n % ids.length] as string);

const FIBERS = ['OM3', 'OM4', 'OM5', 'OS2', 'OS1a'] as const;
const LOSS_MODES = ['tia-worst-case', 'vendor-max', 'typical'] as const;

/** All part ids a design sees (built-in and its own), for part picks. */
const partIds = (d: Design): string[] => [...BUILTIN_PARTS.map((p) => p.id), ...Object.keys(d.parts)];

/** The n-th port of a device (modulo), or a made-up port. */
function portOf(d: Design, device: string, n: number): PortRef {
  const ports = devicePorts(d, device as DeviceId);
  const p = ports[n % Math.max(1, ports.length)];
  return p ? p.ref : { device: device as DeviceId, port: `port-${n}` };
}

/** Runs one action on the store (through its public actions, as the UI does). */
export function applyAction(store: DesignerStore, x: EditAction): void {
  const a = store.getState().actions;
  const d = store.getState().doc;
  const racks = Object.keys(d.racks);
  const devices = Object.keys(d.devices);
  const cables = Object.keys(d.cables);
  const parts = partIds(d);
  const rack = (p: Pick) => resolve(racks, p) as RackId;
  const device = (p: Pick) => resolve(devices, p) as DeviceId;
  const cable = (p: Pick) => resolve(cables, p) as CableId;
  const part = (p: Pick) => resolve(parts, p) as PartId;
  const slotKey = (n: number) => `slot-${n}`;
  const cageKey = (n: number) => `cage-${n}`;
  switch (x.k) {
    case 'renameDesign':
      return void a.renameDesign(x.name);
    case 'updateSettings':
      return void a.updateSettings({ designMarginDb: x.margin, lossMode: LOSS_MODES[x.mode % 3] as never });
    case 'addRack':
      return void a.addRack({ ...(x.name === null ? {} : { name: x.name }), heightU: x.heightU });
    case 'renameRack':
      return void a.renameRack(rack(x.rack), x.name);
    case 'resizeRack':
      return void a.resizeRack(rack(x.rack), x.heightU);
    case 'moveRack':
      return a.moveRack(rack(x.rack), x.to);
    case 'deleteRack':
      return a.deleteRack(rack(x.rack));
    case 'placeEquipment':
      return void a.placeEquipment(part(x.part), rack(x.rack), x.u, x.rear ? 'rear' : 'front');
    case 'moveEquipment':
      return void a.moveEquipment(device(x.device), rack(x.rack), x.u);
    case 'insertModule':
      return void a.insertModule(part(x.part), device(x.parent), slotKey(x.slot));
    case 'moveModule':
      return void a.moveModule(device(x.device), device(x.parent), slotKey(x.slot));
    case 'plugTransceiver':
      return void a.plugTransceiver(part(x.part), device(x.parent), cageKey(x.cage));
    case 'moveTransceiver':
      return void a.moveTransceiver(device(x.device), device(x.parent), cageKey(x.cage));
    case 'deleteDevices':
      return a.deleteDevices(x.devices.map(device));
    case 'renameDevice':
      return void a.renameDevice(device(x.device), x.name);
    case 'connect': {
      const [da, db] = [device(x.a), device(x.b)];
      return void a.connect(part(x.part), portOf(d, da, x.pa), portOf(d, db, x.pb));
    }
    case 'deleteCable':
      return a.deleteCable(cable(x.cable));
    case 'updateCable':
      return void a.updateCable(cable(x.cable), {
        ...(x.name === null ? {} : { name: x.name }),
        ...(x.lengthM === null ? {} : { lengthM: x.lengthM }),
        fiberType: FIBERS[x.fiber % FIBERS.length] as (typeof FIBERS)[number],
      });
    case 'replacePart':
      return void a.replacePart(
        x.cable ? { kind: 'cable', id: cable(x.target) } : { kind: 'device', id: device(x.target) },
        part(x.part),
      );
    case 'applyFix': {
      const analysis = analysisOf(d);
      const ch = analysis.channels[x.channel % Math.max(1, analysis.channels.length)];
      const fix = ch ? proposeFixes(d, analysis, ch)[0] : undefined;
      return void (fix && a.applyFix(fix));
    }
    case 'placePart':
      return void (catalogueFor(d).get(part(x.part)) && a.placePart(part(x.part)));
    case 'nudge':
      a.select({ kind: 'device', id: device(x.device) });
      return a.nudgeSelection(x.delta);
    case 'deleteSelection':
      a.select({ kind: 'device', id: device(x.device) });
      return a.deleteSelection();
    case 'gesture': {
      const id = device(x.device);
      const pl = own(d.devices, id)?.placement;
      a.beginGesture('Move');
      for (const u of x.moves) if (pl?.kind === 'rack') a.moveEquipment(id, pl.rack, u);
      return x.commit ? a.commitGesture() : a.cancelGesture();
    }
    case 'loadDesign':
      return void a.loadDesign(START_DESIGNS[x.which % START_DESIGNS.length]?.() ?? d, 'Open');
    case 'addParts': {
      // As the import flow does: the part (here renamed to a user's text) joins the design.
      const p = CUSTOM_PARTS[x.part % CUSTOM_PARTS.length] as Part;
      return void a.loadDesign(addParts(d, [{ ...p, name: x.name }]), `Add ${p.id}`);
    }
    case 'undo':
      return a.undo();
    case 'redo':
      return a.redo();
  }
}
