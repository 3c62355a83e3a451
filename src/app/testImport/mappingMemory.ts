/**
 * The remembered column mappings of tester exports (issue 14 §3: "remembers a mapping per source"
 * and learns header synonyms), kept in the browser's local storage under one key. A value that
 * cannot be read is ignored (an empty memory), never an error.
 */
import { EMPTY_MEMORY, RESULT_FIELDS, type MappingMemory } from '../../io/testResults/resultColumns';

/** The local-storage key. */
export const MEMORY_KEY = 'mpo-designer/test-result-mappings';

const FIELDS = new Set<string>(RESULT_FIELDS.map((f) => f.field));

/** Reads the memory (empty when absent, unreadable or of the wrong shape). */
export function loadMappingMemory(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): MappingMemory {
  try {
    const raw = storage?.getItem(MEMORY_KEY);
    if (!raw) return EMPTY_MEMORY;
    const v = JSON.parse(raw) as Partial<MappingMemory>;
    if (typeof v !== 'object' || v === null || typeof v.synonyms !== 'object' || typeof v.sources !== 'object')
      return EMPTY_MEMORY;
    const synonyms = Object.fromEntries(
      Object.entries(v.synonyms ?? {}).filter(([, f]) => typeof f === 'string' && FIELDS.has(f)),
    ) as MappingMemory['synonyms'];
    return { synonyms, sources: v.sources ?? {} };
  } catch {
    return EMPTY_MEMORY;
  }
}

/** Stores the memory; a full or unavailable storage is ignored (the mapping is then not remembered). */
export function saveMappingMemory(
  memory: MappingMemory,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(MEMORY_KEY, JSON.stringify(memory));
  } catch {
    // not remembered: the next import suggests again
  }
}
