/**
 * The state behind `createAnalyzer` and one incremental update (see analysis/analyzer.ts):
 * which records changed → which regions to re-trace → which traces and channels to replace →
 * which devices to re-check, then the lists merged back in their analysis order.
 */
import type { Cable, Design, Device } from '../design';
import { channelKeyOf, EndpointKeys, groupFibers, type FiberGroup } from '../engine/channels';
import { groupCables, regionOf } from '../engine/components';
import type { DesignIndex } from '../engine/designIndex';
import type { LiveIndex } from '../engine/liveIndex';
import { crowdedFindings, deviceMatings, type MatingFinding } from '../engine/mating';
import { traceCables, visitMarks, type FiberTrace } from '../engine/trace';
import type { CableId, DeviceId } from '../ids';
import { channelLoss } from '../loss/channelLoss';
import {
  analyseChannel,
  darkLaneContext,
  failingBreakouts,
  findingsByPort,
  type AnalysedChannel,
  type Analysis,
} from './analyze';
import { lossOnlyChange, placementOnlyChange, recordChanges, type ChangedIds, type KeyOrder } from './recordChanges';
import { ChannelTable, TraceTable } from './tables';

/** Cables of a trace (its cable hops, or the cable of an unknown part it stands for). */
function cablesOf(t: FiberTrace, out: Set<CableId>): void {
  for (const h of t.hops) if (h.kind === 'cable') out.add(h.cable);
  if (t.start.kind === 'unchecked' && t.start.cable && t.hops.length === 0) out.add(t.start.cable);
}

/** The incremental state of one analyzer. */
export class IncrementalState {
  readonly #live: LiveIndex;
  readonly #traces: TraceTable;
  readonly #channels: ChannelTable;
  /** Mating findings per device that has any. */
  readonly #deviceFindings = new Map<string, MatingFinding[]>();
  #crowd: readonly MatingFinding[];
  #current: Analysis;
  readonly #orders: { readonly devices: KeyOrder; readonly cables: KeyOrder } = {
    devices: { keys: null, values: null },
    cables: { keys: null, values: null },
  };

  constructor(live: LiveIndex, a: Analysis) {
    this.#live = live;
    this.#current = a;
    this.#traces = new TraceTable(live, a.fibers);
    this.#channels = new ChannelTable(a.channels);
    this.#crowd = a.findings.filter((f) => f.rule === 'P1');
    for (const f of a.findings) {
      if (f.rule === 'P1') continue;
      const list = this.#deviceFindings.get(f.at.device);
      if (list) list.push(f);
      else this.#deviceFindings.set(f.at.device, [f]);
    }
  }

  /**
   * The analysis of `design` from the previous one, or null when only a full analysis is exact
   * (records changed design order).
   */
  update(design: Design, hint: ChangedIds | undefined, lossSettings: boolean): Analysis | null {
    const live = this.#live;
    const prev = this.#current;
    const changes = recordChanges(
      prev.index.design,
      design,
      {
        device: (id) => live.devices.get(id as DeviceId)?.device,
        cable: (id) => live.cables.get(id as CableId)?.cable,
        deviceSeq: live.deviceSeq,
        cableSeq: live.cableSeq,
      },
      this.#orders,
      hint,
    );
    if (!changes.ordered) return null;

    // Classify: what needs re-tracing (seeds), what only new loss.
    const seeds = new Set<CableId>();
    const lengthOnly = new Set<CableId>();
    const gone = new Set<CableId>();
    const findingDevices = new Set<string>();
    const seedPort = (device: string, port: string) => {
      for (const c of live.cablesNaming(device, port)) seeds.add(c);
    };
    const seedDevice = (device: string) => {
      for (const c of live.cablesAt(device)) seeds.add(c);
      findingDevices.add(device);
    };
    // Cables now in the groups where an edited cable was or is plugged (they may have read its plug).
    const cableEnds = (c: Cable | undefined) => {
      for (const ref of Object.values(c?.ends ?? {})) if (ref) for (const x of groupCables(live, ref)) seeds.add(x);
    };
    const touchEnds = (c: Cable | undefined) => {
      for (const ref of Object.values(c?.ends ?? {})) if (ref) findingDevices.add(ref.device);
    };
    const structural = new Map<DeviceId, Device | undefined>();
    const oldCables = new Map<CableId, Cable | undefined>();
    const oldSlots = new Map<CableId, number | undefined>();
    for (const id of changes.cables.keys()) {
      oldCables.set(id, live.cables.get(id)?.cable);
      oldSlots.set(id, live.cables.get(id)?.slots);
    }
    for (const [id, rec] of changes.devices) {
      const old = live.devices.get(id)?.device;
      if (old && rec && placementOnlyChange(old, rec)) continue;
      structural.set(id, rec);
      for (const d of [old, rec]) {
        if (!d) continue;
        seedDevice(d.id);
        if (d.placement.kind === 'cage') seedPort(d.placement.parent, d.placement.cage);
      }
    }
    for (const [id, rec] of changes.cables) {
      const old = live.cables.get(id)?.cable;
      if (old && rec && lossOnlyChange(old, rec)) {
        lengthOnly.add(id);
        continue;
      }
      if (!rec) gone.add(id);
      else seeds.add(id);
      touchEnds(old);
      touchEnds(rec);
    }
    const touched = live.apply(design, changes.devices, changes.cables, changes.seqs);
    // Trace ids move only when a cable is added, deleted or changes its fiber count.
    let slotsMoved = false;
    for (const [id, rec] of changes.cables)
      if (!rec || !oldCables.get(id) || live.cables.get(id)?.slots !== oldSlots.get(id)) slotsMoved = true;
    if (slotsMoved) this.#traces.offsets(live);
    for (const d of touched) findingDevices.add(d);
    for (const [id, rec] of changes.devices)
      if (structural.has(id) && rec?.placement.kind === 'cage') seedPort(rec.placement.parent, rec.placement.cage);
    for (const [id] of structural) seedDevice(id);
    for (const [id, rec] of changes.cables) {
      if (lengthOnly.has(id)) continue;
      cableEnds(rec);
      cableEnds(oldCables.get(id));
    }
    for (const id of gone) seeds.delete(id);

    const index = live.snapshot();
    const removed = new Set<FiberTrace>();
    let added: FiberTrace[] = [];
    if (seeds.size > 0 || gone.size > 0) {
      const r = this.#retrace(index, seeds, gone, removed);
      if (!r) return null;
      added = r;
    }
    const reIded = this.#traces.renumber(live);

    // Channels to judge again (their fibers changed) and to re-cost (their loss inputs did).
    const keys = new EndpointKeys();
    const affected = new Set<string>();
    for (const t of removed) affected.add(channelKeyOf(t, keys));
    for (const [before, after] of reIded) {
      affected.add(channelKeyOf(before, keys));
      removed.add(before);
      added.push(after);
    }
    const groups = groupFibers(added, keys);
    for (const k of groups.keys()) affected.add(k);
    const recost = new Set<string>();
    if (lossSettings) for (const c of prev.channels) if (!affected.has(c.key)) recost.add(c.key);
    for (const id of lengthOnly)
      for (const t of this.#traces.of(id)) {
        const k = channelKeyOf(t, keys);
        if (!affected.has(k)) recost.add(k);
      }

    const findings = this.#findings(index, findingDevices);
    const byPort = findingsByPort(findings);
    const fresh: AnalysedChannel[] = [];
    const settings = design.settings;
    for (const key of affected) {
      const fibers = this.#channels.fibersAfter(key, removed, groups.get(key)?.fibers ?? []);
      if (fibers.length === 0) continue;
      // Endpoints are sampled from the channel's first fiber, as a fresh grouping does.
      const g = groupFibers(fibers, keys).values().next().value as FiberGroup;
      fresh.push(analyseChannel(index, key, g, byPort, settings));
    }
    if (fresh.some((c) => c.verdict === 'dark-lane')) {
      const failing = failingBreakouts(fresh);
      for (let i = 0; i < fresh.length; i++) fresh[i] = darkLaneContext(index, fresh[i] as AnalysedChannel, failing);
    }
    // A new loss report only: the judgement (even a breakout's mis-wired verdict) stands.
    for (const key of recost) {
      const old = this.#channels.get(key);
      if (old) fresh.push({ ...old, loss: channelLoss(index, old, settings) });
    }
    const channels = this.#channels.replace(new Set([...affected, ...recost]), fresh);
    const fibers = this.#traces.merge(removed, added);
    this.#current = { index, fibers, channels, findings };
    return this.#current;
  }

  /**
   * Re-traces the regions of `seeds` (and of the deleted cables `gone`): collects the traces
   * they replace in `removed` and returns the new ones, or null when a region cannot be closed.
   */
  #retrace(index: DesignIndex, seeds: Set<CableId>, gone: ReadonlySet<CableId>, removed: Set<FiberTrace>) {
    const live = this.#live;
    for (let round = 0; round < 8; round++) {
      const region = regionOf(live, seeds);
      removed.clear();
      for (const id of [...region, ...gone]) for (const t of this.#traces.of(id)) removed.add(t);
      // The traces replaced may reach cables outside the region (a deletion split it): widen.
      const reach = new Set<CableId>();
      for (const t of removed) cablesOf(t, reach);
      let wider = false;
      for (const c of reach)
        if (!region.has(c) && !gone.has(c) && live.cables.has(c) && !seeds.has(c)) {
          seeds.add(c);
          wider = true;
        }
      if (wider) continue;
      const cables = [...region]
        .map((id) => live.cables.get(id))
        .filter((c) => c !== undefined)
        .sort((x, y) => (live.cableSeq.get(x.id) as number) - (live.cableSeq.get(y.id) as number));
      const r = traceCables(index, cables, this.#traces.firstIds(cables), visitMarks(cables));
      if (r.escaped.length === 0) {
        this.#traces.set(live, region, gone, r.traces);
        return r.traces;
      }
      for (const c of r.escaped) seeds.add(c);
    }
    return null;
  }

  /** The design's mating findings with the devices in `dirty` checked again. */
  #findings(index: DesignIndex, dirty: ReadonlySet<string>): MatingFinding[] {
    for (const d of dirty) {
      const byPort = index.plugsByDevice.get(d);
      const f = byPort ? deviceMatings(index, d as DeviceId, byPort) : [];
      if (f.length > 0) this.#deviceFindings.set(d, f);
      else this.#deviceFindings.delete(d);
    }
    if (dirty.size > 0 || this.#crowd.length > 0 || index.crowdedPorts.size > 0) this.#crowd = crowdedFindings(index);
    if (this.#deviceFindings.size === 0) return [...this.#crowd];
    // Devices in the order a fresh index registers them: by their first plug in design order.
    const rank = (d: string) => this.#live.firstPlug(d) ?? { seq: Infinity, end: 0 };
    const order = [...this.#deviceFindings.keys()]
      .map((d) => ({ d, r: rank(d) }))
      .sort((x, y) => x.r.seq - y.r.seq || x.r.end - y.r.end);
    const out = [...this.#crowd];
    for (const { d } of order) out.push(...(this.#deviceFindings.get(d) as MatingFinding[]));
    return out;
  }
}
