/**
 * Verdicts before the drop: would a new cable, with some of its ends placed in given ports, break
 * a mating rule (REFERENCE §1.8 V1–V7, P1 one plug per port, T1)? The probe does not re-state the
 * rules: it adds the cable to the design index as if it were laid and runs the same
 * `deviceMatings` and `crowdedFindings` the analysis runs, keeping only findings that involve the
 * new cable. Pure; the design is not changed.
 */
import type { Cable, PortRef } from '../design';
import type { FiberType } from '../connectors';
import { cableId, type CableId, type DeviceId } from '../ids';
import type { CablePart } from '../parts';
import { cableFiberIndex, effectivePort, type DesignIndex, type PlugAt, type ResolvedCable } from './designIndex';
import { crowdedFindings, deviceMatings, type MatingFinding } from './mating';
import { recordMapCopy } from './recordTable';

/** The id the probe gives the cable that is not laid yet (never a stored id: it has a space). */
export const PROBE_CABLE: CableId = cableId('new cable');

/** A cable about to be laid: its catalogue part, fiber type and display name. */
export interface CableProbe {
  readonly part: CablePart;
  readonly fiberType: FiberType;
  /** Display name in the messages, e.g. `New cable`. */
  readonly name: string;
}

/**
 * The mating findings a cable of `probe` would raise with its ends in `ends` (end key → port;
 * null or a missing key leaves that end unplugged): every finding of `deviceMatings` and
 * `crowdedFindings` that names the new cable (its id is `PROBE_CABLE`), `invalid` and
 * `unchecked` alike, one per rule and port. Empty means every placed end mates (no rule broken,
 * none unknown). An end in an empty cage (no transceiver to meet) raises nothing here.
 */
export function probeCable(
  index: DesignIndex,
  probe: CableProbe,
  ends: Readonly<Record<string, PortRef | null>>,
): MatingFinding[] {
  const endKeys = probe.part.ends.map((e) => e.key);
  const cable: Cable = {
    id: PROBE_CABLE,
    name: probe.name,
    part: probe.part.id,
    lengthM: 0,
    fiberType: probe.fiberType,
    ends: { ...ends },
  };
  const placed: { device: DeviceId; port: string; end: number }[] = [];
  endKeys.forEach((key, end) => {
    const ref = ends[key];
    const eff = ref ? effectivePort(index, ref) : null;
    if (eff) placed.push({ device: eff.device, port: eff.port, end });
  });
  const rc: ResolvedCable = {
    cable,
    id: PROBE_CABLE,
    fiberType: cable.fiberType,
    lengthM: cable.lengthM,
    construction: undefined,
    part: probe.part,
    fibers: cableFiberIndex(probe.part),
    endKeys,
    ends: endKeys.map((k) => ends[k] ?? null),
    slots: 1,
  };
  const cables = recordMapCopy(index.cables);
  cables.set(PROBE_CABLE, rc);
  const plugsByDevice = new Map<string, Map<string, PlugAt>>();
  const crowded = new Map<string, CableId[]>();
  for (const p of placed) {
    let byPort = plugsByDevice.get(p.device);
    if (!byPort) plugsByDevice.set(p.device, (byPort = new Map(index.plugsByDevice.get(p.device))));
    const prev = byPort.get(p.port);
    // P1: the port already holds a plug; the new one is checked against the port as if alone.
    if (prev && prev.cable !== PROBE_CABLE) crowded.set(`${p.device}#${p.port}`, [prev.cable, PROBE_CABLE]);
    byPort.set(p.port, { cable: PROBE_CABLE, end: p.end });
  }
  const overlay: DesignIndex = Object.create(index, {
    cables: { value: cables },
    plugsByDevice: { value: plugsByDevice },
    crowdedPorts: { value: crowded },
  }) as DesignIndex;
  const out: MatingFinding[] = crowdedFindings(overlay);
  const seen = new Set<string>();
  for (const [device, byPort] of plugsByDevice)
    for (const f of deviceMatings(overlay, device as DeviceId, byPort)) {
      const id = `${f.rule}@${f.at.device}#${f.at.port}`;
      if (!f.cables.includes(PROBE_CABLE) || seen.has(id)) continue;
      if (f.rule === 'T1' && !placed.some((p) => p.device === f.at.device && p.port === f.at.port)) continue;
      seen.add(id);
      out.push(f);
    }
  return out;
}

/**
 * The first end of a cable about to be laid, dropped on one port: the findings of the better of
 * the part's two sides (`sides`: end keys of each side, e.g. `[['A'], ['B']]`; the first key of a
 * side goes into `at`). The better side is the one with fewer `invalid` findings, then fewer
 * findings; ties keep the first side. Returns that side's findings (empty: this end mates).
 */
export function probeFirstEnd(
  index: DesignIndex,
  probe: CableProbe,
  sides: readonly (readonly string[])[],
  at: PortRef,
): MatingFinding[] {
  let best: MatingFinding[] | null = null;
  const score = (fs: readonly MatingFinding[]) => fs.filter((f) => f.severity === 'invalid').length * 1000 + fs.length;
  for (const side of sides) {
    const key = side[0];
    if (key === undefined) continue;
    const fs = probeCable(index, probe, { [key]: at });
    if (!best || score(fs) < score(best)) best = fs;
  }
  return best ?? [];
}
