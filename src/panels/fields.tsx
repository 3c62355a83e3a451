/**
 * Inspector form controls. Text and number fields commit on Enter or blur (one undo step per
 * commit, never per keystroke); Escape reverts. Facet selects swap the part for the catalogue
 * part with the chosen property.
 */
import { useId, useState, type ReactNode } from 'react';
import { catalogueFor } from '../core/catalogue';
import type { Design } from '../core/design';
import type { Part } from '../core/parts';
import type { PartTarget } from '../store/docActions';
import { designerActions } from '../store/store';
import { FACET_LABELS, facetOptions, facetsOf, type FacetKey } from './partFacets';

/** A labelled row. */
export function Field({ label, htmlFor, children }: { label: string; htmlFor?: string; children: ReactNode }) {
  return (
    <div className="field">
      {htmlFor ? <label htmlFor={htmlFor}>{label}</label> : <span className="label">{label}</span>}
      <div>{children}</div>
    </div>
  );
}

/** A text or number input that commits on Enter/blur. */
export function CommitInput({
  label,
  value,
  onCommit,
  type = 'text',
  step,
  min,
  suffix,
}: {
  label: string;
  value: string;
  onCommit: (v: string) => void;
  type?: 'text' | 'number';
  step?: number;
  min?: number;
  suffix?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value && draft.trim() !== '') onCommit(draft);
    else setDraft(value);
  };
  return (
    <Field label={label} htmlFor={id}>
      <span style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
        <input
          id={id}
          className="input"
          type={type}
          value={draft}
          {...(step !== undefined ? { step } : {})}
          {...(min !== undefined ? { min } : {})}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setDraft(value);
              e.stopPropagation();
            }
          }}
        />
        {suffix ? <span className="muted">{suffix}</span> : null}
      </span>
    </Field>
  );
}

/** A select over fixed options. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
}) {
  const id = useId();
  return (
    <Field label={label} htmlFor={id}>
      <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

const ORDER: readonly FacetKey[] = [
  'application',
  'moduleClass',
  'polarity',
  'cordType',
  'adapter',
  'gender',
  'polish',
  'fiberType',
  'lossGrade',
];

/** One select per facet of `part`; a change replaces the part of `target` (one undo step). */
export function FacetSelects({
  design,
  part,
  target,
  accept,
}: {
  design: Design;
  part: Part;
  target: PartTarget;
  accept?: (p: Part) => boolean;
}) {
  const opts = facetOptions(part, catalogueFor(design), accept);
  const mine = facetsOf(part);
  return (
    <>
      {ORDER.filter((k) => opts[k] && mine[k] !== undefined).map((k) => {
        const list = opts[k] ?? [];
        return (
          <SelectField
            key={k}
            label={FACET_LABELS[k]}
            value={mine[k] as string}
            options={list.map((o) => ({ value: o.value, label: o.value }))}
            onChange={(v) => {
              const to = list.find((o) => o.value === v)?.part;
              if (to && to.id !== part.id)
                designerActions().replacePart(target, to.id, `Change ${FACET_LABELS[k].toLowerCase()} to ${v}`);
            }}
          />
        );
      })}
    </>
  );
}
