/**
 * The columns of a tester export and how they map onto the import fields of REFERENCE-2 §16.5
 * (CONVENTION: `link_id, fiber, wavelength_nm, loss_dB, limit_dB?, margin_dB?, length_m?,
 * reference_method, far_position?, result?, test_date?, operator?`).
 *
 * The mapping step: each column gets a field (or is ignored); loss, limit and margin columns may
 * carry their wavelength in the header ("Loss 850nm (dB)": a wide export, one row per link).
 * Suggestions come from, in order: the mapping remembered for the same source (the same header
 * row), synonyms learned from the user's earlier mappings, the presets' header names and the
 * built-in synonyms. Presets and synonyms are data tables. The LinkWare-style names are
 * UNVERIFIED (§16.5: the real LinkWare / FastReporter / VIAVI column names were not retrieved).
 */

/** An import field of §16.5. */
export type ResultField =
  | 'link'
  | 'fiber'
  | 'wavelength'
  | 'loss'
  | 'limit'
  | 'margin'
  | 'length'
  | 'method'
  | 'farPosition'
  | 'result'
  | 'date'
  | 'operator';

/** What the mapping step shows for each field. */
export interface FieldInfo {
  readonly field: ResultField;
  readonly label: string;
  /** The §16.5 name. */
  readonly name: string;
  readonly required: boolean;
  /** Loss, limit and margin columns may name their wavelength in the header. */
  readonly perWavelength: boolean;
  readonly hint: string;
}

/** The fields, in §16.5 order. */
export const RESULT_FIELDS: readonly FieldInfo[] = [
  {
    field: 'link',
    label: 'Link ID',
    name: 'link_id',
    required: true,
    perWavelength: false,
    hint: 'label of the link or of one end, either scheme',
  },
  {
    field: 'fiber',
    label: 'Fiber',
    name: 'fiber',
    required: false,
    perWavelength: false,
    hint: 'A/B or MPO position; empty = the whole duplex link',
  },
  {
    field: 'wavelength',
    label: 'Wavelength (nm)',
    name: 'wavelength_nm',
    required: true,
    perWavelength: false,
    hint: '850, 1300, 1310, 1550',
  },
  {
    field: 'loss',
    label: 'Loss (dB)',
    name: 'loss_dB',
    required: true,
    perWavelength: true,
    hint: 'measured insertion loss',
  },
  {
    field: 'limit',
    label: 'Tester limit (dB)',
    name: 'limit_dB',
    required: false,
    perWavelength: true,
    hint: 'kept for display',
  },
  {
    field: 'margin',
    label: 'Tester margin (dB)',
    name: 'margin_dB',
    required: false,
    perWavelength: true,
    hint: 'kept for display',
  },
  { field: 'length', label: 'Length', name: 'length_m', required: false, perWavelength: false, hint: 'm or ft' },
  {
    field: 'method',
    label: 'Reference method',
    name: 'reference_method',
    required: false,
    perWavelength: false,
    hint: '1J, 2J, 3J',
  },
  {
    field: 'farPosition',
    label: 'Far position',
    name: 'far_position',
    required: false,
    perWavelength: false,
    hint: 'MPO testers: far-end position',
  },
  {
    field: 'result',
    label: 'Tester result',
    name: 'result',
    required: false,
    perWavelength: false,
    hint: 'PASS/FAIL text',
  },
  { field: 'date', label: 'Test date', name: 'test_date', required: false, perWavelength: false, hint: 'YYYY-MM-DD' },
  { field: 'operator', label: 'Operator', name: 'operator', required: false, perWavelength: false, hint: 'technician' },
];

/** One column's mapping: a field (or null: ignored) and, for loss/limit/margin, its wavelength. */
export interface ColumnMapping {
  readonly field: ResultField | null;
  readonly wavelengthNm?: number;
}

/** A whole mapping: one entry per column, by column index. */
export interface ResultMapping {
  readonly columns: readonly ColumnMapping[];
  readonly lengthUnit: 'm' | 'ft';
  readonly dateOrder: 'auto' | 'MDY' | 'DMY';
}

/** A preset: header names (normalised) → field. */
export interface ResultPreset {
  readonly id: string;
  readonly label: string;
  readonly unverified: boolean;
  readonly headers: Readonly<Record<string, ResultField>>;
}

/** Normalises a header for lookup: lower case, the wavelength removed, words joined by one space. */
export function normalizeHeader(h: string): string {
  return h
    .toLowerCase()
    .replace(/\b\d{3,4}(?:[.,]\d+)?\s*nm\b/g, ' ')
    .replace(/[^a-z0-9λ#]+/g, ' ')
    .trim();
}

/** The wavelength a header names ("Loss 850nm (dB)" → 850), if any. */
export function headerWavelength(h: string): number | undefined {
  const m = /\b(\d{3,4})\s*nm\b/i.exec(h);
  const v = m ? Number(m[1]) : NaN;
  return v >= 600 && v <= 1700 ? v : undefined;
}

const table = (rows: Readonly<Record<ResultField, readonly string[]>>): Record<string, ResultField> => {
  const out: Record<string, ResultField> = {};
  for (const [field, names] of Object.entries(rows) as [ResultField, readonly string[]][])
    for (const n of names) out[normalizeHeader(n)] = field;
  return out;
};

/** The presets: the engine's own §16.5 names, and a LinkWare-style summary (names UNVERIFIED). */
export const RESULT_PRESETS: readonly ResultPreset[] = [
  {
    id: 'engine',
    label: 'MPO Designer (REFERENCE-2 §16.5 names)',
    unverified: false,
    headers: table({
      link: ['link_id'],
      fiber: ['fiber'],
      wavelength: ['wavelength_nm'],
      loss: ['loss_dB'],
      limit: ['limit_dB'],
      margin: ['margin_dB'],
      length: ['length_m', 'length_ft'],
      method: ['reference_method'],
      farPosition: ['far_position'],
      result: ['result'],
      date: ['test_date'],
      operator: ['operator'],
    }),
  },
  {
    id: 'linkware',
    label: 'LinkWare-style summary (column names UNVERIFIED)',
    unverified: true,
    headers: table({
      link: ['Cable ID', 'Link ID', 'ID'],
      fiber: ['Fiber', 'Fiber ID', 'Fiber #'],
      wavelength: ['Wavelength (nm)', 'Wavelength'],
      loss: ['Loss (dB)', 'Loss', 'Measured Loss (dB)'],
      limit: ['Limit (dB)', 'Loss Limit (dB)', 'Limit'],
      margin: ['Margin (dB)', 'Loss Margin (dB)', 'Margin'],
      length: ['Length (m)', 'Length (ft)', 'Length'],
      method: ['Reference Method', 'Ref Method', 'Reference'],
      farPosition: ['Far End Fiber', 'Far End Position', 'Polarity Map'],
      result: ['Result', 'Overall Result', 'Pass/Fail'],
      date: ['Date/Time', 'Date', 'Test Date'],
      operator: ['Operator'],
    }),
  },
];

/** Built-in synonyms (CONVENTION): common header words of tester exports and spreadsheets. */
export const SYNONYMS: Readonly<Record<string, ResultField>> = table({
  link: [
    'link',
    'link id',
    'link label',
    'cable',
    'cable id',
    'label',
    'circuit',
    'circuit id',
    'test id',
    'name',
    'id',
  ],
  fiber: [
    'fiber',
    'fibre',
    'fiber id',
    'fiber no',
    'fiber number',
    'strand',
    'position',
    'mpo position',
    'fiber #',
    'fiber position',
  ],
  wavelength: ['wavelength', 'wavelength nm', 'lambda', 'λ', 'wl', 'wave length'],
  loss: ['loss', 'loss db', 'insertion loss', 'il', 'il db', 'measured loss', 'attenuation', 'loss value'],
  limit: ['limit', 'limit db', 'loss limit', 'test limit'],
  margin: ['margin', 'margin db', 'loss margin'],
  length: ['length', 'length m', 'length ft', 'distance', 'link length'],
  method: ['reference method', 'ref method', 'reference', 'jumper method', 'test method', 'jumpers'],
  farPosition: ['far position', 'far end fiber', 'far end position', 'far fiber', 'arrived on', 'far end'],
  result: ['result', 'status', 'pass fail', 'verdict', 'overall result', 'outcome'],
  date: ['test date', 'date', 'date time', 'tested', 'timestamp', 'time'],
  operator: ['operator', 'technician', 'tech', 'user', 'tested by'],
});

/** What the app remembers between imports (kept by the app, e.g. in local storage). */
export interface MappingMemory {
  /** Header (normalised) → field, learned from the user's confirmed mappings. */
  readonly synonyms: Readonly<Record<string, ResultField>>;
  /** Source signature → the mapping confirmed for it. */
  readonly sources: Readonly<Record<string, ResultMapping>>;
}

/** An empty memory. */
export const EMPTY_MEMORY: MappingMemory = { synonyms: {}, sources: {} };

/** The signature of a source: its header row, normalised (same exporter, same columns → same mapping). */
export const sourceSignature = (headers: readonly string[]): string =>
  headers.map((h) => h.trim().toLowerCase()).join('\u241f');

/** The length unit a header names (`(ft)`, `feet`). */
const headerUnit = (h: string): 'm' | 'ft' | undefined =>
  /\b(ft|feet)\b/i.test(h) ? 'ft' : /\((m|meters?|metres?)\)|\blength[ _]m\b/i.test(h) ? 'm' : undefined;

/** A suggested mapping for a header row and where it came from. */
export interface MappingSuggestion {
  readonly mapping: ResultMapping;
  /** `remembered` when the same source was mapped before. */
  readonly from: 'remembered' | 'suggested';
}

/**
 * Suggests a mapping for `headers` (see the module docs for the order). A field already taken by
 * an earlier column is not suggested again, except loss/limit/margin columns that name distinct
 * wavelengths. `preset` restricts header names to one preset (plus learned synonyms).
 */
export function suggestMapping(
  headers: readonly string[],
  memory: MappingMemory = EMPTY_MEMORY,
  preset?: string,
): MappingSuggestion {
  const remembered = memory.sources[sourceSignature(headers)];
  if (remembered && remembered.columns.length === headers.length) return { mapping: remembered, from: 'remembered' };
  const presets = preset ? RESULT_PRESETS.filter((p) => p.id === preset) : RESULT_PRESETS;
  const taken = new Set<string>();
  const columns = headers.map((h): ColumnMapping => {
    const n = normalizeHeader(h);
    const field =
      memory.synonyms[n] ??
      presets.map((p) => p.headers[n]).find((f) => f !== undefined) ??
      (preset ? undefined : SYNONYMS[n]);
    if (!field) return { field: null };
    const nm = RESULT_FIELDS.find((f) => f.field === field)?.perWavelength ? headerWavelength(h) : undefined;
    const k = `${field}@${nm ?? ''}`;
    if (taken.has(k)) return { field: null };
    taken.add(k);
    return nm === undefined ? { field } : { field, wavelengthNm: nm };
  });
  const lengthCol = headers.find((_, i) => columns[i]?.field === 'length');
  return {
    mapping: { columns, lengthUnit: (lengthCol && headerUnit(lengthCol)) || 'm', dateOrder: 'auto' },
    from: 'suggested',
  };
}

/**
 * Remembers a confirmed mapping: for its source signature, and every header mapped to a field
 * as a learned synonym (so a similar export from another source is mapped the same way).
 */
export function learnMapping(memory: MappingMemory, headers: readonly string[], mapping: ResultMapping): MappingMemory {
  const synonyms: Record<string, ResultField> = { ...memory.synonyms };
  headers.forEach((h, i) => {
    const f = mapping.columns[i]?.field;
    const n = normalizeHeader(h);
    if (f && n) synonyms[n] = f;
  });
  return { synonyms, sources: { ...memory.sources, [sourceSignature(headers)]: mapping } };
}

/** Problems of a mapping that block the import: required fields without a column. */
export function mappingProblems(mapping: ResultMapping): string[] {
  const has = (f: ResultField) => mapping.columns.some((c) => c.field === f);
  const out: string[] = [];
  if (!has('link')) out.push('no column is mapped to Link ID (required)');
  if (!has('loss')) out.push('no column is mapped to Loss (dB) (required)');
  const lossCols = mapping.columns.filter((c) => c.field === 'loss');
  if (lossCols.some((c) => c.wavelengthNm === undefined) && !has('wavelength'))
    out.push('no column is mapped to Wavelength (nm), and a loss column does not name its wavelength (required)');
  const seen = new Set<string>();
  for (const c of mapping.columns) {
    if (!c.field) continue;
    const k = `${c.field}@${c.wavelengthNm ?? ''}`;
    if (seen.has(k))
      out.push(
        `two columns are mapped to ${RESULT_FIELDS.find((f) => f.field === c.field)?.label ?? c.field}${c.wavelengthNm ? ` at ${c.wavelengthNm} nm` : ''}`,
      );
    seen.add(k);
  }
  return out;
}
