/**
 * The sidebar: the channel of the selection (path, verdicts, fixes, loss, fiber map) above the
 * inspector of the selected rack, device, cable or port; with nothing selected, the design's
 * settings (loss mode, design margin).
 */
import type { Design } from '../core/design';
import type { LabelScheme, LossMode, MultimodeAttenuationModel } from '../core/design';
import { labelsFor } from '../core/labels';
import { portOccupant } from '../core/layout';
import type { FindingRow } from '../core/analysis/view';
import type { FocusView } from '../store/analysisFocus';
import { useAnalysis, useFocus } from '../store/analysisState';
import type { Selection } from '../store/session';
import { designerActions, useDesigner } from '../store/store';
import { ChannelDetail } from './ChannelDetail';
import { CableInspector } from './CableInspector';
import { portFacts, portLabel } from './describe';
import { DeviceInspector } from './DeviceInspector';
import { RackInspector } from './RackInspector';
import { CommitInput, SelectField } from './fields';
import { own } from '../core/own';
import { FIELD_RULES } from '../io/fieldRules';
import { FieldTestSettingsFields } from './FieldTestSettingsFields';

const LOSS_MODES: readonly { value: LossMode; label: string }[] = [
  { value: 'vendor-max', label: 'Vendor maximum' },
  { value: 'typical', label: 'Typical' },
  { value: 'tia-worst-case', label: 'TIA worst case (0.75 dB/pair)' },
];

/** The two labeling schemes of REFERENCE §9, with an example each. */
const LABEL_SCHEMES: readonly { value: LabelScheme; label: string }[] = [
  { value: 'project', label: 'Project (R12-P1-C3-Port4)' },
  { value: 'tia-606', label: 'TIA-606-B style (AJ05-14:C3-04)' },
];

const count = (o: object, word: string) => {
  const n = Object.keys(o).length;
  return `${n} ${word}${n === 1 ? '' : 's'}`;
};

function DesignSettingsPanel({ design }: { design: Design }) {
  const a = designerActions();
  const s = design.settings;
  return (
    <section className="panel" aria-label="Design settings">
      <h2>Design</h2>
      <CommitInput label="Name" value={design.name} rule={FIELD_RULES.designName} onCommit={(v) => a.renameDesign(v)} />
      <SelectField<LossMode>
        label="Loss mode"
        value={s.lossMode}
        options={LOSS_MODES}
        onChange={(v) => a.updateSettings({ lossMode: v })}
      />
      <CommitInput
        label="Design margin"
        type="number"
        step={0.1}
        suffix={FIELD_RULES.designMargin.unit}
        rule={FIELD_RULES.designMargin}
        value={String(s.designMarginDb)}
        onCommit={(v) => a.updateSettings({ designMarginDb: Number(v) })}
      />
      <SelectField<LabelScheme>
        label="Label scheme"
        value={s.labelScheme}
        options={LABEL_SCHEMES}
        onChange={(v) => a.updateSettings({ labelScheme: v })}
      />
      <SelectField<MultimodeAttenuationModel>
        label="MM attenuation"
        value={s.multimodeAttenuation}
        options={[
          { value: 'ieee-3.5', label: '3.5 dB/km (IEEE model)' },
          { value: 'alt-3.0', label: '3.0 dB/km' },
        ]}
        onChange={(v) => a.updateSettings({ multimodeAttenuation: v })}
      />
      <FieldTestSettingsFields design={design} />
      <dl className="kv">
        <dt>Contents</dt>
        <dd>
          {[count(design.racks, 'rack'), count(design.devices, 'device'), count(design.cables, 'cable')].join(', ')}
        </dd>
      </dl>
      <p className="muted">
        Select a rack, device, cable, port or channel to inspect it. Drag parts from the palette into a rack; pick a
        cable in the palette, then two ports, to connect.
      </p>
    </section>
  );
}

/** What the inspector reads of the shown analysis: the findings, and the focus of the selection (null until fetched). */
interface Shown {
  readonly findings: readonly FindingRow[] | null;
  readonly focus: FocusView | null;
}

function SelectionInspector({ design, sel, shown }: { design: Design; sel: Selection; shown: Shown }) {
  switch (sel.kind) {
    case 'rack': {
      const r = own(design.racks, sel.id);
      return r ? <RackInspector design={design} rack={r} /> : null;
    }
    case 'device': {
      const d = own(design.devices, sel.id);
      return d ? <DeviceInspector design={design} device={d} /> : null;
    }
    case 'cable': {
      const c = own(design.cables, sel.id);
      return c ? <CableInspector design={design} cable={c} /> : null;
    }
    case 'port': {
      const n = shown.focus?.portChannels ?? null;
      const dev = own(design.devices, sel.ref.device);
      const plug = portOccupant(design, sel.ref);
      const cable = plug ? own(design.cables, plug.cable) : undefined;
      return (
        <section className="panel" aria-label="Port">
          <h2>Port: {portLabel(design, sel.ref)}</h2>
          <dl className="kv">
            <dt>Label</dt>
            <dd className="label-text">
              {labelsFor(design).ports.get(`${sel.ref.device}#${sel.ref.port}`)?.text ?? '—'}
            </dd>
            <dt>Connector</dt>
            <dd>{portFacts(design, sel.ref) || '—'}</dd>
            <dt>Cable</dt>
            <dd>{cable ? `${cable.name}, end ${plug?.end}` : 'none'}</dd>
            <dt>Channels</dt>
            <dd>{n ?? '…'}</dd>
          </dl>
          <div className="row-actions">
            {cable && (
              <button
                type="button"
                className="btn"
                onClick={() => designerActions().select({ kind: 'cable', id: cable.id })}
              >
                Select cable {cable.name}
              </button>
            )}
            {dev && (
              <button
                type="button"
                className="btn"
                onClick={() => designerActions().select({ kind: 'device', id: dev.id })}
              >
                Select {dev.name}
              </button>
            )}
          </div>
        </section>
      );
    }
    case 'finding': {
      const f = shown.findings?.find((x) => x.key === sel.key);
      return f ? (
        <section className="panel" aria-label="Mating issue">
          <h2>
            <span className={`badge ${f.severity === 'invalid' ? 'v-fail' : 'v-unchecked'}`}>{f.rule}</span> Mating
            issue
          </h2>
          <p>{f.message}</p>
          <p className="muted">
            {f.parts[0]} ↔ {f.parts[1]}
          </p>
        </section>
      ) : null;
    }
    default:
      return null;
  }
}

/**
 * The channel of the selection, in full, as the analysis worker sent it (`FocusView`); a quiet
 * "loading" line while the focus of a new selection is fetched (the previous channel stays
 * while only the design changed).
 */
function FocusedChannel({ selection }: { selection: Selection }) {
  const focus = useFocus(selection);
  const fetched = useAnalysis((s) => s.focus);
  if (!focus)
    return fetched || selection.kind === 'channel' ? (
      <p className="muted loading" role="status" data-testid="channel-loading">
        Loading the channel…
      </p>
    ) : null;
  return focus.detail ? <ChannelDetail detail={focus.detail} /> : null;
}

/** The inspector of the selection (or the design settings), over the current design. */
function CurrentInspector({ selection }: { selection: Selection | null }) {
  const doc = useDesigner((s) => s.doc);
  const findings = useAnalysis((s) => s.view?.findings ?? null);
  const focus = useFocus(selection);
  if (!selection) return <DesignSettingsPanel design={doc} />;
  if (selection.kind === 'channel') return null;
  return <SelectionInspector design={doc} sel={selection} shown={{ findings, focus }} />;
}

/**
 * The sidebar: subscribes to the selection only; its parts subscribe to what they show. The
 * selection's own inspector comes first and the channel through it below: the channel arrives
 * later from the analysis worker, and above the inspector it pushed the fields and buttons down
 * under the pointer (a click meant for "Select cable" landed in the channel).
 */
export function Sidebar() {
  const selection = useDesigner((s) => s.session.selection);
  // While a design opens, the fields and buttons wait greyed out (the store refuses edits then).
  const opening = useDesigner((s) => s.session.opening !== null);
  return (
    <aside className="side" aria-label="Inspector">
      <fieldset className="wait-while-opening" disabled={opening} aria-busy={opening || undefined}>
        <CurrentInspector selection={selection} />
        {selection && <FocusedChannel selection={selection} />}
      </fieldset>
    </aside>
  );
}
