/**
 * The first problem of a failed zod parse as a path and a rule in words: the most specific issue
 * of a union that failed every branch, the offending key of an unknown field, "missing required
 * field" for an absent one. Shared by the file loader and the edit check, so a refused edit and a
 * refused file read the same.
 */
import type { z } from 'zod';
import type { PathSegments } from './jsonPath';

/** The subset of a zod issue used here (`errors` holds the branches of an `invalid_union`). */
interface Issue {
  readonly code: string;
  readonly message: string;
  readonly path: readonly PropertyKey[];
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly errors?: readonly (readonly Issue[])[];
}

/**
 * The most specific issue: for a union that failed every branch (e.g. `links`, an array or
 * `"unknown"`), the first issue of the branch that got deepest into the value, with its path
 * made absolute (zod reports branch issue paths relative to the union).
 */
function specificIssue(issue: Issue): Issue {
  let best = issue;
  for (const branch of issue.errors ?? []) {
    const first = branch[0];
    if (!first) continue;
    const candidate = specificIssue({ ...first, path: [...issue.path, ...first.path] });
    if (candidate.path.length > best.path.length) best = candidate;
  }
  return best;
}

/** Appends the offending key of an `unrecognized_keys` issue to its path. */
function issuePath(issue: Issue): PathSegments {
  const path = issue.path.map((s) => (typeof s === 'symbol' ? String(s) : s));
  if (issue.code === 'unrecognized_keys' && issue.keys?.[0] !== undefined) return [...path, issue.keys[0]];
  return path;
}

/** The allowed values of a union whose every branch is an enum or a literal, or null. */
function unionValues(issue: Issue): unknown[] | null {
  if (issue.code !== 'invalid_union' || !issue.errors?.length) return null;
  const values: unknown[] = [];
  for (const branch of issue.errors) {
    const first = branch[0];
    if (!first || first.code !== 'invalid_value' || !first.values || first.path.length > 0) return null;
    values.push(...first.values);
  }
  return values;
}

/** The message of an issue in the user's words. */
function issueMessage(issue: Issue): string {
  const values = unionValues(issue);
  if (values) return `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined'))
    return `missing required field (${issue.message.replace(/^Invalid input: /, '').replace(/, received undefined$/, '')})`;
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys && issue.keys.length > 1 ? `s ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}` : ''} (not part of the design format)`;
  return issue.message;
}

/**
 * The first problem of a failed zod parse as a path (segments from the value parsed, the unknown
 * key of an `unrecognized_keys` issue appended) and a readable message: the most specific branch
 * of a union, the offending key of an unknown field. Returns `{ path: [], message: 'invalid
 * value' }` for no issues. Never throws.
 */
export function firstZodProblem(issues: readonly unknown[]): { path: PathSegments; message: string } {
  const first = issues[0] as Issue | undefined;
  if (!first) return { path: [], message: 'invalid value' };
  const issue = specificIssue(first);
  return { path: issuePath(issue), message: issueMessage(issue) };
}

/** `firstZodProblem` of a zod error. */
export function firstIssue(error: z.ZodError): { path: PathSegments; message: string } {
  return firstZodProblem(error.issues);
}
