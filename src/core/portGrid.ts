/**
 * The port picker's model (issue 12 §2, "connect without pixel hunting"): the ports of one piece
 * of rack equipment laid out like its face — front and rear, slots → the module in each slot →
 * its ports, switch cages (with a twin-port transceiver's second MDI), the equipment's own ports —
 * and, for a cable being placed, what each port says: free or taken (by which cable) and whether
 * the cable's end can mate there. The mating rules are the engine's (`connectVerdict`, which runs
 * `deviceMatings` on the design as if the cable were laid, REFERENCE §1.8 V1–V7, P1); this module
 * only arranges and names them. Pure.
 */
import { catalogueFor } from './catalogue';
import { connectVerdict, type ConnectVerdict } from './connectVerdict';
import { portKey, type Design, type PortRef } from './design';
import type { DesignIndex } from './engine/designIndex';
import type { MatingRule } from './engine/mating';
import type { DeviceId, PartId } from './ids';
import type { LabelIndex } from './labels';
import { cageOccupant, portInfo, portOccupant } from './layout';
import { placementIndexOf } from './placementIndex';
import { own } from './own';
import type { PortDef } from './parts';
import { resolveModuleName } from './portNames';

/** One port of the grid. */
export interface PortCell {
  readonly ref: PortRef;
  /** `device#port`. */
  readonly key: string;
  /** Its name on the face, short: `Port 3`, `MPO1`, `Eth12`, `Eth12 MDI B`. */
  readonly name: string;
  /** Its identifier in the design's label scheme (REFERENCE §9), e.g. `R1-P1-C1-Port3`. */
  readonly label: string;
}

/** A run of ports drawn together: one slot's module, the cages, or the equipment's own ports. */
export interface PortGroup {
  readonly key: string;
  /** `Slot 1 · C1`, `Slot 2 · empty`, `Cages`, `Ports`. */
  readonly title: string;
  /** Cells per row (at most 12; two rows from 13 ports on). */
  readonly columns: number;
  readonly cells: readonly PortCell[];
}

/** The ports that open to one face. */
export interface PortFace {
  readonly face: 'front' | 'rear';
  readonly groups: readonly PortGroup[];
}

/** The ports of one piece of rack equipment, face by face (faces without ports are left out). */
export interface PortGrid {
  readonly device: DeviceId;
  readonly name: string;
  /** The equipment's identifier in the design's scheme, e.g. `R1-P1`. */
  readonly label: string;
  readonly faces: readonly PortFace[];
}

/** Cells per row: one row up to 12 ports, else two rows, never more than 12 columns. */
export const gridColumns = (n: number): number => Math.max(1, Math.min(12, n <= 12 ? n : Math.ceil(n / 2)));

/**
 * The port grid of rack equipment `device` in `design` (`labels` = `labelsFor(design)`), or null
 * when it is not rack equipment or its part is unknown. A module or transceiver id gives the grid
 * of the equipment it sits in.
 */
export function portGridOf(design: Design, labels: LabelIndex, device: DeviceId): PortGrid | null {
  const cat = catalogueFor(design);
  let dev = own(design.devices, device);
  for (let guard = 0; dev && dev.placement.kind !== 'rack' && guard < 4; guard++) {
    const p = dev.placement;
    dev = p.kind === 'slot' || p.kind === 'cage' ? own(design.devices, p.parent) : undefined;
  }
  const part = dev ? cat.get(dev.part) : undefined;
  if (!dev || part?.kind !== 'rack-equipment') return null;
  const host = dev;
  const children = placementIndexOf(design.devices).byParent.get(host.id) ?? [];
  const cell = (ref: PortRef, name: string): PortCell => {
    const key = portKey(ref);
    return { ref, key, name, label: labels.ports.get(key)?.text ?? portInfo(design, ref)?.label ?? name };
  };
  const group = (key: string, title: string, cells: PortCell[]): PortGroup => ({
    key,
    title,
    columns: gridColumns(cells.length),
    cells,
  });
  const faces: PortFace[] = (['front', 'rear'] as const).map((face) => {
    const groups: PortGroup[] = [];
    for (const s of part.slots) {
      const module = children.find((d) => d.placement.kind === 'slot' && d.placement.slot === s.key);
      const mp = module ? cat.get(module.part) : undefined;
      if (!module || mp?.kind !== 'module') {
        groups.push(group(s.key, `${s.label} · empty`, []));
        continue;
      }
      const defs = mp.ports.filter((p) => p.face === face);
      const cells = defs.map((p) => cell({ device: module.id, port: p.key }, resolveModuleName(p.label, s.label)));
      groups.push(group(s.key, `${s.label} · ${module.name}`, cells));
    }
    if (face === 'front' && part.cages.length > 0) {
      const cells: PortCell[] = [];
      for (const cg of part.cages) {
        cells.push(cell({ device: host.id, port: cg.key }, cg.label));
        const t = cageOccupant(design, host.id, cg.key);
        const tp = t ? cat.get(t.part) : undefined;
        for (const x of tp?.kind === 'transceiver' ? (tp.extraPorts ?? []) : [])
          cells.push(cell({ device: host.id, port: `${cg.key}:${x.key}` }, `${cg.label} ${x.label}`));
      }
      groups.push(group('cages', 'Cages', cells));
    }
    const own_: readonly PortDef[] = part.ports.filter((p) => p.face === face);
    if (own_.length > 0)
      groups.push(
        group(
          'ports',
          'Ports',
          own_.map((p) => cell({ device: host.id, port: p.key }, resolveModuleName(p.label, host.name))),
        ),
      );
    return { face, groups };
  });
  return {
    device: host.id,
    name: host.name,
    label: labels.devices.get(host.id)?.text ?? host.name,
    faces: faces.filter((f) => f.groups.some((g) => g.cells.length > 0)),
  };
}

/** What one port says about the cable being placed. */
export interface PortCellState {
  /** The name of the cable already plugged there, or null when free. */
  readonly takenBy: string | null;
  /** True for the port the cable's first end was picked on. */
  readonly isFrom: boolean;
  /** The engine's verdict of the cable's end there (`connectVerdict`). */
  readonly verdict: ConnectVerdict;
  /**
   * The rule the cell names (REFERENCE §1.8): the broken rule of a `fail` (P1 for a taken port),
   * the unchecked rule of an `unchecked`; null for a pass or a refusal that is not a mating rule
   * (e.g. "not a cable").
   */
  readonly rule: MatingRule | null;
}

/**
 * The state of every cell of `grid` for a cable of part `part` whose first end is at `from` (null:
 * the first end is being placed), by cell key. `index` is the design's index
 * (`designIndexFor(design)`). Costs one engine probe per free port (a 48-port panel: 48 probes).
 */
export function portCellStates(
  design: Design,
  index: DesignIndex,
  part: PartId,
  from: PortRef | null,
  grid: PortGrid,
): ReadonlyMap<string, PortCellState> {
  const out = new Map<string, PortCellState>();
  const fromKey = from ? portKey(from) : null;
  for (const face of grid.faces)
    for (const g of face.groups)
      for (const c of g.cells) {
        const plug = portOccupant(design, c.ref);
        const takenBy = plug ? (own(design.cables, plug.cable)?.name ?? String(plug.cable)) : null;
        const isFrom = c.key === fromKey;
        const verdict: ConnectVerdict = isFrom
          ? { cls: 'pass', text: 'First end picked here', findings: [] }
          : connectVerdict(design, index, part, from, c.ref);
        const rule: MatingRule | null = isFrom
          ? null
          : takenBy && verdict.cls === 'fail'
            ? 'P1'
            : verdict.cls === 'fail'
              ? (verdict.findings.find((f) => f.severity === 'invalid')?.rule ?? null)
              : verdict.cls === 'unchecked'
                ? (verdict.findings[0]?.rule ?? null)
                : null;
        out.set(c.key, { takenBy, isFrom, verdict, rule });
      }
  return out;
}
