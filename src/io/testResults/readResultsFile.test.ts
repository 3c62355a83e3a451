/**
 * Reading tester exports (issue 14 §6): encodings, delimiters, empty files, single columns,
 * ragged rows, workbooks instead of CSV, the size limit. Every refusal names the row.
 */
import { describe, expect, it } from 'vitest';
import { columnLetter, decodeResultsBytes, MAX_RESULTS_BYTES, readResultsTable, sizeProblem } from './readResultsFile';

const enc = (s: string) => new TextEncoder().encode(s);
function utf16le(s: string, bom: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2 + (bom ? 2 : 0));
  let k = 0;
  if (bom) {
    out[k++] = 0xff;
    out[k++] = 0xfe;
  }
  for (const ch of s) {
    out[k++] = ch.charCodeAt(0) & 0xff;
    out[k++] = ch.charCodeAt(0) >> 8;
  }
  return out;
}

describe('encodings', () => {
  it('UTF-8 with BOM, UTF-16 LE with and without BOM', () => {
    const bom = decodeResultsBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('a,b\n1,2')]));
    expect(bom.ok && [bom.text, bom.encoding]).toEqual(['a,b\n1,2', 'UTF-8 (BOM)']);
    const le = decodeResultsBytes(utf16le('Link,Loss\nX,1.2', true));
    expect(le.ok && [le.text, le.encoding]).toEqual(['Link,Loss\nX,1.2', 'UTF-16 LE']);
    const noBom = decodeResultsBytes(utf16le('Link,Loss\nX,1.2', false));
    expect(noBom.ok && noBom.encoding).toBe('UTF-16 LE');
  });

  it('Windows-1252 (Latin-1) bytes are read with a note naming the row', () => {
    const bytes = new Uint8Array([...enc('Link,Operator\nR1,M'), 0xfc, ...enc('ller\n')]);
    const d = decodeResultsBytes(bytes);
    expect(d.ok && d.text).toBe('Link,Operator\nR1,Müller\n');
    expect(d.ok && d.notes[0]).toContain('not UTF-8 (byte 0xfc on row 2)');
  });

  it('an Excel workbook (ZIP) is refused with what to do', () => {
    const d = decodeResultsBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(!d.ok && d.message).toContain('export it as CSV');
  });
});

describe('structure', () => {
  it('an empty file, a blank file and a header without rows are refused', () => {
    expect(readResultsTable('')).toEqual({ ok: false, message: 'the file is empty' });
    expect(readResultsTable('\n \n')).toEqual({ ok: false, message: 'the file is empty' });
    expect(readResultsTable('Link,Loss\n')).toEqual({
      ok: false,
      message: 'row 1 is a header with no data rows below it',
    });
  });

  it('detects the semicolon delimiter and keeps spreadsheet row numbers across blank lines', () => {
    const r = readResultsTable('Link;Loss\nR1;1,2\n\nR2;1,3\n');
    expect(r.ok && r.table.delimiter).toBe(';');
    expect(r.ok && r.table.rows.map((x) => [x.row, ...x.cells])).toEqual([
      [2, 'R1', '1,2'],
      [4, 'R2', '1,3'],
    ]);
    expect(r.ok && r.table.notes).toContain('delimiter ";" detected');
  });

  it('one column only is refused, naming an unrecognised delimiter when the header shows one', () => {
    expect(readResultsTable('Link\nR1\n')).toEqual({
      ok: false,
      message: 'row 1: only one column found ("Link"); a results file needs at least a link ID and a loss column',
    });
    const odd = readResultsTable('Link:Loss\nR1:1.2\n');
    expect(!odd.ok && odd.message).toContain('only one column');
  });

  it('a row with more cells than the header is refused with its row', () => {
    const r = readResultsTable('Link,Loss\nR1,1.2\nR2,1,25\n');
    expect(!r.ok && r.message).toBe(
      'row 3: 3 cells but the header (row 1) has 2: a "," inside a value (quote it) or a different delimiter on this row',
    );
  });

  it('an unclosed quote is refused with its row', () => {
    const r = readResultsTable('Link,Loss\n"R1,1.2\n');
    expect(!r.ok && r.message).toMatch(/^row \d+: .*quote/);
  });
});

describe('size', () => {
  it('a 50 MB file is refused before reading, with the limit', () => {
    expect(sizeProblem(50 * 1024 * 1024)).toBe(
      'the file is 50.0 MB; the limit is 20.0 MB (about 200,000 result rows): export fewer links per file',
    );
    expect(sizeProblem(MAX_RESULTS_BYTES)).toBeNull();
  });

  it('column letters as spreadsheets name them', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
