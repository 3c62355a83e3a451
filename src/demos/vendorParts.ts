/**
 * Real vendor parts used by the demos, defined from the NetBox device-type library (CC0 1.0;
 * copies in `./vendor/netbox-devicetype-library`, see its README):
 *
 * - Corning EDGE-01U: `device-types/Corning/EDGE-01U.yaml`, a 1U housing with 8 EDGE module bays
 *   named 01A…02D.
 * - Corning ECM-UM08-04-E8GF-ULL: `module-types/Corning/ECM-UM08-04-E8GF-ULL.yaml`, an EDGE8
 *   low-loss universal-polarity module: 8 strands, 4 shuttered LC duplex UPC ports, OS2. The file's
 *   port descriptions pair strands (1,12), (2,11), (3,10), (4,9) on front ports 1–4, which is the
 *   MOD-U1-8 trunk-side map of REFERENCE §5.2 (`CASSETTE_MAP_U1_8`).
 *
 * What the library does not say is filled in from the vendor's product family and marked
 * unverified in the provenance: the rear MTP is pinned (male) and angle-polished (APC) for OS2,
 * its adapter is key-up/key-down, and the housing's fiber capacity is 8 × 8 = 64 fibers.
 */
import { makeCassette } from '../core/catalogue/modules';
import { makeEnclosure } from '../core/catalogue/equipment';
import { partId } from '../core/ids';
import type { ModulePart, RackPart } from '../core/parts';

/** Form factor of Corning EDGE module bays: EDGE modules fit only EDGE housings. */
export const EDGE_FORM_FACTOR = 'corning-edge';

const NETBOX = 'NetBox devicetype-library (CC0 1.0)';

/** Corning EDGE8 universal module ECM-UM08-04-E8GF-ULL (MOD-U1-8 map, OS2, 4 LC duplex). */
export const CORNING_ECM_UM08: ModulePart = {
  ...makeCassette({
    moduleClass: 'MOD-U1-8',
    rearGender: 'male',
    rearPolish: 'APC',
    fiberType: 'OS2',
    formFactor: EDGE_FORM_FACTOR,
  }),
  id: partId('vendor/corning/ecm-um08-04-e8gf-ull'),
  name: 'Corning EDGE8 ECM-UM08-04-E8GF-ULL, universal 8F, MTP-8 pinned APC to 4× LC UPC, OS2',
  swapGroup: 'vendor:corning-edge8:os2',
  partNumber: 'ECM-UM08-04-E8GF-ULL',
  manufacturer: 'Corning',
  provenance: {
    source: `${NETBOX} module-types/Corning/ECM-UM08-04-E8GF-ULL.yaml; strands (1,12)(2,11)(3,10)(4,9) = MOD-U1-8 (REFERENCE §5.2); rear gender/polish from the EDGE8 product family`,
    unverified: true,
  },
};

const EDGE_BAYS = ['01A', '01B', '01C', '01D', '02A', '02B', '02C', '02D'] as const;

/** Corning EDGE-01U housing: 1U, 8 EDGE module bays 01A–02D. */
export const CORNING_EDGE_01U: RackPart = (() => {
  const base = makeEnclosure({
    heightU: 1,
    slots: 8,
    formFactor: EDGE_FORM_FACTOR,
    mounting: 'modular',
    maxFibers: 64,
    id: 'vendor/corning/edge-01u',
    name: 'Corning EDGE-01U housing, 8 EDGE module bays',
  });
  return {
    ...base,
    slots: base.slots.map((s, i) => ({ ...s, label: `Bay ${EDGE_BAYS[i] ?? i + 1}` })),
    partNumber: 'EDGE-01U',
    manufacturer: 'Corning',
    provenance: {
      source: `${NETBOX} device-types/Corning/EDGE-01U.yaml; capacity 8 × EDGE8 modules`,
      unverified: true,
    },
  };
})();

/** Bay names of the EDGE-01U in slot order (for tests against the YAML). */
export const CORNING_EDGE_BAYS: readonly string[] = EDGE_BAYS;
