/**
 * `AdminOps` over the running server's `/admin/` HTTP API (issue 11). The command line uses it
 * when the server holds the database (LevelDB admits one process): it finds the server through
 * `DATA_DIR/server.json` and authenticates with `DATA_DIR/admin.key`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RoomSummary } from '../access/roomRegistry';
import { readAdminKey } from '../access/secrets';
import { SERVER_INFO_FILE, type ServerInfo } from '../collabServer';
import type { PublishKeyRecord, Role, TokenRecord } from '../storage/roomDatabase';
import type { AdminOps, RoomLinks, TokenLink } from './adminService';

/** Thrown when the server answers with an error; the message is the server's. */
export class AdminRequestError extends Error {}

/** An `AdminOps` that calls the server at `httpUrl` with the admin key. */
export class AdminClient implements AdminOps {
  constructor(
    private readonly httpUrl: string,
    private readonly adminKey: string,
  ) {}

  /** The client for the server running on `dataDir`; throws when `server.json` or the admin key is missing. */
  static async forDataDir(dataDir: string): Promise<AdminClient> {
    const info = JSON.parse(await readFile(join(dataDir, SERVER_INFO_FILE), 'utf8')) as ServerInfo;
    const key = await readAdminKey(dataDir);
    if (!key) throw new AdminRequestError(`no admin key in ${dataDir}`);
    return new AdminClient(info.httpUrl, key);
  }

  private async request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<string> {
    const res = await fetch(`${this.httpUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.adminKey}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (!res.ok) {
      let message = `HTTP ${res.status}`;
      try {
        message = (JSON.parse(text) as { error?: string }).error ?? message;
      } catch {
        // keep the status
      }
      throw new AdminRequestError(message);
    }
    return text;
  }

  private async call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    return JSON.parse(await this.request(method, path, body)) as T;
  }

  createRoom(name: string): Promise<RoomLinks> {
    return this.call('POST', '/admin/rooms', { name });
  }
  issueToken(room: string, role: Role, label: string): Promise<TokenLink> {
    return this.call('POST', `/admin/rooms/${encodeURIComponent(room)}/tokens`, { role, label });
  }
  revokeToken(room: string, tokenId: string): Promise<Omit<TokenRecord, 'hash'>> {
    return this.call('POST', `/admin/rooms/${encodeURIComponent(room)}/tokens/${encodeURIComponent(tokenId)}/revoke`);
  }
  listRooms(): Promise<RoomSummary[]> {
    return this.call('GET', '/admin/rooms');
  }
  exportRoom(room: string): Promise<string> {
    return this.request('GET', `/admin/rooms/${encodeURIComponent(room)}/export`);
  }
  createPublishKey(label: string): Promise<{ id: string; label: string; key: string }> {
    return this.call('POST', '/admin/publish-keys', { label });
  }
  revokePublishKey(id: string): Promise<Omit<PublishKeyRecord, 'hash'>> {
    return this.call('POST', `/admin/publish-keys/${encodeURIComponent(id)}/revoke`);
  }
  listPublishKeys(): Promise<Omit<PublishKeyRecord, 'hash'>[]> {
    return this.call('GET', '/admin/publish-keys');
  }
}
