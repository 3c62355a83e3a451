/**
 * NetBox interop (issue 6, vendor catalogue half): import devicetype-library YAML as catalogue
 * parts with a lint report, export parts as YAML and cables as a NetBox CSV. See
 * importNetbox.ts for the entry point the UI calls.
 */
export { importNetboxYaml, resolveModuleName, type NetboxImportResult } from './importNetbox';
export { LINT_RULES, type LintCode, type LintFinding, type LintSeverity } from './lint';
export {
  exportDesignPartsYaml,
  exportPartYaml,
  netboxPortName,
  type MappingShape,
  type NetboxYamlFile,
} from './exportYaml';
export {
  cableProfile,
  exportCablesCsv,
  NETBOX_CABLE_COLUMNS,
  NETBOX_CABLE_PROFILES,
  type CableCsvExport,
} from './exportCsv';
