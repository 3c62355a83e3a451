/**
 * The parts palette: the catalogue (built-in plus the design's own parts) grouped by kind and
 * searchable, each part with its key facts. Drag a part onto the canvas (mouse, pen or touch);
 * click it to arm placing (or connecting, for cables) by tapping; "+" puts it where it fits.
 */
import { memo, useId, useMemo, useRef, useState } from 'react';
import { catalogueFor } from '../core/catalogue';
import type { Part } from '../core/parts';
import { designerActions, useDesigner } from '../store/store';
import { useUserParts } from '../store/userCatalogue';
import { editPartFacts, ensurePartInDesign } from '../store/importState';
import { unknownFactCount } from './partFactsEdit';
import { groupParts, partFacts } from './partFacts';
import { PartFilters } from './PartFilters';
import { facetChoices, type FacetFilter } from './partSearch';

const DRAG_PX = 6;

const PaletteItem = memo(function PaletteItem({
  part,
  armed,
  imported = false,
}: {
  part: Part;
  armed: boolean;
  imported?: boolean;
}) {
  const dragged = useRef(false);
  /** A user-catalogue part is copied into the design before it is used. */
  const copyIn = () => {
    if (imported) ensurePartInDesign(part);
  };
  const onPointerDown = (e: React.PointerEvent) => {
    if (e.button !== 0) return;
    dragged.current = false;
    const x0 = e.clientX;
    const y0 = e.clientY;
    const id = e.pointerId;
    const move = (ev: PointerEvent) => {
      if (ev.pointerId !== id || Math.hypot(ev.clientX - x0, ev.clientY - y0) < DRAG_PX) return;
      dragged.current = true;
      stop();
      copyIn();
      designerActions().startDrag({
        source: { kind: 'part', part: part.id },
        pointerId: id,
        clientX: ev.clientX,
        clientY: ev.clientY,
      });
    };
    const stop = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', stop);
      window.removeEventListener('pointercancel', stop);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', stop);
    window.addEventListener('pointercancel', stop);
  };
  const arm = () => {
    if (dragged.current) return;
    copyIn();
    const a = designerActions();
    if (part.kind === 'cable') a.startConnect(part.id);
    else {
      a.setTool({ kind: 'place', part: part.id });
      a.notify(
        'info',
        `Place ${part.name}: tap a ${part.kind === 'module' ? 'slot' : part.kind === 'transceiver' ? 'switch port' : 'rack unit'} (Esc to stop)`,
      );
    }
  };
  return (
    <li className={`part${armed ? ' armed' : ''}`} data-part={part.id}>
      <button
        type="button"
        className="grab"
        onPointerDown={onPointerDown}
        onClick={arm}
        aria-pressed={armed}
        title="Drag onto the canvas, or click and then tap where it goes"
      >
        <span className="name">{part.name}</span>
        <span className="facts">
          {partFacts(part).map((f) => (
            <span className="chip" key={f.label} title={f.label}>
              {f.value}
            </span>
          ))}
        </span>
      </button>
      <button
        type="button"
        className="add"
        aria-label={part.kind === 'cable' ? `Connect with ${part.name}` : `Add ${part.name} where it fits`}
        title={part.kind === 'cable' ? 'Connect: pick two ports' : 'Add where it fits'}
        onClick={() => {
          copyIn();
          designerActions().placePart(part.id);
        }}
      >
        +
      </button>
      {imported && (
        <button
          type="button"
          className={`facts-btn${unknownFactCount(part) ? ' unknown' : ''}`}
          aria-label={`Facts of ${part.name}`}
          title="Set what the vendor file does not say (gender, polish, adapter, fiber type)"
          onClick={() => editPartFacts(part.id)}
        >
          Facts…
        </button>
      )}
    </li>
  );
});

/** The palette. */
export function Palette() {
  const parts = useDesigner((s) => s.doc.parts);
  const tool = useDesigner((s) => s.session.tool);
  const userParts = useUserParts();
  const [query, setQuery] = useState('');
  const [facets, setFacets] = useState<FacetFilter>({});
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
      <div className="groups">
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
        {groups.map((g) => (
          <details key={g.key} open={filtering || g.key !== 'trunks'} data-group={g.key}>
            <summary>
              {g.label} <span className="count">({g.parts.length})</span>
            </summary>
            <ul>
              {g.parts.map((p) => (
                <PaletteItem key={p.id} part={p} armed={armed === p.id} />
              ))}
            </ul>
          </details>
        ))}
      </div>
    </nav>
  );
}
