/**
 * Presence marks (issue 11): another person's selection is outlined where it is drawn — a rack
 * on both of its faces, a device on its box, a port on its cell, a cable along its legs — in that
 * person's colour, and nothing is drawn for a selection that is not on screen.
 *
 * ```text
 *   both faces:  [R1 front] [R1 rear]   [R2 front] [R2 rear]
 *   peer 1 selects rack R1  → two outlines, tag at R1 front's top-left corner
 * ```
 */
import { describe, expect, it } from 'vitest';
import { demoById } from '../demos/demos';
import type { Peer } from '../io/collab/presence';
import { cablesOf } from './cableGeometry';
import { presenceMarks } from './presenceMarks';
import { ROW_HEAD_H, sceneOf } from './scene';
import { ELEV_W, FACE_GAP, MARGIN } from './viewGeometry';

const design = demoById('broken-method-a')!.build();
const peer = (clientId: number, selection: Peer['selection']): Peer => ({
  clientId,
  name: `P${clientId}`,
  color: '#bf3989',
  selection,
});

describe('presenceMarks', () => {
  const scene = sceneOf(design, 'both');
  const cables = cablesOf(scene, design);
  const firstRack = scene.elevations[0]!.rack;
  const device = Object.values(design.devices).find((d) => d.name === 'SW1')!;
  const cable = Object.values(design.cables)[0]!;

  it('outlines a rack on both faces, a device, a port and a cable; skips what is not on screen', () => {
    const marks = presenceMarks(scene, cables, [
      peer(1, { kind: 'rack', id: firstRack.id }),
      peer(2, { kind: 'device', id: device.id }),
      peer(3, { kind: 'port', device: device.id, port: 'cage-1' }),
      peer(4, { kind: 'cable', id: cable.id }),
      peer(5, { kind: 'rack', id: 'rack-deleted' }),
      peer(6, null),
    ]);
    expect(marks.map((m) => m.clientId)).toEqual([1, 2, 3, 4]);
    const [rack, dev, port, cab] = marks;
    // The first rack's front elevation starts at the left margin, its rear one a face gap after it.
    expect(rack!.boxes.map((b) => b.x)).toEqual([MARGIN, MARGIN + ELEV_W + FACE_GAP]);
    expect(rack!.tag).toEqual({ x: MARGIN, y: rack!.boxes[0]!.y });
    // Below the margin and the first row's header (one row of 42U racks: the elevation starts there).
    expect(rack!.boxes[0]!.y).toBe(MARGIN + ROW_HEAD_H);
    expect(dev!.boxes.length).toBeGreaterThan(0);
    expect(port!.boxes).toHaveLength(1);
    expect(cab!.cable?.cable.id).toBe(cable.id);
    expect(cab!.boxes).toEqual([]);
    expect(marks.every((m) => m.color === '#bf3989')).toBe(true);
  });

  it('a device shown in one face mode only is not marked in the other', () => {
    const front = sceneOf(design, 'front');
    const rear = sceneOf(design, 'rear');
    const sel = peer(1, { kind: 'port', device: device.id, port: 'cage-1' });
    const shown = [front, rear].map((s) => presenceMarks(s, cablesOf(s, design), [sel]).length);
    expect(shown.sort()).toEqual([0, 1]);
  });
});
