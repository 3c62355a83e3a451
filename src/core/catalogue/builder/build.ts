/**
 * The part builder (issue 13 §2): parameters → part. Pure: the part's structure comes from the
 * catalogue's `make*` functions (so a builder part maps fibers exactly like the built-in it may
 * equal), its id from `partIdOf` (stable, parseable back) and its name reads like a vendor's
 * ("MPO-16 APC Type B trunk, 16F OS2, female/female, 35 m"). Throws an Error naming the field when
 * `validateParams` refuses the record (the palette form validates first and never calls it then).
 */
import { CONNECTOR_VARIANTS, type ConnectorVariant } from '../../connectors';
import type { CablePart, LossGrade, ModulePart, Part } from '../../parts';
import { ADAPTER_WORDS } from '../adapters';
import { makeArrayCable, makeHarness, makeMultiLegTrunk } from '../cables';
import { makeDuplexCordOf, makeDuplexTrunk } from '../duplexCables';
import { makeAdapterPlate, makeCassette } from '../modules';
import { makeBulkCable, makePigtail, makeSpliceTray } from '../spliceParts';
import { partIdOf } from './partId';
import { MPO_FIBERS, validateParams, type CassetteParams, type PartParams } from './params';

/** Short connector name: "MPO-16", "LC", "MDC". */
const cn = (v: ConnectorVariant): string =>
  CONNECTOR_VARIANTS[v].name
    .replace(' duplex', '')
    .replace(' (Base-8)', '')
    .replace(' (2×12)', '')
    .replace(' (2×16)', '');
const GENDERS = { ff: 'female/female', mm: 'male/male', mf: 'male/female' } as const;
const GRADE: Readonly<Record<LossGrade, string>> = {
  'low-loss': '',
  standard: ', standard loss',
  elite: ', elite',
  'tia-max': ', TIA max loss',
  unknown: ', loss unknown',
};
const len = (m: number | undefined): string => (m === undefined ? '' : `, ${Number(m.toFixed(2))} m`);
const ft = (f: string | undefined, sep = ' '): string => (f === undefined ? '' : `${sep}${f}`);

/** The canonical class of a cassette's parameters (REFERENCE §5.2; REFERENCE-2 §13.5). */
export function cassetteClass(
  p: Pick<CassetteParams, 'method' | 'rear'>,
): 'MOD-U1-8' | 'MOD-U16' | `MOD-${CassetteParams['method']}` {
  return p.rear === 'mpo-8' ? 'MOD-U1-8' : p.rear === 'mpo-16' ? 'MOD-U16' : `MOD-${p.method}`;
}

const METHOD_WORD: Readonly<Record<CassetteParams['method'], string>> = {
  A: 'Methods A, C',
  B1: 'Method B',
  B2: 'Method B',
  U1: 'Method U1',
  U2: 'Method U2',
};

/** The vendor-like name of a parameter record (what a buyer reads on a quote). */
export function nameOf(p: PartParams): string {
  switch (p.kind) {
    case 'trunk': {
      const legs = p.fibers / MPO_FIBERS[p.connector];
      return `${cn(p.connector)} ${p.polish} Type ${p.polarity} trunk, ${p.fibers}F${ft(p.fiberType)}, ${GENDERS[p.genders]}${legs > 1 ? `, ${legs}× ${cn(p.connector)} per end` : ''}${GRADE[p.grade]}${len(p.lengthM)}`;
    }
    case 'duplex-trunk':
      return `${cn(p.connector)} ${p.polish} duplex trunk ${p.polarity}, ${p.fibers}F${ft(p.fiberType)}, ${p.fibers / 2}× ${cn(p.connector)} per end${GRADE[p.grade]}${len(p.lengthM)}`;
    case 'cord': {
      const ends = p.end1 === p.end2 ? cn(p.end1) : `${cn(p.end1)}-to-${cn(p.end2)}`;
      return `${ends} ${p.polish} duplex cord ${p.polarity}${ft(p.fiberType, ', ')}${GRADE[p.grade]}${len(p.lengthM)}`;
    }
    case 'harness':
      return `${cn(p.connector)} ${p.polish} ${p.gender} to ${p.legs}× ${cn(p.legConnector)} ${p.legPolish} harness, ${2 * p.legs}F${ft(p.fiberType)}${GRADE[p.grade]}${len(p.lengthM)}`;
    case 'pigtail':
      return `${cn(p.connector)}${p.gender === 'n/a' ? '' : ` ${p.gender}`} ${p.polish} pigtail, ${CONNECTOR_VARIANTS[p.connector].positions.length}F${ft(p.fiberType)} for splicing${GRADE[p.grade]}${len(p.lengthM)}`;
    case 'bulk-cable':
      return `${p.fibers * p.groups}F cable for splicing${p.groups > 1 ? ` (${p.groups}× ${p.fibers}F)` : ''}${ft(p.fiberType, ', ')}${len(p.lengthM)}`;
    case 'cassette': {
      const per = MPO_FIBERS[p.rear];
      const ports = (p.groups * per) / 2;
      const rear = p.groups === 1 ? cn(p.rear) : `${p.groups}× ${cn(p.rear)}`;
      return `${cassetteClass(p)} cassette (${METHOD_WORD[p.method]}), Base-${p.groups * per}, ${rear} ${p.rearGender} ${p.rearPolish} to ${ports}× ${cn(p.front)} ${p.frontPolish}, ${p.fiberType}${GRADE[p.grade]}`;
    }
    case 'plate':
      return `Adapter plate ${p.count}× ${cn(p.connector)}, ${ADAPTER_WORDS[p.adapter].words || 'duplex'}`;
    case 'splice-tray':
      return `Splice tray, ${p.groups}× ${p.fibers}F ${p.method}${p.order === 'ribbon-reversed' ? ' (ribbon spliced reversed: mis-splice)' : ''}`;
  }
}

/** The structure of a record from the catalogue's `make*` functions (before id and name). */
function structure(p: PartParams): Part {
  switch (p.kind) {
    case 'trunk': {
      const legs = p.fibers / MPO_FIBERS[p.connector];
      const o = {
        polarity: p.polarity,
        variant: p.connector,
        genders: p.genders,
        polish: p.polish,
        lossGrade: p.grade,
      };
      return legs === 1 ? makeArrayCable(o) : makeMultiLegTrunk({ ...o, legs });
    }
    case 'duplex-trunk':
      return makeDuplexTrunk({
        variant: p.connector,
        legs: p.fibers / 2,
        cordType: p.polarity,
        polish: p.polish,
        lossGrade: p.grade,
      });
    case 'cord':
      return makeDuplexCordOf({
        cordType: p.polarity,
        polish: p.polish,
        lossGrade: p.grade,
        end1: p.end1,
        end2: p.end2,
      });
    case 'harness':
      return makeHarness({
        variant: p.connector,
        legs: p.legs,
        mpoGender: p.gender,
        mpoPolish: p.polish,
        lcPolish: p.legPolish,
        legVariant: p.legConnector,
        lossGrade: p.grade,
      });
    case 'pigtail':
      return makePigtail({ variant: p.connector, gender: p.gender, polish: p.polish, lossGrade: p.grade });
    case 'bulk-cable':
      return makeBulkCable(p.fibers, p.groups);
    case 'cassette':
      return makeCassette({
        moduleClass: cassetteClass(p),
        groups: p.groups,
        rearGender: p.rearGender,
        rearPolish: p.rearPolish,
        fiberType: p.fiberType,
        lossGrade: p.grade,
        front: p.front,
        frontPolish: p.frontPolish,
      });
    case 'plate':
      return makeAdapterPlate({ variant: p.connector, count: p.count, adapter: p.adapter });
    case 'splice-tray':
      return makeSpliceTray({ fibers: p.fibers, groups: p.groups, method: p.method, order: p.order });
  }
}

/**
 * Builds the part of a parameter record: `make*` structure, `partIdOf` id, `nameOf` name; a cable
 * takes the record's fiber type as its default and its length as `lengthM`. Throws when the record
 * is invalid (see `validateParams`).
 */
export function buildPart(p: PartParams): CablePart | ModulePart {
  const problem = validateParams(p)[0];
  if (problem) throw new Error(`${p.kind}: ${problem.field}: ${problem.message}`);
  const part = structure(p);
  if (part.kind === 'cable') {
    const c = 'fiberType' in p && p.fiberType ? p.fiberType : undefined;
    const l = 'lengthM' in p ? p.lengthM : undefined;
    return {
      ...part,
      id: partIdOf(p),
      name: nameOf(p),
      ...(c ? { defaultFiberType: c } : {}),
      ...(l !== undefined ? { lengthM: l } : {}),
    };
  }
  if (part.kind === 'module') return { ...part, id: partIdOf(p), name: nameOf(p) };
  throw new Error(`${p.kind}: not a cable or module`);
}
