/**
 * The technician's port map (issue 5): a read-only, touch-first view of a design on a tablet.
 * Racks and ports as large tap targets, search by label (or part of one) that jumps to the
 * port, and the tapped port's whole path with verdict, loss margin and a QR code. Nothing here
 * edits the design. Opens with `#view=portmap`, `#port=<label>` or a share link (`mode=view`).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Design } from '../core/design';
import type { VerdictClass } from '../core/engine/channels';
import { findPorts, labelsFor, normalizeLabel, type LabelIndex } from '../core/labels';
import { RoomStatus } from '../panels/RoomStatus';
import { useAnswer } from '../store/analysisAsk';
import type { AnalysisQuery } from '../store/analysisQueries';
import { usePortMapAnalysis } from './portMapAnalysis';
import { PortPathPanel } from './PortPathPanel';
import { portMapTree, portsByKey, type MapPort } from './portmapModel';
import { PortMapLegend, RackList } from './RackList';
import { pageUrl, setHashQuietly } from './navigation';
import { portMapHash } from './route';
import './portmap.css';

/** Props of the port map. */
export interface PortMapViewProps {
  readonly design: Design;
  /** The compressed payload of a shared design (kept in the hash), or null for the local design. */
  readonly shared: string | null;
  /** A port label to land on (`#port=`). */
  readonly initialPort: string | null;
  /** Back to the designer. */
  readonly onExit: () => void;
  /** Opens the shared design as an editable copy in the designer. */
  readonly onOpenCopy?: () => void;
}

/** The port a label names: an exact identifier first, else the best match. */
function portForLabel(labels: LabelIndex, text: string): string | null {
  const hits = findPorts(labels, text, 5);
  const exact = hits.find((h) => h.score === 0) ?? (hits.length === 1 ? hits[0] : undefined);
  return exact ? `${exact.ref.device}#${exact.ref.port}` : null;
}

const CLASSES = { kind: 'port-classes' } as const satisfies AnalysisQuery;
const NO_CLASSES: ReadonlyMap<string, VerdictClass> = new Map();

/**
 * The port map screen. The analysis (port colours, the tapped port's path) is asked of the
 * analysis worker (`usePortMapAnalysis`); labels, search and the tiles are built here.
 */
export default function PortMapView({ design, shared, initialPort, onExit, onOpenCopy }: PortMapViewProps) {
  const labels = labelsFor(design);
  const binding = usePortMapAnalysis(design, shared !== null);
  const answered = useAnswer(binding, CLASSES, 'classes');
  const pairs = answered.value;
  const classes = useMemo(() => (pairs ? new Map(pairs) : NO_CLASSES), [pairs]);
  const tree = useMemo(() => portMapTree(design, labels, classes), [design, labels, classes]);
  const byKey = useMemo(() => portsByKey(tree), [tree]);
  const [selected, setSelected] = useState<string | null>(() =>
    initialPort ? portForLabel(labels, initialPort) : null,
  );
  const [query, setQuery] = useState('');
  const [resultsOpen, setResultsOpen] = useState(false);
  const racks = useRef<HTMLDivElement>(null);
  const notFound = initialPort && !selected ? initialPort : null;

  const results = useMemo(() => (query.trim() ? findPorts(labels, query, 40) : []), [labels, query]);
  const port: MapPort | null = selected ? (byKey.get(selected) ?? null) : null;

  // A tap or a search pick: select, and keep the port in the address (a reload lands on it).
  const select = useCallback(
    (key: string) => {
      setSelected(key);
      setResultsOpen(false);
      setHashQuietly(portMapHash(byKey.get(key)?.entry.text ?? null, shared));
    },
    [byKey, shared],
  );
  // A tap on a port tile starts afresh: the last search is done with.
  const tap = useCallback(
    (key: string) => {
      setQuery('');
      select(key);
    },
    [select],
  );
  // Bring the selected port on screen (after a search, or a `#port=` link).
  useEffect(() => {
    if (!selected) return;
    const el = racks.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(selected)}"]`);
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selected]);

  const baseUrl = pageUrl();
  return (
    <div className="pm" data-testid="portmap" data-analysed={answered.value ? 'true' : 'false'}>
      <header className="pm-head">
        <h1>Port map</h1>
        <div className="pm-name">
          <span className="pm-design" title={design.name}>
            {design.name}
          </span>
          <span className="badge v-open" title="Nothing can be moved or changed in this view">
            Read-only
          </span>
          {shared && <span className="badge v-unverified">Shared link</span>}
        </div>
        <div className="pm-search">
          <label htmlFor="pm-search" className="sr-only">
            Find a port by label
          </label>
          <input
            id="pm-search"
            type="search"
            className="input"
            placeholder="Find a port: R1-P1-C1-Port3, C1-Port3, Eth49…"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setResultsOpen(true);
            }}
            onFocus={() => setResultsOpen(true)}
            onKeyDown={(e) => {
              const first = results[0];
              if (e.key === 'Enter' && first) select(`${first.ref.device}#${first.ref.port}`);
              if (e.key === 'Escape') setResultsOpen(false);
            }}
          />
          {resultsOpen && query.trim() !== '' && (
            <ul className="pm-results" aria-label="Search results">
              {results.length === 0 && <li className="pm-hint">No port matches “{query}”.</li>}
              {results.map((r) => {
                const key = `${r.ref.device}#${r.ref.port}`;
                return (
                  <li key={key}>
                    <button type="button" data-label={r.entry.text} onClick={() => select(key)}>
                      <span className="pm-lbl">{highlight(r.entry.text, query)}</span>
                      <span className="muted">{r.entry.name}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
        <div className="pm-actions">
          {!shared && <RoomStatus />}
          {shared && onOpenCopy && (
            <button type="button" className="btn" onClick={onOpenCopy}>
              Edit a copy
            </button>
          )}
          <button type="button" className="btn" onClick={onExit}>
            {shared ? 'My designs' : 'Designer'}
          </button>
        </div>
      </header>
      <div className="pm-racks" ref={racks}>
        {notFound && (
          <p className="pm-notfound" role="alert">
            No port is labelled “{notFound}” in this design.
          </p>
        )}
        <PortMapLegend />
        <RackList tree={tree} selected={selected} onSelect={tap} />
      </div>
      <PortPathPanel design={design} binding={binding} labels={labels} port={port} baseUrl={baseUrl} />
    </div>
  );
}

/** The label with the typed fragment marked (case and spacing ignored; plain text). */
function highlight(label: string, query: string) {
  const q = normalizeLabel(query).replace(/[:.]([AB]|\d{1,2})$/, '');
  const i = q ? label.toUpperCase().indexOf(q) : -1;
  if (i < 0) return label;
  return (
    <>
      {label.slice(0, i)}
      <mark>{label.slice(i, i + q.length)}</mark>
      {label.slice(i + q.length)}
    </>
  );
}
