/**
 * Share links: a design compressed into the URL hash (`#design=…`, lz-string
 * `compressToEncodedURIComponent`) for sales demos and for opening a design on a tablet, and
 * `#port=<label>` to open a port (QR codes on printed labels). A link longer than the limit
 * (8000 characters by default: browsers, chat tools and QR readers cut longer URLs) is refused
 * with a clear "use the JSON file" result instead of a link that would break.
 *
 * Decoding never trusts the hash: limits come before the work (the payload's length, then its
 * decompressed length counted without decompressing), and the decompressed text goes through
 * `parseDesignFile` (size, depth and prototype-pollution guards, migration, schema and
 * cross-record checks).
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { PORT_HASH_KEY } from '../../core/deliverables';
import type { Design } from '../../core/design';
import { parseDesignFile, type ParseResult } from '../loadDesign';
import { lzDecompressedLength } from './lzSize';

/** Default maximum length of a share URL, characters. */
export const SHARE_URL_LIMIT = 8000;

/** The URL-hash key that carries a compressed design. */
export const DESIGN_HASH_KEY = 'design';

/** Result of `encodeShareLink`. */
export type ShareLinkResult =
  | { readonly ok: true; readonly url: string; readonly hash: string; readonly length: number }
  | {
      readonly ok: false;
      readonly reason: 'too-large';
      readonly length: number;
      readonly limit: number;
      readonly message: string;
    };

/** Options of `encodeShareLink`. */
export interface ShareLinkOptions {
  /** Page URL without hash, e.g. `https://example.org/mpo/` (default: empty, the hash alone). */
  readonly baseUrl?: string;
  /** Maximum URL length in characters (default `SHARE_URL_LIMIT`). */
  readonly limit?: number;
  /** A port label to open as well (`&port=`). */
  readonly port?: string;
}

/**
 * Encodes a design into a share URL `baseUrl#design=<lz-string>[&port=<label>]`. Returns the URL,
 * or `too-large` with the length it would have had when it exceeds the limit. Pure.
 */
export function encodeShareLink(design: Design, options: ShareLinkOptions = {}): ShareLinkResult {
  const limit = options.limit ?? SHARE_URL_LIMIT;
  const payload = compressToEncodedURIComponent(JSON.stringify(design));
  const port = options.port ? `&${PORT_HASH_KEY}=${encodeURIComponent(options.port)}` : '';
  const hash = `#${DESIGN_HASH_KEY}=${payload}${port}`;
  const url = `${options.baseUrl ?? ''}${hash}`;
  if (url.length > limit) {
    return {
      ok: false,
      reason: 'too-large',
      length: url.length,
      limit,
      message: `This design is too large for a link (${url.length} characters, limit ${limit}). Share the JSON file instead.`,
    };
  }
  return { ok: true, url, hash, length: url.length };
}

/** The parameters of a share hash; absent keys are null. */
export interface ShareHash {
  /** The compressed design payload, still encoded. */
  readonly design: string | null;
  /** The port label to open, URI-decoded (plain text). */
  readonly port: string | null;
}

/**
 * Reads `#design=…&port=…` from a hash (or a full URL). Unknown keys are ignored; a malformed
 * percent-encoding in the port label leaves it as written. Pure; never throws.
 */
export function parseShareHash(hashOrUrl: string): ShareHash {
  const at = hashOrUrl.indexOf('#');
  const hash = at >= 0 ? hashOrUrl.slice(at + 1) : hashOrUrl;
  let design: string | null = null;
  let port: string | null = null;
  for (const part of hash.split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq);
    const value = part.slice(eq + 1);
    if (key === DESIGN_HASH_KEY) design = value;
    else if (key === PORT_HASH_KEY) port = safeDecode(value);
  }
  return { design, port };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Most characters of a `#design=` payload read: the encoder never makes a longer link. */
export const SHARE_PAYLOAD_LIMIT = SHARE_URL_LIMIT;

/**
 * Most characters a link's design may decompress to: 1,000,000 (about 1 MB of JSON). An
 * 8,000-character link of real design JSON decompresses to well under 200,000 characters
 * (lz-string compresses design JSON about 10–20×); a hostile payload can claim hundreds of
 * millions, and is refused by counting before decompressing.
 */
export const SHARE_DESIGN_CHARS_LIMIT = 1_000_000;

/** Result of `decodeShareLink`; a refusal names the whole link (`$`) and the rule. */
export type DecodedShareLink =
  | { readonly ok: true; readonly json: string; readonly result: ParseResult; readonly port: string | null }
  | { readonly ok: false; readonly path: '$'; readonly error: string; readonly port: string | null };

const fmt = (n: number): string => n.toLocaleString('en-US');

/**
 * Decodes the design of a share hash: checks the payload length, then the decompressed length
 * (counted without decompressing: `lzDecompressedLength`), then decompresses it to JSON text and
 * runs the design-file validator on it (`result`: `{ ok, design, warnings }` or
 * `{ ok: false, error: { path, message } }`). Fails without throwing when there is no
 * `design=`, the payload is over a limit, or it does not decompress.
 */
export function decodeShareLink(hashOrUrl: string): DecodedShareLink {
  const { design, port } = parseShareHash(hashOrUrl);
  const refuse = (error: string): DecodedShareLink => ({ ok: false, path: '$', error, port });
  if (design === null || design === '') return refuse('The link holds no design (#design=… is missing).');
  if (design.length > SHARE_PAYLOAD_LIMIT)
    return refuse(
      `The design in the link is too long (${fmt(design.length)} characters; a link holds at most ${fmt(SHARE_PAYLOAD_LIMIT)}). Open the design file instead.`,
    );
  const size = lzDecompressedLength(design, SHARE_DESIGN_CHARS_LIMIT);
  if (size.kind === 'too-large')
    return refuse(
      `The design in the link would expand to more than ${fmt(SHARE_DESIGN_CHARS_LIMIT)} characters (the limit for a link); it was not opened.`,
    );
  let json: string | null = null;
  if (size.kind === 'ok' && size.chars > 0) {
    try {
      json = decompressFromEncodedURIComponent(design);
    } catch {
      json = null;
    }
  }
  if (!json)
    return refuse('The design in the link is damaged (it does not decompress); the link may have been cut short.');
  return { ok: true, json, result: parseDesignFile(json), port };
}
