/**
 * The single entry point of the NetBox catalogue import: one devicetype-library YAML file (a
 * device type or a module type, legacy or `port-mappings` shape) → one catalogue part, a lint
 * report, and the list of facts the user still has to set.
 *
 * - Device types with `module-bays` → enclosures (`RackPart` role `enclosure`, mounting
 *   `modular`, one slot per bay, slot label = bay position, form factor from vendor family).
 *   Device types with ports only → fixed patch panels.
 * - Module types → cassettes (`ModulePart`, fixed rear MPO + front LC, fiber links) or adapter
 *   plates (through ports), or custom modules with an unknown fiber map.
 * - Port labels keep NetBox's `{module}` template; `resolveModuleName` fills it for a slot.
 *
 * Source: PEERS §4.1, §5; REFERENCE §5.1–§5.2, §5.6.
 */
import { dB } from '../../core/units';
import { partId } from '../../core/ids';
import type { CageDef, ModulePart, Part, RackPart, SlotDef } from '../../core/parts';
import { parseNetboxYaml, type NetboxDoc } from './document';
import { readPartFacts, type FactReading } from './facts';
import { collapseFindings, finding, type LintFinding } from './lint';
import { buildPortModel, PORT_TYPES, type PortModel } from './portModel';
import { INTERFACE_CAGE } from './cages';
import { formFactorOf, slugify } from './vendorFamilies';
import { LIMITS, plainText, RESERVED_KEYS } from '../designSchema';
import { clipText, importedPartProblem, textLimitProblem } from './partLimits';
import { own } from '../../core/own';

/**
 * Result of importing one file: a part the design schema accepts, with its lint and unknowns; or
 * a refusal naming the YAML line (`line`, 1-based; 1 for whole-file problems) and the rule.
 */
export type NetboxImportResult =
  | { readonly ok: true; readonly part: Part; readonly lint: LintFinding[]; readonly unknowns: string[] }
  | { readonly ok: false; readonly error: string; readonly line: number };

/**
 * NetBox `PortTypeChoices` fibre and copper slugs the designer does not model (PEERS §4.1):
 * a file using them is refused with a message naming the port.
 */
const UNMODELLED_NETBOX_TYPES: ReadonlySet<string> = new Set([
  'fc',
  'fc-pc',
  'fc-upc',
  'fc-apc',
  'st',
  'mu',
  'mu-pc',
  'mu-upc',
  'mu-apc',
  'lsh',
  'lsh-pc',
  'lsh-upc',
  'lsh-apc',
  'lx5',
  'lx5-pc',
  'lx5-upc',
  'lx5-apc',
  'mtrj',
  'sma-905',
  'sma-906',
  'urm-p2',
  'urm-p4',
  'urm-p8',
  'other',
  '8p8c',
  '8p6c',
  '8p4c',
  '8p2c',
  '6p6c',
  '6p4c',
  '6p2c',
  '4p4c',
  '4p2c',
  'gg45',
  'tera-4p',
  'tera-2p',
  'tera-1p',
  '110-punch',
  'bnc',
  'f',
  'n',
  'mrj21',
  'usb-a',
  'usb-b',
  'usb-c',
]);

/**
 * Fills NetBox's `{module}` placeholder of a module port name with the slot it is installed
 * in (NetBox uses the module bay `position`, which is our slot label). Every occurrence is
 * replaced; a name without the placeholder is returned unchanged. (Now in core/portNames.ts,
 * which the whole UI uses; re-exported here for the importer's callers.)
 * @example resolveModuleName('{module}:1-2', '02B') === '02B:1-2'
 */
export { resolveModuleName } from '../../core/portNames';

/** A refusal (at the first such port's line) when a port type cannot be modelled, else null. */
function unsupportedPorts(doc: NetboxDoc): { line: number; message: string } | null {
  const bad = [...doc.frontPorts, ...doc.rearPorts].filter((p) => own(PORT_TYPES, p.type) === undefined);
  if (bad.length === 0) return null;
  const list = bad
    .slice(0, 4)
    .map((p) => `'${p.name}' (${p.type}${UNMODELLED_NETBOX_TYPES.has(p.type) ? '' : ': not a NetBox port type'})`)
    .join(', ');
  return {
    line: Math.min(...bad.map((p) => p.line)),
    message: `port types the designer does not model (only LC, SC, MDC, SN, CS, MPO and splice fiber ports): ${list}${bad.length > 4 ? ` and ${bad.length - 4} more` : ''}`,
  };
}

/**
 * Provenance text: file, how the fiber map was obtained, and the phrases facts came from; control
 * characters in the file name become spaces and the whole stays within `LIMITS.textChars`.
 */
function provenanceOf(fileName: string, model: PortModel | null, reading: FactReading): string {
  const phrases = Object.entries(reading.evidence)
    .map(([k, v]) => `${k} "${v[0] ?? ''}"`)
    .slice(0, 8)
    .join(', ');
  const file = clipText(plainText(fileName), 300);
  return clipText(
    plainText(
      `NetBox devicetype-library ${file} (CC0 1.0)${model ? `; fiber map: ${model.mapNote}` : ''}${phrases ? `; from text: ${phrases}` : ''}`,
    ),
  );
}

/**
 * Form factor: stated in the text ("Form factor: x", as exported), else from the vendor family.
 * A stated word the schema reserves (`constructor`, `prototype`) is ignored with a lint note.
 */
function formFactor(doc: NetboxDoc, reading: FactReading, lint: LintFinding[]): ReturnType<typeof formFactorOf> {
  const stated = reading.facts.formFactor;
  if (stated && RESERVED_KEYS.has(stated))
    lint.push(finding('text-adjusted', `form factor '${stated}' is a reserved word`, 'used the vendor family instead'));
  else if (stated) return { formFactor: stated, family: stated, recognised: true };
  const ff = formFactorOf(doc.manufacturer, doc.model, doc.partNumber);
  return { ...ff, formFactor: ff.formFactor.slice(0, LIMITS.keyChars) };
}

function modulePart(
  doc: NetboxDoc,
  fileName: string,
  reading: FactReading,
  lint: LintFinding[],
): { part: ModulePart; unknowns: string[] } {
  const model = buildPortModel(doc, reading, lint);
  const ff = formFactor(doc, reading, lint);
  if (!ff.recognised)
    lint.push(
      finding(
        'form-factor',
        `No known product family for ${doc.manufacturer} ${doc.model}`,
        `used form factor '${ff.formFactor}' (fits this vendor's imported enclosures)`,
      ),
    );
  const unplaced = [...doc.frontPorts, ...doc.rearPorts].filter((p) => !p.name.includes('{module}'));
  if (unplaced.length > 0)
    lint.push(
      finding(
        'no-module-placeholder',
        `${unplaced.length} port name(s) lack {module}, e.g. '${unplaced[0]?.name ?? ''}'`,
        'kept the names; two such modules in one enclosure get the same NetBox port names',
        unplaced[0]?.name,
      ),
    );
  const { facts } = reading;
  const lossMaxDb = facts.lossMaxDb !== undefined && facts.lossMaxDb <= LIMITS.pairLossDb ? facts.lossMaxDb : undefined;
  if (facts.lossMaxDb !== undefined && lossMaxDb === undefined)
    lint.push(
      finding(
        'text-adjusted',
        `loss ${facts.lossMaxDb} dB read from "${reading.evidence.lossMaxDb?.[0] ?? ''}" is more than a module can lose (at most ${LIMITS.pairLossDb} dB)`,
        'ignored it (per-pair losses used)',
      ),
    );
  const rear = model.ports.find((p) => p.face === 'rear' && p.mate.kind === 'fixed');
  const conn = rear?.mate.kind === 'fixed' ? rear.mate.connector : undefined;
  const part: ModulePart = {
    kind: 'module',
    id: partId(`module/netbox/${slugify(doc.manufacturer)}/${slugify(doc.model)}`),
    name: `${doc.manufacturer} ${doc.model}`,
    moduleClass: model.moduleClass,
    formFactor: ff.formFactor,
    ports: model.ports,
    links: model.links,
    fiberType: model.fiberType,
    loss:
      lossMaxDb !== undefined
        ? {
            kind: 'module',
            loss: {
              maxDb: dB(lossMaxDb),
              provenance: {
                source: `vendor text "${reading.evidence.lossMaxDb?.[0] ?? ''}" in ${fileName}`,
                unverified: true,
              },
            },
          }
        : { kind: 'pairs' },
    fiberCount: model.fiberCount,
    swapGroup: `netbox-${model.shape}:${ff.formFactor}:${model.rearVariant ?? 'none'}:${model.ports.filter((p) => p.face === 'rear').length}:${conn?.gender ?? 'n/a'}:${conn?.polish ?? 'n/a'}`,
    manufacturer: doc.manufacturer,
    ...(doc.partNumber ? { partNumber: doc.partNumber } : {}),
    provenance: { source: provenanceOf(fileName, model, reading), unverified: true },
  };
  return { part, unknowns: [...model.unknowns] };
}

/** Builds the rack part of a device-type document (enclosure with slots, or fixed panel). */
function rackPart(
  doc: NetboxDoc,
  fileName: string,
  reading: FactReading,
  lint: LintFinding[],
): { part: RackPart; unknowns: string[] } {
  const ff = formFactor(doc, reading, lint);
  const hasPorts = doc.frontPorts.length + doc.rearPorts.length > 0;
  const model = hasPorts ? buildPortModel(doc, reading, lint) : null;
  const unknowns = model ? [...model.unknowns] : [];
  const slots: SlotDef[] = doc.bays.map((b, i) => ({
    key: `slot-${i + 1}`,
    label: b.position,
    formFactor: ff.formFactor,
  }));
  if (slots.length > 0 && !ff.recognised)
    lint.push(
      finding(
        'form-factor',
        `No known product family for ${doc.manufacturer} ${doc.model}`,
        `slots take form factor '${ff.formFactor}' (this vendor's imported modules)`,
      ),
    );
  const portFibers = model?.fiberCount ?? 0;
  const maxFibers = reading.facts.totalFibers ?? portFibers;
  if (slots.length > 0 && reading.facts.totalFibers === undefined)
    unknowns.push('Maximum fibers the enclosure holds (e.g. "144 Fibers")');
  const enclosure = slots.length > 0;
  const cages: CageDef[] = doc.interfaces
    .flatMap((i) => {
      const cage = own(INTERFACE_CAGE, i.type);
      return cage ? [{ key: `cage-${i.name}`, label: i.name, formFactor: cage }] : [];
    })
    .map((c, n) => ({ ...c, key: `cage-${n + 1}` }));
  if (doc.interfaces.length > cages.length)
    lint.push(
      finding(
        'unsupported-component',
        `interfaces: ${doc.interfaces.length - cages.length} entries without a pluggable cage type (SFP+, SFP28, QSFP+, QSFP28, QSFP-DD, OSFP)`,
        'ignored them',
      ),
    );
  const role = enclosure ? 'enclosure' : cages.length > 0 && !hasPorts ? 'switch' : 'patch-panel';
  const part: RackPart = {
    kind: 'rack-equipment',
    id: partId(`equipment/netbox/${slugify(doc.manufacturer)}/${slugify(doc.model)}`),
    name: `${doc.manufacturer} ${doc.model}`,
    role,
    heightU: doc.uHeight,
    mounting: role === 'enclosure' ? 'modular' : role === 'switch' ? 'n/a' : 'fixed',
    slots,
    cages,
    ports: model?.ports ?? [],
    links: model?.links ?? [],
    fiberType: reading.facts.fiberType ?? model?.fiberType ?? 'unknown',
    maxFibers,
    manufacturer: doc.manufacturer,
    ...(doc.partNumber ? { partNumber: doc.partNumber } : {}),
    provenance: { source: provenanceOf(fileName, model, reading), unverified: true },
  };
  return { part, unknowns };
}

/** A refusal at a YAML line; the message names the file and the line. */
const refuseAt = (fileName: string, line: number, message: string): NetboxImportResult => ({
  ok: false,
  line,
  error: `${fileName}, line ${line}: ${message}`,
});

/** A built part, refused when the design schema would not accept it (never expected: fuzzed). */
function accepted(
  doc: NetboxDoc,
  fileName: string,
  part: Part,
  lint: LintFinding[],
  unknowns: string[],
): NetboxImportResult {
  const idOver = part.id.length > LIMITS.idChars;
  if (idOver || part.name.length > LIMITS.nameChars)
    return refuseAt(
      fileName,
      doc.lineOf(['model']),
      `the part ${idOver ? `id "${part.id.slice(0, 40)}…" would be ${part.id.length} characters (at most ${LIMITS.idChars})` : `name would be ${part.name.length} characters (at most ${LIMITS.nameChars})`}; shorten manufacturer or model`,
    );
  const bad = importedPartProblem(part);
  if (bad) return refuseAt(fileName, doc.lineOf(['model']), `the imported part would not be valid: ${bad}`);
  return { ok: true, part, lint: collapseFindings(lint), unknowns: [...new Set(unknowns)] };
}

function importInner(text: string, fileName: string): NetboxImportResult {
  const parsed = parseNetboxYaml(text, fileName);
  if (!parsed.ok) return parsed;
  const { doc } = parsed;
  const lint = [...parsed.lint];
  const refusal = unsupportedPorts(doc);
  if (refusal) return refuseAt(fileName, refusal.line, refusal.message);
  const tooLong = textLimitProblem(doc);
  if (tooLong) return refuseAt(fileName, tooLong.line, tooLong.message);
  const reading = readPartFacts(doc.text);
  if (doc.kind === 'module-type') {
    if (doc.frontPorts.length + doc.rearPorts.length === 0)
      return refuseAt(fileName, 1, 'module type has no front or rear ports the designer can model');
    const { part, unknowns } = modulePart(doc, fileName, reading, lint);
    return accepted(doc, fileName, part, lint, unknowns);
  }
  if (
    doc.bays.length === 0 &&
    doc.frontPorts.length + doc.rearPorts.length === 0 &&
    !doc.interfaces.some((i) => own(INTERFACE_CAGE, i.type))
  ) {
    return refuseAt(fileName, 1, 'device type has no module bays, fiber ports or pluggable (SFP/QSFP) interfaces');
  }
  const { part, unknowns } = rackPart(doc, fileName, reading, lint);
  return accepted(doc, fileName, part, lint, unknowns);
}

/**
 * Imports one NetBox devicetype-library YAML file (device type or module type, either mapping
 * shape) as a catalogue part the design schema accepts. `fileName` may be a library path
 * (`module-types/FS/x.yaml`): the folder decides device vs module type; otherwise the content
 * does. Never throws: bad YAML, alias bombs, unmodelled port types, heights the designer cannot
 * place, text over the limits and empty files return `{ ok: false, error, line }` with the YAML
 * line in the message.
 */
export function importNetboxYaml(text: string, fileName: string): NetboxImportResult {
  try {
    return importInner(text, fileName);
  } catch {
    // Never expected (the fuzz tests hold it at zero): no internal error text reaches the user.
    return refuseAt(
      fileName,
      1,
      'the file could not be read (an unexpected problem in MPO Designer; please report this file)',
    );
  }
}
