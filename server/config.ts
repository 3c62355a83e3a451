/**
 * Settings of the sync server (issue 11), read from the environment:
 *
 * | variable           | default                   | meaning                                               |
 * | ------------------ | ------------------------- | ----------------------------------------------------- |
 * | `PORT`             | 1234                      | TCP port of HTTP and WebSocket (0 = any free port)     |
 * | `HOST`             | 127.0.0.1                 | interface to listen on (`0.0.0.0` for the whole LAN)   |
 * | `DATA_DIR`         | ./sync-data               | LevelDB database, admin key, `server.json`             |
 * | `APP_URL`          | http://127.0.0.1:5173/    | where the app is served (links point there)            |
 * | `PUBLIC_URL`       | ws://HOST:PORT            | the server's WebSocket URL as clients reach it         |
 * | `MAX_UPDATE_BYTES` | 5242880 (5 MiB)           | largest update accepted from a client                  |
 * | `MAX_PUBLISH_BYTES`| 20971520 (20 MiB)         | largest design accepted by `POST /api/rooms`           |
 * | `CORS_ORIGIN`      | *                         | `Access-Control-Allow-Origin` of `/api/` responses     |
 * | `STORE_DEBOUNCE_MS`| 2000                      | quiet time before a room's log is folded into a snapshot |
 */
import { resolve } from 'node:path';
import { MAX_FILE_BYTES } from '../src/io/loadDesign';
import { DEFAULT_MAX_UPDATE_BYTES } from './sync/updateGate';

/** The server's settings. */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** Absolute path of the data directory. */
  readonly dataDir: string;
  readonly appUrl: string;
  /** WebSocket URL clients use; null = `ws://host:port` of the listening socket. */
  readonly publicUrl: string | null;
  /** Bytes. */
  readonly maxUpdateBytes: number;
  /** Bytes. */
  readonly maxPublishBytes: number;
  readonly corsOrigin: string;
  /** Milliseconds. */
  readonly storeDebounceMs: number;
}

/** Thrown for an environment variable that cannot be used; the message names it. */
export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}`);
  return n;
}

/** Reads the settings from `env` (default `process.env`). Throws `ConfigError` naming a bad variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const publicUrl = env['PUBLIC_URL'] || null;
  if (publicUrl !== null && !/^wss?:\/\//.test(publicUrl))
    throw new ConfigError('PUBLIC_URL must start with ws:// or wss://');
  const appUrl = env['APP_URL'] || 'http://127.0.0.1:5173/';
  if (!/^https?:\/\//.test(appUrl)) throw new ConfigError('APP_URL must start with http:// or https://');
  return {
    port: int(env, 'PORT', 1234, 0, 65535),
    host: env['HOST'] || '127.0.0.1',
    dataDir: resolve(env['DATA_DIR'] || 'sync-data'),
    appUrl,
    publicUrl,
    maxUpdateBytes: int(env, 'MAX_UPDATE_BYTES', DEFAULT_MAX_UPDATE_BYTES, 1024, 1024 * 1024 * 1024),
    maxPublishBytes: int(env, 'MAX_PUBLISH_BYTES', MAX_FILE_BYTES, 1024, 1024 * 1024 * 1024),
    corsOrigin: env['CORS_ORIGIN'] || '*',
    storeDebounceMs: int(env, 'STORE_DEBOUNCE_MS', 2000, 0, 600_000),
  };
}
