/**
 * Durable storage of a room's Yjs document (issue 11): a snapshot plus an append-only log of the
 * updates accepted since, in LevelDB (`roomDatabase.ts`).
 *
 * Acknowledgement rule. Hocuspocus 3.4 acknowledges an update to the provider with a
 * `SyncStatus(true)` message that `MessageReceiver.readSyncMessage` sends synchronously right
 * after applying the update (`readUpdate` / `readSyncStep2`), and the provider counts
 * `unsyncedChanges` down on it. That code runs only after the `beforeHandleMessage` hook has
 * resolved (`Connection.handleMessage`). The server's hook therefore calls `append`, which
 * resolves only after the update is in the log with `sync: true` (fsync). So an update is on disk
 * before its acknowledgement can leave the server; a `kill -9` after that loses nothing.
 *
 * Group commit: appends that arrive while a write is in flight are written together in one
 * LevelDB batch with one fsync, so 200 updates/s cost a handful of fsyncs, not 200.
 *
 * Apply under the same order: `afterCommit` (applying the update to the live document) runs
 * synchronously after the batch commits, before the next batch or compaction starts. So when a
 * compaction runs, every committed log entry is already in the document, and the snapshot it
 * writes covers exactly the entries it deletes (one atomic batch, also fsynced).
 */
import * as Y from 'yjs';
import {
  commit,
  delOp,
  logKey,
  putOp,
  roomRange,
  type BatchOp,
  type RoomDatabase,
  type SnapshotMeta,
} from './roomDatabase';

/** Most updates written in one batch. */
const MAX_BATCH = 1000;

interface AppendOp {
  readonly kind: 'append';
  readonly room: string;
  readonly seq: number;
  readonly update: Uint8Array;
  readonly afterCommit: () => void;
  readonly resolve: () => void;
  readonly reject: (e: unknown) => void;
}

interface CompactOp {
  readonly kind: 'compact';
  readonly room: string;
  readonly doc: Y.Doc;
  readonly resolve: (r: CompactionResult) => void;
  readonly reject: (e: unknown) => void;
}

/** What a compaction did: snapshot size in bytes and log entries folded into it. */
export interface CompactionResult {
  readonly snapshotBytes: number;
  readonly entriesRemoved: number;
}

/** What loading a room found: entries applied, and entries that failed and were quarantined. */
export interface LoadResult {
  readonly snapshotBytes: number;
  readonly entriesApplied: number;
  readonly entriesQuarantined: number;
}

/** Write counters since start (for metrics and the benchmark). */
export interface LogStats {
  batches: number;
  updates: number;
  compactions: number;
}

/** The snapshot-and-log store of every room, with group commit. */
export class UpdateLog {
  private readonly queue: (AppendOp | CompactOp)[] = [];
  private running = false;
  private readonly idleWaiters: (() => void)[] = [];
  private readonly nextSeq = new Map<string, number>();
  private readonly committedSeq = new Map<string, number>();
  /** Counters since start. */
  readonly stats: LogStats = { batches: 0, updates: 0, compactions: 0 };

  constructor(private readonly store: RoomDatabase) {}

  /**
   * Batch operations that store `update` as the initial snapshot of a new room (sequence 0); the
   * caller commits them together with the room record.
   */
  initialSnapshotOps(room: string, update: Uint8Array): BatchOp[] {
    const meta: SnapshotMeta = { coveredSeq: 0, bytes: update.byteLength, at: new Date().toISOString() };
    return [putOp(this.store.snapshots, room, update), putOp(this.store.snapshotMeta, room, meta)];
  }

  /**
   * Applies the stored state of `room` to `doc`: the snapshot, then every log entry in order.
   * An entry Yjs cannot apply is moved to `quarantine` (kept byte for byte) and skipped, so one
   * bad entry never makes a room unloadable. Sets the room's next sequence number.
   */
  async loadInto(room: string, doc: Y.Doc, onQuarantine?: (seq: string, error: string) => void): Promise<LoadResult> {
    const snapshot = await this.store.snapshots.get(room);
    const meta = await this.store.snapshotMeta.get(room);
    if (snapshot) Y.applyUpdate(doc, snapshot);
    let maxSeq = meta?.coveredSeq ?? 0;
    let applied = 0;
    let quarantined = 0;
    for await (const [key, update] of this.store.log.iterator(roomRange(room))) {
      const seq = Number(key.slice(room.length + 1));
      maxSeq = Math.max(maxSeq, seq);
      try {
        Y.applyUpdate(doc, update);
        applied++;
      } catch (e) {
        quarantined++;
        await commit(this.store, [putOp(this.store.quarantine, key, update), delOp(this.store.log, key)]);
        onQuarantine?.(key.slice(room.length + 1), e instanceof Error ? e.message : String(e));
      }
    }
    this.nextSeq.set(room, Math.max(this.nextSeq.get(room) ?? 1, maxSeq + 1));
    this.committedSeq.set(room, Math.max(this.committedSeq.get(room) ?? 0, maxSeq));
    return { snapshotBytes: snapshot?.byteLength ?? 0, entriesApplied: applied, entriesQuarantined: quarantined };
  }

  /**
   * Appends `update` to the log of `room` durably (fsync, group-committed), then runs
   * `afterCommit` synchronously (the caller applies the update to the live document there).
   * Resolves after both; rejects when the write fails (then `afterCommit` never runs) or
   * `afterCommit` throws (the entry stays in the log; loading quarantines it if Yjs refuses it).
   */
  append(room: string, update: Uint8Array, afterCommit: () => void): Promise<void> {
    const seq = this.nextSeq.get(room) ?? 1;
    this.nextSeq.set(room, seq + 1);
    return new Promise((resolve, reject) => {
      this.queue.push({ kind: 'append', room, seq, update: update.slice(), afterCommit, resolve, reject });
      this.kick();
    });
  }

  /**
   * Folds the log of `room` into a new snapshot of `doc` (the room's live document) in one
   * atomic, fsynced batch: writes the snapshot and deletes the entries it covers.
   */
  compact(room: string, doc: Y.Doc): Promise<CompactionResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ kind: 'compact', room, doc, resolve, reject });
      this.kick();
    });
  }

  /** Resolves when every queued append and compaction has finished. */
  async drain(): Promise<void> {
    if (this.running) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  /** Starts the writer unless it runs. */
  private kick(): void {
    if (this.running) return;
    this.running = true;
    void this.pump();
  }

  /**
   * The writer loop. It stops (clearing `running`) in the same synchronous step in which it finds
   * the queue empty, so an append queued at any moment is either seen by the loop or starts a
   * new one. Every operation settles its own promise; the loop itself never throws.
   */
  private async pump(): Promise<void> {
    for (;;) {
      if (this.queue.length === 0) {
        this.running = false;
        for (const wake of this.idleWaiters.splice(0)) wake();
        return;
      }
      const head = this.queue[0] as AppendOp | CompactOp;
      if (head.kind === 'compact') {
        this.queue.shift();
        try {
          head.resolve(await this.runCompaction(head.room, head.doc));
        } catch (e) {
          head.reject(e);
        }
        continue;
      }
      const batch: AppendOp[] = [];
      while (batch.length < MAX_BATCH && this.queue[0]?.kind === 'append') batch.push(this.queue.shift() as AppendOp);
      try {
        await commit(
          this.store,
          batch.map((op) => putOp(this.store.log, logKey(op.room, op.seq), op.update)),
        );
      } catch (e) {
        for (const op of batch) op.reject(e);
        continue;
      }
      this.stats.batches++;
      this.stats.updates += batch.length;
      for (const op of batch) {
        this.committedSeq.set(op.room, Math.max(this.committedSeq.get(op.room) ?? 0, op.seq));
        try {
          op.afterCommit();
          op.resolve();
        } catch (e) {
          op.reject(e);
        }
      }
    }
  }

  private async runCompaction(room: string, doc: Y.Doc): Promise<CompactionResult> {
    const covered = this.committedSeq.get(room) ?? 0;
    const snapshot = Y.encodeStateAsUpdate(doc);
    const keys = await this.store.log.keys({ gte: roomRange(room).gte, lte: logKey(room, covered) }).all();
    const meta: SnapshotMeta = { coveredSeq: covered, bytes: snapshot.byteLength, at: new Date().toISOString() };
    await commit(this.store, [
      putOp(this.store.snapshots, room, snapshot),
      putOp(this.store.snapshotMeta, room, meta),
      ...keys.map((key) => delOp(this.store.log, key)),
    ]);
    this.stats.compactions++;
    return { snapshotBytes: snapshot.byteLength, entriesRemoved: keys.length };
  }
}
