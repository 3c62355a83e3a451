/**
 * Share link dialog (issue 5): the design compressed into the URL (lz-string), opening either as
 * a read-only port map (`mode=view`, the default) or as an editable copy in the designer
 * (`mode=copy`). A design too large for a URL says so and offers the JSON file instead.
 */
import { useEffect, useState } from 'react';
import type { Design } from '../core/design';
import { pageUrl } from '../portmap/navigation';
import { withShareMode, type ShareMode } from '../portmap/route';
import { copyText } from './clipboard';
import { saveDesignFile } from './fileActions';
import { useModalDialog } from '../panels/useModalDialog';

/** Room kept below the URL limit for `&mode=view`. */
const MODE_ROOM = 12;

type Link = { ok: true; url: string; length: number } | { ok: false; message: string } | null;

/** The share dialog for `design`; `open` shows it modally. */
export function ShareDialog({ design, open, onClose }: { design: Design; open: boolean; onClose: () => void }) {
  const ref = useModalDialog(open);
  const [made, setMade] = useState<{ design: Design; link: Link } | null>(null);
  const [mode, setMode] = useState<ShareMode>('view');
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!open) return;
    let live = true;
    void import('../io/exports/shareLink').then(({ encodeShareLink, SHARE_URL_LIMIT }) => {
      if (!live) return;
      const r = encodeShareLink(design, { baseUrl: pageUrl(), limit: SHARE_URL_LIMIT - MODE_ROOM });
      setMade({ design, link: r.ok ? { ok: true, url: r.url, length: r.length } : { ok: false, message: r.message } });
    });
    return () => {
      live = false;
    };
  }, [open, design]);
  const link: Link = made?.design === design ? made.link : null;
  const url = link?.ok ? withShareMode(link.url, mode) : '';
  const close = () => {
    setCopied(false);
    onClose();
  };
  const copy = async () => setCopied(await copyText(url));
  return (
    <dialog ref={ref} aria-label="Share link" className="share-dialog" onClose={close}>
      <header>
        <h2>Share link</h2>
        <button type="button" className="btn" onClick={close}>
          Close
        </button>
      </header>
      <div className="body">
        {link === null && <p role="status">Compressing the design…</p>}
        {link?.ok === false && (
          <div role="alert" className="share-too-large">
            <p>{link.message}</p>
            <button type="button" className="btn primary" onClick={() => saveDesignFile(design)}>
              Save JSON file
            </button>
          </div>
        )}
        {link?.ok && (
          <>
            <fieldset className="share-mode">
              <legend>The link opens</legend>
              <label>
                <input type="radio" name="share-mode" checked={mode === 'view'} onChange={() => setMode('view')} />{' '}
                Read-only port map (technician&apos;s view)
              </label>
              <label>
                <input type="radio" name="share-mode" checked={mode === 'copy'} onChange={() => setMode('copy')} /> An
                editable copy in the designer
              </label>
            </fieldset>
            <label className="sr-only" htmlFor="share-url">
              Share link
            </label>
            <input
              id="share-url"
              className="input share-url"
              readOnly
              value={url}
              onFocus={(e) => e.currentTarget.select()}
            />
            <p className="muted">{url.length} characters. The design travels inside the link; nothing is uploaded.</p>
            <div className="row-actions">
              <button type="button" className="btn primary" onClick={copy}>
                {copied ? 'Copied ✓' : 'Copy link'}
              </button>
              <a className="btn" href={url} target="_blank" rel="noopener noreferrer">
                Open in a new tab
              </a>
            </div>
          </>
        )}
      </div>
    </dialog>
  );
}
