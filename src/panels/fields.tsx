/**
 * Inspector form controls. Text and number fields commit on Enter or blur (one undo step per
 * commit, never per keystroke); Escape reverts. A field with a schema rule shows its constraint
 * and refuses an out-of-range value in place. Facet selects swap the part for the catalogue
 * part with the chosen property.
 */
import { useId, useState, type ReactNode } from 'react';
import { catalogueFor } from '../core/catalogue';
import type { Design } from '../core/design';
import type { Part } from '../core/parts';
import type { FieldRule } from '../io/fieldRules';
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

/**
 * A text or number input that commits on Enter/blur. With a `rule` (io/fieldRules.ts, read from
 * the design schema) it shows the constraint under the field and refuses a value that breaks it
 * in place: the rule in red under the field, the typed text kept for correction, nothing sent to
 * the store. Escape reverts to the stored value.
 */
export function CommitInput({
  label,
  value,
  onCommit,
  type = 'text',
  step,
  min,
  suffix,
  rule,
}: {
  label: string;
  value: string;
  onCommit: (v: string) => void;
  type?: 'text' | 'number';
  step?: number;
  min?: number;
  suffix?: string;
  rule?: FieldRule;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [refusal, setRefusal] = useState<string | null>(null);
  if (seen !== value) {
    setSeen(value);
    setDraft(value);
    setRefusal(null);
  }
  const problem = (text: string): string | null => {
    const r = rule?.check(text);
    return r && !r.ok ? r.rule : null;
  };
  const commit = () => {
    if (draft === value || draft.trim() === '') {
      setDraft(value);
      setRefusal(null);
      return;
    }
    const bad = problem(draft);
    setRefusal(bad);
    if (!bad) onCommit(draft);
  };
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const limits = rule?.kind === 'number' ? { min: rule.min, max: rule.max } : {};
  return (
    <Field label={label} htmlFor={id}>
      <span style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
        <input
          id={id}
          className="input"
          type={type}
          value={draft}
          aria-invalid={refusal ? true : undefined}
          aria-describedby={rule ? (refusal ? `${errorId} ${hintId}` : hintId) : undefined}
          {...(step !== undefined ? { step } : {})}
          {...(min !== undefined ? { min } : {})}
          {...limits}
          onChange={(e) => {
            setDraft(e.target.value);
            // Once refused, the message follows the text until it is fixed.
            if (refusal) setRefusal(problem(e.target.value));
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setDraft(value);
              setRefusal(null);
              e.stopPropagation();
            }
          }}
        />
        {suffix ? <span className="muted">{suffix}</span> : null}
      </span>
      {refusal ? (
        <span className="field-error" id={errorId} role="alert" data-testid="field-error">
          Not saved: {label.toLowerCase()} {refusal}
        </span>
      ) : null}
      {rule ? (
        <span className="field-hint" id={hintId}>
          {rule.hint}
        </span>
      ) : null}
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
