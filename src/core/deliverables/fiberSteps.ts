/**
 * A traced fiber (REFERENCE §0.5) as a technician reads it: each end with its label, fiber
 * position (A/B on duplex connectors, the number on MPO) and role (Tx0, Rx3, dark, open), and
 * every hop with the labels of the ports it joins, the cable's polarity type and the fiber's
 * TIA-598 colour (§2).
 */
import type { ConnectorVariant } from '../connectors';
import type { PortRef } from '../design';
import type { DesignIndex } from '../engine/designIndex';
import type { FiberTrace, Termination } from '../engine/trace';
import { fiberMarking } from '../fiberColors';
import type { CableId, DeviceId } from '../ids';
import { portLabelOf, positionText, type LabelIndex } from '../labels';
import type { CableClass, CablePart } from '../parts';
import { own } from '../own';

/** One end of a fiber. */
export interface FiberEnd {
  readonly kind: Termination['kind'];
  /** Label of the port or transceiver (cage) where the fiber ends; a description otherwise. */
  readonly label: string;
  /** Position at that place: `A`/`B` or an MPO position; '' when not applicable. */
  readonly position: string;
  /** `Tx0`, `Rx3`, `dark`, `open port`, `unplugged`, `unchecked`, `loop`. */
  readonly role: string;
  readonly device: DeviceId | null;
  /** The port (a transceiver's MDI for Tx/Rx ends), when the end is at a port. */
  readonly port: PortRef | null;
}

/** A labelled place on a path: port label and position. */
export interface PlaceLabel {
  readonly label: string;
  readonly position: string;
}

/** A fiber inside a cable. */
export interface CableStep {
  readonly kind: 'cable';
  readonly cable: CableId;
  readonly name: string;
  /** The cable's identifier (`near/far`, REFERENCE §9.2). */
  readonly label: string;
  /** `Type A`/`Type B`/`Type C` (array cables), `A-to-B`/`A-to-A` (duplex cords), else the class. */
  readonly polarity: string;
  readonly lengthM: number;
  readonly fiberType: string;
  /** TIA-598 fiber number in this cable. */
  readonly fiber: number;
  /** TIA-598 colour name with tracer, e.g. `Blue`, `Black/yellow stripe`. */
  readonly colour: string;
  /** CSS colour of the base colour, for display. */
  readonly css: string;
  readonly from: PlaceLabel;
  readonly to: PlaceLabel;
}

/** A pass through a device (cassette, adapter plate, panel). */
export interface DeviceStep {
  readonly kind: 'device';
  readonly device: DeviceId;
  readonly name: string;
  /** The device's label (slot or panel id). */
  readonly label: string;
  readonly in: PlaceLabel;
  readonly out: PlaceLabel;
}

/** One step of a labelled path. */
export type FiberStep = CableStep | DeviceStep;

/** A labelled fiber: its ends and steps, transmitter first. */
export interface LabelledFiber {
  readonly traceId: number;
  readonly start: FiberEnd;
  readonly end: FiberEnd;
  readonly steps: readonly FiberStep[];
}

/** Polarity word of a cable by class, when it has no array polarity or cord type (§3, §4). */
const CLASS_WORD: Readonly<Record<CableClass, string>> = {
  'array-cable': 'array cable',
  trunk: 'trunk',
  harness: 'harness',
  'duplex-cord': 'duplex cord',
  'conversion-cable': 'conversion',
  pigtail: 'pigtail',
  'bulk-cable': 'spliced cable (by colour)',
  splitter: '1:2 splitter',
};

/** Polarity type of a cable part as TIA-568.3-E names it (§3, §4); `unknown` for unknown parts. */
export function cablePolarity(part: CablePart | undefined): string {
  if (!part) return 'unknown';
  if (part.polarity) return `Type ${part.polarity}`;
  if (part.cordType) return part.cordType;
  return CLASS_WORD[part.cableClass];
}

const variantOfPort = (index: DesignIndex, device: DeviceId, port: string): ConnectorVariant | null =>
  index.devices.get(device)?.ports.get(port)?.accepts ?? null;

/** Labels one termination (see `FiberEnd`). */
export function labelEnd(index: DesignIndex, labels: LabelIndex, t: Termination): FiberEnd {
  const devLabel = (d: DeviceId): string => labels.devices.get(d)?.text ?? String(d);
  const cableName = (c: CableId): string => index.cables.get(c)?.cable.name ?? String(c);
  const cableEnd = (c: CableId, end: number): string => {
    const rc = index.cables.get(c);
    return `${cableName(c)} ${rc?.part?.ends[end]?.label ?? `end ${rc?.endKeys[end] ?? end}`}`;
  };
  const cableVariant = (c: CableId, end: number): ConnectorVariant | null =>
    index.cables.get(c)?.part?.ends[end]?.connector.variant ?? null;
  const none = { device: null, port: null } as const;
  switch (t.kind) {
    case 'tx':
    case 'rx':
    case 'dark-mdi': {
      const mdi = t.port ?? 'mdi';
      const variant = variantOfPort(index, t.device, mdi);
      const role = t.kind === 'tx' ? `Tx${t.lane}` : t.kind === 'rx' ? `Rx${t.lane}` : 'dark';
      return {
        kind: t.kind,
        label: devLabel(t.device),
        position: positionText(variant, t.position),
        role,
        device: t.device,
        port: { device: t.device, port: mdi },
      };
    }
    case 'dark-device':
    case 'open-port': {
      const ref = { device: t.device, port: t.port };
      return {
        kind: t.kind,
        label: portLabelOf(labels, ref),
        position: positionText(variantOfPort(index, t.device, t.port), t.position),
        role: t.kind === 'open-port' ? 'open port' : 'dark',
        device: t.device,
        port: ref,
      };
    }
    case 'dark-cable':
    case 'unplugged':
      return {
        ...none,
        kind: t.kind,
        label: cableEnd(t.cable, t.end),
        position: positionText(cableVariant(t.cable, t.end), t.position),
        role: t.kind === 'unplugged' ? 'unplugged' : 'dark',
      };
    case 'unchecked':
      return {
        ...none,
        kind: t.kind,
        label: t.device ? devLabel(t.device) : t.cable ? cableName(t.cable) : '?',
        position: '',
        role: `unchecked: ${t.reason}`,
      };
    case 'loop':
      return { ...none, kind: t.kind, label: '', position: '', role: 'loop' };
  }
}

/** Label and position of a cable end (the port it is plugged into, or `open`). */
function cableEndPlace(
  index: DesignIndex,
  labels: LabelIndex,
  cable: CableId,
  end: number,
  position: number,
): PlaceLabel {
  const rc = index.cables.get(cable);
  const key = rc?.endKeys[end] ?? '';
  const ref = (rc && own(rc.cable.ends, key)) ?? null;
  const variant = rc?.part?.ends[end]?.connector.variant ?? null;
  const pos = positionText(variant, position);
  return { label: ref ? portLabelOf(labels, ref) : `open (${rc?.cable.name ?? cable} end ${key})`, position: pos };
}

/** Labels every step and both ends of a traced fiber. */
export function labelFiber(index: DesignIndex, labels: LabelIndex, f: FiberTrace): LabelledFiber {
  const steps: FiberStep[] = f.hops.map((h) => {
    if (h.kind === 'device') {
      const place = (p: { port: string; position: number }): PlaceLabel => ({
        label: portLabelOf(labels, { device: h.device, port: p.port }),
        position: positionText(variantOfPort(index, h.device, p.port), p.position),
      });
      return {
        kind: 'device',
        device: h.device,
        name: index.devices.get(h.device)?.device.name ?? String(h.device),
        label: labels.devices.get(h.device)?.text ?? String(h.device),
        in: place(h.in),
        out: place(h.out),
      };
    }
    const rc = index.cables.get(h.cable);
    const mark = fiberMarking(h.fiber);
    return {
      kind: 'cable',
      cable: h.cable,
      name: rc?.cable.name ?? String(h.cable),
      label: labels.cables.get(h.cable)?.text ?? String(h.cable),
      polarity: cablePolarity(rc?.part),
      lengthM: rc?.cable.lengthM ?? 0,
      fiberType: rc?.cable.fiberType ?? '',
      fiber: h.fiber,
      colour: mark.label,
      css: mark.base.css,
      from: cableEndPlace(index, labels, h.cable, h.from.end, h.from.position),
      to: cableEndPlace(index, labels, h.cable, h.to.end, h.to.position),
    };
  });
  return { traceId: f.id, start: labelEnd(index, labels, f.start), end: labelEnd(index, labels, f.end), steps };
}
