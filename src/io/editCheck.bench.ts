/**
 * Benchmark of `checkEdit` on the 10,000-fiber data hall: the validation cost of one edit (a cable
 * length, a device rename, a module moved to a free slot). Issue 9 asks for well under a
 * millisecond per edit. Run with `npm run bench`.
 */
import { bench, describe } from 'vitest';
import { DATA_HALL_SIZES, generateDataHall } from '../core/dataHall';
import * as E from '../core/edits';
import type { CableId, DeviceId } from '../core/ids';
import { checkEdit } from './editCheck';

const hall = generateDataHall(DATA_HALL_SIZES['10k']);
const cable = Object.keys(hall.cables)[0] as CableId;
const device = Object.keys(hall.devices)[0] as DeviceId;
const lengthEdit = E.updateCable(hall, cable, { lengthM: 42 });
const renameEdit = E.renameDevice(hall, device, 'Renamed');
const deleteEdit = E.deleteDevices(hall, [device]);
for (const next of [lengthEdit, renameEdit, deleteEdit]) {
  const r = checkEdit(hall, next);
  if (!r.ok) throw new Error(`benchmark edit refused: ${r.message}`);
}

describe(`checkEdit on the 10k data hall (${Object.keys(hall.devices).length} devices, ${Object.keys(hall.cables).length} cables)`, () => {
  bench('cable length', () => void checkEdit(hall, lengthEdit), { time: 1000 });
  bench('device rename', () => void checkEdit(hall, renameEdit), { time: 1000 });
  bench('delete a device (reverse references scanned)', () => void checkEdit(hall, deleteEdit), { time: 1000 });
});

describe('checkEdit with the touched keys given (as a Yjs record map reports them)', () => {
  bench('cable length', () => void checkEdit(hall, lengthEdit, { cables: [cable] }), { time: 1000 });
  bench('device rename', () => void checkEdit(hall, renameEdit, { devices: [device] }), { time: 1000 });
});
