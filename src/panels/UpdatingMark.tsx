/**
 * The "Updating…" mark of panels that show an analysis while a newer one is being computed. It
 * fades in only after ~100 ms (CSS `.updating-mark` animation delay), so results that arrive
 * sooner never flicker; screen readers hear it through a polite live region.
 */

/** The mark; renders nothing when no analysis is pending. */
export function UpdatingMark({ pending }: { pending: boolean }) {
  return (
    <span className="updating-mark" role="status" aria-live="polite">
      {pending ? (
        <span className="updating-text">
          <span className="spinner" aria-hidden="true" />
          Updating…
        </span>
      ) : null}
    </span>
  );
}
