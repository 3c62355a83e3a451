/**
 * Deliverables derived from an analysed design (issue 5): port map / cable schedule, bill of
 * materials, the path of a tapped port, and printable labels.
 */
export { billOfMaterials, type BomCategory, type BomLine, type BomOptions } from './bom';
export { summarizeChannel, summarizeChannels, type ChannelSummary, type LossFigures } from './channelSummary';
export {
  cablePolarity,
  labelEnd,
  labelFiber,
  type CableStep,
  type DeviceStep,
  type FiberEnd,
  type FiberStep,
  type LabelledFiber,
  type PlaceLabel,
} from './fiberSteps';
export { labelSheetItems, portLinkHash, PORT_HASH_KEY, type LabelSheetOptions, type PrintLabel } from './labelSheet';
export {
  portMapRows,
  reverseFiber,
  rowColours,
  type PortMapCable,
  type PortMapEnd,
  type PortMapMode,
  type PortMapOptions,
  type PortMapRow,
} from './portMap';
export { portPath, type PathFiber, type PortPath } from './portPath';
