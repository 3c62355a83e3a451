/**
 * Inspector of a cable: name, polarity type or cord type, gender, polish, loss grade (each a part
 * swap), length and fiber type, and where every end is plugged.
 */
import { catalogueFor } from '../core/catalogue';
import { FIBER_TYPES, type FiberType } from '../core/connectors';
import { portKey, type Cable, type Design } from '../core/design';
import { labelsFor } from '../core/labels';
import { designerActions } from '../store/store';
import { portLabel } from './describe';
import { CommitInput, FacetSelects, SelectField } from './fields';
import { partFacts } from './partFacts';
import { own } from '../core/own';
import { FIELD_RULES } from '../io/fieldRules';

/** Inspector of a cable. */
export function CableInspector({ design, cable }: { design: Design; cable: Cable }) {
  const a = designerActions();
  const part = catalogueFor(design).get(cable.part);
  const ends = part?.kind === 'cable' ? part.ends : Object.keys(cable.ends).map((key) => ({ key, label: key }));
  const word =
    part?.kind === 'cable'
      ? {
          trunk: 'Trunk',
          'array-cable': 'Array cable',
          harness: 'Harness',
          'duplex-cord': 'Patch cord',
          'conversion-cable': 'Conversion cable',
          pigtail: 'Pigtail',
          'bulk-cable': 'Spliced cable',
          splitter: 'Splitter cable',
        }[part.cableClass]
      : 'Cable';
  return (
    <section className="panel" aria-label={`${word} ${cable.name}`}>
      <h2>
        {word}: {cable.name}
      </h2>
      <CommitInput
        label="Name"
        value={cable.name}
        rule={FIELD_RULES.cableName}
        onCommit={(v) => a.updateCable(cable.id, { name: v })}
      />
      <dl className="kv">
        <dt>Label</dt>
        <dd className="label-text">{labelsFor(design).cables.get(cable.id)?.text ?? '—'}</dd>
      </dl>
      {part && <FacetSelects design={design} part={part} target={{ kind: 'cable', id: cable.id }} />}
      <CommitInput
        label="Length"
        type="number"
        step={0.5}
        suffix={FIELD_RULES.cableLength.unit}
        rule={FIELD_RULES.cableLength}
        value={String(cable.lengthM)}
        onCommit={(v) => a.updateCable(cable.id, { lengthM: Number(v) })}
      />
      <SelectField<FiberType>
        label="Fiber type"
        value={cable.fiberType}
        options={FIBER_TYPES.map((f) => ({ value: f, label: f }))}
        onChange={(f) => a.updateCable(cable.id, { fiberType: f })}
      />
      {(cable.fiberType === 'OS2' || cable.fiberType === 'OS1a') && (
        <SelectField<'standard' | 'indoor-outdoor'>
          label="Construction"
          value={cable.construction ?? 'standard'}
          options={[
            { value: 'standard', label: `${cable.fiberType} (fiber type value)` },
            { value: 'indoor-outdoor', label: 'Indoor/outdoor, 0.5 dB/km' },
          ]}
          onChange={(v) => a.updateCable(cable.id, { construction: v === 'indoor-outdoor' ? v : null })}
        />
      )}
      {part ? (
        <>
          <p style={{ margin: '8px 0 4px' }}>{part.name}</p>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 3 }}>
            {partFacts(part).map((f) => (
              <span className="chip" key={f.label}>
                {f.label}: {f.value}
              </span>
            ))}
          </div>
        </>
      ) : (
        <p className="badge v-unchecked">Unknown part {cable.part}</p>
      )}
      <h3>Ends</h3>
      <dl className="kv">
        {ends.map((e) => {
          const ref = own(cable.ends, e.key);
          return [
            <dt key={`${e.key}-t`}>{e.label}</dt>,
            <dd key={`${e.key}-d`}>
              {ref ? (
                <button type="button" className="rowbtn" onClick={() => a.select({ kind: 'port', ref })}>
                  {portLabel(design, ref)}
                </button>
              ) : (
                <span className="muted">unplugged</span>
              )}
              {ref && <span className="muted label-text">{labelsFor(design).ports.get(portKey(ref))?.text}</span>}
            </dd>,
          ];
        })}
      </dl>
      <div className="row-actions">
        <button
          type="button"
          className="btn danger"
          onClick={() => {
            a.deleteCable(cable.id);
            a.select(null);
          }}
        >
          Delete cable
        </button>
      </div>
    </section>
  );
}
