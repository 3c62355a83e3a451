/**
 * Issue 12 §3: the connect tool refuses an invalid mating, names the rule, and never reports a
 * green success for it. Expected rules from REFERENCE §1.8 (V6: offset-key MPO-16 never mates a
 * centre-key MPO-12 port; V1: two pinned MPO connectors).
 *
 * ```text
 *  ENC: slot 1 MOD-A MPO-12 rear female (F1)   slot 2 MOD-A MPO-12 rear female (F2)
 *       slot 3 MOD-A MPO-12 rear MALE (M3)
 *  MPO-16 Type B trunk (male/male)  F1 ✕ (V6)
 *  MPO-12 Type B trunk (male/male)  F1 ── F2 ✓ ;  F1 ── M3 ✕ (V1 at M3)
 * ```
 */
import { describe, expect, it } from 'vitest';
import { makeArrayCable } from '../core/catalogue/cables';
import { makeCassette } from '../core/catalogue/modules';
import { DesignBuilder, rear } from '../core/designBuilder';
import { partId, type DeviceId } from '../core/ids';
import { createDesignerStore } from './store';

const mpo16 = makeArrayCable({ polarity: 'B', variant: 'mpo-16', genders: 'mm', polish: 'UPC' });
const mpo12 = makeArrayCable({ polarity: 'B', variant: 'mpo-12', genders: 'mm', polish: 'UPC' });
const fem = makeCassette({ moduleClass: 'MOD-A', rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM4' });
const male = makeCassette({ moduleClass: 'MOD-A', rearGender: 'male', rearPolish: 'UPC', fiberType: 'OM4' });

function rig() {
  const b = new DesignBuilder('refusals');
  for (const p of [mpo16, mpo12, fem, male]) b.part(p);
  const r = b.rack('R1');
  const enc = b.equipment(r, 'equipment/enclosure-1u-4slot-cassette-modular', 38, 'ENC');
  const F1 = b.module(enc, 1, fem.id, 'F1');
  const F2 = b.module(enc, 2, fem.id, 'F2');
  const M3 = b.module(enc, 3, male.id, 'M3');
  const store = createDesignerStore(b.build());
  const s = () => store.getState();
  /** Two port picks with the connect tool armed with `part`; returns the notice and the cable count. */
  const lay = (part: typeof mpo12.id, from: DeviceId, to: DeviceId) => {
    s().actions.startConnect(part);
    s().actions.pickPort(rear(from));
    s().actions.pickPort(rear(to));
    return { notice: s().session.notice, cables: Object.keys(s().doc.cables).length };
  };
  return { store, F1, F2, M3, s, lay };
}

describe('connect tool: refusal of an invalid mating, with the rule named', () => {
  it('an MPO-16 trunk end on an MPO-12 rear is refused at the first pick (V6)', () => {
    const { s, F1 } = rig();
    s().actions.startConnect(mpo16.id);
    s().actions.pickPort(rear(F1));
    expect(s().session.notice?.tone).toBe('error');
    expect(s().session.notice?.text).toMatch(/^F1 MPO1: Will not mate: V6 family\/key: .*MPO-16 cannot mate MPO-12/);
    expect(s().session.tool).toEqual({ kind: 'connect', part: mpo16.id, from: null });
  });
  it('a male trunk onto a pinned rear is refused at the second pick (V1); nothing is laid', () => {
    const { lay, F1, M3 } = rig();
    const r = lay(mpo12.id, F1, M3);
    expect(r.notice?.tone).toBe('error');
    expect(r.notice?.text).toMatch(/not laid: Will not mate: V1 gender/);
    expect(r.cables).toBe(0);
  });
  it('a valid mating is laid with a success notice', () => {
    const { lay, F1, F2 } = rig();
    const r = lay(mpo12.id, F1, F2);
    expect(r.notice?.tone).toBe('success');
    expect(r.cables).toBe(1);
  });
  it('a transceiver into a cage cabled while empty is refused when it would not mate (V2)', () => {
    // SW-1 cage 1 (empty) ── MPO-12 trunk male/male ── F1 rear; a 40GBASE-SR4 QSFP+ MDI is male.
    const b = new DesignBuilder('cabled cage');
    for (const p of [mpo12, fem]) b.part(p);
    const r = b.rack('R1');
    const sw = b.equipment(r, 'equipment/switch-1u-32xqsfp28', 40, 'SW-1');
    const enc = b.equipment(r, 'equipment/enclosure-1u-4slot-cassette-modular', 38, 'ENC');
    const f1 = b.module(enc, 1, fem.id, 'F1');
    b.cable(mpo12.id, 'T1', 3, 'OM4', { A: { device: sw, port: 'cage-1' }, B: rear(f1) });
    const store = createDesignerStore(b.build());
    const a = store.getState().actions;
    expect(a.plugTransceiver(partId('transceiver/40gbase-sr4-qsfpplus'), sw, 'cage-1')).toBeNull();
    expect(store.getState().session.notice?.text).toMatch(/^SW-1 cage-1: Will not mate: V2 transceiver gender/);
    expect(a.plugTransceiver(partId('transceiver/40gbase-sr4-qsfpplus'), sw, 'cage-2')).not.toBeNull();
  });
});
