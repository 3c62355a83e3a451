/**
 * The one gate of the store's edit actions while a design is opening (`session.opening`): until
 * the library binds the new design, the design on screen is the one being left, so an edit, an
 * undo or a redo made then would land there. Every guarded action is refused at its entry:
 * nothing changes in either design, the user is told once (`StoreKit.waitForOpen`), and the
 * action returns its refusal value (null for an id, false for a success flag, nothing for void).
 *
 * A table of refusal values typed `OpeningRefusals<Actions>` (as `docActions.ts` keeps for every
 * design action) makes a new action say whether it waits (a compile error otherwise). Remote changes (other tabs, a room) do not pass through
 * actions and still apply.
 */
import type { StoreKit } from './storeKit';

/** Marks an action that runs while a design opens (the opening flow itself, cancelling a gesture). */
export const RUNS_WHILE_OPENING = Symbol('runs while opening');

/** Per action: what it returns when refused while a design opens, or `RUNS_WHILE_OPENING`. */
export type OpeningRefusals<T> = {
  readonly [K in keyof T]: T[K] extends (...args: never[]) => infer R ? R | typeof RUNS_WHILE_OPENING : never;
};

/**
 * `actions` with each action named in `refusals` (other than `RUNS_WHILE_OPENING`) refused while
 * a design opens: it then returns its refusal value without running. Actions not named pass.
 */
export function waitForOpen<T extends object>(kit: StoreKit, actions: T, refusals: Partial<OpeningRefusals<T>>): T {
  const out = { ...actions } as Record<string, unknown>;
  for (const [name, refused] of Object.entries(refusals) as [string, unknown][]) {
    if (refused === RUNS_WHILE_OPENING) continue;
    const run = out[name] as (...args: unknown[]) => unknown;
    out[name] = (...args: unknown[]) => (kit.waitForOpen() === null ? run(...args) : refused);
  }
  return out as T;
}
