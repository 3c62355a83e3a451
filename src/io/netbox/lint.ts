/**
 * Lint findings of a NetBox devicetype-library import: what is wrong or ambiguous in a vendor
 * file, and what the importer did about it. One data table (`LINT_RULES`) gives every code its
 * severity and meaning; the importer never invents ad-hoc messages without a code.
 *
 * Source: PEERS §5.3 (data-quality findings of the devicetype-library) and §4.1 (schema notes).
 */

/** How bad a finding is: `error` = data dropped or unusable, `warning` = guessed, `info` = noted. */
export type LintSeverity = 'error' | 'warning' | 'info';

/** Every lint code the importer can emit. */
export type LintCode =
  | 'kind-guessed'
  | 'required-field'
  | 'schema-key'
  | 'bad-value'
  | 'bad-entry'
  | 'duplicate-port'
  | 'unsupported-component'
  | 'default-rear-position'
  | 'mixed-shapes'
  | 'mapping-dangling'
  | 'mapping-conflict'
  | 'missing-positions'
  | 'position-out-of-range'
  | 'positions-look-like-fibers'
  | 'mesh-as-pass-through'
  | 'unmapped-port'
  | 'no-module-placeholder'
  | 'fact-conflict'
  | 'strands-vs-polarity'
  | 'strands-invalid'
  | 'ab-assumed'
  | 'class-assumed'
  | 'fiber-count'
  | 'no-canonical-map'
  | 'form-factor'
  | 'height-rounded'
  | 'text-adjusted';

/** Severity and one-line meaning of a lint code. */
export interface LintRule {
  readonly severity: LintSeverity;
  readonly title: string;
}

/** Data table of lint codes (PEERS §5.3 findings 1–7 map to the codes noted). */
export const LINT_RULES: Readonly<Record<LintCode, LintRule>> = {
  'kind-guessed': { severity: 'info', title: 'Device type or module type guessed from the content' },
  'required-field': { severity: 'warning', title: 'A field the schema requires is missing' },
  'schema-key': { severity: 'warning', title: 'A key the devicetype-library schema does not allow (PEERS §5.3 #7)' },
  'bad-value': { severity: 'warning', title: 'A value of the wrong type or range' },
  'bad-entry': { severity: 'warning', title: 'A list entry that cannot be read' },
  'duplicate-port': { severity: 'error', title: 'Two ports with the same name' },
  'unsupported-component': { severity: 'info', title: 'A component list the designer does not model' },
  'default-rear-position': {
    severity: 'info',
    title: 'rear_port_position omitted: schema default 1 used (PEERS §5.3 #6)',
  },
  'mixed-shapes': { severity: 'warning', title: 'Legacy rear_port and port-mappings in one file (PEERS §5.3 #7)' },
  'mapping-dangling': { severity: 'error', title: 'A mapping names a port that does not exist' },
  'mapping-conflict': { severity: 'warning', title: 'Two mappings disagree' },
  'missing-positions': {
    severity: 'warning',
    title: 'Rear port omits positions but mappings use more than 1 (PEERS §5.3 #2)',
  },
  'position-out-of-range': { severity: 'error', title: 'A mapping uses a position beyond the port positions' },
  'positions-look-like-fibers': {
    severity: 'warning',
    title: 'Positions look like single fibers, not duplex pairs (PEERS §5.3 #1)',
  },
  'mesh-as-pass-through': {
    severity: 'warning',
    title: 'A mesh or shuffle stored as 1:1 pass-through (PEERS §5.3 #3)',
  },
  'unmapped-port': { severity: 'warning', title: 'A port with no mapping' },
  'no-module-placeholder': { severity: 'info', title: 'Module port names lack {module}' },
  'fact-conflict': { severity: 'warning', title: 'The free text states two different values (PEERS §5.3 #4)' },
  'strands-vs-polarity': { severity: 'warning', title: 'Per-port strands disagree with the stated polarity' },
  'strands-invalid': { severity: 'warning', title: 'Per-port strands cannot be used' },
  'ab-assumed': { severity: 'info', title: 'A/B inside a duplex port taken from a canonical map' },
  'class-assumed': { severity: 'warning', title: 'The polarity word names two module variants with different maps' },
  'fiber-count': { severity: 'warning', title: 'MPO fiber count inferred or inconsistent' },
  'no-canonical-map': { severity: 'warning', title: 'No canonical fiber map for this class and connector' },
  'form-factor': { severity: 'info', title: 'Slot form factor not recognised from vendor and family' },
  'height-rounded': {
    severity: 'warning',
    title: 'A half-unit height (NetBox allows 0.5 U steps) rounded up to whole rack units',
  },
  'text-adjusted': { severity: 'info', title: 'Text shortened or a stated value ignored to fit the design format' },
};

/** One finding: code, severity (from the table), what was found, and what the importer did. */
export interface LintFinding {
  readonly code: LintCode;
  readonly severity: LintSeverity;
  /** What was found, naming the port or key. */
  readonly message: string;
  /** What the importer did about it ("dropped the mapping", "used positions = 6", …). */
  readonly action: string;
  /** NetBox name of the port concerned, when there is one. */
  readonly port?: string;
}

/** Builds a finding with the severity of its code (LINT_RULES). */
export function finding(code: LintCode, message: string, action: string, port?: string): LintFinding {
  return { code, severity: LINT_RULES[code].severity, message, action, ...(port === undefined ? {} : { port }) };
}

/**
 * Collapses findings that differ only in the port they name (same code, action and message
 * with the port name blanked) into one finding listing the ports, so a file with 24 ports
 * carrying the same problem yields one line, not 24. Order of first occurrence is kept.
 */
export function collapseFindings(findings: readonly LintFinding[]): LintFinding[] {
  const groups = new Map<string, LintFinding[]>();
  for (const f of findings) {
    const quoted = f.port === undefined ? '' : `'${f.port}'`;
    const shape =
      quoted !== '' && f.message.includes(quoted)
        ? f.message.split(quoted).join('\u0000')
        : `${f.message}\u0001${f.port ?? ''}`;
    const key = `${f.code}|${f.action}|${shape}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()].map((list) => {
    const first = list[0] as LintFinding;
    if (list.length === 1 || first.port === undefined) return first;
    const names = list.map((f) => `'${f.port ?? ''}'`);
    const shown =
      names.length > 3 ? `${names.slice(0, 2).join(', ')}, …, ${names[names.length - 1] ?? ''}` : names.join(', ');
    return { ...first, message: `${list.length}×: ${first.message.split(`'${first.port}'`).join(shown)}` };
  });
}
