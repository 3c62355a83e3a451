/**
 * Design files as bytes: the plain `.mpo.json` and the compressed `.mpo.json.gz` (the same JSON
 * text, gzip-compressed with the platform's CompressionStream). A file is recognised as gzip by
 * its content (the magic bytes 1F 8B, RFC 1952 §2.3.1), not its name, on open and on drop.
 *
 * Limits come before the work: the byte count of the file before decoding, and for a gzip file
 * the decompressed byte count as it streams (decompression stops at the limit), then
 * `parseDesignFile` with its own checks. A generated 100,000-fiber data hall is 21.4 MB of JSON
 * and 1.05 MB gzipped; the limit (`MAX_FILE_BYTES`, 64 MB) holds it with 3× headroom.
 */
import type { FileProblem } from './jsonPath';
import { MAX_FILE_BYTES, parseDesignFile, type ParseOptions, type ParseResult } from './loadDesign';

/** True when `bytes` start with the gzip magic number 1F 8B (RFC 1952). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Collects a byte stream, stopping (and cancelling it) once more than `maxBytes` arrived. */
async function collect(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; tooLarge: boolean }> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, tooLarge: true };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, tooLarge: false };
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes: out };
}

/** Streams `bytes` through a (de)compression transform. */
function through(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): ReadableStream<Uint8Array> {
  const writer = transform.writable.getWriter();
  // Errors surface on the readable side; the writer's own promises are not awaited.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  return transform.readable as ReadableStream<Uint8Array>;
}

/** The gzip-compressed UTF-8 bytes of `text` (the `.mpo.json.gz` form of a design file). */
export async function gzipText(text: string): Promise<Uint8Array> {
  const r = await collect(through(new TextEncoder().encode(text), new CompressionStream('gzip')), Infinity);
  if (!r.ok) throw new Error('compression failed');
  return r.bytes;
}

/**
 * The text inside gzip `bytes`, decompressed only up to `maxBytes` of output. Returns the text,
 * or a problem at `$`: over the limit, or not a complete gzip stream. Never throws.
 */
export async function gunzipText(
  bytes: Uint8Array,
  maxBytes: number = MAX_FILE_BYTES,
): Promise<{ ok: true; text: string } | { ok: false; error: FileProblem }> {
  let stream: ReadableStream<Uint8Array>;
  try {
    stream = through(bytes, new DecompressionStream('gzip'));
  } catch {
    return { ok: false, error: { path: '$', message: 'this browser cannot decompress gzip files' } };
  }
  const r = await collect(stream, maxBytes);
  if (!r.ok)
    return {
      ok: false,
      error: {
        path: '$',
        message: r.tooLarge
          ? `file too large: the compressed file expands to more than ${mb(maxBytes)}; the limit is ${mb(maxBytes)} (${maxBytes} bytes)`
          : 'not a valid gzip file (damaged or cut short)',
      },
    };
  return { ok: true, text: new TextDecoder().decode(r.bytes) };
}

/**
 * Reads a design file from its bytes: gzip (recognised by content) or plain UTF-8 JSON. The size
 * is checked before decoding and, for gzip, while decompressing; then `parseDesignFile` (with
 * the same options) validates it. Never throws; every refusal has a JSON path (`$` for the file).
 */
export async function readDesignBytes(bytes: Uint8Array, opts: ParseOptions = {}): Promise<ParseResult> {
  const maxBytes = opts.maxBytes ?? MAX_FILE_BYTES;
  if (bytes.length > maxBytes)
    return {
      ok: false,
      error: {
        path: '$',
        message: `file too large: ${mb(bytes.length)}; the limit is ${mb(maxBytes)} (${maxBytes} bytes)`,
      },
    };
  if (!isGzip(bytes)) return parseDesignFile(new TextDecoder().decode(bytes), opts);
  const r = await gunzipText(bytes, maxBytes);
  return r.ok ? parseDesignFile(r.text, opts) : { ok: false, error: r.error };
}
