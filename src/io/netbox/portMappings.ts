/**
 * The two NetBox front-to-rear mapping shapes (legacy `rear_port`/`rear_port_position` on front
 * ports, NetBox < 4.5; top-level `port-mappings`, NetBox ≥ 4.5) normalised into one list and
 * checked against the ports (PEERS §4.1).
 */
import { finding, type LintFinding } from './lint';
import type { NbFrontPort, NbMapping, NbRearPort, NetboxDoc } from './documentTypes';
import { MAPPING_KEYS, checkKeys } from './schemaKeys';
import { MAX_ENTRIES, intField, list, str, type Obj } from './yamlEntries';

/**
 * Normalises both mapping shapes of `doc` into one list (one entry per front port position) and
 * checks it against the ports: dangling names are dropped, positions beyond an omitted `positions`
 * raise it (missing-positions; the rear entry in `rears` is replaced with the raised port),
 * positions beyond a given `positions` are dropped (position-out-of-range); where both shapes map
 * one front position differently the port-mappings entry wins. Findings go to `lint`. Returns the
 * mappings and which shape(s) the file used.
 */
export function readMappings(
  doc: Obj,
  fronts: readonly { port: NbFrontPort | NbRearPort; raw: Obj }[],
  rears: { port: NbRearPort; raw: Obj }[],
  lint: LintFinding[],
): { mappings: NbMapping[]; shape: NetboxDoc['shape'] } {
  const found: NbMapping[] = [];
  for (const { port, raw } of fronts) {
    const rear = str(raw['rear_port']);
    if (rear === undefined) continue;
    const pos = intField(raw, 'rear_port_position', `front port '${port.name}'`, lint, port.name);
    if (raw['rear_port_position'] === undefined)
      lint.push(
        finding(
          'default-rear-position',
          `front port '${port.name}' has rear_port but no rear_port_position`,
          'used position 1 (schema default)',
          port.name,
        ),
      );
    found.push({ front: port.name, frontPosition: 1, rear, rearPosition: pos ?? 1, source: 'legacy' });
  }
  const legacy = found.length;
  for (const e of list(doc, 'port-mappings', lint).slice(0, MAX_ENTRIES * 4)) {
    const front = str(e['front_port']);
    const rear = str(e['rear_port']);
    if (front === undefined || rear === undefined) {
      lint.push(finding('bad-entry', 'A port-mappings entry without front_port or rear_port', 'skipped it'));
      continue;
    }
    checkKeys(e, MAPPING_KEYS, `port-mappings entry for '${front}'`, lint, front);
    const fp = intField(e, 'front_port_position', `mapping of '${front}'`, lint, front) ?? 1;
    const rp = intField(e, 'rear_port_position', `mapping of '${front}'`, lint, front) ?? 1;
    found.push({ front, frontPosition: fp, rear, rearPosition: rp, source: 'port-mappings' });
  }
  const modern = found.length - legacy;
  const shape = legacy > 0 && modern > 0 ? 'mixed' : legacy > 0 ? 'legacy' : modern > 0 ? 'port-mappings' : 'none';
  if (shape === 'mixed')
    lint.push(
      finding(
        'mixed-shapes',
        `${legacy} legacy rear_port mappings and ${modern} port-mappings entries`,
        'merged them; port-mappings win where they disagree',
      ),
    );
  const frontByName = new Map(fronts.map((f) => [f.port.name, f.port] as const));
  const rearByName = new Map(rears.map((r) => [r.port.name, r] as const));
  const byFront = new Map<string, NbMapping>();
  const raised = new Map<string, number>();
  for (const m of found) {
    const f = frontByName.get(m.front);
    const r = rearByName.get(m.rear);
    if (!f || !r) {
      lint.push(
        finding(
          'mapping-dangling',
          `mapping ${m.front} → ${m.rear}: ${f ? 'rear' : 'front'} port '${f ? m.rear : m.front}' does not exist`,
          'dropped the mapping',
          m.front,
        ),
      );
      continue;
    }
    if (m.frontPosition > f.positions) {
      lint.push(
        finding(
          'position-out-of-range',
          `front port '${m.front}' has ${f.positions} position(s), mapping uses ${m.frontPosition}`,
          'dropped the mapping',
          m.front,
        ),
      );
      continue;
    }
    if (m.rearPosition > r.port.positions) {
      if (r.port.positionsGiven) {
        lint.push(
          finding(
            'position-out-of-range',
            `rear port '${m.rear}' has positions: ${r.port.positions}, mapping of '${m.front}' uses ${m.rearPosition}`,
            'dropped the mapping',
            m.rear,
          ),
        );
        continue;
      }
      raised.set(m.rear, Math.max(raised.get(m.rear) ?? 1, m.rearPosition));
    }
    const key = `${m.front}#${m.frontPosition}`;
    const prev = byFront.get(key);
    if (prev && (prev.rear !== m.rear || prev.rearPosition !== m.rearPosition)) {
      lint.push(
        finding(
          'mapping-conflict',
          `front port '${m.front}' position ${m.frontPosition} is mapped to ${prev.rear}:${prev.rearPosition} and ${m.rear}:${m.rearPosition}`,
          'kept the port-mappings entry',
          m.front,
        ),
      );
      if (m.source === 'legacy') continue;
    }
    byFront.set(key, m);
  }
  for (const [name, n] of raised) {
    lint.push(
      finding(
        'missing-positions',
        `rear port '${name}' omits positions (default 1) but mappings use positions up to ${n}; NetBox would reject this`,
        `set positions to ${n}`,
        name,
      ),
    );
    const r = rearByName.get(name);
    if (r) r.port = { ...r.port, positions: n };
  }
  return { mappings: [...byFront.values()], shape };
}
