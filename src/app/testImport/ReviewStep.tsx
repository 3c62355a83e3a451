/**
 * Step 2 of the results import (issue 14 §3, §6): what the import would do before anything is
 * written — problems with row and column (any problem blocks the whole import), near matches to
 * confirm one by one, unmatched rows, rows already in the design, and the links still untested.
 */
import { issueText, type ImportPlan } from '../../io/testResults/importResults';

/** Props of the review step. */
export interface ReviewStepProps {
  readonly plan: ImportPlan;
  readonly confirmed: ReadonlySet<string>;
  readonly onConfirm: (text: string, on: boolean) => void;
}

const MAX_LISTED = 50;

/** The review of a planned import. */
export function ReviewStep({ plan, confirmed, onConfirm }: ReviewStepProps) {
  const nearCount = plan.near.filter((g) => confirmed.has(g.text)).reduce((n, g) => n + g.records.length, 0);
  const nearLinks = new Set(plan.near.filter((g) => confirmed.has(g.text)).map((g) => g.link.key));
  const untested = plan.untested.filter((l) => !nearLinks.has(l.key));
  return (
    <div className="ti-review">
      {plan.errors.length > 0 && (
        <>
          <h3>Problems ({plan.errors.length}): nothing will be imported until the file or the mapping is fixed</h3>
          <ul className="ti-errors" aria-label="Import problems">
            {plan.errors.slice(0, MAX_LISTED).map((e, i) => (
              <li key={i}>{issueText(e)}</li>
            ))}
          </ul>
        </>
      )}
      <p className="ti-summary" data-testid="review-summary">
        {plan.exact.length + nearCount} result{plan.exact.length + nearCount === 1 ? '' : 's'} to import
        {plan.already > 0 ? ` · ${plan.already} already in the design` : ''}
        {plan.duplicates > 0 ? ` · ${plan.duplicates} repeated rows imported once` : ''}
      </p>
      {plan.near.length > 0 && (
        <>
          <h3>Near matches: confirm each</h3>
          <ul className="ti-near" aria-label="Near matches">
            {plan.near.map((g) => (
              <li key={g.text}>
                <label>
                  <input
                    type="checkbox"
                    checked={confirmed.has(g.text)}
                    onChange={(e) => onConfirm(g.text, e.target.checked)}
                  />{' '}
                  <span className="label-text">{g.text}</span> → <span className="label-text">{g.link.label}</span>
                </label>
                <span className="muted">
                  {' '}
                  {g.why}; row{g.rows.length > 1 ? 's' : ''} {g.rows.join(', ')} ({g.records.length} result
                  {g.records.length === 1 ? '' : 's'})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.unmatched.length > 0 && (
        <>
          <h3>Unmatched rows (not imported)</h3>
          <ul aria-label="Unmatched rows">
            {plan.unmatched.slice(0, MAX_LISTED).map((u) => (
              <li key={u.text}>
                row{u.rows.length > 1 ? 's' : ''} {u.rows.slice(0, 8).join(', ')}
                {u.rows.length > 8 ? '…' : ''}: <span className="label-text">{u.text}</span>{' '}
                <span className="muted">names no link of this design</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.warnings.length > 0 && (
        <>
          <h3>Warnings</h3>
          <ul className="ti-warnings" aria-label="Import warnings">
            {plan.warnings.slice(0, MAX_LISTED).map((w, i) => (
              <li key={i}>{issueText(w)}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Untested links after this import ({untested.length})</h3>
      {untested.length === 0 ? (
        <p className="muted">Every link has a result.</p>
      ) : (
        <ul aria-label="Untested links">
          {untested.slice(0, MAX_LISTED).map((l) => (
            <li key={l.key} className="label-text">
              {l.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
