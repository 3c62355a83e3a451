/**
 * Labels and identifiers (REFERENCE §9): the project grammar `R12-P1-C3-Port4` and a TIA-606-B
 * style scheme, derived from the design, parsed back (GT-15) and searched.
 */
export type { CableLabel, LabelEntry, LabelKind } from './labelEntry';
export { labelsFor, portLabelOf, positionText, type LabelIndex } from './labelIndex';
export {
  canonicalText,
  convertLabel,
  parseLabel,
  type LabelErrorCode,
  type LabelParse,
  type ParsedKind,
  type ParsedLabel,
  type ParsedLink,
  type ParsedLocation,
} from './parse';
export { findPorts, type PortMatch } from './findPorts';
export { naturalCompare, normalizeLabel } from './labelText';
export {
  cabinetId,
  formatEquipmentLabel,
  formatLinkLabel,
  formatPortLabel,
  formatRackLabel,
  formatSlotLabel,
  unlocatedLabel,
  OPEN_END,
  REAR_SUFFIX,
  ROLE_PREFIX,
  SCHEME_FORMATS,
  type EquipmentLabelParts,
  type EquipmentRole,
  type PortLabelParts,
  type PortToken,
  type RackLabelParts,
} from './scheme';
