/**
 * The pure part of Connect by label (issue 12 §2): which cable part the dialog starts with, and
 * which port a typed label names (either scheme, REFERENCE §9; `core/labels` parses and searches).
 */
import type { Design } from '../core/design';
import { partId, type PartId } from '../core/ids';
import { findPorts, labelsFor, type PortMatch } from '../core/labels';

const FALLBACK_CORD = partId('cable/lc-duplex-ab-upc');

/** The cable part the dialog starts with: the connect tool's, else the last cable's, else an LC A-to-B cord. */
export function defaultCablePart(d: Design, toolPart: PartId | null): PartId {
  if (toolPart) return toolPart;
  const cables = Object.values(d.cables);
  return cables[cables.length - 1]?.part ?? FALLBACK_CORD;
}

/** The port a typed label names exactly (either scheme), or null. */
export function portOfLabel(d: Design, text: string): PortMatch | null {
  const hit = findPorts(labelsFor(d), text, 1)[0];
  return hit && hit.score === 0 ? hit : null;
}
