/**
 * The mapping step (issue 14 §3): presets (the §16.5 names, a LinkWare-style summary whose names
 * are UNVERIFIED), synonyms, wide exports with the wavelength in the header, learning and
 * remembering a mapping per source.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_MEMORY, learnMapping, mappingProblems, RESULT_PRESETS, suggestMapping } from './resultColumns';

const fields = (headers: string[], memory = EMPTY_MEMORY, preset?: string) =>
  suggestMapping(headers, memory, preset).mapping.columns.map((c) =>
    c.field ? `${c.field}${c.wavelengthNm ? `@${c.wavelengthNm}` : ''}` : '-',
  );

describe('suggested mappings', () => {
  it('maps the REFERENCE-2 §16.5 names exactly', () => {
    expect(
      fields([
        'link_id',
        'fiber',
        'wavelength_nm',
        'loss_dB',
        'limit_dB',
        'margin_dB',
        'length_m',
        'reference_method',
        'far_position',
        'result',
        'test_date',
        'operator',
      ]),
    ).toEqual([
      'link',
      'fiber',
      'wavelength',
      'loss',
      'limit',
      'margin',
      'length',
      'method',
      'farPosition',
      'result',
      'date',
      'operator',
    ]);
  });

  it('maps a LinkWare-style summary and reads the length unit from the header', () => {
    const s = suggestMapping(
      [
        'Cable ID',
        'Fiber',
        'Wavelength (nm)',
        'Loss (dB)',
        'Limit (dB)',
        'Margin (dB)',
        'Length (ft)',
        'Result',
        'Date/Time',
        'Operator',
      ],
      EMPTY_MEMORY,
      'linkware',
    );
    expect(s.mapping.columns.map((c) => c.field)).toEqual([
      'link',
      'fiber',
      'wavelength',
      'loss',
      'limit',
      'margin',
      'length',
      'result',
      'date',
      'operator',
    ]);
    expect(s.mapping.lengthUnit).toBe('ft');
    expect(RESULT_PRESETS.find((p) => p.id === 'linkware')?.unverified).toBe(true);
  });

  it('maps a wide export: loss, limit and margin per wavelength from the header', () => {
    expect(fields(['Link', 'Loss 850nm (dB)', 'Loss 1300 nm (dB)', 'Limit 850nm', 'Margin 1300nm', 'Notes'])).toEqual([
      'link',
      'loss@850',
      'loss@1300',
      'limit@850',
      'margin@1300',
      '-',
    ]);
  });

  it('does not map two columns to the same field', () => {
    expect(fields(['Link', 'Cable', 'Loss', 'IL', 'Wavelength'])).toEqual(['link', '-', 'loss', '-', 'wavelength']);
  });
});

describe('learning', () => {
  const headers = ['Strecke', 'Faser', 'Wellenlänge', 'Dämpfung'];
  const confirmed = {
    columns: [
      { field: 'link' as const },
      { field: 'fiber' as const },
      { field: 'wavelength' as const },
      { field: 'loss' as const },
    ],
    lengthUnit: 'm' as const,
    dateOrder: 'auto' as const,
  };
  const memory = learnMapping(EMPTY_MEMORY, headers, confirmed);

  it('remembers the mapping of a source (same header row)', () => {
    expect(fields(headers)).toEqual(['-', '-', '-', '-']);
    const s = suggestMapping(headers, memory);
    expect(s.from).toBe('remembered');
    expect(s.mapping).toEqual(confirmed);
  });

  it('learns header synonyms for other sources', () => {
    const other = suggestMapping(['Dämpfung', 'Strecke', 'Wellenlänge', 'Bemerkung'], memory);
    expect(other.from).toBe('suggested');
    expect(other.mapping.columns.map((c) => c.field)).toEqual(['loss', 'link', 'wavelength', null]);
  });
});

describe('mapping problems', () => {
  it('names every missing required field', () => {
    expect(mappingProblems({ columns: [{ field: 'fiber' }], lengthUnit: 'm', dateOrder: 'auto' })).toEqual([
      'no column is mapped to Link ID (required)',
      'no column is mapped to Loss (dB) (required)',
    ]);
    expect(
      mappingProblems({ columns: [{ field: 'link' }, { field: 'loss' }], lengthUnit: 'm', dateOrder: 'auto' }),
    ).toEqual(['no column is mapped to Wavelength (nm), and a loss column does not name its wavelength (required)']);
    expect(
      mappingProblems({
        columns: [{ field: 'link' }, { field: 'loss', wavelengthNm: 850 }],
        lengthUnit: 'm',
        dateOrder: 'auto',
      }),
    ).toEqual([]);
  });
});
