/**
 * The design schema at the NetBox import door: a devicetype-library file only becomes a part the
 * design schema accepts (`partSchema` and the per-part checks of `designChecks.ts`), so an
 * imported part can always be saved, reopened and placed (issue 9: `u_height: 0.5`, ids over 200
 * characters and labels over 500 used to be imported and then made the design unloadable).
 *
 * What the file says is checked where it is written, with its YAML line: names and labels that
 * become part text (control characters, lengths), and the part id and name built from the
 * manufacturer and model. NetBox itself limits names and labels to 64 characters and models to
 * 100 (dcim models); the designer refuses longer than its own limits (`LIMITS`), never truncates
 * an identifier. After building, the part is validated as a whole (`importedPartProblem`).
 */
import type { Part } from '../../core/parts';
import { checkPart } from '../designChecks';
import { LIMITS, partSchema, textProblem } from '../designSchema';
import { formatPath, type PathSegments } from '../jsonPath';
import { firstIssue } from '../zodIssue';
import type { NetboxDoc } from './document';

/** A refusal at a YAML line: the line and what is wrong there. */
export interface YamlProblem {
  readonly line: number;
  readonly message: string;
}

/** Why one text read from the file cannot become part text, or null. */
function textRule(value: string, what: string, max: number): string | null {
  const bad = textProblem(value);
  if (bad) return `${what} ${bad}`;
  if (value.length > max)
    return `${what} is ${value.length} characters; the designer allows at most ${max} (NetBox allows 64)`;
  return null;
}

/**
 * The first text of `doc` that cannot become part text: manufacturer, model, part number, the
 * name and label of every port, bay and interface (at most `LIMITS.keyChars` characters; no
 * control characters). Returns the YAML line and the rule, or null.
 */
export function textLimitProblem(doc: NetboxDoc): YamlProblem | null {
  const top: [string, string | undefined, number][] = [
    ['manufacturer', doc.manufacturer, LIMITS.keyChars],
    ['model', doc.model, LIMITS.keyChars],
    ['part_number', doc.partNumber, LIMITS.keyChars],
  ];
  for (const [key, value, max] of top) {
    const bad = value === undefined ? null : textRule(value, key, max);
    if (bad) return { line: doc.lineOf([key]), message: bad };
  }
  const entries: [string, { name: string; label?: string; position?: string; line: number }][] = [
    ...doc.frontPorts.map((p) => ['front port', p] as [string, typeof p]),
    ...doc.rearPorts.map((p) => ['rear port', p] as [string, typeof p]),
    ...doc.bays.map((b) => ['module bay', b] as [string, typeof b]),
    ...doc.interfaces.map((i) => ['interface', i] as [string, typeof i]),
  ];
  for (const [what, e] of entries) {
    const bad =
      textRule(e.name, `${what} name`, LIMITS.keyChars) ??
      (e.label === undefined ? null : textRule(e.label, `${what} label`, LIMITS.keyChars)) ??
      (e.position === undefined ? null : textRule(e.position, `${what} position`, LIMITS.keyChars));
    if (bad) return { line: e.line, message: bad };
  }
  return null;
}

/**
 * The first reason an imported part is not one the design schema accepts, as a JSON path in the
 * part (`$.ports[3].label`) and the rule, or null when it is valid. The importer refuses such a
 * part rather than produce a design that cannot be reopened.
 */
export function importedPartProblem(part: Part): string | null {
  const r = partSchema.safeParse(part);
  if (!r.success) {
    const p = firstIssue(r.error);
    return `${formatPath(p.path)} ${p.message}`;
  }
  let first: string | null = null;
  checkPart(part, [], {
    error: (path: PathSegments, message: string) => {
      first ??= `${formatPath(path)} ${message}`;
    },
    warn: () => undefined,
  });
  return first;
}

/** `text` cut to `max` characters with an ellipsis, for derived free text (provenance). */
export function clipText(text: string, max: number = LIMITS.textChars): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
