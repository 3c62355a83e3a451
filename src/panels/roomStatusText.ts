/**
 * What the connection indicator says (issue 11): a short label, a sentence for the tooltip and
 * the popover, and a tone. Tones avoid the verdict colours' meanings: `live` uses the accent,
 * `quiet` the muted text colour, `error` the fail colour (a refused link or change is an error).
 */
import type { ConnectionStatus } from '../io/collab/roomConnection';
import { REJECTION_REASONS, type RejectionNotice } from '../io/collab/syncNotice';

/** The indicator's text and tone. */
export interface StatusText {
  readonly label: string;
  readonly detail: string;
  readonly tone: 'live' | 'quiet' | 'error';
}

/** The indicator text of `status`, with the last non-fatal `notice` (e.g. a refused view-only change). */
export function statusText(status: ConnectionStatus, notice: RejectionNotice | null): StatusText {
  switch (status.kind) {
    case 'connecting':
      return {
        label: 'Connecting…',
        detail: status.pending
          ? 'Connecting to the room; local changes will be sent once connected.'
          : 'Connecting to the room.',
        tone: 'quiet',
      };
    case 'offline':
      return status.pending
        ? {
            label: 'Offline · changes pending',
            detail: 'Not connected. Your changes are kept in this browser and merge when the connection is back.',
            tone: 'quiet',
          }
        : {
            label: 'Offline',
            detail: 'Not connected; showing the last copy. It reconnects by itself.',
            tone: 'quiet',
          };
    case 'connected': {
      const refused = notice?.reason === 'view-only' ? ` ${REJECTION_REASONS['view-only'].text}` : '';
      if (status.readOnly)
        return {
          label: 'Live · view only',
          detail: `Following the room live; this link cannot change it.${refused}`,
          tone: 'live',
        };
      return status.pending
        ? {
            label: 'Live · saving…',
            detail: 'Connected; the server has not confirmed your last change yet.',
            tone: 'live',
          }
        : { label: 'Live', detail: 'Connected; every change is saved on the server.', tone: 'live' };
    }
    case 'rejected':
      return {
        label: `Stopped: ${status.reason}`,
        detail: `${REJECTION_REASONS[status.reason].text}${status.detail ? ` (${status.detail})` : ''}`,
        tone: 'error',
      };
  }
}
