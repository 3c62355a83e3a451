/**
 * The design index an analyzer keeps between updates: the same maps as `DesignIndex`, changed
 * record by record. It remembers the design order of cables and devices (the first plug in a
 * port keeps it, the last transceiver placed in a cage holds it, and trace ids follow cable
 * order) and every plug each port received, so removing a cable hands its port to the next one
 * exactly as a fresh `buildDesignIndex` would.
 *
 * Each analysis gets a `snapshot()`: an index that reads these maps until the next change, then
 * detaches (rebuilds its own maps from its design on first read), so an old analysis never sees
 * a newer design.
 */
import type { Catalogue } from '../catalogue';
import type { Cable, Design, Device, PortRef } from '../design';
import type { CableId, DeviceId } from '../ids';
import {
  cageMdiPort,
  cageOf,
  isCagePort,
  resolveCable,
  resolveDevice,
  type DesignIndex,
  type PlugAt,
  type ResolvedCable,
  type ResolvedDevice,
} from './designIndex';
import { Snapshot } from './indexSnapshot';
import { recordMapCopy } from './recordTable';

/** One cable end that names a port, in design order (`seq` of its cable, then its end index). */
interface Occupant {
  readonly cable: CableId;
  readonly end: number;
  readonly seq: number;
}

const before = (a: Occupant, b: Occupant): number => a.seq - b.seq || a.end - b.end;

/** A port key `device#port`. */
const keyOf = (device: string, port: string): string => `${device}#${port}`;

/** The mutable index of one analyzer (see the module comment). */
export class LiveIndex {
  design: Design;
  readonly catalogue: Catalogue;
  readonly devices: Map<DeviceId, ResolvedDevice>;
  readonly cables: Map<CableId, ResolvedCable>;
  readonly plugsByDevice: Map<string, Map<string, PlugAt>>;
  crowdedPorts: Map<string, CableId[]>;
  readonly cages: Map<string, Map<string, DeviceId>>;
  /** Design order of cables and devices (gaps allowed; a new record gets the next number). */
  readonly cableSeq = new Map<CableId, number>();
  readonly deviceSeq = new Map<DeviceId, number>();
  #nextCable = 0;
  #nextDevice = 0;
  /** Cable ids in design order. */
  readonly #cableOrder: CableId[] = [];
  /** Every cable end naming each effective port: device → port → occupants in design order. */
  readonly #occupants = new Map<string, Map<string, Occupant[]>>();
  /** Devices claiming each cage: switch → cage → devices in design order (the last one holds it). */
  readonly #claims = new Map<string, Map<string, DeviceId[]>>();
  /** Cables whose end names each cage of a switch: switch → cage → cables. */
  readonly #cagePlugs = new Map<string, Map<string, Set<CableId>>>();
  #snapshot: Snapshot | null = null;
  #crowdedChanged = false;

  /** Takes over (copies) the maps of a fresh index of `design`. O(devices + cables). */
  constructor(index: DesignIndex) {
    this.design = index.design;
    this.catalogue = index.catalogue;
    this.devices = recordMapCopy(index.devices);
    this.cables = recordMapCopy(index.cables);
    // Plain plugs: a fresh index's `rc` would go stale when this index replaces a cable record.
    this.plugsByDevice = new Map(
      [...index.plugsByDevice].map(
        ([d, m]) => [d, new Map([...m].map(([p, at]) => [p, { cable: at.cable, end: at.end }] as const))] as const,
      ),
    );
    this.crowdedPorts = new Map([...index.crowdedPorts].map(([k, v]) => [k, [...v]] as const));
    this.cages = new Map([...index.cages].map(([d, m]) => [d, new Map(m)] as const));
    for (const id of index.devices.keys()) this.deviceSeq.set(id, this.#nextDevice++);
    for (const [id, rd] of index.devices) {
      const p = rd.device.placement;
      if (p.kind === 'cage') this.#claimsOf(p.parent, p.cage).push(id);
    }
    for (const [id, rc] of index.cables) {
      const seq = this.#nextCable++;
      this.cableSeq.set(id, seq);
      this.#cableOrder.push(id);
      this.#addEnds(rc, seq, null);
    }
  }

  #claimsOf(sw: string, cage: string): DeviceId[] {
    let byCage = this.#claims.get(sw);
    if (!byCage) this.#claims.set(sw, (byCage = new Map()));
    let list = byCage.get(cage);
    if (!list) byCage.set(cage, (list = []));
    return list;
  }

  /** The effective (device, port) a cable end names now: a cage resolves to the transceiver in it. */
  #effective(ref: PortRef): { device: string; port: string } {
    const inCage = isCagePort(ref.port) ? this.cages.get(ref.device)?.get(cageOf(ref.port)) : undefined;
    return inCage ? { device: inCage, port: cageMdiPort(ref.port) } : { device: ref.device, port: ref.port };
  }

  /** Registers the ends of `rc` (plugs recomputed for the ports touched, collected in `touched`). */
  #addEnds(rc: ResolvedCable, seq: number, touched: Map<string, Set<string>> | null): void {
    for (let end = 0; end < rc.ends.length; end++) {
      const ref = rc.ends[end];
      if (!ref) continue;
      if (isCagePort(ref.port)) {
        let byCage = this.#cagePlugs.get(ref.device);
        if (!byCage) this.#cagePlugs.set(ref.device, (byCage = new Map()));
        let set = byCage.get(cageOf(ref.port));
        if (!set) byCage.set(cageOf(ref.port), (set = new Set()));
        set.add(rc.id);
      }
      const eff = this.#effective(ref);
      let byPort = this.#occupants.get(eff.device);
      if (!byPort) this.#occupants.set(eff.device, (byPort = new Map()));
      const occ: Occupant = { cable: rc.id, end, seq };
      const list = byPort.get(eff.port);
      if (!list) byPort.set(eff.port, [occ]);
      else {
        let i = list.length;
        while (i > 0 && before(list[i - 1] as Occupant, occ) > 0) i--;
        list.splice(i, 0, occ);
      }
      if (touched) addTouched(touched, eff.device, eff.port);
    }
  }

  /** Unregisters the ends of `rc` as they were registered (effective ports as resolved now). */
  #removeEnds(rc: ResolvedCable, touched: Map<string, Set<string>>): void {
    for (let end = 0; end < rc.ends.length; end++) {
      const ref = rc.ends[end];
      if (!ref) continue;
      if (isCagePort(ref.port)) this.#cagePlugs.get(ref.device)?.get(cageOf(ref.port))?.delete(rc.id);
      const eff = this.#effective(ref);
      const byPort = this.#occupants.get(eff.device);
      const list = byPort?.get(eff.port);
      if (!list) continue;
      const i = list.findIndex((o) => o.cable === rc.id && o.end === end);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) byPort?.delete(eff.port);
      addTouched(touched, eff.device, eff.port);
    }
  }

  /** Cables plugged (by their ends' effective ports, as resolved now) into any port of `device`. */
  cablesAt(device: string): CableId[] {
    const out: CableId[] = [];
    for (const list of this.#occupants.get(device)?.values() ?? []) for (const o of list) out.push(o.cable);
    return out;
  }

  /** The ports of `device` holding at least one cable end (effective ports), with those cables. */
  *portsAt(device: string): Iterable<[string, readonly CableId[]]> {
    for (const [port, list] of this.#occupants.get(device) ?? []) yield [port, list.map((o) => o.cable)];
  }

  /**
   * A device's first plug in design order (cable order, then end): a fresh index registers
   * devices, and so orders their mating findings, by it. Null without plugs.
   */
  firstPlug(device: string): { readonly seq: number; readonly end: number } | null {
    let best: Occupant | null = null;
    for (const list of this.#occupants.get(device)?.values() ?? []) {
      const o = list[0] as Occupant;
      if (!best || before(o, best) < 0) best = o;
    }
    return best;
  }

  /** Cables whose end names port `port` of `device` as written (a cage of a switch included). */
  cablesNaming(device: string, port: string): CableId[] {
    const out = [...(this.#cagePlugs.get(device)?.get(cageOf(port)) ?? [])];
    for (const o of this.#occupants.get(device)?.get(port) ?? []) out.push(o.cable);
    return out;
  }

  /** Cable ids in design order (valid until the next `apply`). */
  cableOrder(): readonly CableId[] {
    return this.#cableOrder;
  }

  /** Position of the first cable at or after design-order number `seq` in `#cableOrder`. */
  #orderAt(seq: number): number {
    let lo = 0;
    let hi = this.#cableOrder.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cableSeq.get(this.#cableOrder[mid] as CableId) as number) < seq) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Applies the changes of one update: `devices` and `cables` map ids to their new records
   * (undefined: deleted); records not listed are unchanged. A new record takes its design-order
   * number from `seqs` (one between its neighbours) or else follows all existing ones. Returns
   * the devices whose plugs changed (their mating findings are stale).
   */
  apply(
    design: Design,
    devices: ReadonlyMap<DeviceId, Device | undefined>,
    cables: ReadonlyMap<CableId, Cable | undefined>,
    seqs: { readonly devices: ReadonlyMap<string, number>; readonly cables: ReadonlyMap<string, number> },
  ): Set<string> {
    this.#detach();
    this.design = design;
    const touched = new Map<string, Set<string>>();
    // Cables first leave their ports (as resolved before any cage change).
    for (const id of cables.keys()) {
      const old = this.cables.get(id);
      if (old) this.#removeEnds(old, touched);
    }
    // Devices: records, then cage claims; a cage whose holder changes moves its cables' plugs.
    const cagesChanged: { sw: string; cage: string }[] = [];
    for (const [id, rec] of devices) {
      const old = this.devices.get(id);
      const op = old?.device.placement;
      if (op?.kind === 'cage') {
        const list = this.#claimsOf(op.parent, op.cage);
        list.splice(list.indexOf(id), 1);
        cagesChanged.push({ sw: op.parent, cage: op.cage });
      }
      if (!rec) {
        this.devices.delete(id);
        this.deviceSeq.delete(id);
        continue;
      }
      if (!this.deviceSeq.has(id)) this.deviceSeq.set(id, seqs.devices.get(id) ?? this.#nextDevice++);
      this.devices.set(id, resolveDevice(this.catalogue, rec));
      const np = rec.placement;
      if (np.kind === 'cage') {
        const list = this.#claimsOf(np.parent, np.cage);
        const seq = this.deviceSeq.get(id) as number;
        let i = list.length;
        while (i > 0 && (this.deviceSeq.get(list[i - 1] as DeviceId) as number) > seq) i--;
        list.splice(i, 0, id);
        cagesChanged.push({ sw: np.parent, cage: np.cage });
      }
    }
    for (const { sw, cage } of cagesChanged) {
      const list = this.#claimsOf(sw, cage);
      const holder = list[list.length - 1];
      const byCage = this.cages.get(sw);
      if ((byCage?.get(cage) ?? null) === (holder ?? null)) continue;
      const moving = [...(this.#cagePlugs.get(sw)?.get(cage) ?? [])]
        .map((c) => this.cables.get(c))
        .filter((rc): rc is ResolvedCable => rc !== undefined && !cables.has(rc.id));
      for (const rc of moving) this.#removeEnds(rc, touched);
      if (holder) {
        if (byCage) byCage.set(cage, holder);
        else this.cages.set(sw, new Map([[cage, holder]]));
      } else {
        byCage?.delete(cage);
        if (byCage?.size === 0) this.cages.delete(sw);
      }
      for (const rc of moving) this.#addEnds(rc, this.cableSeq.get(rc.id) as number, touched);
    }
    // Cables enter their new ports.
    for (const [id, rec] of cables) {
      if (!rec) {
        // By identity, not by order number: two new records may have been given the same number.
        const at = this.#cableOrder.indexOf(id);
        if (at >= 0) this.#cableOrder.splice(at, 1);
        this.cables.delete(id);
        this.cableSeq.delete(id);
        continue;
      }
      let seq = this.cableSeq.get(id);
      if (seq === undefined) {
        seq = seqs.cables.get(id) ?? this.#nextCable++;
        this.#cableOrder.splice(this.#orderAt(seq), 0, id);
        this.cableSeq.set(id, seq);
      }
      const rc = resolveCable(this.catalogue, rec);
      this.cables.set(id, rc);
      this.#addEnds(rc, seq, touched);
    }
    for (const [device, ports] of touched) this.#replug(device, ports);
    if (this.#crowdedChanged) this.#orderCrowded();
    return new Set(touched.keys());
  }

  /** Recomputes the plugs of the touched ports of `device` and keeps its ports in design order. */
  #replug(device: string, ports: ReadonlySet<string>): void {
    const byPort = this.#occupants.get(device);
    for (const port of ports) {
      const k = keyOf(device, port);
      let crowd: CableId[] | undefined;
      let plug: Occupant | undefined;
      for (const o of byPort?.get(port) ?? []) {
        if (plug && plug.cable !== o.cable) (crowd ??= [plug.cable]).push(o.cable);
        else plug = o;
      }
      const had = this.crowdedPorts.get(k);
      if (crowd || had) {
        if (crowd) this.crowdedPorts.set(k, crowd);
        else this.crowdedPorts.delete(k);
        this.#crowdedChanged = true;
      }
    }
    // The device's ports in the order of their first plug (as a fresh index registers them).
    if (!byPort || byPort.size === 0) {
      this.plugsByDevice.delete(device);
      return;
    }
    const entries = [...byPort].sort((x, y) => before(x[1][0] as Occupant, y[1][0] as Occupant));
    const prev = this.plugsByDevice.get(device);
    const next = new Map<string, PlugAt>();
    for (const [port, list] of entries) {
      let plug: Occupant | undefined;
      for (const o of list) if (!plug || plug.cable === o.cable) plug = o;
      const o = plug as Occupant;
      const old = prev?.get(port);
      next.set(port, old && old.cable === o.cable && old.end === o.end ? old : { cable: o.cable, end: o.end });
    }
    this.plugsByDevice.set(device, next);
  }

  /** Orders the crowded ports as a fresh index finds them (by their second plug, in design order). */
  #orderCrowded(): void {
    this.#crowdedChanged = false;
    const second = (k: string): Occupant => {
      const i = k.lastIndexOf('#');
      const list = this.#occupants.get(k.slice(0, i))?.get(k.slice(i + 1)) ?? [];
      const first = list[0] as Occupant;
      return list.find((o) => o.cable !== first.cable) as Occupant;
    };
    this.crowdedPorts = new Map([...this.crowdedPorts].sort((x, y) => before(second(x[0]), second(y[0]))));
  }

  /** The index of the current design, valid until the next `apply` (then it detaches). */
  snapshot(): DesignIndex {
    this.#detach();
    const s = new Snapshot(this);
    this.#snapshot = s;
    return s;
  }

  #detach(): void {
    this.#snapshot?.detach();
    this.#snapshot = null;
  }
}

function addTouched(touched: Map<string, Set<string>>, device: string, port: string): void {
  let set = touched.get(device);
  if (!set) touched.set(device, (set = new Set()));
  set.add(port);
}
