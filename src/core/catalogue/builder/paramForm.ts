/**
 * What the palette form of the part builder shows (issue 13 §2): display names of the fields and
 * kinds, and a valid starting record of every kind.
 */
import type { BuilderKind, PartParams } from './paramTypes';

/** Display names of the builder fields (palette form, error messages). */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  connector: 'Connector',
  fibers: 'Fibers',
  polarity: 'Polarity',
  genders: 'Genders',
  gender: 'Gender',
  polish: 'Polish',
  grade: 'Loss grade',
  fiberType: 'Fiber type',
  lengthM: 'Length (m)',
  end1: 'End 1',
  end2: 'End 2',
  legs: 'Legs',
  legConnector: 'Leg connector',
  legPolish: 'Leg polish',
  groups: 'Groups',
  method: 'Method',
  rear: 'Rear (base)',
  front: 'Front connector',
  rearGender: 'Rear gender',
  rearPolish: 'Rear polish',
  frontPolish: 'Front polish',
  count: 'Adapters',
  adapter: 'Adapter',
  order: 'Splice order',
};

/** Display names of the builder kinds. */
export const KIND_LABELS: Readonly<Record<BuilderKind, string>> = {
  trunk: 'MPO trunk / array cable',
  'duplex-trunk': 'Duplex trunk',
  cord: 'Duplex patch cord',
  harness: 'Harness (breakout)',
  pigtail: 'Pigtail',
  'bulk-cable': 'Cable for splicing',
  cassette: 'Cassette',
  plate: 'Adapter plate',
  'splice-tray': 'Splice tray',
};

/** A valid starting record of every kind (what the palette form shows first). */
export const BUILDER_DEFAULTS: Readonly<Record<BuilderKind, PartParams>> = {
  trunk: {
    kind: 'trunk',
    connector: 'mpo-16',
    fibers: 16,
    polarity: 'B',
    genders: 'ff',
    polish: 'APC',
    grade: 'low-loss',
    fiberType: 'OS2',
    lengthM: 35,
  },
  'duplex-trunk': {
    kind: 'duplex-trunk',
    connector: 'lc-duplex',
    fibers: 24,
    polarity: 'A-to-B',
    polish: 'UPC',
    grade: 'low-loss',
    fiberType: 'OM4',
    lengthM: 30,
  },
  cord: {
    kind: 'cord',
    end1: 'mdc-duplex',
    end2: 'lc-duplex',
    polarity: 'A-to-B',
    polish: 'UPC',
    grade: 'standard',
    fiberType: 'OS2',
    lengthM: 2,
  },
  harness: {
    kind: 'harness',
    connector: 'mpo-16',
    legs: 8,
    gender: 'female',
    polish: 'APC',
    legConnector: 'lc-duplex',
    legPolish: 'UPC',
    grade: 'low-loss',
    fiberType: 'OS2',
    lengthM: 3,
  },
  pigtail: {
    kind: 'pigtail',
    connector: 'mpo-12',
    gender: 'male',
    polish: 'APC',
    grade: 'low-loss',
    fiberType: 'OS2',
    lengthM: 2,
  },
  'bulk-cable': { kind: 'bulk-cable', fibers: 12, groups: 1, fiberType: 'OS2', lengthM: 500 },
  cassette: {
    kind: 'cassette',
    method: 'U1',
    rear: 'mpo-12',
    groups: 1,
    front: 'lc-duplex',
    rearGender: 'male',
    rearPolish: 'APC',
    frontPolish: 'UPC',
    fiberType: 'OS2',
    grade: 'low-loss',
  },
  plate: { kind: 'plate', connector: 'mdc-duplex', count: 12, adapter: 'duplex' },
  'splice-tray': { kind: 'splice-tray', fibers: 12, groups: 1, method: 'fusion', order: 'colour' },
};
