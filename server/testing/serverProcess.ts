/**
 * The sync server as a child process (`node --import tsx server/main.ts`), for the `kill -9`
 * test and the benchmark: one Node process, so a signal reaches the server itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { SERVER_INFO_FILE, type ServerInfo } from '../collabServer';
import { until } from './serverHarness';

/** A running server child. */
export interface ServerProcess {
  readonly child: ChildProcess;
  readonly info: ServerInfo;
  /** `ws://host:port`. */
  readonly wsUrl: string;
  /** Everything it printed so far. */
  output(): string;
  /** SIGTERM, then waits for the exit (SIGKILL after `timeoutMs`). */
  stop(timeoutMs?: number): Promise<void>;
}

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Starts the server on a free port over `dataDir` with extra `env` and Node flags; resolves when
 * it listens. Rejects when it exits first or does not listen within 30 s.
 */
export async function spawnServer(
  dataDir: string,
  env: Record<string, string> = {},
  nodeFlags: string[] = [],
): Promise<ServerProcess> {
  await rm(join(dataDir, SERVER_INFO_FILE), { force: true });
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  await until(() => out.includes('"event":"listening"') || child.exitCode !== null, 'the server to listen', 30_000);
  if (child.exitCode !== null) throw new Error(`the server exited: ${out}`);
  const info = JSON.parse(await readFile(join(dataDir, SERVER_INFO_FILE), 'utf8')) as ServerInfo;
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  return {
    child,
    info,
    wsUrl: info.httpUrl.replace(/^http/, 'ws'),
    output: () => out,
    stop: async (timeoutMs = 15_000) => {
      if (exited()) return;
      child.kill('SIGTERM');
      try {
        await until(exited, 'the server to stop', timeoutMs);
      } catch {
        child.kill('SIGKILL');
      }
    },
  };
}
