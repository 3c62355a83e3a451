/**
 * The bundled vendor catalogue in the palette (issue 13 §3): the fiber makers' module and device
 * types of the NetBox devicetype-library (CC0), searchable by maker, model, part number and facts.
 * The data is a separate chunk, fetched the first time the section is opened or the palette is
 * searched (never in the initial bundle). A part is copied into the design when used; its unknown
 * facts (each `unchecked` until set) are listed with the prompt to set them ("Facts…").
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { searchSummaries, summarisePart, type PartSummary } from '../core/catalogue/partSummary';
import type { Part } from '../core/parts';
import { loadVendorCatalogue, type VendorCatalogueData } from '../io/vendorCatalogue/vendorCatalogue';
import { editPartFacts, ensurePartInDesign } from '../store/importState';
import { useDesigner } from '../store/store';
import { PaletteItem } from './PaletteItem';
import { matchesFacets, type FacetFilter } from './partSearch';

/** Most entries shown at once (the list is searched, not scrolled through). */
const SHOWN = 60;

type Load = { state: 'idle' } | { state: 'ready'; data: VendorCatalogueData } | { state: 'error'; error: string };

/** The vendor section of the palette; `query` is the palette's search text, `facets` its exact filters. */
export function VendorCatalogue({ query, facets = {} }: { query: string; facets?: FacetFilter }) {
  const [open, setOpen] = useState(false);
  const [load, setLoad] = useState<Load>({ state: 'idle' });
  const started = useRef(false);
  const tool = useDesigner((s) => s.session.tool);
  const wanted = open || query.trim() !== '';
  useEffect(() => {
    if (!wanted || started.current) return;
    started.current = true;
    loadVendorCatalogue().then(
      (data) => setLoad({ state: 'ready', data }),
      (e: unknown) => setLoad({ state: 'error', error: e instanceof Error ? e.message : String(e) }),
    );
  }, [wanted]);
  const entries = useMemo(() => {
    if (load.state !== 'ready') return [];
    const byId = new Map<string, { part: Part; unknowns: readonly string[] }>();
    const sums: PartSummary[] = load.data.entries.map((e) => {
      byId.set(e.part.id, { part: e.part, unknowns: e.unknowns });
      return summarisePart(e.part, 'bundled', e.unknowns);
    });
    return searchSummaries(sums, query).flatMap((s) => {
      const hit = byId.get(s.id);
      return hit && matchesFacets(hit.part, facets) ? [{ ...hit, summary: s }] : [];
    });
  }, [load, query, facets]);
  const armed = tool.kind === 'select' ? null : tool.part;
  const count = load.state === 'ready' ? `${entries.length}` : '…';
  if (!open && query.trim() !== '' && load.state === 'ready' && entries.length === 0) return null;
  return (
    <details
      className="vendor-catalogue"
      data-group="vendor"
      open={open || (query.trim() !== '' && entries.length > 0)}
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
    >
      <summary>
        Vendor catalogue <span className="count">({count})</span>
      </summary>
      <p className="vendor-note">
        NetBox devicetype-library (CC0): Corning, FS, HUBER+SUHNER, Leviton, Panduit, Siemon. Facts a file does not
        state stay unknown (unchecked) until you set them.
      </p>
      {load.state === 'idle' && wanted && <p className="empty">Loading the vendor catalogue…</p>}
      {load.state === 'error' && (
        <p className="empty" role="alert">
          The vendor catalogue could not be loaded: {load.error}
        </p>
      )}
      {load.state === 'ready' && (
        <ul>
          {entries.slice(0, SHOWN).map(({ part, unknowns }) => (
            <li key={part.id} className="vendor-entry" title={unknowns.length ? `Unknown: ${unknowns.join('; ')}` : ''}>
              <ul>
                <PaletteItem
                  part={part}
                  armed={armed === part.id}
                  imported
                  onFacts={() => {
                    ensurePartInDesign(part);
                    editPartFacts(part.id);
                  }}
                />
              </ul>
              {unknowns.length > 0 && (
                <span className="vendor-unknowns">
                  {unknowns.length} unknown {unknowns.length === 1 ? 'fact' : 'facts'} (unchecked): {unknowns[0]}
                  {unknowns.length > 1 ? ' …' : ''}
                </span>
              )}
            </li>
          ))}
          {entries.length > SHOWN && (
            <li className="empty">
              {entries.length - SHOWN} more: refine the search (maker, model, part number, facts such as “mdc os2”).
            </li>
          )}
        </ul>
      )}
    </details>
  );
}
