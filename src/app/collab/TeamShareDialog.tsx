/**
 * "Share with team" (issue 11): publishes the open design to a new room on a sync server (given
 * the server's address and a publish key from its administrator, see docs/SYNC-SERVER.md) and
 * shows the room's edit link (designers) and view link (technicians: the live port map). The
 * local design stays as it is; "Open the room here" switches this tab to the room's live copy.
 *
 * The server address is remembered in this browser; the publish key is not (it is typed each
 * time, or pasted from a password manager) and is only ever sent to that server.
 */
import { useState } from 'react';
import type { Design } from '../../core/design';
import { publishDesign, type PublishedRoom } from '../../io/collab/publish';
import { serializeDesign } from '../../io/saveDesign';
import { useModalDialog } from '../../panels/useModalDialog';
import { designerActions } from '../../store/store';
import { copyText } from '../clipboard';
import { joinRoom } from './roomSession';

const SERVER_KEY = 'mpo-designer/sync-server';

function rememberedServer(): string {
  try {
    return localStorage.getItem(SERVER_KEY) ?? '';
  } catch {
    return '';
  }
}

function rememberServer(url: string): void {
  try {
    localStorage.setItem(SERVER_KEY, url);
  } catch {
    // not remembered
  }
}

/** One link with its copy button. */
function LinkRow({ label, hint, url, testId }: { label: string; hint: string; url: string; testId: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => setCopied(await copyText(url));
  return (
    <div className="team-link">
      <label>
        <strong>{label}</strong> <span className="muted">{hint}</span>
        <input
          className="input share-url"
          readOnly
          value={url}
          data-testid={testId}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <button type="button" className="btn" onClick={() => void copy()}>
        {copied ? 'Copied ✓' : 'Copy'}
      </button>
    </div>
  );
}

/** The Share-with-team dialog for `design`; `open` shows it modally. */
export function TeamShareDialog({ design, open, onClose }: { design: Design; open: boolean; onClose: () => void }) {
  const ref = useModalDialog(open);
  const [server, setServer] = useState(rememberedServer);
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [room, setRoom] = useState<PublishedRoom | null>(null);
  const close = () => {
    setKey('');
    setError(null);
    setRoom(null);
    onClose();
  };
  const publish = async () => {
    setBusy(true);
    setError(null);
    const r = await publishDesign(server, key, serializeDesign(design));
    setBusy(false);
    if (!r.ok) {
      setError(`Not published: ${r.error}.`);
      return;
    }
    rememberServer(server.trim());
    setKey('');
    setRoom(r.room);
  };
  const openHere = async () => {
    if (!room) return;
    const edit = room.edit;
    close();
    if (await joinRoom(edit)) designerActions().notify('success', `Working live in the room “${room.name}”`);
  };
  return (
    <dialog ref={ref} aria-label="Share with team" className="share-dialog" onClose={close}>
      <header>
        <h2>Share with team</h2>
        <button type="button" className="btn" onClick={close}>
          Close
        </button>
      </header>
      <div className="body">
        {!room && (
          <form
            className="team-form"
            onSubmit={(e) => {
              e.preventDefault();
              void publish();
            }}
          >
            <p className="muted">
              Publishes “{design.name}” to a new live room on your team&apos;s sync server. Everyone with the edit link
              works on the same design; the view link opens the live port map for technicians.
            </p>
            <label>
              Sync server
              <input
                className="input"
                required
                placeholder="https://sync.example.com or 127.0.0.1:1234"
                value={server}
                onChange={(e) => setServer(e.target.value)}
              />
            </label>
            <label>
              Publish key
              <input
                className="input"
                type="password"
                required
                autoComplete="off"
                value={key}
                onChange={(e) => setKey(e.target.value)}
              />
            </label>
            {error && (
              <p role="alert" className="team-error">
                {error}
              </p>
            )}
            <div className="row-actions">
              <button type="submit" className="btn primary" disabled={busy}>
                {busy ? 'Publishing…' : 'Publish'}
              </button>
            </div>
          </form>
        )}
        {room && (
          <>
            <p role="status">
              Room “{room.name}” created. Anyone with a link can open it: send the links only to your team.
            </p>
            <LinkRow label="Edit link" hint="designers" url={room.editLink} testId="team-edit-link" />
            <LinkRow
              label="View link"
              hint="technicians: live port map, no changes"
              url={room.viewLink}
              testId="team-view-link"
            />
            <div className="row-actions">
              <button type="button" className="btn primary" onClick={() => void openHere()}>
                Open the room here
              </button>
            </div>
          </>
        )}
      </div>
    </dialog>
  );
}
