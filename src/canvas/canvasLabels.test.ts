/**
 * The canvas keeps its label index across a cable edit and takes a new one when a device label
 * changes. Design: `SMALL_HALL` (core/fixtures/randomEdits.ts), two racks joined by a trunk:
 *
 *   R01 [P1 | Leaf] ==TR== [P1 | Leaf] R02
 */
import { describe, expect, it } from 'vitest';
import { updateCable } from '../core/cableEdits';
import * as E from '../core/edits';
import { SMALL_HALL } from '../core/fixtures/randomEdits';
import { labelsFor } from '../core/labels';
import { canvasLabelsOf } from './canvasLabels';

describe('canvas labels', () => {
  const hall = structuredClone(SMALL_HALL);
  const trunk = Object.values(hall.cables).find((c) => c.name.startsWith('TR-'))!;
  const panel = Object.values(hall.devices).find((v) => v.name === 'R01-P1')!;

  it('a cable edit keeps the index the canvas draws from', () => {
    const before = canvasLabelsOf(labelsFor(hall));
    const longer = updateCable(hall, trunk.id, { lengthM: 77 });
    expect(labelsFor(longer)).not.toBe(labelsFor(hall));
    expect(canvasLabelsOf(labelsFor(longer))).toBe(before);
  });

  it('a device edit (new device labels) gives the new index', () => {
    const before = canvasLabelsOf(labelsFor(hall));
    const renamed = E.renameDevice(hall, panel.id, 'Renamed');
    const after = canvasLabelsOf(labelsFor(renamed));
    expect(after).not.toBe(before);
    expect(after).toBe(labelsFor(renamed));
    expect(after.devices).not.toBe(before.devices);
  });
});
