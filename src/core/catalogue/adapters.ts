/**
 * Pass-through couplers shared by adapter plates (modules) and fixed patch panels: `count`
 * adapters, front `front-k` ↔ rear `rear-k`, each position mapped by the adapter rule of
 * REFERENCE §0.2/§1.4 (key-up/key-down i↔i, key-up/key-up i↔N+1−i, duplex A↔B).
 */
import { CONNECTOR_VARIANTS, type ConnectorVariant } from '../connectors';
import type { AdapterType, InternalLink, PortDef } from '../parts';
import { adapterPosition } from './positionMaps';

/**
 * Ports and internal links of `count` through-adapters. An `unknown` orientation gives
 * `links: 'unknown'`, so traces through it are `unchecked` rather than dark (REFERENCE §0.4:
 * unknown is a state, never a verdict).
 */
export function throughAdapters(
  variant: ConnectorVariant,
  count: number,
  adapter: AdapterType,
): { ports: PortDef[]; links: InternalLink[] | 'unknown' } {
  const ports: PortDef[] = [];
  const links: InternalLink[] = [];
  for (let k = 1; k <= count; k++) {
    ports.push({
      key: `front-${k}`,
      label: `Port ${k}`,
      face: 'front',
      index: k,
      accepts: variant,
      mate: { kind: 'through', peer: `rear-${k}`, adapter },
    });
    ports.push({
      key: `rear-${k}`,
      label: `Port ${k} rear`,
      face: 'rear',
      index: k,
      accepts: variant,
      mate: { kind: 'through', peer: `front-${k}`, adapter },
    });
    for (const i of CONNECTOR_VARIANTS[variant].positions) {
      const j = adapterPosition(adapter, variant, i);
      if (j !== null) links.push({ a: { port: `front-${k}`, position: i }, b: { port: `rear-${k}`, position: j } });
    }
  }
  return { ports, links: adapter === 'unknown' ? 'unknown' : links };
}

/**
 * Id slug and display words of an adapter orientation (TIA-568.3-E names). A duplex (LC/SC)
 * coupler has no orientation to name: its words are empty (no "LC duplex duplex").
 */
export const ADAPTER_WORDS: Readonly<Record<AdapterType, { readonly slug: string; readonly words: string }>> = {
  'key-up-key-down': { slug: 'typeA', words: 'key-up/key-down (Type A)' },
  'key-up-key-up': { slug: 'typeB', words: 'key-up/key-up (Type B)' },
  duplex: { slug: 'duplex', words: '' },
  unknown: { slug: 'unknown', words: 'unknown orientation' },
};
