/**
 * The loss golden designs of REFERENCE §10 (GT-01, GT-04, GT-04b, GT-06, GT-10, GT-11, GT-12,
 * GT-16), built with `DesignBuilder` from the built-in catalogue plus, for "TIA-max parts", the
 * catalogue's own `make*` functions with `lossGrade: 'tia-max'`. Used by the loss tests and
 * available to examples and benchmarks.
 */
import { makeArrayCable, makeDuplexCord } from '../catalogue/cables';
import { makeCassette } from '../catalogue/modules';
import type { FiberType } from '../connectors';
import type { Design, DesignSettings } from '../design';
import { DesignBuilder, front, mdi, port, rear } from '../designBuilder';
import type { LossGrade, Part } from '../parts';

/** Built-in transceiver part ids used by the goldens. */
export const XCVR = {
  sr10G: 'transceiver/10gbase-sr-sfpplus',
  sr25G: 'transceiver/25gbase-sr-sfp28',
  sr4_40G: 'transceiver/40gbase-sr4-qsfpplus',
  sr4_100G: 'transceiver/100gbase-sr4-qsfp28',
  sr8_400G: 'transceiver/400gbase-sr8-qsfp-dd',
  dr4_400G: 'transceiver/400gbase-dr4-qsfp-dd',
  dr_100G: 'transceiver/100gbase-dr-qsfp28',
} as const;

const ENCLOSURE = 'equipment/enclosure-1u-4slot-cassette-modular';

/** A cable of a golden: part id (or custom part) and length, m. */
export interface Run {
  readonly part: string | Part;
  readonly lengthM: number;
}

const id = (b: DesignBuilder, p: string | Part): string => {
  if (typeof p === 'string') return p;
  b.part(p);
  return p.id;
};

/**
 * Duplex structured channel (GT-06 Method A, GT-10 Method B):
 *
 *   SFP-1 ─cord1─ [front-1 CAS-1 mpo1] ═trunk═ [mpo1 CAS-2 front-1] ─cord2─ SFP-2
 */
export function duplexStructured(o: {
  readonly transceiver: string;
  readonly cord1: Run;
  readonly module1: string | Part;
  readonly trunk: Run;
  readonly module2: string | Part;
  readonly cord2: Run;
  readonly fiberType?: FiberType;
  readonly settings?: Partial<DesignSettings>;
}): Design {
  const b = new DesignBuilder('duplex structured').with(o.settings ?? {});
  const ft = o.fiberType ?? 'OM4';
  const r = b.rack('R1');
  const t1 = b.loose(o.transceiver, 'SFP-1');
  const t2 = b.loose(o.transceiver, 'SFP-2');
  const e1 = b.equipment(r, ENCLOSURE, 30, 'ENC-1');
  const e2 = b.equipment(r, ENCLOSURE, 20, 'ENC-2');
  const m1 = b.module(e1, 1, id(b, o.module1), 'CAS-1');
  const m2 = b.module(e2, 1, id(b, o.module2), 'CAS-2');
  b.cable(id(b, o.cord1.part), 'CORD-1', o.cord1.lengthM, ft, { A: mdi(t1), B: front(m1, 1) });
  b.cable(id(b, o.trunk.part), 'TRUNK', o.trunk.lengthM, ft, { A: rear(m1), B: rear(m2) });
  b.cable(id(b, o.cord2.part), 'CORD-2', o.cord2.lengthM, ft, { A: front(m2, 1), B: mdi(t2) });
  return b.build();
}

/**
 * Parallel channel through optional MPO adapter panels (GT-01, GT-04, GT-04b, GT-16):
 *
 *   Q-1 ─run0─ [front-1 PANEL-1 rear-1] ─run1─ [rear-1 PANEL-2 front-1] ─run2─ Q-2
 *
 * `runs.length` = `panels.length + 1`; with no panels one cord joins the two MDIs.
 */
export function parallelPath(o: {
  readonly transceiver: string;
  readonly runs: readonly Run[];
  readonly panels: readonly string[];
  readonly fiberType?: FiberType;
  readonly settings?: Partial<DesignSettings>;
}): Design {
  const b = new DesignBuilder('parallel path').with(o.settings ?? {});
  const ft = o.fiberType ?? 'OM4';
  const r = b.rack('R1');
  const q1 = b.loose(o.transceiver, 'Q-1');
  const q2 = b.loose(o.transceiver, 'Q-2');
  const panels = o.panels.map((p, i) => b.equipment(r, p, 40 - i, `PANEL-${i + 1}`));
  o.runs.forEach((run, i) => {
    const left = i === 0 ? mdi(q1) : port(panels[i - 1]!, i === 1 ? 'rear-1' : 'front-1');
    const right = i === o.runs.length - 1 ? mdi(q2) : port(panels[i]!, i === 0 ? 'front-1' : 'rear-1');
    b.cable(id(b, run.part), `RUN-${i}`, run.lengthM, ft, { A: left, B: right });
  });
  return b.build();
}

/**
 * Breakout through a cassette (GT-11, GT-12): one array cable from the parallel transceiver to
 * the cassette rear, A-to-B LC cords from front ports 1–4 to four duplex transceivers.
 *
 *   QSFP ─array (end B female at QSFP, end A male at cassette)─ [mpo1 CAS front-1..4] ─cords─ SFP-1..4
 */
export function breakout(o: {
  readonly parallel: string;
  readonly duplex: string;
  readonly array: Run;
  readonly module: string | Part;
  readonly cord: Run;
  readonly fiberType: FiberType;
  readonly settings?: Partial<DesignSettings>;
}): Design {
  const b = new DesignBuilder('breakout').with(o.settings ?? {});
  const r = b.rack('R1');
  const q = b.loose(o.parallel, 'QSFP');
  const e = b.equipment(r, ENCLOSURE, 30, 'ENC-1');
  const m = b.module(e, 1, id(b, o.module), 'CAS-1');
  b.cable(id(b, o.array.part), 'ARRAY', o.array.lengthM, o.fiberType, { A: rear(m), B: mdi(q) });
  const cord = id(b, o.cord.part);
  for (let k = 1; k <= 4; k++) {
    const s = b.loose(o.duplex, `SFP-${k}`);
    b.cable(cord, `CORD-${k}`, o.cord.lengthM, o.fiberType, { A: front(m, k), B: mdi(s) });
  }
  return b.build();
}

/** MOD-class cassette, multimode UPC female rear, OM4, of a loss grade (custom unless low-loss/standard). */
export const cassetteOf = (moduleClass: 'MOD-A' | 'MOD-B1' | 'MOD-B2' | 'MOD-U1', lossGrade: LossGrade): Part =>
  makeCassette({ moduleClass, rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM4', lossGrade });
/** MPO-12 male/male UPC trunk of a polarity type and loss grade. */
export const trunkOf = (polarity: 'A' | 'B', lossGrade: LossGrade): Part =>
  makeArrayCable({ polarity, variant: 'mpo-12', genders: 'mm', polish: 'UPC', lossGrade });
/** LC/UPC duplex cord of a type and loss grade. */
export const cordOf = (t: 'A-to-B' | 'A-to-A', lossGrade: LossGrade): Part => makeDuplexCord(t, 'UPC', lossGrade);

/** GT-06 Method A: A-to-B 2 m — MOD-A — Type-A trunk 90 m — MOD-A — A-to-A 2 m, OM4, 10GBASE-SR. */
export const gt06 = (grade: 'low-loss' | 'tia-max', settings: Partial<DesignSettings> = {}): Design =>
  duplexStructured({
    transceiver: XCVR.sr10G,
    cord1: { part: cordOf('A-to-B', grade), lengthM: 2 },
    module1: cassetteOf('MOD-A', grade),
    trunk: { part: trunkOf('A', grade), lengthM: 90 },
    module2: cassetteOf('MOD-A', grade),
    cord2: { part: cordOf('A-to-A', grade), lengthM: 2 },
    settings,
  });

/** GT-10 Method B: A-to-B 3 m — MOD-B1 — Type-B trunk 80 m — MOD-B2 — A-to-B 3 m, OM4, 25GBASE-SR. */
export const gt10 = (grade: 'low-loss' | 'tia-max', settings: Partial<DesignSettings> = {}): Design =>
  duplexStructured({
    transceiver: XCVR.sr25G,
    cord1: { part: cordOf('A-to-B', grade), lengthM: 3 },
    module1: cassetteOf('MOD-B1', grade),
    trunk: { part: trunkOf('B', grade), lengthM: 80 },
    module2: cassetteOf('MOD-B2', grade),
    cord2: { part: cordOf('A-to-B', grade), lengthM: 3 },
    settings,
  });
