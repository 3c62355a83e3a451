/**
 * Applying a tester-results import plan (issue 14 §6): the whole plan as one new design (one undo
 * step), or nothing when the plan has errors. Nothing is ever half-imported.
 */
import type { Design, TestResult } from '../../core/design';
import { issueText, type ImportPlan, type RowIssue } from './importPlan';

/** The outcome of applying a plan. */
export type ApplyOutcome =
  | { readonly ok: true; readonly design: Design; readonly added: number }
  | { readonly ok: false; readonly message: string };

/**
 * Applies a plan: the exact records plus the near groups whose text is in `confirmed`, all at
 * once, as a new design (the caller records one undo step). Refused when the plan has errors:
 * nothing is half-imported. Returns the same design object when nothing is new (idempotent).
 */
export function applyImport(
  design: Design,
  plan: ImportPlan,
  confirmed: ReadonlySet<string> = new Set(),
): ApplyOutcome {
  if (plan.errors.length > 0)
    return {
      ok: false,
      message: `nothing imported: ${plan.errors.length} problem${plan.errors.length > 1 ? 's' : ''} in ${plan.source} (first: ${issueText(plan.errors[0] as RowIssue)})`,
    };
  const add = [...plan.exact, ...plan.near.filter((g) => confirmed.has(g.text)).flatMap((g) => g.records)];
  const existing = design.testResults ?? {};
  const fresh = add.filter((r) => !Object.hasOwn(existing, r.id));
  if (fresh.length === 0) return { ok: true, design, added: 0 };
  const testResults: Record<string, TestResult> = { ...existing };
  for (const r of fresh) testResults[r.id] = r;
  return { ok: true, design: { ...design, testResults }, added: fresh.length };
}
