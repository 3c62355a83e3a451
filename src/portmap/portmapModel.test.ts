/**
 * The port map tree of the spine–leaf demo (REFERENCE §6.3, GT-04):
 *
 * ```text
 *  R1: Spine-1 Eth1–4 ─MPO cord B─ P1 front-1–4 │ P1 rear-1–4 ══ T1 48F Type B ══ P2 rear-1–4 │ P2 front-1–4 ─MPO cord B─ Leaf-1 Eth49–52 :R2
 * ```
 *
 * and the breakout demo (GT-11), whose cassettes sit in slots of an enclosure.
 */
import { describe, expect, it } from 'vitest';
import { updateSettings } from '../core/edits';
import { labelsFor } from '../core/labels';
import { demoById } from '../demos/demos';
import { analyzeDesign } from '../core/analysis/analyze';
import { portClasses } from '../store/portMapAnswers';
import { portMapTree, portsByKey, shortLabel } from './portmapModel';
import { qrPath } from './qrPath';

const tree = (id: string, scheme: 'project' | 'tia-606' = 'project') => {
  const built = demoById(id)?.build();
  if (!built) throw new Error(id);
  const d = scheme === 'project' ? built : updateSettings(built, { labelScheme: scheme });
  return portMapTree(d, labelsFor(d), new Map(portClasses(analyzeDesign(d))));
};

describe('portMapTree', () => {
  it('lists racks in row order and equipment from the top, with labels', () => {
    const t = tree('spine-leaf-sr4');
    expect(t.map((r) => `${r.label} ${r.name}`)).toEqual(['R1 Spine R1', 'R2 Leaf R2']);
    expect(t[0]?.equipment.map((e) => `${e.label} ${e.name}`)).toEqual(['R1-SW1 Spine-1', 'R1-P1 P1']);
  });
  it('classes the cabled ports by their channel and leaves idle ports neutral', () => {
    const ports = portsByKey(tree('spine-leaf-sr4'));
    const byLabel = new Map([...ports.values()].map((p) => [p.entry.text, p]));
    expect(byLabel.get('R1-SW1-Eth1')).toMatchObject({ short: 'Eth1', cabled: true });
    expect(byLabel.get('R1-SW1-Eth1')?.cls).not.toBeNull();
    expect(byLabel.get('R1-P1-MPO1-Rear')).toMatchObject({ short: 'MPO1-Rear', cabled: true });
    expect(byLabel.get('R1-P1-MPO9')).toMatchObject({ cabled: false, cls: null });
    expect(byLabel.get('R1-SW1-Eth5')).toMatchObject({ cabled: false, cls: null });
  });
  it('groups cassette ports under their slot label, short names without the slot', () => {
    const t = tree('breakout-40g');
    const panel = t.flatMap((r) => r.equipment).find((e) => e.label === 'R2-P1');
    expect(panel?.groups.map((g) => g.label)).toEqual(['R2-P1-C1', 'R2-P1-C2']);
    expect(panel?.groups[0]?.ports.map((p) => `${p.short}:${p.cls ?? 'idle'}`)).toEqual([
      'MPO1:pass',
      'Port1:pass',
      'Port2:pass',
      'Port3:pass',
      'Port4:pass',
      'Port5:open',
      'Port6:open',
    ]);
  });
  it('follows the TIA-606 scheme', () => {
    const t = tree('breakout-40g', 'tia-606');
    const panel = t.flatMap((r) => r.equipment).find((e) => e.name === 'P1');
    expect(panel?.label).toMatch(/^[A-Z0-9]+-\d{2}$/);
    expect(panel?.groups[0]?.ports.map((p) => p.short).slice(0, 3)).toEqual(['MPO1', '01', '02']);
  });
});

describe('shortLabel', () => {
  it.each([
    ['R1-P1-C1-Port3', 'R1-P1-C1', 'Port3'],
    ['AJ05-14:C3-04', 'AJ05-14:C3', '04'],
    ['AJ05-14:04', 'AJ05-14', '04'],
    ['R1-P1', 'R1-P1', 'R1-P1'],
    ['[QSFP-1]', 'R1', '[QSFP-1]'],
  ])('%s in %s → %s', (text, prefix, short) => expect(shortLabel(text, prefix)).toBe(short));
});

describe('qrPath', () => {
  it('draws one rectangle per run of dark modules, offset by the quiet zone', () => {
    // 3 × 3: row 0 ██░, row 1 ░░░, row 2 █░█
    const m = [
      [1, 1, 0],
      [0, 0, 0],
      [1, 0, 1],
    ];
    expect(qrPath(3, (r, c) => m[r]?.[c] === 1)).toBe('M4 4h2v1h-2zM4 6h1v1h-1zM6 6h1v1h-1z');
  });
});
