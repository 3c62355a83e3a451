/**
 * Racks, equipment and ports of the port map as large tap targets (≥ 48 px): each port shows
 * its short label and the class of the worst channel through it (colour, glyph and word, as in
 * the designer's panels).
 */
import { memo } from 'react';
import { CLASS_STYLE } from '../panels/verdictStyle';
import { VerdictLegend } from '../panels/VerdictLegend';
import { VerdictBadge } from '../panels/VerdictBadge';
import { VERDICT_CLASS_ORDER } from '../core/verdictStyle';
import type { MapPort, MapRack } from './portmapModel';

/** Suffix of the rear side of a pass-through adapter (REFERENCE §9.2), shown on a second line. */
const REAR = '-Rear';

function PortButton({ p, selected, onSelect }: { p: MapPort; selected: boolean; onSelect: (key: string) => void }) {
  const state = p.cls ? CLASS_STYLE[p.cls].word : p.cabled ? 'cabled' : 'no cable';
  const rear = p.short.endsWith(REAR) && p.short.length > REAR.length;
  return (
    <button
      type="button"
      className={`pm-port${p.cls ? ` v-${p.cls}` : ''}${p.cabled ? ' cabled' : ''}`}
      data-label={p.entry.text}
      data-key={p.key}
      aria-pressed={selected}
      aria-label={`${p.entry.text}, ${state}`}
      title={`${p.entry.text} (${p.entry.name})`}
      onClick={() => onSelect(p.key)}
    >
      <span className="pm-port-main">
        {p.cls ? (
          <span className="pm-glyph" aria-hidden="true">
            {CLASS_STYLE[p.cls].glyph}
          </span>
        ) : null}
        {rear ? p.short.slice(0, -REAR.length) : p.short}
      </span>
      {rear && <span className="pm-port-sub">rear</span>}
    </button>
  );
}

/**
 * What a port tile's glyph and colour say: the class of the worst channel through the port (as in
 * the designer), and the two tile states without a channel (cable plugged in, no cable).
 */
export function PortMapLegend() {
  return (
    <details className="pm-legend" data-testid="legend">
      <summary aria-label="Legend: port colours (open for what they mean)">
        {VERDICT_CLASS_ORDER.map((c) => (
          <VerdictBadge key={c} cls={c} />
        ))}
      </summary>
      <VerdictLegend label="Port colours">
        <li>
          <span className="pm-port cabled pm-swatch" aria-hidden="true">
            Eth1
          </span>
          <span className="muted">cable plugged in, no channel traced through it</span>
        </li>
        <li>
          <span className="pm-port pm-swatch" aria-hidden="true">
            Eth2
          </span>
          <span className="muted">no cable</span>
        </li>
      </VerdictLegend>
    </details>
  );
}

/** The racks of the port map. `selected` is the selected port key. */
export const RackList = memo(function RackList({
  tree,
  selected,
  onSelect,
}: {
  tree: readonly MapRack[];
  selected: string | null;
  onSelect: (key: string) => void;
}) {
  if (tree.length === 0) return <p className="pm-hint">This design has no racks.</p>;
  return (
    <div className="pm-racks-list">
      {tree.map((r) => (
        <section key={r.rack} className="pm-rack" aria-label={`Rack ${r.label} ${r.name}`}>
          <h2>
            <span className="pm-lbl">{r.label}</span> {r.name !== r.label && <span className="muted">{r.name}</span>}
          </h2>
          {r.equipment.length === 0 && <p className="muted">Empty rack</p>}
          {r.equipment.map((e) => (
            <div key={e.device} className="pm-equipment">
              <h3>
                <span className="pm-lbl">{e.label}</span> <span className="muted">{e.name}</span>
              </h3>
              {e.groups.map((g) => (
                <div key={g.label || 'own'} className="pm-group">
                  {g.label && (
                    <h4>
                      <span className="pm-lbl">{g.label}</span> <span className="muted">{g.name}</span>
                    </h4>
                  )}
                  <div className="pm-ports">
                    {g.ports.map((p) => (
                      <PortButton key={p.key} p={p} selected={p.key === selected} onSelect={onSelect} />
                    ))}
                  </div>
                </div>
              ))}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
});
