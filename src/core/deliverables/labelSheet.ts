/**
 * Printable labels (REFERENCE §9.1: labels are machine-printed [S51]): one per port and one per
 * cable end (606-B practice: a cable is labelled at both ends, near end first [S52]), each with
 * a QR payload that opens the port in the app (`#port=<label>`).
 */
import { portKey, type Design } from '../design';
import { labelsFor, naturalCompare, type LabelIndex } from '../labels';
import { own } from '../own';

/** The URL-hash key that selects a port by label (`#port=R1-P1-C1-Port1`). */
export const PORT_HASH_KEY = 'port';

/** The URL hash that opens a port by its label: `#port=` + the URI-encoded label. */
export const portLinkHash = (label: string): string => `#${PORT_HASH_KEY}=${encodeURIComponent(label)}`;

/** One printable label. */
export interface PrintLabel {
  readonly kind: 'port' | 'cable-end';
  /** The identifier printed large (plain text). */
  readonly text: string;
  /** A second line: device and port name, or cable name, polarity and length. */
  readonly secondary: string;
  /** What the QR code encodes: `baseUrl` + `#port=<port label>` (a cable end: the port it is plugged into). */
  readonly qr: string;
}

/** Options of `labelSheetItems`. */
export interface LabelSheetOptions {
  /** `cabled` (default): only ports with a cable plugged in; `all`: every port of every device. */
  readonly ports?: 'cabled' | 'all' | 'none';
  readonly cableEnds?: boolean;
  /** URL the QR codes point to (e.g. `https://example.org/app/`); default: the hash alone. */
  readonly baseUrl?: string;
}

/**
 * The labels to print for a design: ports (by default those with a cable) and both ends of
 * every cable, in natural label order. Pure.
 */
export function labelSheetItems(
  design: Design,
  options: LabelSheetOptions = {},
  labels: LabelIndex = labelsFor(design),
): PrintLabel[] {
  const base = options.baseUrl ?? '';
  const mode = options.ports ?? 'cabled';
  const cabled = new Set<string>();
  for (const c of Object.values(design.cables))
    for (const ref of Object.values(c.ends)) if (ref) cabled.add(portKey(ref));
  const out: PrintLabel[] = [];
  if (mode !== 'none') {
    const seen = new Set<string>();
    for (const [key, e] of labels.ports) {
      if (e.port?.port === 'mdi' && e.parts?.token === 'Eth') continue;
      if (mode === 'cabled' && !cabled.has(key)) continue;
      if (seen.has(e.text)) continue;
      seen.add(e.text);
      out.push({ kind: 'port', text: e.text, secondary: e.name, qr: `${base}${portLinkHash(e.text)}` });
    }
  }
  if (options.cableEnds ?? true) {
    for (const c of labels.cables.values()) {
      const cable = own(design.cables, c.cable ?? '');
      const detail = cable ? `${cable.name}, ${cable.lengthM} m ${cable.fiberType}` : c.name;
      for (const end of Object.values(c.ends)) {
        const target = end.port?.text ?? c.text;
        out.push({ kind: 'cable-end', text: end.text, secondary: detail, qr: `${base}${portLinkHash(target)}` });
      }
    }
  }
  out.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'port' ? -1 : 1) || naturalCompare(a.text, b.text));
  return out;
}
