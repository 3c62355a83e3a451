/**
 * Tabs as peers (issue 9 §3): every tab with a design open joins a BroadcastChannel named after
 * the design and exchanges Y updates with y-protocols' sync messages. No tab leads, none pauses,
 * none overwrites: each applies the others' updates (merged per record) and persists what it has.
 *
 * ```text
 *  tab joins ── step 1 (my state vector) ────────────► every tab on the design
 *  each tab  ── step 2 (what the joiner lacks) ───────► all        (and its own step 1, once per peer)
 *  any edit  ── update ───────────────────────────────► all
 * ```
 *
 * Messages are `{ from, data }` with `data` a y-protocols sync message. They are not trusted: a
 * message that is not one, or an update Yjs cannot read, is dropped (records are validated by the
 * store when they arrive, like any remote change).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as sync from 'y-protocols/sync';
import type * as Y from 'yjs';

/** BroadcastChannel name of design `id`. */
export const tabChannelName = (id: string): string => `mpo-designer/design/${id}`;

/** The origin of transactions applied from other tabs. */
export interface TabOrigin {
  readonly kind: 'tab-channel';
}

/** A joined channel: leave it to stop exchanging. */
export interface TabChannel {
  readonly origin: TabOrigin;
  leave(): void;
}

const randomId = (): string => {
  const b = new Uint8Array(8);
  crypto.getRandomValues(b);
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
};

/**
 * Joins the tab channel of design `id` with `ydoc`: announces its state, answers others, and
 * sends every local update. Returns null where BroadcastChannel does not exist.
 */
export function joinTabChannel(id: string, ydoc: Y.Doc): TabChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const ch = new BroadcastChannel(tabChannelName(id));
  const me = randomId();
  const origin: TabOrigin = { kind: 'tab-channel' };
  const known = new Set<string>();
  const post = (write: (e: encoding.Encoder) => void) => {
    const e = encoding.createEncoder();
    write(e);
    ch.postMessage({ from: me, data: encoding.toUint8Array(e) });
  };
  const sendStep1 = () => post((e) => sync.writeSyncStep1(e, ydoc));
  ch.onmessage = (ev: MessageEvent) => {
    const m = ev.data as { from?: unknown; data?: unknown } | null;
    if (!m || typeof m.from !== 'string' || m.from === me || !ArrayBuffer.isView(m.data)) return;
    try {
      const dec = decoding.createDecoder(new Uint8Array(m.data.buffer, m.data.byteOffset, m.data.byteLength));
      const reply = encoding.createEncoder();
      const type = sync.readSyncMessage(dec, reply, ydoc, origin);
      if (encoding.length(reply) > 0) ch.postMessage({ from: me, data: encoding.toUint8Array(reply) });
      if (type === sync.messageYjsSyncStep1 && !known.has(m.from)) {
        known.add(m.from);
        sendStep1();
      }
    } catch {
      // Not a sync message, or an update Yjs cannot read: dropped.
    }
  };
  const onUpdate = (update: Uint8Array, from: unknown) => {
    if (from !== origin) post((e) => sync.writeUpdate(e, update));
  };
  ydoc.on('update', onUpdate);
  sendStep1();
  return {
    origin,
    leave: () => {
      ydoc.off('update', onUpdate);
      ch.close();
    },
  };
}
