/**
 * The regex → fact table (facts.ts), golden phrases from devicetype-library comments
 * (PEERS §5.3 #4) and from this tool's own export.
 */
import { describe, expect, it } from 'vitest';
import { readPartFacts, readPortFacts, type PartFacts } from './facts';

describe('readPartFacts', () => {
  it.each<[string, PartFacts]>([
    ['UM = Universal Polarity', { polarity: 'U' }],
    ['Universal Polarity, Method U2', { polarity: 'U2' }],
    ['Type A, MTP to 12 x LC Duplex', { typeLetter: 'A' }],
    ['FS Type AF cassette', {}],
    ['Method B (Core) Polarity (0.90dB)', { polarity: 'B', lossMaxDb: 0.9 }],
    ['8 x MTP-8 Key Up to Key Up (Type B)', { adapter: 'key-up-key-up', typeLetter: 'B', mpoFibers: 8 }],
    ['Key-Up/Key-Down adapters', { adapter: 'key-up-key-down' }],
    ['3x MTP-8 (Male) to 6x LC Quad, 0.35dB Max', { gender: 'male', mpoFibers: 8, lossMaxDb: 0.35 }],
    ['93 = MTP 12 F (pinned) multimode', { gender: 'male', mpoFibers: 12, totalFibers: 12 }],
    ['MTP-12 (Female), unpinned', { gender: 'female', mpoFibers: 12 }],
    ['non-pinned MPO', { gender: 'female' }],
    ['04 = Shuttered LC Duplex UPC', { frontPolish: 'UPC' }],
    [
      'Rear: 2x MTP-12 (Male) APC. Front: LC Duplex UPC.',
      { gender: 'male', mpoFibers: 12, rearPolish: 'APC', frontPolish: 'UPC' },
    ],
    ['APC connectors', { polish: 'APC' }],
    ['G = 50 Single-mode ultra (OS2)', { fiberType: 'OS2' }],
    ['Q = 50 μm multimode (OM4), 24 Fibers', { fiberType: 'OM4', totalFibers: 24 }],
    ['48-Strand panel of 12F modules', { totalFibers: 48 }],
    ['Corning EDGE Low Loss Module ECM-UM08-04-E8GF-ULL', { lossGrade: 'elite' }],
    ['Ultra Low Loss', { lossGrade: 'elite' }],
    ['Low Loss', { lossGrade: 'low-loss' }],
    ['8x MTP-8 Mesh cassette', { mpoFibers: 8, mesh: true }],
    ['Form factor: corning-edge.', { formFactor: 'corning-edge' }],
    // Issue 13 §4: facts written inside tokens.
    ['6xOM4', { fiberType: 'OM4' }],
    ['LCD UPC', { frontPolish: 'UPC' }],
    ['1xMTP12', { mpoFibers: 12 }],
    ['MTP8', { mpoFibers: 8 }],
    ['OS2/APC', { fiberType: 'OS2', polish: 'APC' }],
    ['4×MTP-16 APC', { mpoFibers: 16, rearPolish: 'APC' }],
    ['IANOS transition module, 6xOM4, LCD UPC, 1xMTP12, AS', { fiberType: 'OM4', frontPolish: 'UPC', mpoFibers: 12 }],
    [
      'FHD MTP-MDC Cassette, OS2 Single Mode, Type A, 48 Fibers, 4x MTP-12 (Male) to 8x MDC 3-Port Duplex (Blue), 0.35dB Max',
      { fiberType: 'OS2', typeLetter: 'A', totalFibers: 48, gender: 'male', mpoFibers: 12, lossMaxDb: 0.35 },
    ],
    // …but never inside a longer word or number.
    ['ROM40 XOS21 LCDX', {}],
    ['12 x MTP®-8/12/24 Key Up to Key Down', { mpoFibers: 12, adapter: 'key-up-key-down' }],
  ])('%j', (text, facts) => {
    expect(readPartFacts(text).facts).toEqual(facts);
  });

  it('two different values of a conflicting key leave it out and report it', () => {
    const r = readPartFacts('OM3/OM4 Multimode, Method A and Method B');
    expect(r.facts).toEqual({});
    expect(r.conflicts).toEqual([
      { key: 'polarity', values: ['A', 'B'] },
      { key: 'fiberType', values: ['OM3', 'OM4'] },
    ]);
  });
  it('keeps the phrase each fact came from', () => {
    expect(readPartFacts('3x MTP-8 (Male), 0.35dB Max').evidence).toEqual({
      gender: ['Male'],
      mpoFibers: ['MTP-8'],
      lossMaxDb: ['0.35dB Max'],
    });
  });
  it('never reads a port strand list as a total', () => {
    expect(readPartFacts('Front Port 1 (Strands 1, 12)').facts).toEqual({});
  });
});

describe('readPortFacts', () => {
  it.each([
    ['Front Port 1 (Strands 1, 12)', { strands: [1, 12] }],
    ['Front Port 2 (Strands 3-4)', { strands: [3, 4], range: [3, 4] }],
    ['Rear Port MPO connector ports 1-4 (strands 1-12)', { range: [1, 12] }],
    ['Front Port MPO conector port 2 (Strands 13-24)', { range: [13, 24] }],
    ['Strands 1, 12; A=12, B=1', { strands: [1, 12], ab: { a: 12, b: 1 } }],
    ['MTP-8', { mpoFibers: 8 }],
    ['', {}],
  ])('%j', (text, facts) => {
    expect(readPortFacts(text)).toEqual(facts);
  });
});
