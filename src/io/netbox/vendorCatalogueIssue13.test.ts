/**
 * Bundled vendor catalogue (issue 13 §3): the two files named in the issue import with exactly
 * the facts it names (connectors, method, gender, fiber type, vendor loss, unknowns, lint codes).
 */
import { describe, expect, it } from 'vitest';
import { read } from './fixtures/vendorCatalogue';

describe('the two files named in issue 13 import with exactly the facts it names', () => {
  it('FS FHD-4MTP8MDC3PDSMFA: 24 MDC duplex fronts, 4 MPO rears, Type A, male, OS2, 0.35 dB max', () => {
    const r = read('module-types/FS/FHD-4MTP8MDC3PDSMFA.yaml');
    if (!r.ok || r.part.kind !== 'module') throw new Error('refused');
    const p = r.part;
    const fronts = p.ports.filter((q) => q.face === 'front');
    const rears = p.ports.filter((q) => q.face === 'rear');
    expect(fronts.map((q) => q.accepts)).toEqual(Array(24).fill('mdc-duplex'));
    expect(rears.map((q) => q.accepts)).toEqual(Array(4).fill('mpo-12'));
    expect(p.moduleClass).toBe('MOD-A');
    expect(rears.map((q) => (q.mate.kind === 'fixed' ? [q.mate.connector.gender, q.mate.adapter] : null))).toEqual(
      Array(4).fill(['male', 'key-up-key-down']),
    );
    expect(p.fiberType).toBe('OS2');
    expect(p.loss).toMatchObject({ kind: 'module', loss: { maxDb: 0.35, provenance: { unverified: true } } });
    expect([p.manufacturer, p.partNumber]).toEqual(['FS', '147014']);
    // Polish is not written in the file: asked for, never assumed.
    expect(r.unknowns).toEqual(['Rear MPO polish: UPC or APC', 'Front MDC polish: UPC or APC']);
    expect(r.lint.map((l) => l.code)).toEqual(['ab-assumed']);
  });

  it('HUBER+SUHNER ITS-06-LCMD-01-12AM-O4-AS-00UU: OM4, UPC, MTP-12 rear', () => {
    const r = read('module-types/HUBER+SUHNER/ITS-06-LCMD-01-12AM-O4-AS-00UU.yaml');
    if (!r.ok || r.part.kind !== 'module') throw new Error('refused');
    const p = r.part;
    expect(p.fiberType).toBe('OM4');
    expect(
      p.ports.filter((q) => q.face === 'front').map((q) => (q.mate.kind === 'fixed' ? q.mate.connector.polish : '')),
    ).toEqual(Array(6).fill('UPC'));
    expect(p.ports.filter((q) => q.face === 'rear').map((q) => q.accepts)).toEqual(['mpo-12']);
    // The MPO fiber count is read from "1xMTP12": no "fiber count is not written" lint.
    expect(r.lint.map((l) => l.code)).toEqual(['missing-positions']);
    expect(r.unknowns).not.toContain('Fiber type: OM3, OM4, OM5, OS2 or OS1a');
  });
});
