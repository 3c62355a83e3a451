/**
 * The fix preview, narrow (issue 10 §4): the diagram of a failing channel after each proposed fix,
 * analysed on the channel's region only, equals the diagram drawn from a whole-design
 * `analyzeDesign` of the substituted design (the oracle: it shares no code with the region
 * analysis but the engine itself), fiber numbers included; and the service's `preview` answers
 * it over a real message boundary, or null when a change arrived first (cancelled).
 *
 * ```text
 *  GT-06b (p = 1…4):
 *  SW cage p ─PC-R12-0p (A-to-B)─ C1 front-p   C1 MPO ══TR (Type A)══ C2 MPO   C2 front-p ─PC-R14-0p (A-to-B)─ SW cage p
 *  Method A needs one A-to-B and one A-to-A cord: two A-to-B flips are even, Tx meets Tx on all four.
 *  Replacing either cord of a channel by an A-to-A cord makes it pass (REFERENCE §4, §6.3).
 *
 *  data hall (2 racks): Leaf ─cord─ MOD-B1 ═48F trunk═ MOD-B2 ─cord─ Leaf, with one MOD-B
 *  cassette swapped for a MOD-A: the channels through it fail (Method B needs MOD-B at both ends).
 *
 *  V5: SW-1 ─CORD-1 OM4─ LC-PANEL ─CORD-2 OS2!─ SW-2 (10GBASE-SR): the fix gives CORD-2 OM4 fiber.
 * ```
 */
import { afterAll, describe, expect, it } from 'vitest';
import { brokenMethodA } from '../../scripts/generate-examples';
import { analyzeDesign, type AnalysedChannel } from '../core/analysis/analyze';
import { proposeFixes, substitutePart, successorChannel, type ProposedFix } from '../core/analysis/fixes';
import { generateDataHall } from '../core/dataHall';
import { channelDiagram } from '../core/deliverables/channelDiagram';
import type { Design } from '../core/design';
import { DesignBuilder, cage, front, port } from '../core/designBuilder';
import { replacePart, updateCable } from '../core/edits';
import { VERDICTS } from '../core/engine/channels';
import { LC_PANEL, transceiverSwitch } from '../core/fixtures/topologies';
import { partId, type CableId } from '../core/ids';
import { labelsFor } from '../core/labels';
import { createAnalysisService } from './analysisService';
import { designChange } from './designChange';
import { previewDiagram } from './previewDiagram';
import { closeRemoteServices, remoteService } from './fixtures/remoteService';

function swappedHall(): Design {
  const d = generateDataHall({ racks: 2, panelsPerRack: 2, trunksPerPanel: 1, cassettesPerPanel: 2, method: 'B' });
  const cassette = Object.values(d.devices).find((v) => v.part.includes('mod-b'));
  if (!cassette) throw new Error('no MOD-B cassette in the hall');
  const r = replacePart(d, { kind: 'device', id: cassette.id }, partId('module/mod-a-12f-1xmpo12-f-upc-om4'));
  if (!r.ok) throw new Error(r.reason);
  return r.design;
}

function os2Cord(): Design {
  const SR = 'transceiver/10gbase-sr-sfpplus';
  const cord = 'cable/lc-duplex-ab-upc'; // LC duplex A-to-B UPC, low-loss (matingFixes.test.ts V5)
  const b = new DesignBuilder('OS2 cord');
  const r = b.rack('R1');
  const s1 = b.equipment(r, transceiverSwitch(SR), 40, 'SW-1');
  const s2 = b.equipment(r, transceiverSwitch(SR), 39, 'SW-2');
  const panel = b.equipment(r, LC_PANEL, 38, 'LC-PANEL');
  b.transceiver(s1, 1, SR, 'SW-1 SFP 1');
  b.transceiver(s2, 1, SR, 'SW-2 SFP 1');
  b.cable(cord, 'CORD-1', 2, 'OM4', { A: cage(s1, 1), B: front(panel, 1) });
  b.cable(cord, 'CORD-2', 2, 'OS2', { A: port(panel, 'rear-1'), B: cage(s2, 1) });
  return b.build();
}

const FIXTURES: Readonly<Record<string, () => Design>> = {
  'GT-06b': brokenMethodA,
  'hall with a MOD-A cassette': swappedHall,
  'V5 OS2 cord': os2Cord,
};

/** The oracle: the diagram after `fix` from a whole-design analysis of the substituted design. */
function wholeDiagram(d: Design, c: AnalysedChannel, fix: ProposedFix) {
  const after = analyzeDesign(substitutePart(d, fix.target, fix.toPart, fix.toFiberType));
  const same = successorChannel(after.channels, c);
  return same
    ? channelDiagram(after, same, { labels: labelsFor(d), preview: { target: fix.target, text: fix.description } })
    : null;
}

const failingOf = (d: Design) => {
  const a = analyzeDesign(d);
  return { a, failing: a.channels.filter((c) => VERDICTS[c.verdict].cls === 'fail') };
};

describe('previewDiagram: the region preview equals the whole-design preview', () => {
  it.each(Object.keys(FIXTURES))(
    '%s: every proposed fix of every failing channel',
    (name) => {
      const d = FIXTURES[name]!();
      const { a, failing } = failingOf(d);
      expect(failing.length, 'the fixture has failing channels').toBeGreaterThan(0);
      let previews = 0;
      for (const c of failing) {
        for (const fix of proposeFixes(d, a, c)) {
          const region = previewDiagram(d, a, c, fix);
          expect(region, `${c.key} after ${fix.description}`).toEqual(wholeDiagram(d, c, fix));
          // Every proposal makes the channel pass (pass or warning), and the preview shows it.
          expect(['pass', 'warning', 'unverified']).toContain(region?.verdict.cls);
          previews += 1;
        }
      }
      expect(previews).toBeGreaterThan(0);
    },
    60_000,
  );

  it('GT-06b: the A-to-A cord fix marks the replaced cord and numbers fibers as the whole design does', () => {
    const d = brokenMethodA();
    const { a, failing } = failingOf(d);
    // All four channels fail: tx-to-tx (two A-to-B cords on a Type A trunk).
    expect(failing.map((c) => c.verdict)).toEqual(['tx-to-tx', 'tx-to-tx', 'tx-to-tx', 'tx-to-tx']);
    const c = failing[1]!;
    const fix = proposeFixes(d, a, c).find((f) => f.description.includes('A-to-A'));
    expect(fix?.target.kind).toBe('cable');
    const p = previewDiagram(d, a, c, fix!);
    // The replaced cord is marked as the fix, and the fibers are the channel's own traces.
    expect(p?.boxes.filter((b) => b.tone === 'fix').map((b) => b.note)).toEqual([fix!.description]);
    expect([...new Set(p?.lanes.map((l) => l.fiber))].sort()).toEqual(c.fibers.map((f) => f.id).sort());
  });
});

describe('the service preview', () => {
  afterAll(closeRemoteServices);

  it('answers the region preview over a message boundary', async () => {
    const d = swappedHall();
    const { a, failing } = failingOf(d);
    const c = failing[0]!;
    const fix = proposeFixes(d, a, c)[0]!;
    const remote = remoteService();
    await remote.load(d);
    expect(await remote.preview(c.key, fix)).toEqual(wholeDiagram(d, c, fix));
  });

  it('is cancelled (null) when a change arrives before it runs', async () => {
    const d = brokenMethodA();
    const { a, failing } = failingOf(d);
    const c = failing[0]!;
    const fix = proposeFixes(d, a, c)[0]!;
    const service = createAnalysisService();
    service.load(d);
    const cable = Object.values(d.cables)[0]!;
    const pending = service.preview(c.key, fix);
    const d1 = updateCable(d, cable.id as CableId, { lengthM: cable.lengthM + 1 });
    service.apply(designChange(d, d1)!);
    expect(await pending).toBeNull();
    // Asked again, the preview is of the changed design (the longer cable's loss and name).
    expect(await service.preview(c.key, fix)).toEqual(wholeDiagram(d1, c, fix));
  });
});
