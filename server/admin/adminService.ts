/**
 * What an administrator (the command line, or the server's `/admin/` HTTP API) and a publisher
 * ("Share with team", `POST /api/rooms`) can do with rooms (issue 11): create a room (empty, or
 * from a design), issue and revoke tokens, list rooms, export a room's design, manage publish
 * keys. Links are built here so that the command line and the HTTP API print the same thing.
 *
 * Exports hold the design only (the same JSON as a saved design file): never a token, digest or
 * key, which live in the room record, not in the document.
 */
import * as Y from 'yjs';
import { emptyDesign, type Design } from '../../src/core/design';
import { roomLinkUrl } from '../../src/io/collab/roomLink';
import { LIMITS } from '../../src/io/designSchema';
import { parseDesignFile } from '../../src/io/loadDesign';
import { serializeDesign } from '../../src/io/saveDesign';
import type { IssuedToken, RoomRegistry, RoomSummary } from '../access/roomRegistry';
import type { PublishKeyRecord, Role, TokenRecord } from '../storage/roomDatabase';
import type { UpdateLog } from '../storage/updateLog';
import { designToDoc, docToDesign } from '../sync/recordContract';

/** A token as printed to its owner: public id, role, label and the link that carries the secret. */
export interface TokenLink {
  readonly tokenId: string;
  readonly role: Role;
  readonly label: string;
  /** App URL with `#room=…&server=…&token=…` (plus `&view=portmap` for a view token). */
  readonly link: string;
}

/** A new room: id, name, the edit link and the view link. */
export interface RoomLinks {
  readonly room: string;
  readonly name: string;
  readonly edit: TokenLink;
  readonly view: TokenLink;
}

/** Operations on rooms, the same whether run locally or over the admin HTTP API. */
export interface AdminOps {
  createRoom(name: string): Promise<RoomLinks>;
  issueToken(room: string, role: Role, label: string): Promise<TokenLink>;
  revokeToken(room: string, tokenId: string): Promise<Omit<TokenRecord, 'hash'>>;
  listRooms(): Promise<RoomSummary[]>;
  /** The room's design as design-file JSON text. */
  exportRoom(room: string): Promise<string>;
  createPublishKey(label: string): Promise<{ id: string; label: string; key: string }>;
  revokePublishKey(id: string): Promise<Omit<PublishKeyRecord, 'hash'>>;
  listPublishKeys(): Promise<Omit<PublishKeyRecord, 'hash'>[]>;
}

/** Thrown for input an operation refuses (bad name, invalid design); the message says why. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Hooks into the running server, when there is one. */
export interface LiveRooms {
  /** The live document of a loaded room, or null when it is not in memory. */
  liveDoc(room: string): Y.Doc | null;
  /** Disconnects every client authenticated with `tokenId` (after a revocation). */
  disconnectToken(room: string, tokenId: string): void;
}

// Control characters other than tab and newline are refused in names (issue 9).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** Checks a room or key label: 1–500 characters, no control characters. Throws `InputError`. */
export function checkLabel(what: string, text: unknown): string {
  if (typeof text !== 'string' || text.trim() === '') throw new InputError(`${what} must be a non-empty text`);
  if (text.length > LIMITS.nameChars) throw new InputError(`${what} must be at most ${LIMITS.nameChars} characters`);
  if (CONTROL.test(text)) throw new InputError(`${what} must not contain control characters`);
  return text;
}

/** Admin operations on the local database (used by the server itself and by the CLI when no server runs). */
export class AdminService implements AdminOps {
  constructor(
    private readonly registry: RoomRegistry,
    private readonly log: UpdateLog,
    /** `{appUrl, publicUrl}` used in links; a function because the port may be known only after listen. */
    private readonly urls: () => { readonly appUrl: string; readonly publicUrl: string },
    private readonly live: LiveRooms | null = null,
  ) {}

  private tokenLink(room: string, t: IssuedToken): TokenLink {
    const { appUrl, publicUrl } = this.urls();
    const link = roomLinkUrl(appUrl, {
      server: publicUrl,
      room,
      token: t.token,
      screen: t.role === 'view' ? 'portmap' : 'designer',
    });
    return { tokenId: t.id, role: t.role, label: t.label, link };
  }

  private async roomFromDesign(design: Design): Promise<RoomLinks> {
    const update = Y.encodeStateAsUpdate(designToDoc(design));
    const { room, edit, view } = await this.registry.createRoom(design.name, (id) =>
      this.log.initialSnapshotOps(id, update),
    );
    return { room: room.id, name: room.name, edit: this.tokenLink(room.id, edit), view: this.tokenLink(room.id, view) };
  }

  /** Creates a room holding an empty design named `name`. Throws `InputError` for a bad name. */
  createRoom(name: string): Promise<RoomLinks> {
    return this.roomFromDesign(emptyDesign(checkLabel('the room name', name)));
  }

  /**
   * Publishes a design file (JSON text) to a new room, named after the design. The file is
   * validated like a file the app opens (`parseDesignFile`: size, schema, references,
   * migrations). Throws `InputError` with the JSON path and rule when it is refused.
   */
  publishDesign(text: string, maxBytes: number): Promise<RoomLinks> {
    const parsed = parseDesignFile(text, { maxBytes });
    if (!parsed.ok) throw new InputError(`${parsed.error.path}: ${parsed.error.message}`);
    return this.roomFromDesign(parsed.design);
  }

  async issueToken(room: string, role: Role, label: string): Promise<TokenLink> {
    if (role !== 'edit' && role !== 'view') throw new InputError('the role must be edit or view');
    return this.tokenLink(room, await this.registry.issueToken(room, role, checkLabel('the label', label)));
  }

  async revokeToken(room: string, tokenId: string): Promise<Omit<TokenRecord, 'hash'>> {
    const revoked = await this.registry.revokeToken(room, tokenId);
    this.live?.disconnectToken(room, tokenId);
    return revoked;
  }

  async listRooms(): Promise<RoomSummary[]> {
    return this.registry.list();
  }

  async exportRoom(room: string): Promise<string> {
    if (!this.registry.room(room)) throw new InputError(`room ${room} not found`);
    const live = this.live?.liveDoc(room);
    const doc = live ?? new Y.Doc();
    if (!live) await this.log.loadInto(room, doc);
    return serializeDesign(docToDesign(doc).design);
  }

  createPublishKey(label: string): Promise<{ id: string; label: string; key: string }> {
    return this.registry.createPublishKey(checkLabel('the label', label));
  }

  revokePublishKey(id: string): Promise<Omit<PublishKeyRecord, 'hash'>> {
    return this.registry.revokePublishKey(id);
  }

  async listPublishKeys(): Promise<Omit<PublishKeyRecord, 'hash'>[]> {
    return this.registry.publishKeys();
  }
}
