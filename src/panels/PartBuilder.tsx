/**
 * The part builder in the palette (issue 13 §2): choose a kind (MPO trunk, duplex trunk, cord,
 * harness, cassette, adapter plate, splice parts) and its ordering parameters; the preview is the
 * built part with its vendor-like name, placed or connected like any palette part (drag, tap, "+").
 * The part needs no storing: its id is its parameter record, resolved by the catalogue.
 * Combinations the domain forbids are shown at their field, never built.
 */
import { useId, useMemo, useState } from 'react';
import './catalogue.css';
import {
  BUILDER_DEFAULTS,
  buildPart,
  FIELD_LABELS,
  fieldOptions,
  KIND_FIELDS,
  KIND_LABELS,
  PARAM_RANGES,
  validateParams,
  type BuilderKind,
  type PartParams,
} from '../core/catalogue/builder';
import { useDesigner } from '../store/store';
import { PaletteItem } from './PaletteItem';

const KINDS = Object.keys(KIND_FIELDS) as BuilderKind[];

/** One field of the form: a select for enumerations, a number input for counts and length. */
function BuilderField({
  kind,
  field,
  optional,
  value,
  problem,
  onChange,
}: {
  kind: BuilderKind;
  field: string;
  optional: boolean;
  value: string | number | undefined;
  problem: string | undefined;
  onChange: (v: string | number | undefined) => void;
}) {
  const id = useId();
  const options = fieldOptions(kind, field);
  const range = (PARAM_RANGES as Readonly<Record<string, readonly [number, number]>>)[field];
  return (
    <div className={`builder-field${problem ? ' invalid' : ''}`}>
      <label htmlFor={id}>{FIELD_LABELS[field] ?? field}</label>
      {range ? (
        <input
          id={id}
          className="input"
          type="number"
          min={range[0]}
          max={range[1]}
          step={field === 'lengthM' ? 0.5 : 1}
          value={value ?? ''}
          placeholder={optional ? '—' : ''}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => {
            const n = e.target.valueAsNumber;
            onChange(e.target.value === '' ? undefined : Number.isFinite(n) ? n : value);
          }}
        />
      ) : (
        <select
          id={id}
          className="input"
          value={value === undefined ? '' : String(value)}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
        >
          {optional && <option value="">—</option>}
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      )}
      {problem && (
        <span className="builder-problem" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}

/** The builder section of the palette. */
export function PartBuilder() {
  const tool = useDesigner((s) => s.session.tool);
  const [params, setParams] = useState<PartParams>(BUILDER_DEFAULTS.trunk);
  const kindId = useId();
  const problems = useMemo(() => validateParams(params), [params]);
  const part = useMemo(() => (problems.length === 0 ? buildPart(params) : null), [params, problems]);
  const rec = params as unknown as Readonly<Record<string, string | number | undefined>>;
  const set = (field: string, v: string | number | undefined) => {
    const next: Record<string, unknown> = { ...rec, [field]: v };
    if (v === undefined) delete next[field];
    setParams(next as unknown as PartParams);
  };
  const armed = tool.kind === 'select' ? null : tool.part;
  return (
    <details className="part-builder" data-group="builder">
      <summary>Part builder</summary>
      <div className="builder-field">
        <label htmlFor={kindId}>Kind</label>
        <select
          id={kindId}
          className="input"
          value={params.kind}
          onChange={(e) => setParams(BUILDER_DEFAULTS[e.target.value as BuilderKind])}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="builder-grid">
        {KIND_FIELDS[params.kind].map((f) => {
          const field = f.replace(/\?$/, '');
          return (
            <BuilderField
              key={`${params.kind}.${field}`}
              kind={params.kind}
              field={field}
              optional={f.endsWith('?')}
              value={rec[field]}
              problem={problems.find((p) => p.field === field)?.message}
              onChange={(v) => set(field, v)}
            />
          );
        })}
      </div>
      {part ? (
        <ul aria-label="Built part">
          <PaletteItem part={part} armed={armed === part.id} />
        </ul>
      ) : (
        <p className="builder-refused">This combination cannot be built: fix the field marked above.</p>
      )}
    </details>
  );
}
