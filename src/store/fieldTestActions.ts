/**
 * Field-test actions of the store (issue 14): apply a planned import of tester results as one
 * named undo step (or nothing), and change a link's test settings. Refusals go to the status bar.
 */
import { setLinkTest, type LinkTestPatch } from '../core/fieldTest/linkTestEdits';
import { applyImport, type ImportPlan } from '../io/testResults/importResults';
import type { StoreKit } from './storeKit';

/** The field-test actions. */
export interface FieldTestActions {
  /**
   * Applies `plan` (exact matches plus the near groups whose text is in `confirmed`) to the
   * current design as one undo step. Returns the number of results added (0: all already in
   * the design, no step), or null when refused (the plan has errors: nothing is imported).
   */
  importTestResults(plan: ImportPlan, confirmed: ReadonlySet<string>): number | null;
  /** Changes the test settings of the permanent link `key` (one undo step). */
  setLinkTest(key: string, patch: LinkTestPatch, label: string): void;
}

/** Builds the field-test actions over the store kit. */
export function makeFieldTestActions(kit: StoreKit): FieldTestActions {
  return {
    importTestResults: (plan, confirmed) => {
      const r = applyImport(kit.get().doc, plan, confirmed);
      if (!r.ok) {
        kit.notify('error', r.message);
        return null;
      }
      if (r.added === 0) {
        kit.notify('info', `Nothing new in ${plan.source}: every result is already in the design`);
        return 0;
      }
      const done = kit.commit(`Import ${r.added} test result${r.added === 1 ? '' : 's'} from ${plan.source}`, r.design);
      if (typeof done === 'object') return null;
      kit.notify('success', `Imported ${r.added} test result${r.added === 1 ? '' : 's'} from ${plan.source}`);
      return r.added;
    },
    setLinkTest: (key, patch, label) => {
      const doc = kit.get().doc;
      const next = setLinkTest(doc, key, patch);
      if (next !== doc) kit.commit(label, next);
    },
  };
}
