/**
 * The palette's view of the catalogue: parts grouped by kind, searchable, each with its key facts
 * (fiber count, polarity type, gender, polish, fiber type, loss grade).
 */
import { CONNECTOR_VARIANTS, type Gender } from '../core/connectors';
import type { LossGrade, Part } from '../core/parts';
import { searchParts, type FacetFilter } from './partSearch';

/** Palette groups in display order. */
export const PART_GROUPS = [
  { key: 'enclosures', label: 'Enclosures & patch panels' },
  { key: 'modules', label: 'Cassettes & adapter plates' },
  { key: 'switches', label: 'Switches' },
  { key: 'transceivers', label: 'Transceivers' },
  { key: 'trunks', label: 'Trunks & array cables' },
  { key: 'harnesses', label: 'Harnesses & conversion cables' },
  { key: 'cords', label: 'Patch cords' },
] as const;

/** A palette group key. */
export type PartGroup = (typeof PART_GROUPS)[number]['key'];

/** The palette group of a part. */
export function groupOf(p: Part): PartGroup {
  switch (p.kind) {
    case 'rack-equipment':
      return p.role === 'switch' ? 'switches' : 'enclosures';
    case 'module':
      return 'modules';
    case 'transceiver':
      return 'transceivers';
    case 'cable':
      return p.cableClass === 'duplex-cord'
        ? 'cords'
        : p.cableClass === 'harness' || p.cableClass === 'conversion-cable'
          ? 'harnesses'
          : 'trunks';
  }
}

const GRADE: Readonly<Record<LossGrade, string>> = {
  'tia-max': 'TIA max loss',
  standard: 'standard loss',
  'low-loss': 'low loss',
  elite: 'elite',
  unknown: 'loss unknown',
};
const GENDER: Readonly<Record<Gender, string>> = { male: 'pinned', female: 'unpinned', 'n/a': '', unknown: 'gender ?' };

/** One fact chip. */
export interface Fact {
  readonly label: string;
  readonly value: string;
}

/** Key facts of a part, in the order an engineer scans them. */
export function partFacts(p: Part): Fact[] {
  const f: Fact[] = [];
  const add = (label: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') f.push({ label, value: String(value) });
  };
  switch (p.kind) {
    case 'cable': {
      const e0 = p.ends[0];
      add('fibers', `${p.fiberCount}F`);
      add('polarity', p.polarity ? `Type ${p.polarity}` : p.cordType);
      if (e0) add('connector', CONNECTOR_VARIANTS[e0.connector.variant].name);
      const genders = [
        ...new Set(p.ends.filter((e) => e.connector.gender !== 'n/a').map((e) => GENDER[e.connector.gender])),
      ];
      add('gender', genders.join('/'));
      add('polish', [...new Set(p.ends.map((e) => e.connector.polish))].join('/'));
      add('fiber', p.defaultFiberType);
      if (e0) add('loss', GRADE[e0.lossGrade]);
      if (p.ends.length > 2) add('legs', p.ends.length);
      break;
    }
    case 'module': {
      const rear = p.ports.find((q) => q.face === 'rear');
      add('class', p.moduleClass);
      add('fibers', `${p.fiberCount}F`);
      if (rear?.mate.kind === 'fixed') {
        add('rear', `${CONNECTOR_VARIANTS[rear.accepts].name} ${GENDER[rear.mate.connector.gender]}`.trim());
        add('polish', rear.mate.connector.polish);
        add('loss', GRADE[rear.mate.lossGrade]);
      } else if (rear?.mate.kind === 'through') add('adapter', rear.mate.adapter);
      add('fiber', p.fiberType === 'unknown' ? '' : p.fiberType);
      add('fits', p.formFactor);
      break;
    }
    case 'rack-equipment':
      add('height', `${p.heightU}U`);
      if (p.slots.length) add('slots', `${p.slots.length}× ${p.slots[0]?.formFactor ?? ''}`);
      if (p.cages.length)
        add(
          'ports',
          [...new Set(p.cages.map((c) => c.formFactor))]
            .map((ff) => `${p.cages.filter((c) => c.formFactor === ff).length}× ${ff}`)
            .join(' + '),
        );
      if (p.ports.length)
        add('adapters', `${p.ports.length / 2}× ${CONNECTOR_VARIANTS[p.ports[0]?.accepts ?? 'lc-duplex'].name}`);
      if (p.maxFibers) add('max', `${p.maxFibers}F`);
      break;
    case 'transceiver':
      add('form', p.formFactor);
      add('MDI', CONNECTOR_VARIANTS[p.port.accepts].name);
      if (p.port.mate.kind === 'fixed') add('polish', p.port.mate.connector.polish);
      add('fiber', p.fiberMode === 'single-mode' ? 'SM' : 'MM');
      add('lanes', p.laneCount);
      break;
  }
  if (p.manufacturer) add('vendor', p.manufacturer);
  return f;
}

/**
 * Parts matching `query` (every word starts a word of the part, with the field's synonyms; see
 * `partSearch.ts`) and the exact facet filter, grouped in palette order.
 */
export function groupParts(
  parts: readonly Part[],
  query: string,
  facets: FacetFilter = {},
): { key: PartGroup; label: string; parts: Part[] }[] {
  const hit = searchParts(parts, query, facets);
  return PART_GROUPS.map((g) => ({
    key: g.key,
    label: g.label,
    parts: hit.filter((p) => groupOf(p) === g.key),
  })).filter((g) => g.parts.length > 0);
}
