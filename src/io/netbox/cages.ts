/**
 * Switch cages ↔ NetBox interfaces: the pluggable form factor of a cage and the NetBox
 * interface `type` slug of a port of that form factor (dcim InterfaceTypeChoices). Used to
 * export switches as device types with `interfaces` and to import them back as cages.
 */

/** Cage form factor → NetBox interface type slug. */
export const CAGE_INTERFACE: Readonly<Record<string, string>> = {
  'SFP+': '10gbase-x-sfpp',
  SFP28: '25gbase-x-sfp28',
  'QSFP+': '40gbase-x-qsfpp',
  QSFP28: '100gbase-x-qsfp28',
  'QSFP-DD': '400gbase-x-qsfpdd',
  OSFP: '400gbase-x-osfp',
};

/** NetBox interface type slug → cage form factor (the inverse of `CAGE_INTERFACE`). */
export const INTERFACE_CAGE: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CAGE_INTERFACE).map(([ff, slug]) => [slug, ff]),
);
