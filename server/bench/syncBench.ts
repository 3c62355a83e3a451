/**
 * `npm run bench:sync` (issue 11): N clients (default 20, Node, `@hocuspocus/provider` over `ws`)
 * on one room of a server child process on localhost, each making R edits per second (default 10)
 * for D seconds (default 60). Reports:
 *
 * - convergence: the content hash (`documentHash`) of every client and of a fresh client at the end;
 * - edit-to-visibility latency at the other clients, p50 / p95 / p99 / max (target p95 ≤ 250 ms);
 * - server memory per room (heap and RSS after a full GC, before and after the room is loaded);
 * - the on-disk size of a 10,000-fiber room (`generateDataHall`, published over `POST /api/rooms`).
 *
 * An edit replaces one rack record whose name carries (client, sequence); each receiving client
 * observes the racks map and looks the send time up (all clients share this process's clock).
 * Settings: BENCH_CLIENTS, BENCH_RATE, BENCH_SECONDS, BENCH_SERVER_FLAGS (extra Node flags of the
 * server, e.g. `--cpu-prof`). Results also go to
 * `test-results/bench-sync.json`.
 */
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DATA_HALL_SIZES, cableFiberCount, generateDataHall } from '../../src/core/dataHall';
import { parseRoomLink } from '../../src/io/collab/roomLink';
import { serializeDesign } from '../../src/io/saveDesign';
import { readAdminKey } from '../access/secrets';
import { AdminClient } from '../admin/adminClient';
import type { RoomLinks } from '../admin/adminService';
import { rack } from '../testing/designFixtures';
import { connectClient, tempDataDir, until, type TestClient } from '../testing/serverHarness';
import { spawnServer } from '../testing/serverProcess';
import { documentHash, quantile } from './benchFigures';

const CLIENTS = Number(process.env['BENCH_CLIENTS'] ?? 20);
const RATE = Number(process.env['BENCH_RATE'] ?? 10);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 60);
/** Racks each client cycles through (so the room stays a realistic size). */
const RACKS_PER_CLIENT = 5;
const MB = 1024 * 1024;

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? await dirBytes(p) : (await stat(p)).size;
  }
  return total;
}

interface Metrics {
  memory: NodeJS.MemoryUsage;
  cpu: NodeJS.CpuUsage;
  rooms: { room: string; connections: number; stateBytes: number }[];
  log: { batches: number; updates: number; compactions: number };
}

async function metrics(httpUrl: string, adminKey: string): Promise<Metrics> {
  const res = await fetch(`${httpUrl}/admin/metrics`, { headers: { authorization: `Bearer ${adminKey}` } });
  return (await res.json()) as Metrics;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const mb = (b: number) => `${(b / MB).toFixed(2)} MB`;

async function main(): Promise<void> {
  const dir = await tempDataDir();
  const flags = (process.env['BENCH_SERVER_FLAGS'] ?? '').split(' ').filter(Boolean);
  const server = await spawnServer(dir, { STORE_DEBOUNCE_MS: '2000' }, ['--expose-gc', ...flags]);
  const adminKey = (await readAdminKey(dir)) as string;
  const admin = new AdminClient(server.info.httpUrl, adminKey);
  try {
    const base = await metrics(server.info.httpUrl, adminKey);
    const room = await admin.createRoom('Bench hall');
    const token = parseRoomLink(room.edit.link)?.token as string;
    console.log(
      `bench:sync: ${CLIENTS} clients × ${RATE} edits/s × ${SECONDS} s on one room (server pid ${server.info.pid})`,
    );

    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    const clients: TestClient[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const c = connectClient(server.wsUrl, room.room, token);
      clients.push(c);
      c.doc.getMap('racks').observe((event) => {
        if (event.transaction.local) return;
        const now = performance.now();
        for (const key of event.keysChanged) {
          const name = (c.doc.getMap('racks').get(key) as { name?: string } | undefined)?.name ?? '';
          const t = sentAt.get(name);
          if (t !== undefined) latencies.push(now - t);
        }
      });
    }
    for (const c of clients) await c.settled(60_000);
    const loaded = await metrics(server.info.httpUrl, adminKey);

    // The edits: client i sets rack c<i>-<k> (k cycling) with a unique name. One scheduler keeps
    // every client at exactly RATE edits/s (client phases spread over the period), catching up
    // when a timer fires late, so a busy event loop cannot lower the offered load.
    let sent = 0;
    const serverCpu0 = (await metrics(server.info.httpUrl, adminKey)).cpu;
    const clientCpu0 = process.cpuUsage();
    const period = 1000 / RATE;
    const seqs = clients.map(() => 0);
    const started = performance.now();
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const elapsed = Math.min(performance.now() - started, SECONDS * 1000);
        clients.forEach((c, i) => {
          const due = Math.min(SECONDS * RATE, Math.floor((elapsed - (i * period) / CLIENTS) / period) + 1);
          while ((seqs[i] as number) < due) {
            const seq = seqs[i] as number;
            const key = `c${i}-${seq % RACKS_PER_CLIENT}`;
            const name = `c${i}#${seq}`;
            sentAt.set(name, performance.now());
            c.doc.getMap('racks').set(key, rack(key, name, i * RACKS_PER_CLIENT + (seq % RACKS_PER_CLIENT)));
            seqs[i] = seq + 1;
            sent++;
          }
        });
        if (elapsed >= SECONDS * 1000) {
          clearInterval(timer);
          resolve();
        }
      }, 5);
    });
    const editSeconds = (performance.now() - started) / 1000;
    for (const c of clients) await c.settled(120_000);
    await until(() => latencies.length >= sent * (CLIENTS - 1), 'every edit at every other client', 60_000).catch(
      () => undefined,
    );
    const serverCpu1 = (await metrics(server.info.httpUrl, adminKey)).cpu;
    const clientCpu = process.cpuUsage(clientCpu0);
    const cpuMs = (u: { user: number; system: number }) => (u.user + u.system) / 1000;
    const serverCpuMs = cpuMs(serverCpu1) - cpuMs(serverCpu0);
    const clientCpuMs = cpuMs(clientCpu);
    const hashes = new Set(clients.map((c) => documentHash(c.doc)));
    const fresh = connectClient(server.wsUrl, room.room, token);
    await fresh.settled(60_000);
    const freshHash = documentHash(fresh.doc);
    const converged = hashes.size === 1 && hashes.has(freshHash);
    const during = await metrics(server.info.httpUrl, adminKey);
    for (const c of [...clients, fresh]) c.destroy();
    // Heap with no room in memory (the bench room is stored and unloaded when its last client leaves).
    let idle = await metrics(server.info.httpUrl, adminKey);
    for (let i = 0; i < 100 && idle.rooms.length > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      idle = await metrics(server.info.httpUrl, adminKey);
    }

    // A 10,000-fiber room on disk.
    const hall = generateDataHall(DATA_HALL_SIZES['10k']);
    const hallJson = serializeDesign(hall);
    const before10k = await dirBytes(join(dir, 'db'));
    const t0 = performance.now();
    const res = await fetch(`${server.info.httpUrl}/api/rooms`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
      body: hallJson,
    });
    const publishMs = performance.now() - t0;
    const big = (await res.json()) as RoomLinks;
    const after10k = await dirBytes(join(dir, 'db'));
    const bigClient = connectClient(server.wsUrl, big.room, parseRoomLink(big.edit.link)?.token as string);
    const t1 = performance.now();
    await bigClient.settled(120_000);
    const firstSyncMs = performance.now() - t1;
    const bigLoaded = await metrics(server.info.httpUrl, adminKey);
    const bigRoomState = bigLoaded.rooms.find((r) => r.room === big.room)?.stateBytes ?? 0;
    bigClient.destroy();

    latencies.sort((a, b) => a - b);
    const expected = sent * (CLIENTS - 1);
    const result = {
      clients: CLIENTS,
      editsPerSecondPerClient: RATE,
      seconds: SECONDS,
      editSeconds,
      editsSent: sent,
      deliveriesExpected: expected,
      deliveriesSeen: latencies.length,
      converged,
      distinctClientHashes: hashes.size,
      latencyMs: {
        p50: quantile(latencies, 0.5),
        p95: quantile(latencies, 0.95),
        p99: quantile(latencies, 0.99),
        max: latencies.at(-1) ?? Number.NaN,
      },
      serverMemory: {
        baselineHeapBytes: base.memory.heapUsed,
        baselineRssBytes: base.memory.rss,
        benchRoomLoadedHeapBytes: loaded.memory.heapUsed,
        afterEditsHeapBytes: during.memory.heapUsed,
        afterEditsRssBytes: during.memory.rss,
        benchRoomStateBytes: during.rooms.find((r) => r.room === room.room)?.stateBytes ?? 0,
        idleHeapBytes: idle.memory.heapUsed,
        hall10kHeapDeltaBytes: bigLoaded.memory.heapUsed - idle.memory.heapUsed,
        hall10kStateBytes: bigRoomState,
      },
      cpu: {
        serverMsPerEdit: serverCpuMs / sent,
        clientsMsPerEdit: clientCpuMs / sent,
        serverCoreShare: serverCpuMs / (editSeconds * 1000),
        clientsCoreShare: clientCpuMs / (editSeconds * 1000),
        loadAverage: (await import('node:os')).loadavg()[0] as number,
      },
      log: during.log,
      hall10k: {
        cableFibers: cableFiberCount(hall),
        designFileBytes: Buffer.byteLength(hallJson),
        onDiskBytes: after10k - before10k,
        publishMs,
        firstSyncMs,
      },
    };
    await mkdir('test-results', { recursive: true });
    await writeFile('test-results/bench-sync.json', `${JSON.stringify(result, null, 2)}\n`);
    const l = result.latencyMs;
    const m = result.serverMemory;
    console.log(
      [
        `edits sent: ${sent} in ${editSeconds.toFixed(1)} s; deliveries seen ${latencies.length} of ${expected}`,
        `converged: ${converged ? 'yes' : 'NO'} (${hashes.size} distinct hash(es) over ${CLIENTS} clients, fresh client ${hashes.has(freshHash) ? 'equal' : 'DIFFERENT'})`,
        `edit-to-visibility latency: p50 ${fmt(l.p50)}, p95 ${fmt(l.p95)} (target ≤ 250 ms: ${l.p95 <= 250 ? 'met' : 'MISSED'}), p99 ${fmt(l.p99)}, max ${fmt(l.max)}`,
        `server memory (heap after GC): no room ${mb(m.baselineHeapBytes)}; bench room with ${CLIENTS} clients +${mb(m.benchRoomLoadedHeapBytes - m.baselineHeapBytes)} at start, +${mb(m.afterEditsHeapBytes - m.baselineHeapBytes)} after the edits (RSS ${mb(m.afterEditsRssBytes)}); its Yjs state ${mb(m.benchRoomStateBytes)}`,
        `10k-fiber room (${result.hall10k.cableFibers} fibers, design file ${mb(result.hall10k.designFileBytes)}): on disk ${mb(result.hall10k.onDiskBytes)}, Yjs state ${mb(m.hall10kStateBytes)}, server heap +${mb(m.hall10kHeapDeltaBytes)} with it loaded (1 client); publish ${fmt(publishMs)}, first sync ${fmt(firstSyncMs)}`,
        `CPU: server ${result.cpu.serverMsPerEdit.toFixed(2)} ms per edit (${(result.cpu.serverCoreShare * 100).toFixed(0)}% of a core), all ${CLIENTS} clients ${result.cpu.clientsMsPerEdit.toFixed(2)} ms per edit (${(result.cpu.clientsCoreShare * 100).toFixed(0)}% of a core); machine load average ${result.cpu.loadAverage.toFixed(1)} on ${(await import('node:os')).cpus().length} cores`,
        `durable writes: ${result.log.updates} updates in ${result.log.batches} fsynced batches; ${result.log.compactions} compactions`,
        'written to test-results/bench-sync.json',
      ].join('\n'),
    );
    if (!converged) process.exitCode = 1;
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
