/**
 * The parts palette: the catalogue (built-in plus the design's own parts) grouped by kind and
 * searchable, each part with its key facts. Drag a part onto the canvas (mouse, pen or touch);
 * click it to arm placing (or connecting, for cables) by tapping; "+" puts it where it fits.
 */
import { useId, useMemo, useState } from 'react';
import { catalogueFor } from '../core/catalogue';
import { useDesigner } from '../store/store';
import { useUserParts } from '../store/userCatalogue';
import { groupParts } from './partFacts';
import { PaletteItem } from './PaletteItem';
import { PartBuilder } from './PartBuilder';
import { VendorCatalogue } from './VendorCatalogue';
import { PartFilters } from './PartFilters';
import { facetChoices, type FacetFilter } from './partSearch';

/** The palette. */
export function Palette() {
  const parts = useDesigner((s) => s.doc.parts);
  const tool = useDesigner((s) => s.session.tool);
  const opening = useDesigner((s) => s.session.opening !== null);
  const userParts = useUserParts();
  const [query, setQuery] = useState('');
  const [facets, setFacets] = useState<FacetFilter>({});
  /** Groups the user opened or closed (default: all open but trunks); a search opens every group. */
  const [openGroups, setOpenGroups] = useState<Readonly<Record<string, boolean>>>({});
  const isOpen = (key: string): boolean => filtering || (openGroups[key] ?? key !== 'trunks');
  const searchId = useId();
  const all = useMemo(() => catalogueFor({ parts }).parts, [parts]);
  const choices = useMemo(() => facetChoices([...all, ...userParts]), [all, userParts]);
  const groups = useMemo(() => {
    const mine = new Set(userParts.map((p) => p.id));
    return groupParts(
      all.filter((p) => !mine.has(p.id)),
      query,
      facets,
    );
  }, [all, userParts, query, facets]);
  const imported = useMemo(
    () => groupParts(userParts, query, facets).flatMap((g) => g.parts),
    [userParts, query, facets],
  );
  const filtering = query !== '' || Object.values(facets).some(Boolean);
  const armed = tool.kind === 'select' ? null : tool.part;
  return (
    <nav className="palette" aria-label="Parts catalogue" data-drop="delete">
      <header>
        <label htmlFor={searchId} className="sr-only">
          Search parts
        </label>
        <input
          id={searchId}
          className="input"
          type="search"
          placeholder="Search parts (e.g. trunk type b apc, pinned MOD-U1, SR4)"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <PartFilters choices={choices} value={facets} onChange={setFacets} />
      </header>
      {/* A disabled fieldset greys out every part button while a design opens (one subscription here). */}
      <fieldset className="groups" disabled={opening} aria-busy={opening || undefined}>
        <PartBuilder />
        {imported.length > 0 && (
          <details open data-group="imported">
            <summary>
              Imported <span className="count">({imported.length})</span>
            </summary>
            <ul>
              {imported.map((p) => (
                <PaletteItem key={p.id} part={p} armed={armed === p.id} imported />
              ))}
            </ul>
          </details>
        )}
        {groups.length === 0 && imported.length === 0 && (
          <p className="empty">
            No part matches{query ? ` “${query}”` : ''}
            {filtering && !query ? ' these filters' : ''}.
          </p>
        )}
        {groups.map((g) => {
          // A closed group renders no items (the catalogue has ~300 parts; the DOM stays small).
          const open = isOpen(g.key);
          return (
            <details
              key={g.key}
              open={open}
              data-group={g.key}
              onToggle={(e) => {
                const now = e.currentTarget.open;
                if (now !== open) setOpenGroups((o) => ({ ...o, [g.key]: now }));
              }}
            >
              <summary>
                {g.label} <span className="count">({g.parts.length})</span>
              </summary>
              {open && (
                <ul>
                  {g.parts.map((p) => (
                    <PaletteItem key={p.id} part={p} armed={armed === p.id} />
                  ))}
                </ul>
              )}
            </details>
          );
        })}
        <VendorCatalogue query={query} facets={facets} />
      </fieldset>
    </nav>
  );
}
