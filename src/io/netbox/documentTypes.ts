/**
 * The normalised NetBox device-type / module-type document (PEERS §4.1): the shapes
 * `parseNetboxYaml` (./document) returns, whatever the file's age or mapping shape.
 */
import type { LintFinding } from './lint';

/** Which NetBox type the file defines. */
export type NetboxKind = 'device-type' | 'module-type';

/** A front port as written (positions default 1). `text` = description + comments + label. */
export interface NbFrontPort {
  readonly name: string;
  /** YAML line of the port entry. */
  readonly line: number;
  readonly label?: string;
  readonly type: string;
  readonly positions: number;
  readonly text: string;
}

/** A rear port as written; `positionsGiven` is false when `positions` was omitted (default 1). */
export interface NbRearPort {
  readonly name: string;
  /** YAML line of the port entry. */
  readonly line: number;
  readonly label?: string;
  readonly type: string;
  readonly positions: number;
  readonly positionsGiven: boolean;
  readonly text: string;
}

/** One front-position ↔ rear-position mapping, from either shape. */
export interface NbMapping {
  readonly front: string;
  readonly frontPosition: number;
  readonly rear: string;
  readonly rearPosition: number;
  readonly source: 'legacy' | 'port-mappings';
}

/** A module bay: `position` is what replaces `{module}` in installed module port names. */
export interface NbBay {
  readonly name: string;
  /** YAML line of the bay entry. */
  readonly line: number;
  readonly position: string;
}

/** A device-type interface (only pluggable cages are used: switches). */
export interface NbInterface {
  readonly name: string;
  /** YAML line of the interface entry. */
  readonly line: number;
  readonly type: string;
}

/** The normalised document. `text` is the part-level free text facts are read from. */
export interface NetboxDoc {
  readonly kind: NetboxKind;
  readonly manufacturer: string;
  readonly model: string;
  readonly slug?: string;
  readonly partNumber?: string;
  readonly uHeight: number;
  readonly text: string;
  readonly frontPorts: readonly NbFrontPort[];
  readonly rearPorts: readonly NbRearPort[];
  readonly bays: readonly NbBay[];
  readonly interfaces: readonly NbInterface[];
  readonly mappings: readonly NbMapping[];
  readonly shape: 'legacy' | 'port-mappings' | 'mixed' | 'none';
  /** The 1-based line in the file of the node at `path` (keys and list indexes), or of its nearest ancestor. */
  readonly lineOf: (path: readonly (string | number)[]) => number;
}

/** Parse result: the document plus schema findings, or an error message. */
export type ParsedNetbox =
  | { readonly ok: true; readonly doc: NetboxDoc; readonly lint: readonly LintFinding[] }
  | { readonly ok: false; readonly error: string; readonly line: number };
