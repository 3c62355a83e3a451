/**
 * Own-property lookups: `own` never returns an inherited member, and no source file looks a
 * record up by a computed key without it (a guard against the `devices['toString']` class of
 * crash coming back: issue 9).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasOwn, own } from './own';

const PROTOTYPE_NAMES = ['toString', 'constructor', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];

describe('own / hasOwn', () => {
  it.each(PROTOTYPE_NAMES)('%s is absent from a plain record', (name) => {
    const rec: Record<string, number> = { a: 1 };
    expect(own(rec, name)).toBeUndefined();
    expect(hasOwn(rec, name)).toBe(false);
  });

  it('finds own properties, including ones named like prototype members', () => {
    const rec: Record<string, number> = { a: 1 };
    Object.defineProperty(rec, 'toString', { value: 7, enumerable: true });
    expect(own(rec, 'a')).toBe(1);
    expect(own(rec, 'toString')).toBe(7);
    expect(hasOwn(rec, 'toString')).toBe(true);
  });
});

/** Every non-test source file under src. */
function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (/\.tsx?$/.test(name) && !/\.(test|bench)\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

/**
 * A computed read of a design collection or a cable's ends: `design.devices[id]`,
 * `cable.ends[key]`. Assignments (`x.devices[id] = …`) and `delete` are allowed: they write own
 * properties. Array reads of a part's ends (`part.ends[0]`) are not design records.
 */
const RECORD_READ =
  /(?<!delete )\b(?:design|d|doc\(\)|doc|x|s\.doc|st\(\)\.doc)\.(?:devices|racks|cables|parts)\[[^\]]+\](?!\s*=[^=])|\b(?:cable|c)\.ends\[[^\]]+\](?!\s*=[^=])/;

describe('no record lookup by a computed key without own()', () => {
  it('holds in every source file under src', () => {
    const root = join(__dirname, '..');
    const files = sources(root);
    expect(files.length).toBeGreaterThan(100);
    const bad = files.flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .map((line, i) => ({ at: `${path.slice(root.length + 1)}:${i + 1}`, text: line.trim() }))
        .filter((l) => !l.text.startsWith('*') && !l.text.startsWith('//') && RECORD_READ.test(l.text)),
    );
    expect(bad).toEqual([]);
  });

  it('the guard pattern catches a record read and allows writes', () => {
    expect(RECORD_READ.test('const d = design.devices[ref.device];')).toBe(true);
    expect(RECORD_READ.test('const r = cable.ends[key] ?? null;')).toBe(true);
    expect(RECORD_READ.test('x.devices[id] = device;')).toBe(false);
    expect(RECORD_READ.test('delete x.cables[id];')).toBe(false);
    expect(RECORD_READ.test('const e0 = part.ends[0];')).toBe(false);
  });
});
