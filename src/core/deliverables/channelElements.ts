/**
 * What the channel diagram writes in each element's box: the element's type, its polarity type
 * (TIA-568.3-E: Type A/B/C array cable, A-to-B/A-to-A duplex cord, MOD-A…MOD-U2 cassette,
 * key-up/key-down or key-up/key-up adapter; the IEEE 802.3 PHY of a transceiver), and the
 * connector, gender and polish on each of its two sides as the channel is drawn (left | right).
 * Unknown parts say so (they make the channel unchecked, never a pass).
 */
import { CONNECTOR_VARIANTS, type ConnectorSpec, type Gender } from '../connectors';
import type { DesignIndex, ResolvedDevice } from '../engine/designIndex';
import type { CableHop, DeviceHop } from '../engine/trace';
import type { CableClass, CablePart, PortDef } from '../parts';
import { cablePolarity } from './fiberSteps';

/** What kind of element a box draws (one shape vocabulary for the SVG and the PDF). */
export type DiagramElementKind =
  | 'transceiver'
  | 'duplex-cord'
  | 'array-cable'
  | 'trunk'
  | 'harness'
  | 'conversion-cable'
  | 'cassette'
  | 'adapter'
  | 'panel'
  | 'module'
  | 'end'
  | 'unknown';

/** The facts of one element, as the channel passes it (left side first). */
export interface ElementFacts {
  readonly kind: DiagramElementKind;
  /** Cable or device name (a cable with its length). */
  readonly name: string;
  /** Type word with the fiber type, e.g. `Trunk OM4`, `Cassette OM4`, `SFP+ MM`. */
  readonly type: string;
  /** Polarity type: `Type B`, `A-to-B`, `MOD-U1`, `Type A adapter`, `10GBASE-SR`; `—` when none. */
  readonly polarity: string;
  /** Connector variants on the left | right side, e.g. `LC | MPO-12`. */
  readonly connector: string;
  /** Gender on the left | right side (`male`, `female`, `—` for LC/SC and adapters, `?` unknown). */
  readonly gender: string;
  /** Polish, once when both sides agree (`UPC`), else `APC | UPC`. */
  readonly polish: string;
  /** True when the part's map or value is marked UNVERIFIED (REFERENCE §5.2, §3.4). */
  readonly unverified: boolean;
  /** True when the part is unknown (everything through it is unchecked). */
  readonly unknown: boolean;
}

const CLASS_WORD: Readonly<Record<CableClass, { kind: DiagramElementKind; word: string }>> = {
  'duplex-cord': { kind: 'duplex-cord', word: 'Duplex cord' },
  'array-cable': { kind: 'array-cable', word: 'Array cable' },
  trunk: { kind: 'trunk', word: 'Trunk' },
  harness: { kind: 'harness', word: 'Harness' },
  'conversion-cable': { kind: 'conversion-cable', word: 'Conversion' },
  // Pigtails and bulk cable are drawn with the shapes of their nearest kin (REFERENCE-2 §15).
  pigtail: { kind: 'harness', word: 'Pigtail' },
  'bulk-cable': { kind: 'trunk', word: 'Bulk cable' },
  splitter: { kind: 'conversion-cable', word: 'Splitter' },
};

const ADAPTER_WORD: Readonly<Record<string, string>> = {
  'key-up-key-down': 'Type A adapter',
  'key-up-key-up': 'Type B adapter',
  duplex: 'Duplex coupler',
  unknown: 'adapter ?',
};

const GENDER_WORD: Readonly<Record<Gender, string>> = { male: 'male', female: 'female', 'n/a': '—', unknown: '?' };

/** Short connector name: `LC`, `SC`, `MPO-12`. */
const shortVariant = (spec: { variant: keyof typeof CONNECTOR_VARIANTS } | null): string =>
  spec ? CONNECTOR_VARIANTS[spec.variant].name.replace(/ duplex$/, '') : '—';

/** `left | right`, or the value once when both sides say the same. */
const pair = (l: string, r: string): string => (l === r ? l : `${l} | ${r}`);

/** Side facts of a device port: the connector a plug meets there (a through adapter has none). */
function portSide(def: PortDef | undefined): { variant: string; gender: string; polish: string } {
  if (!def) return { variant: '?', gender: '?', polish: '—' };
  const variant = shortVariant({ variant: def.accepts });
  if (def.mate.kind !== 'fixed') return { variant, gender: '—', polish: '—' };
  const c: ConnectorSpec = def.mate.connector;
  return { variant, gender: GENDER_WORD[c.gender], polish: c.polish === 'unknown' ? '?' : c.polish };
}

const UNKNOWN: Omit<ElementFacts, 'name' | 'kind'> = {
  type: 'Unknown part',
  polarity: '?',
  connector: '?',
  gender: '?',
  polish: '?',
  unverified: false,
  unknown: true,
};

/**
 * Facts of a cable element passed from `hop.from.end` (left) to `hop.to.end` (right). A cable
 * whose part is unknown is marked `unknown`. Source: REFERENCE §3 (array polarity types), §4
 * (duplex cords), §1.3 (gender), §1.5 (polish).
 */
export function cableFacts(index: DesignIndex, hop: CableHop): ElementFacts {
  const rc = index.cables.get(hop.cable);
  const name = rc ? `${rc.cable.name} · ${rc.cable.lengthM} m` : String(hop.cable);
  const part: CablePart | undefined = rc?.part;
  if (!rc || !part) return { kind: 'unknown', name, ...UNKNOWN };
  const l = part.ends[hop.from.end]?.connector;
  const r = part.ends[hop.to.end]?.connector;
  const cls = CLASS_WORD[part.cableClass];
  const polarity = part.polarity || part.cordType ? cablePolarity(part) : '—';
  const g = (c: ConnectorSpec | undefined) => (c ? GENDER_WORD[c.gender] : '?');
  const p = (c: ConnectorSpec | undefined) => (c ? (c.polish === 'unknown' ? '?' : c.polish) : '?');
  return {
    kind: cls.kind,
    name,
    type: `${cls.word} ${rc.cable.fiberType}`,
    polarity,
    connector: pair(shortVariant(l ?? null), shortVariant(r ?? null)),
    gender: pair(g(l), g(r)),
    polish: pair(p(l), p(r)),
    unverified: part.provenance.unverified === true,
    unknown: false,
  };
}

/** Type word and polarity type of a device part (cassette, adapter plate, panel, transceiver). */
function deviceKind(rd: ResolvedDevice, left: PortDef | undefined): Pick<ElementFacts, 'kind' | 'type' | 'polarity'> {
  const part = rd.part!;
  const through = left?.mate.kind === 'through' ? ADAPTER_WORD[left.mate.adapter] : undefined;
  const fiber = (t: string) => (t === 'unknown' ? '' : ` ${t}`);
  switch (part.kind) {
    case 'transceiver':
      return {
        kind: 'transceiver',
        type: `${part.formFactor} ${part.fiberMode === 'single-mode' ? 'SM' : 'MM'}`,
        polarity: part.application,
      };
    case 'module':
      if (part.moduleClass === 'adapter-plate')
        return { kind: 'adapter', type: 'Adapter plate', polarity: through ?? '—' };
      if (part.moduleClass === 'conversion' || part.moduleClass === 'custom')
        return {
          kind: 'module',
          type: `${part.moduleClass === 'conversion' ? 'Conversion' : 'Module'}${fiber(part.fiberType)}`,
          polarity: through ?? '—',
        };
      return { kind: 'cassette', type: `Cassette${fiber(part.fiberType)}`, polarity: part.moduleClass };
    case 'rack-equipment':
      return {
        kind: through ? 'adapter' : 'panel',
        type: part.role === 'patch-panel' ? 'Patch panel' : part.role === 'enclosure' ? 'Enclosure' : 'Switch',
        polarity: through ?? '—',
      };
  }
}

/**
 * Facts of a device element passed in at `hop.in.port` (left) and out at `hop.out.port` (right),
 * or of a transceiver at a channel end (`ports` = its MDI on the channel side). Source: REFERENCE
 * §1.4 (adapter types), §5.2 (module classes), §6.1 (transceiver MDI).
 */
export function deviceFacts(
  index: DesignIndex,
  device: DeviceHop['device'],
  ports: { readonly left: string | null; readonly right: string | null },
): ElementFacts {
  const rd = index.devices.get(device);
  const name = rd?.device.name ?? String(device);
  if (!rd?.part) return { kind: 'unknown', name, ...UNKNOWN };
  const l = ports.left === null ? undefined : rd.ports.get(ports.left);
  const r = ports.right === null ? undefined : rd.ports.get(ports.right);
  const ls = l ? portSide(l) : null;
  const rs = r ? portSide(r) : null;
  const side = (k: 'variant' | 'gender' | 'polish') =>
    ls && rs ? pair(String(ls[k]), String(rs[k])) : String((ls ?? rs)?.[k] ?? '—');
  const mapUnknown = rd.links === 'unknown' || rd.lanes === 'unknown';
  const k = deviceKind(rd, l ?? r);
  return {
    ...k,
    name,
    type: mapUnknown ? `${k.type} · map unknown` : k.type,
    connector: side('variant'),
    gender: side('gender'),
    polish: side('polish'),
    unverified: rd.part.provenance.unverified === true,
    unknown: mapUnknown,
  };
}
