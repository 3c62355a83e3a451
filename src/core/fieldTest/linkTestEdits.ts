/**
 * Pure edits of a link's test settings (issue 14 §1–§2): the application the link is meant to
 * carry, the reference method, the limit kind and fixed budgets. A field set to `null` is
 * cleared; a record left with no setting is removed (absent = the design defaults), and an empty
 * collection is removed, so designs without settings stay byte-identical in files.
 */
import { TEST_RECORD_VERSION, type Design, type LinkTestSetting } from '../design';

/** What an edit may change; `null` clears a field. */
export type LinkTestPatch = {
  readonly [K in Exclude<keyof LinkTestSetting, 'id' | 'recordVersion'>]?: LinkTestSetting[K] | null;
};

/**
 * Applies `patch` to the settings of link `key` (a permanent-link key). Returns the same design
 * object when nothing changes.
 */
export function setLinkTest(d: Design, key: string, patch: LinkTestPatch): Design {
  const all = d.linkTests ?? {};
  const prev = Object.hasOwn(all, key) ? all[key] : undefined;
  const next: Record<string, unknown> = { ...(prev ?? {}), id: key, recordVersion: TEST_RECORD_VERSION };
  let changed = false;
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    const before = (prev as Record<string, unknown> | undefined)?.[k];
    if (v === null) {
      if (before !== undefined) changed = true;
      delete next[k];
    } else if (JSON.stringify(before) !== JSON.stringify(v)) {
      changed = true;
      next[k] = v;
    }
  }
  if (!changed) return d;
  const empty = Object.keys(next).every((k) => k === 'id' || k === 'recordVersion');
  const { [key]: _drop, ...rest } = all;
  const linkTests = empty ? rest : { ...rest, [key]: next as unknown as LinkTestSetting };
  if (Object.keys(linkTests).length === 0) {
    const { linkTests: _gone, ...without } = d;
    return without;
  }
  return { ...d, linkTests };
}
