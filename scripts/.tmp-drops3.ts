import { generateDataHall } from '../src/core/dataHall';
import { createDesignerStore } from '../src/store/store';
import { labelsFor } from '../src/core/labels';
import { HALL_20, DROP_PART } from './bench-ui-session';
const hall = generateDataHall(HALL_20);
const store = createDesignerStore(hall);
const a = store.getState().actions;
labelsFor(store.getState().doc);
const cable = Object.values(hall.cables).find((c) => c.name.startsWith('TR-'))!.id;
const L: number[] = [], C: number[] = [], LL: number[] = [], CL: number[] = [];
const t = (f: () => void) => { const t0 = performance.now(); f(); return performance.now() - t0; };
for (let i = 0; i < 300; i++) {
  C.push(t(() => a.placeEquipment(DROP_PART as never, 'rack-1' as never, 8 + 2 * (i % 12))));
  L.push(t(() => labelsFor(store.getState().doc)));
  a.undo(); labelsFor(store.getState().doc);
  CL.push(t(() => a.updateCable(cable, { lengthM: 61 + (i % 2) } as never)));
  LL.push(t(() => labelsFor(store.getState().doc)));
}
const med = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)]!.toFixed(2);
const p95 = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length * 0.95)]!.toFixed(2);
console.log(`drop commit ${med(C)}/${p95(C)} labels ${med(L)}/${p95(L)}; length commit ${med(CL)}/${p95(CL)} labels ${med(LL)}/${p95(LL)}`);
