/**
 * The live-room indicator (issue 11), shown in the toolbar and the port map while the open
 * design is a room's copy: the connection state in words (connected, offline with changes
 * pending, stopped with the reason), the people in the room as coloured initials, and a popover
 * with who has what selected and this person's display name.
 */
import { own } from '../core/own';
import { useState } from 'react';
import type { Design } from '../core/design';
import type { PresenceSelection } from '../io/collab/presence';
import { setUserName, useCollab } from '../store/collab/collabState';
import { useDesigner } from '../store/store';
import { statusText } from './roomStatusText';
import './roomStatus.css';

/** "R01", "SW1 Eth5": what a person has selected, in the design's names. */
function describe(design: Design, sel: PresenceSelection | null): string {
  if (!sel) return 'nothing selected';
  if (sel.kind === 'port') return `port ${sel.port} of ${own(design.devices, sel.device)?.name ?? sel.device}`;
  const rec =
    sel.kind === 'rack'
      ? own(design.racks, sel.id)
      : sel.kind === 'device'
        ? own(design.devices, sel.id)
        : own(design.cables, sel.id);
  return `${sel.kind} ${rec?.name ?? sel.id}`;
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('') || '?';

/** The popover's width, px (roomStatus.css). */
const POPOVER_PX = 320;

/** The indicator; renders nothing when the open design is not in a room. */
export function RoomStatus() {
  const status = useCollab((s) => s.status);
  const notice = useCollab((s) => s.notice);
  const peers = useCollab((s) => s.peers);
  const room = useCollab((s) => s.room);
  const name = useCollab((s) => s.userName);
  const design = useDesigner((s) => s.doc);
  const [draft, setDraft] = useState<string | null>(null);
  // The popover opens towards the side with room (the indicator may wrap to the toolbar's left).
  const [alignLeft, setAlignLeft] = useState(false);
  if (!status || !room) return null;
  const t = statusText(status, notice);
  return (
    <details
      className={`room-status tone-${t.tone}${alignLeft ? ' align-left' : ''}`}
      data-testid="room-status"
      data-status={status.kind}
      onToggle={(e) => setAlignLeft(e.currentTarget.getBoundingClientRect().right < POPOVER_PX)}
    >
      <summary title={t.detail}>
        <span className="room-dot" aria-hidden="true" />
        <span className="room-label">{t.label}</span>
        {peers.length > 0 && (
          <span
            className="room-peers"
            aria-label={`${peers.length} other ${peers.length === 1 ? 'person' : 'people'} in the room`}
          >
            {peers.slice(0, 5).map((p) => (
              <span key={p.clientId} className="room-avatar" style={{ background: p.color }} title={p.name}>
                {initials(p.name)}
              </span>
            ))}
            {peers.length > 5 && <span className="room-more">+{peers.length - 5}</span>}
          </span>
        )}
      </summary>
      <div className="room-pop" role="group" aria-label="Live room">
        <p role="status">{t.detail}</p>
        <p className="muted">
          Room {room.room} on {room.server}
        </p>
        <h3>In the room</h3>
        <ul className="room-people">
          <li>
            <strong>{name}</strong> (you)
          </li>
          {peers.map((p) => (
            <li key={p.clientId}>
              <span className="room-swatch" style={{ background: p.color }} aria-hidden="true" />
              {p.name} — {describe(design, p.selection)}
            </li>
          ))}
        </ul>
        <label className="room-name">
          Your name
          <input
            className="input"
            value={draft ?? name}
            maxLength={60}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => {
              if (draft !== null && draft.trim()) setUserName(draft);
              setDraft(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
            }}
          />
        </label>
      </div>
    </details>
  );
}
