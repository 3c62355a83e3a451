/**
 * Stored column layouts: known columns only, widths clamped to [min, 2000] px, anything broken
 * falls back to the defaults.
 */
import { describe, expect, it } from 'vitest';
import { parseColumnPrefs } from './columnPrefs';

const COLS = [
  { key: 'channel', min: 160 },
  { key: 'polarity', min: 80 },
  { key: 'margin', min: 64 },
];

describe('parseColumnPrefs', () => {
  it.each([
    ['nothing stored', null, { widths: {}, hidden: [] }],
    ['broken JSON', '{"widths":', { widths: {}, hidden: [] }],
    ['not an object', '42', { widths: {}, hidden: [] }],
    [
      'widths clamped and rounded, unknown columns dropped',
      '{"widths":{"polarity":12,"margin":99.6,"ghost":300,"channel":9000},"hidden":["margin","ghost",7]}',
      { widths: { channel: 2000, polarity: 80, margin: 100 }, hidden: ['margin'] },
    ],
    ['non-numeric widths ignored', '{"widths":{"polarity":"wide","margin":null}}', { widths: {}, hidden: [] }],
  ])('%s', (_name, json, expected) => {
    expect(parseColumnPrefs(json, COLS)).toEqual(expected);
  });
});
