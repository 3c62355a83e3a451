/**
 * The record of one labelled thing (REFERENCE §9): its kind and its identifier in both schemes
 * (the project grammar of §9.2 and the TIA-606-B style of §9.1), plus the references the label
 * index, the parser and port search look it up by. Types only; `labelsFor` builds them.
 */
import type { ConnectorVariant } from '../connectors';
import type { PortRef } from '../design';
import type { CableId, DeviceId, RackId } from '../ids';
import type { PortLabelParts } from './scheme';

/** Kinds of labelled things. */
export type LabelKind = 'rack' | 'panel' | 'switch' | 'slot' | 'module' | 'transceiver' | 'device' | 'port' | 'cable';

/** One labelled thing, with its identifier in both schemes. */
export interface LabelEntry {
  readonly kind: LabelKind;
  /** Project identifier (REFERENCE §9.2), e.g. `R12-P1-C3-Port4`. */
  readonly project: string;
  /** TIA-606-B style identifier (REFERENCE §9.1), e.g. `AJ05-14:C3-04`. */
  readonly tia606: string;
  /** The identifier in the design's scheme (`design.settings.labelScheme`). */
  readonly text: string;
  /** Display name of the thing (rack, device or cable name; slot label). */
  readonly name: string;
  readonly rack: RackId | null;
  readonly device: DeviceId | null;
  /** The port, for `port` entries (a switch port is the cage ref). */
  readonly port: PortRef | null;
  readonly cable: CableId | null;
  /** Connector variant of a port, when known (decides `:A/:B` vs `:12` fiber suffixes). */
  readonly variant: ConnectorVariant | null;
  /** Structured parts of a port label, when the port has a location. */
  readonly parts: PortLabelParts | null;
}

/** Labels of one cable: the whole cable and each of its ends (`this end/other end`). */
export interface CableLabel extends LabelEntry {
  readonly kind: 'cable';
  /** Per end key: the port label the end is plugged into (null when unplugged) and its end label. */
  readonly ends: Readonly<
    Record<
      string,
      { readonly port: LabelEntry | null; readonly project: string; readonly tia606: string; readonly text: string }
    >
  >;
}
