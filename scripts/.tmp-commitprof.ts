import { generateDataHall } from '../src/core/dataHall';
import { createDesignerStore } from '../src/store/store';
import { labelsFor } from '../src/core/labels';
import { HALL_20, DROP_PART } from './bench-ui-session';
import * as R from '../src/io/records';
import { checkEdit } from '../src/io/editCheck';
import * as E from '../src/core/edits';

const hall = generateDataHall(HALL_20);
const store = createDesignerStore(hall);
console.log('devices', Object.keys(hall.devices).length, 'cables', Object.keys(hall.cables).length, 'racks', Object.keys(hall.racks).length);
const a = store.getState().actions;
labelsFor(store.getState().doc);
const cable = Object.values(hall.cables).find((c) => c.name.startsWith('TR-'))!.id;
const t = (f: () => void) => { const t0 = performance.now(); f(); return performance.now() - t0; };
const drops: number[] = [], lab: number[] = [], len: number[] = [], labl: number[] = [];
for (let i = 0; i < 30; i++) {
  drops.push(t(() => a.placeEquipment(DROP_PART as never, 'rack-1' as never, 8 + 2 * (i % 10))));
  lab.push(t(() => labelsFor(store.getState().doc)));
  if (i % 10 === 9) for (let k = 0; k < 10; k++) a.undo();
  len.push(t(() => a.updateCable(cable, { lengthM: 60 + (i % 2) } as never)));
  labl.push(t(() => labelsFor(store.getState().doc)));
}
const med = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)]!.toFixed(2);
console.log('drop commit', med(drops), 'labels', med(lab), 'len commit', med(len), 'labels', med(labl));
// parts
const d0 = store.getState().doc;
const r = E.placeEquipment(d0, { part: DROP_PART as never, rack: 'rack-1' as never, positionU: 30 });
const next = (r as any).design ?? r;
const N = 50;
const per = (name: string, f: () => void) => { const x: number[] = []; for (let i = 0; i < N; i++) x.push(t(f)); console.log(name.padEnd(24), med(x)); };
per('placeEquipment edit', () => E.placeEquipment(d0, { part: DROP_PART as never, rack: 'rack-1' as never, positionU: 30 }));
per('checkEdit', () => checkEdit(d0, next));
per('diffDesign', () => R.diffDesign(d0, next));
per('resolveReferences', () => R.resolveReferences(next, d0));
