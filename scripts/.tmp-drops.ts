import { generateDataHall } from '../src/core/dataHall';
import { createDesignerStore } from '../src/store/store';
import { labelsFor } from '../src/core/labels';
import { HALL_20, DROP_PART } from './bench-ui-session';
const hall = generateDataHall(HALL_20);
const store = createDesignerStore(hall);
const a = store.getState().actions;
labelsFor(store.getState().doc);
const cable = Object.values(hall.cables).find((c) => c.name.startsWith('TR-'))!.id;
for (let r = 0; r < 20; r++)
for (let i = 0; i < 10; i++) {
  a.placeEquipment(DROP_PART as never, 'rack-1' as never, 8 + 2 * i);
  labelsFor(store.getState().doc);
  a.updateCable(cable, { lengthM: 60 + (i % 2) } as never);
  labelsFor(store.getState().doc);
  if (i === 9) for (let k = 0; k < 10; k++) a.undo();
}
