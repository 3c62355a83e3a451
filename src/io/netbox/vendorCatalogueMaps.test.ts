/**
 * Bundled vendor catalogue (issue 13 §3): maps are checked position by position where the file
 * states them (per-port strands, the FS MDC cassette of REFERENCE-2 GT-30).
 */
import { describe, expect, it } from 'vitest';
import type { ModulePart } from '../../core/parts';
import { partOf } from './fixtures/vendorCatalogue';

describe('maps position by position where the file states them', () => {
  it('Corning ECM-UM-12-04-89G: "Front Port k (Strands 2k−1-2k)" → front k A = 2k−1, B = 2k on the MPO', () => {
    const p = partOf('module-types/Corning/ECM-UM-12-04-89G.yaml') as ModulePart;
    const want = [1, 2, 3, 4, 5, 6].flatMap((k) => [`mpo1.${2 * k - 1}→front-${k}.A`, `mpo1.${2 * k}→front-${k}.B`]);
    expect(
      p.links === 'unknown'
        ? []
        : p.links.map((l) => `${l.a.port}.${l.a.position}→${l.b.port}.${l.b.position === 1 ? 'A' : 'B'}`),
    ).toEqual(want);
  });

  it('Corning EDGE-CS12 splice cassette: front k (Strands 2k−1-2k) ↔ splice fibers 2k−1 (A), 2k (B); one splice port', () => {
    const p = partOf('module-types/Corning/EDGE-CS12-AE-P00RU.yaml') as ModulePart;
    expect(p.ports.filter((q) => q.mate.kind === 'splice').map((q) => [q.key, q.accepts])).toEqual([
      ['splice-1', 'spliced'],
    ]);
    const got =
      p.links === 'unknown' ? [] : p.links.map((l) => `${l.a.port}.${l.a.position}↔${l.b.port}.${l.b.position}`);
    expect(got).toEqual(
      [1, 2, 3, 4, 5, 6].flatMap((k) => [`front-${k}.1↔splice-1.${2 * k - 1}`, `front-${k}.2↔splice-1.${2 * k}`]),
    );
  });

  it('GT-30 FS FHD-4MTP8MDC3PDSMFA: 4 × MOD-A-MDC; front "13-14" = rear "13-24" position 1 = module port 7', () => {
    const p = partOf('module-types/FS/FHD-4MTP8MDC3PDSMFA.yaml') as ModulePart;
    const port7 = p.ports.find((q) => q.key === 'front-7');
    expect([port7?.label, port7?.index, port7?.accepts]).toEqual(['{module}:13-14', 7, 'mdc-duplex']);
    expect(p.ports.find((q) => q.key === 'mpo2')?.label).toBe('{module}:13-24');
    if (p.links === 'unknown') throw new Error('map unknown');
    // MOD-A per rear (REFERENCE-2 §13.5): trunk j → ((j+1)/2, A if j odd) on ports 6(r−1)+1…6r.
    for (let r = 1; r <= 4; r++)
      for (let j = 1; j <= 12; j++) {
        const port = 6 * (r - 1) + Math.floor((j + 1) / 2);
        expect(p.links, `rear ${r} j ${j}`).toContainEqual({
          a: { port: `mpo${r}`, position: j },
          b: { port: `front-${port}`, position: j % 2 ? 1 : 2 },
        });
      }
    expect(p.links).toHaveLength(48);
  });
});
