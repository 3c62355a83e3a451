/**
 * `npm run server [-- <command> …]`: the MPO Designer sync server and its administration
 * (issue 11). Without a command it starts the server (settings from the environment, see
 * `config.ts`); with a command it manages rooms in `DATA_DIR`, directly when no server runs and
 * through the running server's admin API otherwise. `--json` prints machine-readable output.
 * Exit codes: 0 done, 1 the command failed, 2 bad usage or settings.
 */
import { writeFile } from 'node:fs/promises';
import { AdminClient } from './admin/adminClient';
import { AdminService, type AdminOps, type RoomLinks, type TokenLink } from './admin/adminService';
import { RoomRegistry } from './access/roomRegistry';
import { CollabServer } from './collabServer';
import { ConfigError, readConfig, type ServerConfig } from './config';
import { DatabaseLockedError, openRoomDatabase } from './storage/roomDatabase';
import { UpdateLog } from './storage/updateLog';

const USAGE = `MPO Designer sync server

  npm run server                                   start the server (PORT, HOST, DATA_DIR, APP_URL, PUBLIC_URL)
  npm run server -- create-room "Hall 3"           new room with an empty design: prints its edit and view links
  npm run server -- add-token <room> edit|view [label]   another link for a room (e.g. one per technician)
  npm run server -- revoke-token <room> <token id> revoke a link; connected clients using it are disconnected
  npm run server -- list-rooms                     rooms with their token ids, roles and revocations
  npm run server -- export-room <room> [file]      the room's design as a design file (no tokens)
  npm run server -- create-publish-key [label]     a key for "Share with team" (POST /api/rooms)
  npm run server -- revoke-publish-key <id>
  npm run server -- list-publish-keys
Add --json for machine-readable output.`;

class UsageError extends Error {}

/** Runs `fn` on the local database, or on the running server when it holds the database. */
async function withAdmin<T>(config: ServerConfig, fn: (ops: AdminOps) => Promise<T>): Promise<T> {
  let store;
  try {
    store = await openRoomDatabase(config.dataDir);
  } catch (e) {
    if (!(e instanceof DatabaseLockedError)) throw e;
    return fn(await AdminClient.forDataDir(config.dataDir));
  }
  try {
    const publicUrl =
      config.publicUrl ?? `ws://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
    const service = new AdminService(await RoomRegistry.load(store), new UpdateLog(store), () => ({
      appUrl: config.appUrl,
      publicUrl,
    }));
    return await fn(service);
  } finally {
    await store.db.close();
  }
}

function tokenText(t: TokenLink): string {
  const what = t.role === 'edit' ? 'Edit link (designer, read and write)' : 'View link (port map, read only)';
  return `${what}, token id ${t.tokenId}:\n  ${t.link}`;
}

function roomText(r: RoomLinks): string {
  return [
    `Room "${r.name}" created: ${r.room}`,
    tokenText(r.edit),
    tokenText(r.view),
    'The token travels in the URL fragment (after #), which browsers never send to a server.',
    `Revoke a link with: npm run server -- revoke-token ${r.room} <token id>`,
  ].join('\n');
}

function need(args: readonly string[], i: number, what: string): string {
  const v = args[i];
  if (v === undefined || v === '') throw new UsageError(`missing ${what}`);
  return v;
}

async function command(config: ServerConfig, name: string, args: string[], json: boolean): Promise<string> {
  const out = (value: unknown, text: string) => (json ? JSON.stringify(value, null, 2) : text);
  switch (name) {
    case 'create-room': {
      const roomName = need(args, 0, 'room name');
      const r = await withAdmin(config, (ops) => ops.createRoom(roomName));
      return out(r, roomText(r));
    }
    case 'add-token': {
      const [room, role, label] = [need(args, 0, 'room id'), need(args, 1, 'role (edit or view)'), args[2]];
      if (role !== 'edit' && role !== 'view') throw new UsageError('the role must be edit or view');
      const t = await withAdmin(config, (ops) => ops.issueToken(room, role, label ?? `${role} link`));
      return out(t, tokenText(t));
    }
    case 'revoke-token': {
      const [room, tokenId] = [need(args, 0, 'room id'), need(args, 1, 'token id')];
      const t = await withAdmin(config, (ops) => ops.revokeToken(room, tokenId));
      return out(t, `Token ${t.id} (${t.role}, "${t.label}") revoked at ${t.revokedAt}.`);
    }
    case 'list-rooms': {
      const rooms = await withAdmin(config, (ops) => ops.listRooms());
      const lines = rooms.flatMap((r) => [
        `${r.id}  "${r.name}"  created ${r.createdAt}`,
        ...r.tokens.map(
          (t) => `  ${t.id}  ${t.role.padEnd(4)}  ${t.revokedAt ? `revoked ${t.revokedAt}` : 'active'}  ${t.label}`,
        ),
      ]);
      return out(rooms, lines.length > 0 ? lines.join('\n') : 'No rooms.');
    }
    case 'export-room': {
      const room = need(args, 0, 'room id');
      const text = await withAdmin(config, (ops) => ops.exportRoom(room));
      if (args[1]) {
        await writeFile(args[1], text);
        return out({ file: args[1] }, `Wrote ${args[1]}.`);
      }
      return text.trimEnd();
    }
    case 'create-publish-key': {
      const k = await withAdmin(config, (ops) => ops.createPublishKey(args[0] ?? 'publish key'));
      return out(
        k,
        `Publish key ${k.id} ("${k.label}"), shown once:\n  ${k.key}\nThe app's "Share with team" asks for it.`,
      );
    }
    case 'revoke-publish-key': {
      const id = need(args, 0, 'publish key id');
      const k = await withAdmin(config, (ops) => ops.revokePublishKey(id));
      return out(k, `Publish key ${k.id} ("${k.label}") revoked at ${k.revokedAt}.`);
    }
    case 'list-publish-keys': {
      const keys = await withAdmin(config, (ops) => ops.listPublishKeys());
      const lines = keys.map((k) => `${k.id}  ${k.revokedAt ? `revoked ${k.revokedAt}` : 'active'}  ${k.label}`);
      return out(keys, lines.length > 0 ? lines.join('\n') : 'No publish keys.');
    }
    default:
      throw new UsageError(`unknown command "${name}"`);
  }
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const args = argv.filter((a) => a !== '--json');
  const [name, ...rest] = args;
  if (name === 'help' || name === '--help' || name === '-h') {
    console.log(USAGE);
    return 0;
  }
  let config: ServerConfig;
  try {
    config = readConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`sync server: ${e.message}`);
      return 2;
    }
    throw e;
  }
  if (name === undefined || name === 'start') {
    const server = await CollabServer.start(config);
    const stop = () => {
      void server.stop().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return -1; // keep running
  }
  try {
    console.log(await command(config, name, rest, json));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`sync server: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    console.error(`sync server: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`sync server: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
