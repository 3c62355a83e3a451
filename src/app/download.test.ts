/**
 * File names of the exported deliverables.
 */
import { describe, expect, it } from 'vitest';
import { exportFileName } from './download';

describe('exportFileName', () => {
  it.each([
    [
      '40GBASE-SR4 → 4× 10GBASE-SR breakout, MOD-U1',
      'port-map',
      'csv',
      '40gbase-sr4-4-10gbase-sr-breakout-mod-u1-port-map.csv',
    ],
    ['Spine–leaf 100GBASE-SR4, parallel Method B', 'bom', 'pdf', 'spine-leaf-100gbase-sr4-parallel-method-b-bom.pdf'],
    ['  ', 'labels', 'pdf', 'design-labels.pdf'],
    ['Ré/seau <A&B>', 'rack-elevation', 'svg', 're-seau-a-b-rack-elevation.svg'],
    ['x'.repeat(80), 'bom', 'csv', `${'x'.repeat(60)}-bom.csv`],
  ])('%s + %s.%s → %s', (name, suffix, ext, expected) => expect(exportFileName(name, suffix, ext)).toBe(expected));
});
