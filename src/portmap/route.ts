/**
 * The app's URL-hash routes (issue 5): which screen opens and with what.
 *
 * - `#view=portmap` — the technician's port map of the local (autosaved) design.
 * - `#port=<label>` — the port map, landed on that port (QR codes on printed labels).
 * - `#design=<lz-string>&mode=view[&port=<label>]` — a shared design, read-only, in the port map.
 * - `#design=<lz-string>&mode=copy` — a shared design opened in the designer as an editable copy.
 *   A share link without `mode` opens read-only (nothing is overwritten by accident).
 * - anything else — the designer.
 *
 * Pure string handling: the compressed design stays encoded here (decoding and validation are in
 * `io/exports/shareLink.ts`, loaded only when a link carries a design).
 */
import { PORT_HASH_KEY } from '../core/deliverables/labelSheet';

/** The URL-hash key of the screen (`view=portmap`). */
export const VIEW_HASH_KEY = 'view';
/** The URL-hash key of how a shared design opens (`mode=view` or `mode=copy`). */
export const MODE_HASH_KEY = 'mode';
/** The URL-hash key of a shared design (same as `DESIGN_HASH_KEY` of io/exports). */
export const SHARED_DESIGN_KEY = 'design';

/** How a shared design opens: read-only port map, or an editable copy in the designer. */
export type ShareMode = 'view' | 'copy';

/** What the hash asks for. */
export interface AppRoute {
  /** The screen: the designer or the technician's port map. */
  readonly screen: 'designer' | 'portmap';
  /** The compressed design payload (still lz-string encoded), or null. */
  readonly design: string | null;
  readonly mode: ShareMode;
  /** The port label to land on (URI-decoded, plain text), or null. */
  readonly port: string | null;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Reads a location hash (with or without the leading `#`) into a route. Unknown keys are ignored;
 * never throws.
 */
export function parseRoute(hash: string): AppRoute {
  const params = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0) params.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const design = params.get(SHARED_DESIGN_KEY) || null;
  const mode: ShareMode = params.get(MODE_HASH_KEY) === 'copy' ? 'copy' : 'view';
  const rawPort = params.get(PORT_HASH_KEY);
  const port = rawPort ? decode(rawPort) : null;
  const wantsMap = params.get(VIEW_HASH_KEY) === 'portmap' || port !== null || (design !== null && mode === 'view');
  return { screen: wantsMap ? 'portmap' : 'designer', design, mode, port };
}

/**
 * The hash of a port-map route: `#view=portmap`, plus `&port=<label>` when a port is selected,
 * or the shared-design form `#design=…&mode=view&port=…` when `design` is given.
 */
export function portMapHash(port: string | null, design: string | null = null): string {
  const p = port ? `&${PORT_HASH_KEY}=${encodeURIComponent(port)}` : '';
  return design ? `#${SHARED_DESIGN_KEY}=${design}&${MODE_HASH_KEY}=view${p}` : `#${VIEW_HASH_KEY}=portmap${p}`;
}

/** A share URL's hash with its mode set (`&mode=view` or `&mode=copy`), replacing any mode in it. */
export function withShareMode(url: string, mode: ShareMode): string {
  const at = url.indexOf('#');
  if (at < 0) return url;
  const parts = url
    .slice(at + 1)
    .split('&')
    .filter((p) => !p.startsWith(`${MODE_HASH_KEY}=`));
  return `${url.slice(0, at)}#${[...parts, `${MODE_HASH_KEY}=${mode}`].join('&')}`;
}
