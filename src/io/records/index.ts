/**
 * The document of records (issue 9 §3): a design as one `Y.Doc` with a `meta` map and one
 * `Y.Map` per record collection, values the plain JSON records of the design file. Pure (yjs
 * and zod only: no React, zustand or DOM), so the sync server (`server/`) imports it too.
 */
export {
  COLLECTION_NAMES,
  META_KEYS,
  META_MAP,
  RECORD_COLLECTIONS,
  ROOT_MAPS,
  collectionDef,
  type CollectionDef,
  type CollectionName,
  type MetaKey,
} from './collections';
export {
  applyDiff,
  applyDiffToDesign,
  diffDesign,
  diffSize,
  isEmptyDiff,
  jsonEqual,
  type CollectionDiff,
  type DesignDiff,
} from './diff';
export {
  allKeys,
  changedKeys,
  commitEdit,
  commitSnapshot,
  designToDoc,
  docSchemaVersion,
  docToDesign,
  readSnapshot,
  refreshSnapshot,
  showRecent,
  type AsideRecord,
  type ChangedKeys,
  type DocSnapshot,
} from './docModel';
export { resolveReferences, type ReferenceNotice, type ResolvedDesign } from './references';
export { recordKeyProblem, validateMeta, validateRecord, type RecordCheck } from './validate';
