/**
 * Inspector of a placed device: rack equipment (position, face, slots, cages, ports), a module in
 * a slot (class, gender, polish, fiber type) or a transceiver in a cage (application).
 */
import { catalogueFor } from '../core/catalogue';
import { CAGE_ACCEPTS } from '../core/catalogue/transceivers';
import type { Design, Device } from '../core/design';
import type { DeviceId } from '../core/ids';
import { labelsFor } from '../core/labels';
import { canPlugTransceiver, formatURange, portOccupant, rackPartOf } from '../core/layout';
import { childrenOf } from '../core/occupancy';
import { designerActions, useDesigner } from '../store/store';
import { devicePortRefs, portFacts } from './describe';
import { CommitInput, FacetSelects, SelectField } from './fields';
import { partFacts } from './partFacts';
import { PartFactsPrompt } from './PartFactsPrompt';
import { own } from '../core/own';
import { FIELD_RULES } from '../io/fieldRules';
import { unverifiedWhy } from './unverifiedWhy';

function PartSummary({ design, device }: { design: Design; device: Device }) {
  const part = catalogueFor(design).get(device.part);
  if (!part) return <p className="badge v-unchecked">Unknown part {device.part}: traces through it are unchecked</p>;
  const why = unverifiedWhy(part);
  return (
    <>
      <p style={{ margin: '4px 0' }}>
        {part.name}
        {part.provenance.unverified ? (
          <span className="badge v-unverified" style={{ marginLeft: 6 }}>
            ◇ map unverified
          </span>
        ) : null}
      </p>
      {why && (
        <details className="why-unverified" data-testid="unverified-why">
          <summary>Why channels through it can still pass</summary>
          <p>{why}</p>
        </details>
      )}
      <div className="facts" style={{ display: 'flex', flexWrap: 'wrap', gap: 3 }}>
        {partFacts(part).map((f) => (
          <span className="chip" key={f.label}>
            {f.label}: {f.value}
          </span>
        ))}
      </div>
      <p className="muted inspector-note">{part.provenance.source}</p>
    </>
  );
}

function Ports({ design, device }: { design: Design; device: DeviceId }) {
  const tool = useDesigner((s) => s.session.tool);
  const ports = devicePortRefs(design, device);
  if (ports.length === 0) return null;
  const a = designerActions();
  return (
    <details open={ports.length <= 16}>
      <summary style={{ minHeight: 'var(--target)', display: 'flex', alignItems: 'center', cursor: 'pointer' }}>
        <h3 style={{ margin: 0 }}>Ports ({ports.length})</h3>
      </summary>
      <ul className="plain">
        {ports.map((p) => {
          const plug = portOccupant(design, p.ref);
          const cable = plug ? own(design.cables, plug.cable) : undefined;
          return (
            <li key={p.ref.port} style={{ display: 'flex', alignItems: 'center', gap: 6, minHeight: 34 }}>
              <span style={{ width: 70 }}>{p.label}</span>
              <span className="muted inspector-note" style={{ flex: 1 }}>
                {cable ? `${cable.name} (${plug?.end})` : portFacts(design, p.ref) || p.face}
              </span>
              {cable ? (
                <button type="button" className="btn small" onClick={() => a.select({ kind: 'cable', id: cable.id })}>
                  Cable
                </button>
              ) : tool.kind === 'connect' ? (
                <button type="button" className="btn small primary" onClick={() => a.pickPort(p.ref)}>
                  {tool.from ? 'Connect to' : 'Connect from'}
                </button>
              ) : (
                <button type="button" className="btn small" onClick={() => a.select({ kind: 'port', ref: p.ref })}>
                  Select
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/** Children of rack equipment: modules in slots, transceivers in cages. */
function Children({ design, device }: { design: Design; device: Device }) {
  const part = rackPartOf(catalogueFor(design), device);
  if (!part || (part.slots.length === 0 && part.cages.length === 0)) return null;
  const kids = childrenOf(design, device.id);
  return (
    <>
      <h3>
        {part.slots.length
          ? `Slots (${kids.length}/${part.slots.length} filled)`
          : `Transceivers (${kids.length}/${part.cages.length} cages)`}
      </h3>
      <ul className="plain">
        {kids.map((k) => (
          <li key={k.id}>
            <button
              type="button"
              className="rowbtn"
              onClick={() => designerActions().select({ kind: 'device', id: k.id })}
            >
              {k.name} <span className="muted">{catalogueFor(design).get(k.part)?.name ?? k.part}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Inspector of a device. */
export function DeviceInspector({ design, device }: { design: Design; device: Device }) {
  const a = designerActions();
  const cat = catalogueFor(design);
  const part = cat.get(device.part);
  const p = device.placement;
  const target = { kind: 'device', id: device.id } as const;
  const kind =
    part?.kind === 'transceiver'
      ? 'Transceiver'
      : part?.kind === 'module'
        ? 'Module'
        : part?.kind === 'rack-equipment'
          ? part.role === 'switch'
            ? 'Switch'
            : part.role === 'enclosure'
              ? 'Enclosure'
              : 'Patch panel'
          : 'Device';
  const parentName = p.kind === 'slot' || p.kind === 'cage' ? (own(design.devices, p.parent)?.name ?? p.parent) : '';
  const acceptTransceiver = (q: { kind: string; id: string }) =>
    p.kind === 'cage' && canPlugTransceiver(design, p.parent, p.cage, cat.get(q.id), { exclude: device.id }).ok;
  return (
    <section className="panel" aria-label={`${kind} ${device.name}`}>
      <h2>
        {kind}: {device.name}
      </h2>
      <CommitInput
        label="Name"
        value={device.name}
        rule={FIELD_RULES.deviceName}
        onCommit={(v) => a.renameDevice(device.id, v)}
      />
      <dl className="kv">
        <dt>Label</dt>
        <dd className="label-text">{labelsFor(design).devices.get(device.id)?.text ?? '—'}</dd>
      </dl>
      {p.kind === 'rack' && (
        <>
          <dl className="kv">
            <dt>Position</dt>
            <dd>
              {own(design.racks, p.rack)?.name ?? p.rack},{' '}
              {formatURange({
                from: p.positionU,
                to: p.positionU + (part?.kind === 'rack-equipment' ? part.heightU : 1) - 1,
              })}
            </dd>
          </dl>
          <SelectField
            label="Mounted on"
            value={p.face}
            options={[
              { value: 'front', label: 'Front face' },
              { value: 'rear', label: 'Rear face' },
            ]}
            onChange={(f) => a.moveEquipment(device.id, p.rack, p.positionU, f)}
          />
        </>
      )}
      {p.kind === 'slot' && (
        <dl className="kv">
          <dt>In</dt>
          <dd>
            {parentName}, {p.slot.replace('slot-', 'slot ')}
          </dd>
        </dl>
      )}
      {p.kind === 'cage' && (
        <dl className="kv">
          <dt>In</dt>
          <dd>
            {parentName}, {p.cage.replace('cage-', 'Eth')} (
            {(
              own(
                CAGE_ACCEPTS,
                rackPartOf(cat, own(design.devices, p.parent) as Device)?.cages.find((c) => c.key === p.cage)
                  ?.formFactor ?? '',
              ) ?? []
            ).join(', ')}{' '}
            cage)
          </dd>
        </dl>
      )}
      {part && (
        <FacetSelects
          design={design}
          part={part}
          target={target}
          {...(p.kind === 'cage' ? { accept: acceptTransceiver } : {})}
        />
      )}
      <PartSummary design={design} device={device} />
      <PartFactsPrompt design={design} part={device.part} />
      <Children design={design} device={device} />
      <Ports design={design} device={device.id} />
      <div className="row-actions">
        {p.kind === 'rack' && (
          <button type="button" className="btn" onClick={() => a.nudgeSelection(1)} aria-label="Move up one unit">
            Up 1U
          </button>
        )}
        {p.kind === 'rack' && (
          <button type="button" className="btn" onClick={() => a.nudgeSelection(-1)} aria-label="Move down one unit">
            Down 1U
          </button>
        )}
        <button type="button" className="btn" onClick={() => a.requestView('focus', [device.id])}>
          Zoom to
        </button>
        <button
          type="button"
          className="btn danger"
          onClick={() => {
            a.deleteDevices([device.id]);
            a.select(null);
          }}
        >
          Delete
        </button>
      </div>
    </section>
  );
}
