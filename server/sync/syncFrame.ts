/**
 * Reads the head of a Hocuspocus 3 message frame as it arrives from a provider, to find the Yjs
 * update inside before Hocuspocus applies it (issue 11). Frame layout (lib0 encoding):
 *
 *   varString documentName · varUint messageType · …
 *   messageType 0 (Sync) or 4 (SyncReply): varUint syncType · …
 *     syncType 0 (SyncStep1): varUint8Array stateVector
 *     syncType 1 (SyncStep2) or 2 (Update): varUint8Array update
 *
 * (y-protocols/sync message types; Hocuspocus `MessageType` enum in @hocuspocus/server types.ts.)
 */
import * as decoding from 'lib0/decoding';

/** Hocuspocus message types that carry Yjs sync messages. */
const SYNC = 0;
const SYNC_REPLY = 4;
/** y-protocols sync message types that carry a document update. */
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** What the gate needs from a frame. */
export type SyncFrame =
  | { readonly kind: 'update'; readonly documentName: string; readonly update: Uint8Array }
  | { readonly kind: 'other'; readonly documentName: string; readonly messageType: number }
  | { readonly kind: 'malformed' };

/** Reads a frame's head; an update is returned as a view into `data` (copy it before keeping it). Never throws. */
export function readSyncFrame(data: Uint8Array): SyncFrame {
  try {
    const decoder = decoding.createDecoder(data);
    const documentName = decoding.readVarString(decoder);
    const messageType = decoding.readVarUint(decoder);
    if (messageType !== SYNC && messageType !== SYNC_REPLY) return { kind: 'other', documentName, messageType };
    const syncType = decoding.readVarUint(decoder);
    if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return { kind: 'other', documentName, messageType };
    return { kind: 'update', documentName, update: decoding.readVarUint8Array(decoder) };
  } catch {
    return { kind: 'malformed' };
  }
}
