/**
 * The devicetype-library schema's allowed keys (schema/devicetype.json, moduletype.json,
 * components.json): key checks that become `schema-key` findings, and the device-type vs
 * module-type decision (issue 13 §4).
 */
import { finding, type LintFinding } from './lint';
import { hasOwn } from '../../core/own';
import type { NetboxKind } from './documentTypes';
import type { Obj } from './yamlEntries';

const COMMON_KEYS = [
  'manufacturer',
  'model',
  'part_number',
  'weight',
  'weight_unit',
  'airflow',
  'description',
  'comments',
  'console-ports',
  'console-server-ports',
  'power-ports',
  'power-outlets',
  'interfaces',
  'front-ports',
  'rear-ports',
  'module-bays',
  'port-mappings',
];
/** Top-level keys the devicetype-library schemas allow (schema/devicetype.json, moduletype.json). */
export const TOP_KEYS: Readonly<Record<NetboxKind, ReadonlySet<string>>> = {
  'device-type': new Set([
    ...COMMON_KEYS,
    'slug',
    'u_height',
    'exclude_from_utilization',
    'is_full_depth',
    'front_image',
    'rear_image',
    'subdevice_role',
    'is_powered',
    'device-bays',
    'inventory-items',
  ]),
  'module-type': new Set([...COMMON_KEYS, 'profile', 'attributes']),
};
/** Keys of front port entries (schema/components.json; `rear_port*` = legacy shape on front ports). */
export const FRONT_KEYS: ReadonlySet<string> = new Set([
  'name',
  'label',
  'type',
  'color',
  'positions',
  'description',
  'rear_port',
  'rear_port_position',
]);
/** Keys of rear port entries (schema/components.json). */
export const REAR_KEYS: ReadonlySet<string> = new Set([
  'name',
  'label',
  'type',
  'color',
  'positions',
  'description',
  '_is_power_source',
]);
/** Keys of module bay entries (schema/components.json). */
export const BAY_KEYS: ReadonlySet<string> = new Set(['name', 'label', 'position', 'description']);
/** Keys of `port-mappings` entries (NetBox ≥ 4.5). */
export const MAPPING_KEYS: ReadonlySet<string> = new Set([
  'front_port',
  'front_port_position',
  'rear_port',
  'rear_port_position',
]);
/** Component lists read but not modelled (each non-empty one is an `unsupported-component` finding). */
export const IGNORED_LISTS = [
  'console-ports',
  'console-server-ports',
  'power-ports',
  'power-outlets',
  'device-bays',
  'inventory-items',
];
/**
 * Reports each key of `o` not in `allowed` as a `schema-key` finding on `lint` (`where` names the
 * entry); a `comments` key on a port is read as text (PEERS §5.3 #7).
 */
export function checkKeys(
  o: Obj,
  allowed: ReadonlySet<string>,
  where: string,
  lint: LintFinding[],
  port?: string,
): void {
  for (const k of Object.keys(o)) {
    if (allowed.has(k)) continue;
    const action = k === 'comments' ? 'read its text as the port description' : 'ignored the key';
    lint.push(
      finding('schema-key', `${where}: key '${k}' is not allowed by the devicetype-library schema`, action, port),
    );
  }
}

/** Keys only a device type has, and keys only a module type has (devicetype-library schemas). */
const DEVICE_ONLY = ['u_height', 'slug', 'is_full_depth', 'subdevice_role', 'module-bays', 'device-bays'];
const MODULE_ONLY = ['profile', 'attributes'];
/**
 * Decides device type vs module type: from the path (`device-types/`, `module-types/`), else from
 * keys only one kind has; when the content alone cannot tell, pushes a `kind-guessed` finding
 * mentioning the folder (issue 13 §4).
 */
export function kindOf(doc: Obj, fileName: string, lint: LintFinding[]): NetboxKind {
  if (/(^|[\\/])device-types[\\/]/.test(fileName)) return 'device-type';
  if (/(^|[\\/])module-types[\\/]/.test(fileName)) return 'module-type';
  const device = DEVICE_ONLY.some((k) => hasOwn(doc, k));
  const module = MODULE_ONLY.some((k) => hasOwn(doc, k));
  if (device !== module) return device ? 'device-type' : 'module-type';
  lint.push(
    finding(
      'kind-guessed',
      device
        ? `${fileName} has both device-type and module-type keys, and is not under device-types/ or module-types/`
        : `${fileName} has no device-type or module-type key, and is not under device-types/ or module-types/`,
      `read it as a ${device ? 'device type' : 'module type'}; put it under device-types/ or module-types/ to choose`,
    ),
  );
  return device ? 'device-type' : 'module-type';
}
