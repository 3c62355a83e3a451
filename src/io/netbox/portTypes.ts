/**
 * NetBox port types as connector facts (PEERS §4.1 fibre slugs; REFERENCE-2 §13.1 for the VSFF
 * slugs, §15.4 for `splice`): the family and polish a `type` slug names, and the duplex variant of
 * a family.
 */
import { own } from '../../core/own';
import type { ConnectorVariant, Polish } from '../../core/connectors';

/** Connector families a NetBox port type can name (the VSFF slugs `mdc`, `sn`, `cs` carry no polish, REFERENCE-2 §13.1 [S98]). */
export type NetboxFamily = 'lc' | 'sc' | 'mpo' | 'mdc' | 'sn' | 'cs' | 'splice';

/** Connector family and polish a NetBox port `type` slug names (PEERS §4.1 fibre slugs; REFERENCE-2 §13.1). */
export const PORT_TYPES: Readonly<Record<string, { readonly family: NetboxFamily; readonly polish: Polish }>> = {
  lc: { family: 'lc', polish: 'unknown' },
  'lc-pc': { family: 'lc', polish: 'PC' },
  'lc-upc': { family: 'lc', polish: 'UPC' },
  'lc-apc': { family: 'lc', polish: 'APC' },
  sc: { family: 'sc', polish: 'unknown' },
  'sc-pc': { family: 'sc', polish: 'PC' },
  'sc-upc': { family: 'sc', polish: 'UPC' },
  'sc-apc': { family: 'sc', polish: 'APC' },
  mpo: { family: 'mpo', polish: 'unknown' },
  mdc: { family: 'mdc', polish: 'unknown' },
  sn: { family: 'sn', polish: 'unknown' },
  cs: { family: 'cs', polish: 'unknown' },
  // A spliced connection (pigtail splice cassettes, REFERENCE-2 §15.4): no end face.
  splice: { family: 'splice', polish: 'n/a' },
};

/** The family and polish of a NetBox port type slug, or undefined for a slug the designer does not model. */
export const familyOf = (type: string) => own(PORT_TYPES, type);
const DUPLEX_OF: Readonly<Record<Exclude<NetboxFamily, 'mpo' | 'splice'>, ConnectorVariant>> = {
  lc: 'lc-duplex',
  sc: 'sc-duplex',
  mdc: 'mdc-duplex',
  sn: 'sn-duplex',
  cs: 'cs-duplex',
};
/** The duplex variant of a non-MPO family (LC when the type is unknown). */
export const duplexOf = (family: NetboxFamily | undefined): ConnectorVariant =>
  family === undefined || family === 'mpo' || family === 'splice' ? 'lc-duplex' : DUPLEX_OF[family];
