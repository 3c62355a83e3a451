/**
 * Rack equipment parts: patch panels and enclosures (fixed, sliding-tray, modular, preloaded;
 * slots with a form factor; maximum fibers) and switches with port cages.
 */
import type { ConnectorVariant } from '../connectors';
import { partId, type PartId } from '../ids';
import { CONNECTOR_VARIANTS, isVsff } from '../connectors';
import type { AdapterType, CageDef, Mounting, RackPart, SlotDef } from '../parts';
import { ADAPTER_WORDS, throughAdapters } from './adapters';

/** Options of a modular enclosure. */
export interface EnclosureOptions {
  readonly heightU: number;
  readonly slots: number;
  readonly formFactor: string;
  readonly mounting: Mounting;
  readonly maxFibers: number;
  readonly preloaded?: PartId;
  readonly id?: string;
  readonly name?: string;
}

/** Builds an enclosure with `slots` module slots of one form factor. */
export function makeEnclosure(o: EnclosureOptions): RackPart {
  const slots: SlotDef[] = Array.from({ length: o.slots }, (_, i) => ({
    key: `slot-${i + 1}`,
    label: `Slot ${i + 1}`,
    formFactor: o.formFactor,
  }));
  const preloaded = o.preloaded ? Object.fromEntries(slots.map((s) => [s.key, o.preloaded as PartId])) : undefined;
  return {
    kind: 'rack-equipment',
    id: partId(o.id ?? `equipment/enclosure-${o.heightU}u-${o.slots}slot-${o.formFactor}-${o.mounting}`),
    name:
      o.name ??
      `${o.heightU}U ${o.mounting === 'sliding-tray' ? 'sliding-tray' : o.mounting} enclosure, ${o.slots} ${o.formFactor} slots, ${o.maxFibers}F max`,
    role: 'enclosure',
    heightU: o.heightU,
    mounting: o.mounting,
    slots,
    cages: [],
    ports: [],
    links: [],
    fiberType: 'unknown',
    maxFibers: o.maxFibers,
    ...(preloaded ? { preloaded } : {}),
    provenance: { source: 'generic enclosure (NetBox device type with module bays)' },
  };
}

/** Builds a fixed patch panel with `count` pass-through adapters (a built-in adapter plate). */
export function makeFixedPanel(variant: ConnectorVariant, count: number, adapter: AdapterType, heightU = 1): RackPart {
  const { ports, links } = throughAdapters(variant, count, adapter);
  const { slug: short, words: adapterWord } = ADAPTER_WORDS[adapter];
  return {
    kind: 'rack-equipment',
    id: partId(`equipment/panel-${heightU}u-${count}x${variant.replace('-', '')}-${short}`),
    name: `${heightU}U fixed panel, ${count}× ${CONNECTOR_VARIANTS[variant].name} ${adapterWord || 'adapters'}`,
    role: 'patch-panel',
    heightU,
    mounting: 'fixed',
    slots: [],
    cages: [],
    ports,
    links,
    fiberType: 'unknown',
    maxFibers: count * CONNECTOR_VARIANTS[variant].positions.length,
    provenance: isVsff(variant)
      ? { source: 'VSFF duplex adapters = mirror A↔B: DERIVED + UNVERIFIED (REFERENCE-2 §13.2)', unverified: true }
      : { source: 'REFERENCE §0.2, §1.4 adapters' },
  };
}

/** Options of a switch. */
export interface SwitchOptions {
  readonly name: string;
  readonly heightU: number;
  /** Groups of cages: `count` cages of `formFactor`. */
  readonly cages: readonly { readonly count: number; readonly formFactor: string }[];
}

/** Builds a switch with numbered port cages (`cage-1`, `cage-2`, …). */
export function makeSwitch(o: SwitchOptions): RackPart {
  const cages: CageDef[] = [];
  for (const group of o.cages) {
    for (let i = 0; i < group.count; i++) {
      const n = cages.length + 1;
      cages.push({ key: `cage-${n}`, label: `Eth${n}`, formFactor: group.formFactor });
    }
  }
  const slug = o.cages.map((g) => `${g.count}x${g.formFactor.toLowerCase().replace('+', 'plus')}`).join('-');
  return {
    kind: 'rack-equipment',
    id: partId(`equipment/switch-${o.heightU}u-${slug}`),
    name: o.name,
    role: 'switch',
    heightU: o.heightU,
    mounting: 'n/a',
    slots: [],
    cages,
    ports: [],
    links: [],
    fiberType: 'unknown',
    maxFibers: 0,
    provenance: { source: 'generic switch' },
  };
}

/** Every built-in rack equipment part. */
export const EQUIPMENT_PARTS: readonly RackPart[] = [
  makeEnclosure({ heightU: 1, slots: 4, formFactor: 'cassette', mounting: 'modular', maxFibers: 96 }),
  makeEnclosure({ heightU: 1, slots: 4, formFactor: 'cassette', mounting: 'sliding-tray', maxFibers: 96 }),
  makeEnclosure({ heightU: 2, slots: 8, formFactor: 'cassette', mounting: 'modular', maxFibers: 192 }),
  makeEnclosure({ heightU: 4, slots: 12, formFactor: 'cassette', mounting: 'modular', maxFibers: 288 }),
  makeEnclosure({
    heightU: 1,
    slots: 4,
    formFactor: 'cassette',
    mounting: 'preloaded',
    maxFibers: 48,
    preloaded: partId('module/mod-u1-12f-1xmpo12-f-upc-om4'),
    id: 'equipment/enclosure-1u-preloaded-4x-mod-u1-om4',
    name: '1U enclosure preloaded with 4× MOD-U1 12F OM4 (24 LC duplex)',
  }),
  makeFixedPanel('mpo-12', 24, 'key-up-key-down'),
  makeFixedPanel('mpo-12', 24, 'key-up-key-up'),
  makeFixedPanel('mpo-16', 24, 'key-up-key-down'),
  makeFixedPanel('lc-duplex', 24, 'duplex'),
  makeFixedPanel('lc-duplex', 48, 'duplex', 2),
  makeSwitch({ name: 'Spine switch 1U, 32× QSFP28', heightU: 1, cages: [{ count: 32, formFactor: 'QSFP28' }] }),
  makeSwitch({
    name: 'Leaf switch 1U, 48× SFP28 + 8× QSFP28',
    heightU: 1,
    cages: [
      { count: 48, formFactor: 'SFP28' },
      { count: 8, formFactor: 'QSFP28' },
    ],
  }),
  makeSwitch({ name: 'Spine switch 2U, 64× QSFP-DD', heightU: 2, cages: [{ count: 64, formFactor: 'QSFP-DD' }] }),
  makeSwitch({ name: 'Access switch 1U, 24× SFP+', heightU: 1, cages: [{ count: 24, formFactor: 'SFP+' }] }),
  // Issue 13: 800G switches (OSFP cages, REFERENCE-2 §14) and VSFF panels (MDC mirror: UNVERIFIED, §13.2).
  makeSwitch({ name: 'Spine switch 2U, 64× OSFP (800G)', heightU: 2, cages: [{ count: 64, formFactor: 'OSFP' }] }),
  makeSwitch({ name: 'Leaf switch 1U, 32× OSFP (800G)', heightU: 1, cages: [{ count: 32, formFactor: 'OSFP' }] }),
  makeSwitch({
    name: 'Server shelf 1U, 16× QSFP28 (100G)',
    heightU: 1,
    cages: [{ count: 16, formFactor: 'QSFP28' }],
  }),
  makeFixedPanel('mdc-duplex', 72, 'duplex'),
  makeFixedPanel('mpo-16', 24, 'key-up-key-up'),
  makeSwitch({
    name: 'Server NIC shelf 1U, 4× QSFP28 + 8× SFP28',
    heightU: 1,
    cages: [
      { count: 4, formFactor: 'QSFP28' },
      { count: 8, formFactor: 'SFP28' },
    ],
  }),
];
