/**
 * The sync server's HTTP API (issue 11), on the same port as the WebSocket.
 *
 * Public:
 * - `GET /health` → `{"status":"ok"}` (nothing about rooms).
 * - `POST /api/rooms` — "Share with team": the body is a design file (JSON text, at most
 *   `MAX_PUBLISH_BYTES`); the server validates it like the app opens a file, creates a room with
 *   the design, and answers 201 with the room id, edit link and view link. Protected by a
 *   **publish key** (`Authorization: Bearer <key>`): keys are created by an administrator
 *   (`npm run server -- create-publish-key "Design team"`), stored hashed, revocable; the admin
 *   key works too. CORS is allowed (`CORS_ORIGIN`, default `*`): the app calls it from its own
 *   origin, and a bearer key (not a cookie) means no other page can use a visitor's rights.
 *
 * Admin (`Authorization: Bearer <DATA_DIR/admin.key>`), used by the command line while the
 * server runs: `GET|POST /admin/rooms`, `POST /admin/rooms/:room/tokens`,
 * `POST /admin/rooms/:room/tokens/:token/revoke`, `GET /admin/rooms/:room/export`,
 * `GET|POST /admin/publish-keys`, `POST /admin/publish-keys/:id/revoke`, `GET /admin/metrics`.
 *
 * Every missing or wrong credential gets the same 401 answer. Requests are logged as method,
 * route pattern, status and duration: never headers, bodies or query strings.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { NotFoundError } from '../access/roomRegistry';
import type { RoomRegistry } from '../access/roomRegistry';
import { secretMatches } from '../access/secrets';
import { InputError, type AdminService } from '../admin/adminService';
import type { Logger } from '../log';
import type { Role } from '../storage/roomDatabase';

/** What the API needs from the server. */
export interface HttpApiDeps {
  readonly admin: AdminService;
  readonly registry: RoomRegistry;
  /** SHA-256 hex of the admin key. */
  readonly adminKeyHash: string;
  readonly logger: Logger;
  readonly corsOrigin: string;
  /** Bytes. */
  readonly maxPublishBytes: number;
  /** Server metrics for `GET /admin/metrics`. */
  readonly metrics: () => Promise<unknown>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A response body that is already JSON text (sent as is, e.g. a design file with its stable key order). */
class JsonText {
  constructor(readonly text: string) {}
}

type Handler = (req: IncomingMessage, params: Readonly<Record<string, string>>) => Promise<[number, unknown]>;
interface Route {
  readonly method: string;
  readonly pattern: string;
  readonly auth: 'none' | 'publish' | 'admin';
  readonly handler: Handler;
}

/** Reads the request body as UTF-8, refusing (413) more than `limit` bytes before buffering them. */
async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, `the body is larger than ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > limit) throw new HttpError(413, `the body is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const text = await readBody(req, 64 * 1024);
  try {
    const v: unknown = JSON.parse(text || '{}');
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new HttpError(400, 'the body must be a JSON object');
}

function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/');
  const s = path.split('/');
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const seg = p[i] as string;
    const val = s[i] as string;
    if (seg.startsWith(':')) {
      if (!/^[A-Za-z0-9_-]{1,64}$/.test(val)) return null;
      params[seg.slice(1)] = val;
    } else if (seg !== val) return null;
  }
  return params;
}

function bearer(req: IncomingMessage): string | null {
  const h = req.headers.authorization;
  return h && h.startsWith('Bearer ') ? h.slice(7).trim() : null;
}

/** Builds the request handler of the HTTP API. */
export function httpApi(deps: HttpApiDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const { admin } = deps;
  const text = (v: unknown, what: string) => {
    if (typeof v !== 'string') throw new HttpError(400, `${what} must be a text`);
    return v;
  };
  const routes: Route[] = [
    { method: 'GET', pattern: '/health', auth: 'none', handler: async () => [200, { status: 'ok' }] },
    {
      method: 'POST',
      pattern: '/api/rooms',
      auth: 'publish',
      handler: async (req) => [
        201,
        await admin.publishDesign(await readBody(req, deps.maxPublishBytes), deps.maxPublishBytes),
      ],
    },
    { method: 'GET', pattern: '/admin/rooms', auth: 'admin', handler: async () => [200, await admin.listRooms()] },
    {
      method: 'POST',
      pattern: '/admin/rooms',
      auth: 'admin',
      handler: async (req) => [201, await admin.createRoom(text((await readJson(req))['name'], 'name'))],
    },
    {
      method: 'POST',
      pattern: '/admin/rooms/:room/tokens',
      auth: 'admin',
      handler: async (req, p) => {
        const body = await readJson(req);
        const role = text(body['role'], 'role') as Role;
        return [201, await admin.issueToken(p['room'] as string, role, text(body['label'] ?? `${role} link`, 'label'))];
      },
    },
    {
      method: 'POST',
      pattern: '/admin/rooms/:room/tokens/:token/revoke',
      auth: 'admin',
      handler: async (_req, p) => [200, await admin.revokeToken(p['room'] as string, p['token'] as string)],
    },
    {
      method: 'GET',
      pattern: '/admin/rooms/:room/export',
      auth: 'admin',
      handler: async (_req, p) => [200, new JsonText(await admin.exportRoom(p['room'] as string))],
    },
    {
      method: 'GET',
      pattern: '/admin/publish-keys',
      auth: 'admin',
      handler: async () => [200, await admin.listPublishKeys()],
    },
    {
      method: 'POST',
      pattern: '/admin/publish-keys',
      auth: 'admin',
      handler: async (req) => [201, await admin.createPublishKey(text((await readJson(req))['label'], 'label'))],
    },
    {
      method: 'POST',
      pattern: '/admin/publish-keys/:id/revoke',
      auth: 'admin',
      handler: async (_req, p) => [200, await admin.revokePublishKey(p['id'] as string)],
    },
    { method: 'GET', pattern: '/admin/metrics', auth: 'admin', handler: async () => [200, await deps.metrics()] },
  ];

  const authorised = (req: IncomingMessage, auth: Route['auth']): boolean => {
    if (auth === 'none') return true;
    const key = bearer(req);
    if (!key) return false;
    if (secretMatches(key, deps.adminKeyHash)) return true;
    return auth === 'publish' && deps.registry.publishKeyId(key) !== null;
  };

  return (req, res) => {
    const started = Date.now();
    const path = (req.url ?? '/').split('?')[0] as string;
    const isApi = path.startsWith('/api/');
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    };
    if (isApi) {
      headers['access-control-allow-origin'] = deps.corsOrigin;
      headers['access-control-allow-headers'] = 'authorization, content-type';
      headers['access-control-allow-methods'] = 'POST, OPTIONS';
      headers['access-control-max-age'] = '600';
    }
    let pattern = '(unmatched)';
    const send = (status: number, body: unknown) => {
      if (!res.headersSent) res.writeHead(status, headers);
      res.end(body === null ? undefined : body instanceof JsonText ? body.text : JSON.stringify(body));
      deps.logger.log(status >= 500 ? 'error' : 'info', 'http', {
        method: req.method ?? '',
        route: pattern,
        status,
        ms: Date.now() - started,
      });
    };
    if (req.method === 'OPTIONS' && isApi) {
      pattern = path;
      send(204, null);
      return;
    }
    let found: { route: Route; params: Record<string, string> } | null = null;
    for (const route of routes) {
      const params = route.method === req.method ? match(route.pattern, path) : null;
      if (params) found = { route, params };
      if (found) break;
    }
    if (!found) {
      send(404, { error: 'not found' });
      return;
    }
    const { route, params } = found;
    pattern = route.pattern;
    if (!authorised(req, route.auth)) {
      send(401, { error: 'unauthorized' });
      return;
    }
    route.handler(req, params).then(
      ([status, body]) => send(status, body),
      (e: unknown) => {
        if (e instanceof HttpError) send(e.status, { error: e.message });
        else if (e instanceof InputError) send(400, { error: e.message });
        else if (e instanceof NotFoundError) send(404, { error: e.message });
        else {
          deps.logger.log('error', 'http-failed', {
            route: pattern,
            error: e instanceof Error ? e.message : String(e),
          });
          send(500, { error: 'internal error' });
        }
      },
    );
  };
}
