/**
 * Level of detail of the rack canvas (issue 12 §1): what is drawn at a zoom, decided by the size
 * things take on screen, never by a fixed zoom number. Pure.
 *
 * - **overview** — a rack unit is under `OVERVIEW_UNIT_PX` on screen: rack outlines, rack names at a
 *   readable screen size, used units as blocks, verdict markers aggregated per rack.
 * - **racks** — a unit is under a hit target (`PORT_HIT_PX`) on screen but holds a name: occupied
 *   units with device names; ports drawn as plain cells where they are too small to hit.
 * - **devices** — per device: its port pitch on screen is at least `PORT_HIT_PX` (a 24 px hit
 *   target, the desktop rule; 44 px is the tablet rule): detailed ports and port labels.
 *
 * Text is never drawn below `MIN_TEXT_PX` on screen: a label is either enlarged (in world units)
 * up to what its box holds, or hidden.
 */
import { U_PX } from './viewGeometry';

/** Smallest text drawn on the canvas, screen px. */
export const MIN_TEXT_PX = 9;
/** Smallest port pitch on screen that counts as a hit target with a pointer (desktop), px. */
export const PORT_HIT_PX = 24;
/** Smallest touch target (tablet rule), px. */
export const TOUCH_HIT_PX = 44;
/** Below this on-screen height of one rack unit the canvas draws the overview, px. */
export const OVERVIEW_UNIT_PX = 9;
/** Below this on-screen port pitch a port is drawn as a plain cell (no connector detail), px. */
export const PORT_DETAIL_PX = 8;

/** The three tiers of detail. */
export type Tier = 'overview' | 'racks' | 'devices';

/** The tier of the whole canvas at zoom `scale` (world → screen factor): from the height of one unit on screen. */
export function tierAt(scale: number): Tier {
  const unitPx = U_PX * scale;
  if (unitPx < OVERVIEW_UNIT_PX) return 'overview';
  return unitPx < PORT_HIT_PX ? 'racks' : 'devices';
}

/**
 * The world font size at which text of nominal world size `nominal` is drawn at zoom `scale`:
 * the nominal size, raised so the text is at least `MIN_TEXT_PX` on screen, as long as that fits
 * in `maxWorld` (the room the text's box gives, world units); null when it does not fit (hide it).
 */
export function textSize(nominal: number, scale: number, maxWorld: number = Infinity): number | null {
  const size = Math.max(nominal, MIN_TEXT_PX / scale);
  return size <= maxWorld ? size : null;
}

/** What one device shows at a zoom, from its port pitch (world width of one port cell). */
export interface DeviceDetail {
  /** Ports drawn at all (false: the device is a block). */
  readonly ports: boolean;
  /** Connector detail (LC pairs, MPO key) instead of plain cells. */
  readonly portDetail: boolean;
  /** Port labels (the port pitch is a hit target). */
  readonly portLabels: boolean;
  /** The device name may run across the device (its ports are too small to work on). */
  readonly wideName: boolean;
}

/**
 * The detail of a device whose port cells are `pitch` world units wide, at zoom `scale` in
 * `tier`. A device without ports passes `pitch` = Infinity (its name may use its whole width);
 * otherwise the name runs across the device only in the racks tier (where the name column is too
 * narrow to read) over ports too small to hit.
 */
export function deviceDetail(tier: Tier, pitch: number, scale: number): DeviceDetail {
  const px = pitch * scale;
  if (tier === 'overview') return { ports: false, portDetail: false, portLabels: false, wideName: false };
  return {
    ports: true,
    portDetail: px >= PORT_DETAIL_PX,
    portLabels: px >= PORT_HIT_PX,
    wideName: !Number.isFinite(pitch) || (tier === 'racks' && px < PORT_HIT_PX),
  };
}

/** On-screen height of one rack unit at which a 1U device's name reads comfortably (11–12 px), px. */
export const READABLE_UNIT_PX = 16;

/** The smallest zoom Fit uses: a rack unit `READABLE_UNIT_PX` tall on screen. */
export function readableScale(): number {
  return READABLE_UNIT_PX / U_PX;
}
