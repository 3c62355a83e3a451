/**
 * The palette's exact facet filters: connector, gender, polish, fiber type and fiber count, one
 * compact select each (only values the catalogue has), and a Clear button when any is set.
 */
import type { FacetFilter, SearchFacet } from './partSearch';
import { SEARCH_FACETS } from './partSearch';

/** The filter row. `choices` are the values per facet; `value` the selection. */
export function PartFilters({
  choices,
  value,
  onChange,
}: {
  choices: Readonly<Record<SearchFacet, readonly string[]>>;
  value: FacetFilter;
  onChange: (next: FacetFilter) => void;
}) {
  const active = SEARCH_FACETS.some((f) => value[f.key]);
  return (
    <div className="part-filters" role="group" aria-label="Filter parts">
      {SEARCH_FACETS.map((f) => (
        <label key={f.key} className={value[f.key] ? 'set' : undefined}>
          <span className="sr-only">{f.label}</span>
          <select
            className="input"
            value={value[f.key] ?? ''}
            aria-label={f.label}
            onChange={(e) => onChange({ ...value, [f.key]: e.target.value })}
          >
            <option value="">{f.label}</option>
            {choices[f.key].map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
      ))}
      {active && (
        <button type="button" className="btn small" onClick={() => onChange({})}>
          Clear filters
        </button>
      )}
    </div>
  );
}
