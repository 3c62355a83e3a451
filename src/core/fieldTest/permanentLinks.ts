/**
 * Permanent links (issue 14; TIA-568.3-E permanent link): the installed part of a fiber path
 * between two panel ports — a trunk with the cassettes or adapters at its ends, no equipment and
 * no patch cords — which is what a technician tests with a light source and power meter.
 *
 * Rule (CONVENTION, documented in the closing notes): a cable is *installed cabling* when its
 * class says so (`PERMANENT_CABLE`): trunks, bulk cable and pigtails always; array cables when every end sits on a panel
 * or module port (never a transceiver) and not all of them on front faces (a front-to-front
 * array cord is a cross-connect patch); duplex cords, harnesses and conversion cables never.
 * A link is a maximal run `device hop, (installed cable, device hop)+` of a fiber's hops; its ends
 * are the outer ports of its first and last device hop (where the test reference cords plug in).
 * Fibers with the same two end ports form one link. Runs that do not end in a device hop at both
 * sides (an installed cable plugged into a transceiver or left unplugged) are not testable links.
 *
 * Orientation: the near end is the end whose project label sorts first (natural order). Fibers
 * are named by their position at the near end: `A`/`B` on duplex ports, the number on MPO ports.
 * Linear in the hops of the analysis; memoised per analysis object.
 */
import { own } from '../own';
import type { ConnectorVariant, FiberType } from '../connectors';
import type { Analysis } from '../analysis/analyze';
import { effectivePort, type DesignIndex } from '../engine/designIndex';
import type { Hop } from '../engine/trace';
import type { CableId, DeviceId, RackId } from '../ids';
import { formatLinkLabel, labelsFor, naturalCompare, positionText, type LabelIndex } from '../labels';
import type { CableClass } from '../parts';

/** When a cable of a class is installed cabling (see the module docs). */
export const PERMANENT_CABLE: Readonly<Record<CableClass, 'always' | 'between-panels' | 'never'>> = {
  trunk: 'always',
  'array-cable': 'between-panels',
  harness: 'never',
  'duplex-cord': 'never',
  'conversion-cable': 'never',
  // Spliced cabling (REFERENCE-2 §15): bulk cable and the pigtails spliced onto it are installed
  // cabling like a trunk; a splitter is passive plant between panels.
  'bulk-cable': 'always',
  pigtail: 'always',
  splitter: 'between-panels',
};

/** One end of a permanent link: a panel or module port. */
export interface LinkEnd {
  readonly device: DeviceId;
  readonly port: string;
  /** `device#port`. */
  readonly key: string;
  /** Connector variant of the port, when known. */
  readonly variant: ConnectorVariant | null;
  /** Port label in the design's scheme, and in both schemes. */
  readonly label: string;
  readonly project: string;
  readonly tia606: string;
  /** The rack the port is in, when located. */
  readonly rack: RackId | null;
}

/** One fiber of a link, near → far. */
export interface LinkFiber {
  /** The fiber trace it belongs to. */
  readonly trace: number;
  /** The fiber's name at the near end (`A`/`B`, MPO position). */
  readonly fiber: string;
  readonly nearPosition: number;
  /** The designed far-end position (plug position) and its name. */
  readonly farPosition: number;
  readonly farFiber: string;
  /** Hops from the near end port to the far end port (device hops at both ends included). */
  readonly hops: readonly Hop[];
  /** The channel the fiber belongs to. */
  readonly channel: string | null;
}

/** A permanent link. */
export interface PermanentLink {
  /** The two end keys, sorted, joined by `|` (stable across renames). */
  readonly key: string;
  readonly near: LinkEnd;
  readonly far: LinkEnd;
  /** Link identifier `near/far` (REFERENCE §9.2 link-id) in the design's scheme and in both. */
  readonly label: string;
  readonly project: string;
  readonly tia606: string;
  /** Fibers by near position. */
  readonly fibers: readonly LinkFiber[];
  /** Installed cables on the way, near → far. */
  readonly cables: readonly CableId[];
  /** Channels whose fibers run through the link. */
  readonly channels: readonly string[];
  readonly fiberTypes: readonly FiberType[];
}

/** Every permanent link of an analysis, with lookups. */
export interface PermanentLinks {
  /** Links sorted by label (natural order). */
  readonly links: readonly PermanentLink[];
  readonly byKey: ReadonlyMap<string, PermanentLink>;
  /** Links by channel key. */
  readonly byChannel: ReadonlyMap<string, readonly PermanentLink[]>;
  /** Links by end port key (`device#port`); an MPO port facing a cassette ends several links. */
  readonly byEnd: ReadonlyMap<string, readonly PermanentLink[]>;
}

/** True when `cable` is installed cabling (see `PERMANENT_CABLE`). */
function isPermanent(index: DesignIndex, id: CableId): boolean {
  const rc = index.cables.get(id);
  const rule = rc?.part ? PERMANENT_CABLE[rc.part.cableClass] : 'never';
  if (!rc || rule === 'never') return false;
  if (rule === 'always') return true;
  let allFront = true;
  for (const k of rc.endKeys) {
    const ref = own(rc.cable.ends, k) ?? null;
    const eff = ref ? effectivePort(index, ref) : null;
    const dev = eff ? index.devices.get(eff.device) : undefined;
    if (!eff || !dev?.part || dev.part.kind === 'transceiver') return false;
    if (dev.ports.get(eff.port)?.face !== 'front') allFront = false;
  }
  return !allFront;
}

const reverseHop = (h: Hop): Hop =>
  h.kind === 'cable'
    ? { kind: 'cable', cable: h.cable, fiber: h.fiber, from: h.to, to: h.from }
    : { kind: 'device', device: h.device, in: h.out, out: h.in };

interface Draft {
  near: LinkEnd;
  far: LinkEnd;
  fibers: LinkFiber[];
  cables: CableId[];
  channels: Set<string>;
  fiberTypes: Set<FiberType>;
}

function endOf(index: DesignIndex, labels: LabelIndex, device: DeviceId, port: string): LinkEnd {
  const key = `${device}#${port}`;
  const e = labels.ports.get(key);
  const text = e?.text ?? key;
  return {
    device,
    port,
    key,
    variant: index.devices.get(device)?.ports.get(port)?.accepts ?? null,
    label: text,
    project: e?.project ?? text,
    tia606: e?.tia606 ?? text,
    rack: e?.rack ?? null,
  };
}

const cache = new WeakMap<Analysis, PermanentLinks>();

/**
 * The permanent links of an analysed design (see the module docs). `labels` defaults to the
 * design's labels. Pure, memoised per analysis; never throws.
 */
export function permanentLinks(
  analysis: Pick<Analysis, 'index' | 'fibers' | 'channels'>,
  labels?: LabelIndex,
): PermanentLinks {
  const hit = cache.get(analysis as Analysis);
  if (hit && !labels) return hit;
  const index = analysis.index;
  const lbl = labels ?? labelsFor(index.design);
  const channelOf = new Map<number, string>();
  for (const c of analysis.channels) for (const f of c.fibers) channelOf.set(f.id, c.key);
  const permanent = new Map<CableId, boolean>();
  const perm = (id: CableId): boolean => {
    let v = permanent.get(id);
    if (v === undefined) {
      v = isPermanent(index, id);
      permanent.set(id, v);
    }
    return v;
  };
  const drafts = new Map<string, Draft>();
  for (const t of analysis.fibers) {
    const hops = t.hops;
    let i = 0;
    while (i < hops.length) {
      const h = hops[i] as Hop;
      if (h.kind !== 'cable' || !perm(h.cable)) {
        i += 1;
        continue;
      }
      let j = i;
      for (;;) {
        const d = hops[j + 1];
        const c = hops[j + 2];
        if (d?.kind === 'device' && c?.kind === 'cable' && perm(c.cable)) j += 2;
        else break;
      }
      const s = i - 1;
      const e = j + 1;
      const before = hops[s];
      const after = hops[e];
      i = j + 1;
      if (before?.kind !== 'device' || after?.kind !== 'device') continue;
      const ka = `${before.device}#${before.in.port}`;
      const kb = `${after.device}#${after.out.port}`;
      if (ka === kb) continue;
      const key = ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
      let draft = drafts.get(key);
      if (!draft) {
        const a = endOf(index, lbl, before.device, before.in.port);
        const b = endOf(index, lbl, after.device, after.out.port);
        const order = naturalCompare(a.project, b.project) || (a.key < b.key ? -1 : 1);
        draft = {
          near: order <= 0 ? a : b,
          far: order <= 0 ? b : a,
          fibers: [],
          cables: [],
          channels: new Set(),
          fiberTypes: new Set(),
        };
        drafts.set(key, draft);
      }
      const forward = draft.near.key === ka;
      const run = hops.slice(s, e + 1);
      const oriented = forward ? run : [...run].reverse().map(reverseHop);
      const first = oriented[0] as Extract<Hop, { kind: 'device' }>;
      const last = oriented[oriented.length - 1] as Extract<Hop, { kind: 'device' }>;
      const channel = channelOf.get(t.id) ?? null;
      draft.fibers.push({
        trace: t.id,
        fiber: positionText(draft.near.variant, first.in.position),
        nearPosition: first.in.position,
        farPosition: last.out.position,
        farFiber: positionText(draft.far.variant, last.out.position),
        hops: oriented,
        channel,
      });
      if (channel) draft.channels.add(channel);
      if (draft.cables.length === 0) for (const x of oriented) if (x.kind === 'cable') draft.cables.push(x.cable);
      for (const x of oriented)
        if (x.kind === 'cable') {
          const ft = index.cables.get(x.cable)?.cable.fiberType;
          if (ft) draft.fiberTypes.add(ft);
        }
    }
  }
  const links: PermanentLink[] = [];
  for (const [key, d] of drafts) {
    const project = formatLinkLabel(d.near.project, [d.far.project]);
    const tia606 = formatLinkLabel(d.near.tia606, [d.far.tia606]);
    links.push({
      key,
      near: d.near,
      far: d.far,
      label: lbl.scheme === 'project' ? project : tia606,
      project,
      tia606,
      fibers: d.fibers.sort((x, y) => x.nearPosition - y.nearPosition || x.trace - y.trace),
      cables: d.cables,
      channels: [...d.channels],
      fiberTypes: [...d.fiberTypes],
    });
  }
  links.sort((x, y) => naturalCompare(x.project, y.project) || (x.key < y.key ? -1 : 1));
  const byKey = new Map(links.map((l) => [l.key, l]));
  const byChannel = new Map<string, PermanentLink[]>();
  const byEnd = new Map<string, PermanentLink[]>();
  const push = <K>(m: Map<K, PermanentLink[]>, k: K, l: PermanentLink) => {
    const list = m.get(k);
    if (list) list.push(l);
    else m.set(k, [l]);
  };
  for (const l of links) {
    for (const c of l.channels) push(byChannel, c, l);
    push(byEnd, l.near.key, l);
    push(byEnd, l.far.key, l);
  }
  const out: PermanentLinks = { links, byKey, byChannel, byEnd };
  if (!labels) cache.set(analysis as Analysis, out);
  return out;
}
