/**
 * The sync server's log: one JSON object per line on stdout (or any writable), e.g.
 *
 *   {"time":"2025-01-01T12:00:00.000Z","level":"warn","event":"update-refused","room":"k3…","reason":"view-only"}
 *
 * Tokens and keys never reach it: callers pass room ids, token *ids* and reasons only, and as a
 * second line of defence any field whose name looks like a secret (`token`, `key`, `secret`,
 * `authorization`, `password`) is replaced by `"[redacted]"`. Request logs carry the method and
 * path only, never the query string or headers.
 */

/** Severity of a log line. */
export type LogLevel = 'info' | 'warn' | 'error';

/** Fields of a log line besides time, level and event; values must be JSON-serialisable. */
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** A structured logger. */
export interface Logger {
  log(level: LogLevel, event: string, fields?: LogFields): void;
}

const SECRET_FIELD = /token$|^token|key$|secret|authorization|password/i;
/** Field names that end in "key"/"token" but hold only public ids. */
const PUBLIC_FIELDS = new Set(['tokenId', 'keyId']);

/** A logger writing JSON lines to `out` (default: process.stdout). */
export function jsonLogger(out: { write(line: string): unknown } = process.stdout): Logger {
  return {
    log(level, event, fields = {}) {
      const line: Record<string, unknown> = { time: new Date().toISOString(), level, event };
      for (const [k, v] of Object.entries(fields)) {
        if (v === undefined) continue;
        line[k] = SECRET_FIELD.test(k) && !PUBLIC_FIELDS.has(k) ? '[redacted]' : v;
      }
      out.write(`${JSON.stringify(line)}\n`);
    },
  };
}

/** A logger that keeps lines in memory (tests read `lines`, one JSON string each). */
export function memoryLogger(): Logger & {
  readonly lines: string[];
  events(event: string): Record<string, unknown>[];
} {
  const lines: string[] = [];
  const inner = jsonLogger({ write: (l: string) => lines.push(l.trimEnd()) });
  return {
    lines,
    log: inner.log,
    events: (event) => lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l['event'] === event),
  };
}
