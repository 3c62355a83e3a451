/**
 * Step 1 of the results import (issue 14 §3): map each column of the tester export to a field of
 * REFERENCE-2 §16.5 (or ignore it), with sample values, a preset, the length unit and the date
 * order. Required fields without a column are named; the plan's counts update as the user maps.
 */
import type { ImportPlan } from '../../io/testResults/importResults';
import type { ResultsTable } from '../../io/testResults/readResultsFile';
import { columnLetter } from '../../io/testResults/readResultsFile';
import {
  RESULT_FIELDS,
  RESULT_PRESETS,
  mappingProblems,
  type ColumnMapping,
  type ResultField,
  type ResultMapping,
} from '../../io/testResults/resultColumns';

/** Props of the mapping step. */
export interface MappingStepProps {
  readonly table: ResultsTable;
  readonly mapping: ResultMapping;
  readonly from: 'remembered' | 'suggested';
  readonly plan: ImportPlan;
  readonly onChange: (m: ResultMapping) => void;
  readonly onPreset: (preset: string) => void;
}

const PER_WAVELENGTH = new Set<ResultField>(RESULT_FIELDS.filter((f) => f.perWavelength).map((f) => f.field));

/** The column-mapping table. */
export function MappingStep({ table, mapping, from, plan, onChange, onPreset }: MappingStepProps) {
  const problems = mappingProblems(mapping);
  const samples = table.rows.slice(0, 3);
  const setColumn = (i: number, c: ColumnMapping) =>
    onChange({ ...mapping, columns: mapping.columns.map((x, k) => (k === i ? c : x)) });
  return (
    <>
      <p className="muted">
        {table.rows.length} rows · {table.encoding} · delimiter “{table.delimiter === '\t' ? 'tab' : table.delimiter}”
        {from === 'remembered' ? ' · mapping remembered from an earlier import of this source' : ''}
      </p>
      {table.notes.map((n) => (
        <p key={n} className="ti-note">
          {n}
        </p>
      ))}
      <div className="ti-options">
        <label>
          Preset{' '}
          <select className="input" defaultValue="" onChange={(e) => onPreset(e.target.value)} aria-label="Preset">
            <option value="">Suggested (all presets and synonyms)</option>
            {RESULT_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Length unit{' '}
          <select
            className="input"
            value={mapping.lengthUnit}
            aria-label="Length unit"
            onChange={(e) => onChange({ ...mapping, lengthUnit: e.target.value === 'ft' ? 'ft' : 'm' })}
          >
            <option value="m">m</option>
            <option value="ft">ft</option>
          </select>
        </label>
        <label>
          Dates{' '}
          <select
            className="input"
            value={mapping.dateOrder}
            aria-label="Date order"
            onChange={(e) => onChange({ ...mapping, dateOrder: e.target.value as ResultMapping['dateOrder'] })}
          >
            <option value="auto">auto (ask when ambiguous)</option>
            <option value="MDY">month/day/year</option>
            <option value="DMY">day/month/year</option>
          </select>
        </label>
      </div>
      <table className="grid ti-map" aria-label="Column mapping">
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Field</th>
            <th scope="col">Sample values</th>
          </tr>
        </thead>
        <tbody>
          {table.headers.map((h, i) => {
            const c = mapping.columns[i] ?? { field: null };
            return (
              <tr key={`${i}-${h}`} data-column={h}>
                <th scope="row">
                  <span className="muted">{columnLetter(i)}</span> {h || <em>(no header)</em>}
                </th>
                <td>
                  <select
                    className="input"
                    aria-label={`Field of column ${h}`}
                    value={c.field ?? ''}
                    onChange={(e) => {
                      const field = (e.target.value || null) as ResultField | null;
                      setColumn(
                        i,
                        field && PER_WAVELENGTH.has(field) && c.wavelengthNm
                          ? { field, wavelengthNm: c.wavelengthNm }
                          : { field },
                      );
                    }}
                  >
                    <option value="">ignore</option>
                    {RESULT_FIELDS.map((f) => (
                      <option key={f.field} value={f.field}>
                        {f.label}
                        {f.required ? ' *' : ''}
                      </option>
                    ))}
                  </select>
                  {c.field && PER_WAVELENGTH.has(c.field) && (
                    <input
                      className="input ti-nm"
                      type="number"
                      min={600}
                      max={1700}
                      placeholder="nm"
                      aria-label={`Wavelength of column ${h}`}
                      value={c.wavelengthNm ?? ''}
                      onChange={(e) => {
                        const n = Number(e.target.value);
                        setColumn(
                          i,
                          e.target.value === '' || !Number.isFinite(n)
                            ? { field: c.field }
                            : { field: c.field, wavelengthNm: n },
                        );
                      }}
                    />
                  )}
                </td>
                <td className="ti-samples">
                  {samples
                    .map((r) => r.cells[i] ?? '')
                    .filter((v) => v !== '')
                    .join(' · ')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {problems.length > 0 ? (
        <ul className="ti-errors" aria-label="Mapping problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : (
        <p className="ti-summary" data-testid="mapping-summary">
          {plan.exact.length} results match a link · {plan.near.reduce((n, g) => n + g.records.length, 0)} need
          confirmation · {plan.unmatched.reduce((n, u) => n + u.rows.length, 0)} rows unmatched · {plan.errors.length}{' '}
          problem{plan.errors.length === 1 ? '' : 's'}
        </p>
      )}
    </>
  );
}
