/**
 * Presence (issue 11): remote awareness states are untrusted; colours never reuse a verdict colour.
 */
import { VERDICT_CLASS_STYLE } from '../../core/verdictStyle';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESENCE_COLORS, localPresence, presenceColor, readPeers } from './presence';

describe('presence', () => {
  it('reads well-formed peers, skips itself and malformed states, sorts by name', () => {
    const states = new Map<number, unknown>([
      [1, localPresence('Me', 1, null)],
      [7, localPresence('Zoe', 7, { kind: 'device', id: 'dev-3' })],
      [3, localPresence('Ann', 3, { kind: 'port', device: 'dev-1', port: 'front-2' })],
      [4, { user: { name: '' } }],
      [5, null],
      [6, { user: { name: 'Bob', color: 'red' }, selection: { kind: 'channel', key: 'x' } }],
    ]);
    expect(readPeers(states, 1)).toEqual([
      {
        clientId: 3,
        name: 'Ann',
        color: presenceColor(3),
        selection: { kind: 'port', device: 'dev-1', port: 'front-2' },
      },
      { clientId: 6, name: 'Bob', color: presenceColor(6), selection: null },
      { clientId: 7, name: 'Zoe', color: presenceColor(7), selection: { kind: 'device', id: 'dev-3' } },
    ]);
  });

  it('cuts long names and refuses over-long ids', () => {
    const [p] = readPeers(
      new Map([[2, { user: { name: 'x'.repeat(100) }, selection: { kind: 'cable', id: 'c'.repeat(201) } }]]),
      1,
    );
    expect(p?.name).toHaveLength(60);
    expect(p?.selection).toBeNull();
  });

  it('uses none of the app colours that carry a meaning (verdicts, open, the selection accent)', () => {
    // Verdict colours live in one table (core/verdictStyle); the selection accent in the stylesheet.
    const css = readFileSync(join(import.meta.dirname, '../../app/styles.css'), 'utf8');
    const meaning = [
      ...Object.values(VERDICT_CLASS_STYLE).flatMap((v) => [v.color, v.text, v.bg, v.border]),
      ...[...css.matchAll(/--(accent)[\w-]*:\s*(#[0-9a-f]{6})/gi)].map((m) => m[2] as string),
    ].map((c) => c.toLowerCase());
    expect(meaning.length).toBeGreaterThanOrEqual(20);
    for (const c of PRESENCE_COLORS) expect(meaning).not.toContain(c);
    expect(new Set(PRESENCE_COLORS).size).toBe(PRESENCE_COLORS.length);
  });
});
