import { generateDataHall } from '../src/core/dataHall';
import { createDesignerStore } from '../src/store/store';
import { labelsFor } from '../src/core/labels';
import { HALL_20, DROP_PART } from './bench-ui-session';
const hall = generateDataHall(HALL_20);
const store = createDesignerStore(hall);
const a = store.getState().actions;
labelsFor(store.getState().doc);
let t = 0, n = 0;
for (let r = 0; r < 40; r++)
for (let i = 0; i < 10; i++) {
  a.placeEquipment(DROP_PART as never, 'rack-1' as never, 8 + 2 * i);
  const t0 = performance.now(); labelsFor(store.getState().doc); t += performance.now() - t0; n++;
  if (i === 9) { for (let k = 0; k < 10; k++) a.undo(); labelsFor(store.getState().doc); }
}
console.log('labels per drop', (t / n).toFixed(2));
