/**
 * URL-hash routes of the app: designer, port map, `#port=` links and share links in both modes.
 */
import { describe, expect, it } from 'vitest';
import { parseRoute, portMapHash, withShareMode } from './route';

describe('parseRoute', () => {
  it.each([
    // hash → screen, design payload, mode, port
    ['', 'designer', null, 'view', null],
    ['#', 'designer', null, 'view', null],
    ['#view=portmap', 'portmap', null, 'view', null],
    ['#port=R1-P1-C1-Port3', 'portmap', null, 'view', 'R1-P1-C1-Port3'],
    ['#port=AJ05-14%3AC3-04', 'portmap', null, 'view', 'AJ05-14:C3-04'],
    ['#port=%E0%A4%A', 'portmap', null, 'view', '%E0%A4%A'],
    ['#design=N4Ig&mode=view', 'portmap', 'N4Ig', 'view', null],
    ['#design=N4Ig', 'portmap', 'N4Ig', 'view', null],
    ['#design=N4Ig&mode=copy', 'designer', 'N4Ig', 'copy', null],
    ['#design=N4Ig&mode=view&port=R2-SW1-Eth49', 'portmap', 'N4Ig', 'view', 'R2-SW1-Eth49'],
    ['#design=&mode=view', 'designer', null, 'view', null],
    ['#foo=bar&view=designer', 'designer', null, 'view', null],
  ] as const)('%s → %s', (hash, screen, design, mode, port) => {
    expect(parseRoute(hash)).toEqual({ screen, design, mode, port });
  });
});

describe('portMapHash / withShareMode', () => {
  it('round-trips a port label through the hash', () => {
    const h = portMapHash('AJ05-14:C3-04.B');
    expect(h).toBe('#view=portmap&port=AJ05-14%3AC3-04.B');
    expect(parseRoute(h).port).toBe('AJ05-14:C3-04.B');
    expect(portMapHash(null)).toBe('#view=portmap');
  });
  it('keeps a shared design in the hash', () => {
    const h = portMapHash('R1-P1-MPO1', 'N4Ig');
    expect(parseRoute(h)).toEqual({ screen: 'portmap', design: 'N4Ig', mode: 'view', port: 'R1-P1-MPO1' });
  });
  it('sets or replaces the mode of a share URL', () => {
    expect(withShareMode('https://x.org/app/#design=N4Ig', 'view')).toBe('https://x.org/app/#design=N4Ig&mode=view');
    expect(withShareMode('https://x.org/app/#design=N4Ig&mode=view&port=P', 'copy')).toBe(
      'https://x.org/app/#design=N4Ig&port=P&mode=copy',
    );
    expect(withShareMode('https://x.org/app/', 'copy')).toBe('https://x.org/app/');
  });
});
