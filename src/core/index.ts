/**
 * The core's public entry point for analysis (issue 10): the one-shot `analyzeDesign`, the
 * incremental `createAnalyzer` (same result, reusing what an edit did not touch), the view a
 * worker posts to the UI (channel rows, port states, findings, as patches) and one channel in
 * full on demand, narrow cancellable fix proposals, and the data-hall generator the benchmarks
 * use. Node and the CLI call these directly; the app analyses after each edit's frame is painted
 * (never during render) and does not use the incremental analyzer yet.
 *
 * Everything here is pure TypeScript (no DOM, no React) and never throws on a well-typed design.
 */
export { analyzeDesign, compareChannels, type AnalysedChannel, type Analysis } from './analysis/analyze';
export { createAnalyzer, type Analyzer, type ChangedIds } from './analysis/analyzer';
export {
  channelClass,
  channelPath,
  isEquipmentChannel,
  isListedChannel,
  lossClass,
  verdictCounts,
  worseClass,
  type PathSet,
} from './analysis/channelClass';
export { channelDetail, channelsAtPort, type ChannelDetail, type FiberRow } from './analysis/channelDetail';
export {
  channelApplications,
  channelTitle,
  endpointLabel,
  endpointName,
  endPlace,
  fiberState,
  hopView,
  terminationLabel,
  type FiberState,
  type HopView,
} from './analysis/describe';
export {
  fixSearch,
  proposeFixes,
  proposeFixesAsync,
  substitutePart,
  type FixOptions,
  type ProposedFix,
} from './analysis/fixes';
export {
  channelRow,
  findingRow,
  type AnalysisView,
  type ChannelRow,
  type EndpointRow,
  type FindingRow,
  type LossRow,
  type PortState,
} from './analysis/view';
export { applyViewPatch, compareRows, createViewBuilder, type ViewBuilder, type ViewPatch } from './analysis/viewPatch';
export { DATA_HALL_SIZES, cableFiberCount, generateDataHall, type DataHallOptions } from './dataHall';
export { VERDICTS, type PolarityVerdict, type VerdictClass } from './engine/channels';
export { LOSS_VERDICTS, type LossVerdict } from './loss/judgement';
