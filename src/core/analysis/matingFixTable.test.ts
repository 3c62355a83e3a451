/**
 * Fixes for mating-rule violations, one row per rule of REFERENCE §1.8 that a single substitution
 * can repair (issue 12 §9). Each row starts from a channel that passes, breaks it with the one
 * edit a designer makes (another part, or another fiber type on a cable), and expects the fix
 * search to propose the part that matches. The expected part is found in the catalogue by the
 * facts the rule names (variant, gender, polish, adapter orientation, mode), not by the fix code,
 * and each proposal is checked on the whole design.
 *
 * ```text
 *  duplex rows (Method B, REFERENCE §5.5.2, one circuit):
 *   SW-1 cage 1 ─A-to-B─ MOD-B1 [rear MPO-12 ♀ UPC] ══Type-B trunk ♂/♂══ [♀ UPC rear] MOD-B2 ─A-to-B─ SW-2 cage 1
 *  Method A row (REFERENCE §5.5.1):
 *   SW-1 cage 1 ─A-to-B─ MOD-A ══Type-A trunk ♂/♂══ MOD-A ─A-to-A─ SW-2 cage 1
 *  V2 row (GT-01/GT-13c, REFERENCE §6.2):
 *   100GBASE-SR4 [MDI ♂] ══Type-B cord ♀/♀══ [MDI ♂] 100GBASE-SR4
 *  V4 row (REFERENCE §6.3: one Type-B cord, Type-A adapter, Type-A cord = 1 reversal, PASS):
 *   400GBASE-DR4 [♂ APC] ══Type-B ♀…♂ APC══ [plate key-up/key-down] ══Type-A ♀/♀ APC══ [♂ APC] 400GBASE-DR4
 * ```
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../catalogue';
import type { FiberType } from '../connectors';
import type { Design } from '../design';
import { DesignBuilder, front, mdi, port } from '../designBuilder';
import { replacePart, updateCable } from '../edits';
import { VERDICTS } from '../engine/channels';
import type { MatingRule } from '../engine/mating';
import { ENCLOSURE } from '../fixtures/media';
import { duplexStructured, METHOD_RECIPES } from '../fixtures/topologies';
import type { CableId, DeviceId, PartId } from '../ids';
import type { AdapterType, ModulePart, Part } from '../parts';
import { analyzeDesign, type AnalysedChannel } from './analyze';
import { proposeFixes, substitutePart, type ProposedFix } from './fixes';

type Target = ProposedFix['target'];
const passes = (c: AnalysedChannel | undefined) =>
  c !== undefined && ['pass', 'warning'].includes(VERDICTS[c.verdict].cls);

/** The one built-in part with these facts (throws when none or several match). */
function partByFacts(test: (p: Part) => boolean): PartId {
  const hits = BUILTIN_CATALOGUE.parts.filter(test);
  if (hits.length !== 1) throw new Error(`expected one part, got [${hits.map((p) => p.id).join(', ')}]`);
  return hits[0]!.id;
}

/** An array cable by polarity, variant, end genders (in end order), polish; low-loss grade. */
const arrayCable = (polarity: 'A' | 'B', variant: string, genders: [string, string], polish: 'UPC' | 'APC') =>
  partByFacts(
    (p) =>
      p.kind === 'cable' &&
      p.polarity === polarity &&
      p.ends.length === 2 &&
      p.ends.every(
        (e, i) =>
          e.connector.variant === variant &&
          e.connector.gender === genders[i] &&
          e.connector.polish === polish &&
          e.lossGrade === 'low-loss',
      ),
  );

/** A 6-port MPO-12 adapter plate of the given orientation. */
const mpo12Plate = (adapter: AdapterType) =>
  partByFacts(
    (p) =>
      p.kind === 'module' &&
      p.moduleClass === 'adapter-plate' &&
      p.ports.length === 12 &&
      p.ports.every((q) => q.accepts === 'mpo-12' && q.mate.kind === 'through' && q.mate.adapter === adapter),
  );

/** A MOD-A cassette, MPO-12 rear of the given gender, polish and fiber, LC front, low-loss. */
const modA = (gender: string, polish: string, fiber: FiberType) =>
  partByFacts((p) => {
    if (p.kind !== 'module' || p.moduleClass !== 'MOD-A' || p.fiberType !== fiber) return false;
    const rear = p.ports.find((q) => q.face === 'rear');
    const m = rear?.mate;
    return (
      (p as ModulePart).ports.filter((q) => q.face === 'front').every((q) => q.accepts === 'lc-duplex') &&
      rear?.accepts === 'mpo-12' &&
      m?.kind === 'fixed' &&
      m.connector.gender === gender &&
      m.connector.polish === polish &&
      m.lossGrade === 'low-loss' &&
      p.ports.length === 7
    );
  });

interface Row {
  readonly rule: MatingRule;
  readonly case: string;
  /** The passing design and the record the break and the fix act on. */
  readonly build: () => { readonly design: Design; readonly target: Target };
  /** The designer's edit that breaks the channel: another part, or another fiber type. */
  readonly breakWith: { readonly part?: () => PartId; readonly fiber?: FiberType };
  /** What the fix must set: the matching part (by its facts) and, for V5, the fiber type. */
  readonly expect: { readonly part: () => PartId; readonly fiber?: FiberType };
}

/** Method B with one circuit; the trunk is the target. */
const methodBTrunk = () => {
  const t = duplexStructured({ ...METHOD_RECIPES.B, ports: [1] });
  return { design: t.design, target: { kind: 'cable', id: t.trunk } as Target };
};

const ROWS: readonly Row[] = [
  {
    rule: 'V1',
    case: 'female/female Type-B cable between two female cassette rears → the male/male Type-B trunk',
    build: methodBTrunk,
    breakWith: { part: () => arrayCable('B', 'mpo-12', ['female', 'female'], 'UPC') },
    expect: { part: () => arrayCable('B', 'mpo-12', ['male', 'male'], 'UPC') },
  },
  {
    rule: 'V2',
    case: 'male/male Type-B cord between two SR4 MDIs (male) → the female/female Type-B cord',
    build: () => {
      const b = new DesignBuilder('V2');
      const x = b.loose('transceiver/100gbase-sr4-qsfp28', 'QSFP-A');
      const y = b.loose('transceiver/100gbase-sr4-qsfp28', 'QSFP-B');
      const c = b.cable(arrayCable('B', 'mpo-12', ['female', 'female'], 'UPC'), 'C1', 3, 'OM4', {
        A: mdi(x),
        B: mdi(y),
      });
      return { design: b.build(), target: { kind: 'cable', id: c } };
    },
    breakWith: { part: () => arrayCable('B', 'mpo-12', ['male', 'male'], 'UPC') },
    expect: { part: () => arrayCable('B', 'mpo-12', ['female', 'female'], 'UPC') },
  },
  {
    rule: 'V3',
    case: 'APC trunk between UPC cassette rears → the UPC trunk',
    build: methodBTrunk,
    breakWith: { part: () => arrayCable('B', 'mpo-12', ['male', 'male'], 'APC') },
    expect: { part: () => arrayCable('B', 'mpo-12', ['male', 'male'], 'UPC') },
  },
  {
    rule: 'V4',
    case: 'APC plugs through a key-up/key-up plate → the key-up/key-down plate',
    build: () => {
      const DR4 = 'transceiver/400gbase-dr4-qsfp-dd';
      const b = new DesignBuilder('V4');
      const r = b.rack('R1');
      const enc = b.equipment(r, ENCLOSURE, 38, 'ENC-1');
      const plate = b.module(enc, 1, mpo12Plate('key-up-key-down'), 'PLATE-1');
      const x = b.loose(DR4, 'DR4-A');
      const y = b.loose(DR4, 'DR4-B');
      // End A of the male/female cable is the male one (at the plate), end B female (at the MDI).
      b.cable(arrayCable('B', 'mpo-12', ['male', 'female'], 'APC'), 'C1', 3, 'OS2', {
        A: front(plate, 1),
        B: mdi(x),
      });
      b.cable(arrayCable('A', 'mpo-12', ['female', 'female'], 'APC'), 'C2', 3, 'OS2', {
        A: port(plate, 'rear-1'),
        B: mdi(y),
      });
      return { design: b.build(), target: { kind: 'device', id: plate } };
    },
    breakWith: { part: () => mpo12Plate('key-up-key-up') },
    expect: { part: () => mpo12Plate('key-up-key-down') },
  },
  {
    rule: 'V5',
    case: 'OS2 cord in a multimode channel → the same cord with OM4 fiber',
    build: () => {
      const t = duplexStructured({ ...METHOD_RECIPES.B, ports: [1] });
      return { design: t.design, target: { kind: 'cable', id: t.end1[1]!.cord } };
    },
    breakWith: { fiber: 'OS2' },
    expect: {
      part: () =>
        partByFacts(
          (p) =>
            p.kind === 'cable' &&
            p.cableClass === 'duplex-cord' &&
            p.cordType === 'A-to-B' &&
            p.ends.every(
              (e) => e.connector.variant === 'lc-duplex' && e.connector.polish === 'UPC' && e.lossGrade === 'low-loss',
            ),
        ),
      fiber: 'OM4',
    },
  },
  {
    rule: 'V5',
    case: 'single-mode (OS2, APC) MOD-A cassette in a multimode Method-A channel → the OM4 UPC MOD-A',
    build: () => {
      const t = duplexStructured({ ...METHOD_RECIPES.A, ports: [1] });
      return { design: t.design, target: { kind: 'device', id: t.module1 } };
    },
    breakWith: { part: () => modA('female', 'APC', 'OS2') },
    expect: { part: () => modA('female', 'UPC', 'OM4') },
  },
  {
    rule: 'V6',
    case: 'MPO-16 (offset key) trunk onto MPO-12 cassette rears → the MPO-12 trunk',
    build: methodBTrunk,
    breakWith: { part: () => arrayCable('B', 'mpo-16', ['male', 'male'], 'UPC') },
    expect: { part: () => arrayCable('B', 'mpo-12', ['male', 'male'], 'UPC') },
  },
  {
    rule: 'V7',
    case: 'MPO-24 trunk into MPO-12 cassette rears → the MPO-12 trunk',
    build: methodBTrunk,
    breakWith: { part: () => arrayCable('B', 'mpo-24', ['male', 'male'], 'UPC') },
    expect: { part: () => arrayCable('B', 'mpo-12', ['male', 'male'], 'UPC') },
  },
];

/**
 * The channel the row is about: the channel with equipment at both ends; when a bad mating cuts
 * it (V6: an MPO-16 plug cannot mate an MPO-12 rear), the partial channel from SW-1's transceiver.
 */
const mainChannel = (d: Design) => {
  const a = analyzeDesign(d);
  return {
    analysis: a,
    channel:
      a.channels.find((c) => c.kind === 'duplex' || c.kind === 'parallel') ??
      a.channels.find((c) => c.kind === 'partial' && c.key.startsWith('dev:')),
  };
};

describe.each(ROWS)('$rule: $case', (row) => {
  const { design: good, target } = row.build();
  const partOf = (d: Design) =>
    target.kind === 'cable' ? d.cables[target.id as CableId]!.part : d.devices[target.id as DeviceId]!.part;
  let broken = good;
  if (row.breakWith.part) {
    const r = replacePart(good, target, row.breakWith.part());
    if (!r.ok) throw new Error(r.reason);
    broken = r.design;
  }
  if (row.breakWith.fiber) broken = updateCable(broken, target.id as CableId, { fiberType: row.breakWith.fiber });
  const { analysis, channel } = mainChannel(broken);

  it('passes before the edit, and the expected part is the one it had', () => {
    expect(passes(mainChannel(good).channel)).toBe(true);
    expect(partOf(good)).toBe(row.expect.part());
  });

  it(`is invalid by ${row.rule} after the edit`, () => {
    expect(channel?.verdict).toBe('invalid');
    expect(mainChannel(good).channel!.kind).toMatch(/^(duplex|parallel)$/);
    expect(channel!.findings.filter((f) => f.severity === 'invalid').map((f) => f.rule)).toContain(row.rule);
  });

  it('the fix search proposes the matching part, which makes the channel pass', () => {
    const fixes = proposeFixes(broken, analysis, channel!);
    const fix = fixes.find(
      (f) => f.target.id === target.id && f.toPart === row.expect.part() && f.toFiberType === row.expect.fiber,
    );
    expect(fix, JSON.stringify(fixes.map((f) => [f.target.id, f.toPart, f.toFiberType]))).toBeDefined();
    expect(fix!.fromPart).toBe(partOf(broken));
    expect(VERDICTS[fix!.verdictAfter].cls).toBe('pass');
    // Every proposal really passes on the whole design (not only on the searched region).
    for (const f of fixes) {
      const after = mainChannel(substitutePart(broken, f.target, f.toPart, f.toFiberType)).channel;
      expect(after?.kind, f.description).toBe(mainChannel(good).channel!.kind);
      expect(passes(after), f.description).toBe(true);
    }
  });
});
