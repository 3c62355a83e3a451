/**
 * Connect by label (issue 12 §2), from the keyboard: type both ends' labels in either scheme
 * (`R1-P1-C1-Port3`, `AJ05-14:C3-04`; any case, with or without leading zeros) with completion
 * from the design's port labels (`core/labels` `findPorts`), choose the cable part (default: the
 * connect tool's part, else the part of the last cable laid), read the engine's verdict before
 * committing (`connectVerdict`: V1–V7, P1 with the rule named), and connect: the canvas's own
 * connect path (`startConnect`, `pickPort` twice), one undo step. The dialog stays open for the
 * next pair; Escape closes it.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { catalogueFor } from '../core/catalogue';
import { connectVerdict, designIndexFor, type ConnectVerdict } from '../core/connectVerdict';
import { portKey, type PortRef } from '../core/design';
import { defaultCablePart, portOfLabel } from './connectByLabel';
import type { PartId } from '../core/ids';
import { findPorts, labelsFor, type PortMatch } from '../core/labels';
import type { CablePart } from '../core/parts';
import { VERDICT_CLASS_STYLE } from '../core/verdictStyle';
import { useModalDialog } from '../panels/useModalDialog';
import { designerStore, useDesigner } from '../store/store';
import { setUi, useUi } from './uiState';
import './connectByLabel.css';

/** One end's field with its completion list (a combobox). */
function EndField(props: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (v: string) => void;
  readonly matches: readonly PortMatch[];
  readonly resolved: boolean;
  readonly autoFocus?: boolean;
  readonly inputId?: string;
}) {
  const auto = useId();
  const id = props.inputId ?? auto;
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const show = open && !props.resolved && props.matches.length > 0;
  const cur = Math.min(active, props.matches.length - 1);
  const accept = (m: PortMatch) => {
    props.onChange(m.entry.text);
    setOpen(false);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!show) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = props.matches.length;
      setActive((cur + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      const m = props.matches[cur];
      if (m) {
        if (e.key === 'Enter') e.preventDefault();
        accept(m);
      }
    }
  };
  return (
    <div className="cbl-end">
      <label htmlFor={`${id}-in`}>{props.label}</label>
      <input
        id={`${id}-in`}
        className="input"
        role="combobox"
        aria-expanded={show}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={show ? `${id}-opt-${cur}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="R1-P1-C1-Port3"
        autoFocus={props.autoFocus}
        value={props.value}
        onChange={(e) => {
          props.onChange(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKey}
        onBlur={() => setOpen(false)}
        data-resolved={props.resolved}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={`${props.label} suggestions`} hidden={!show}>
        {show &&
          props.matches.map((m, i) => (
            <li
              key={portKey(m.ref)}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === cur}
              onPointerDown={(e) => {
                e.preventDefault();
                accept(m);
              }}
            >
              <span className="cbl-label">{m.entry.text}</span> <span className="muted">{m.entry.name}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}

function VerdictLine({ v }: { readonly v: ConnectVerdict | null }) {
  if (!v) return <p className="cbl-verdict muted">Type both ends to see whether the cable mates.</p>;
  return (
    <p className="cbl-verdict" data-verdict={v.cls} role="status">
      {VERDICT_CLASS_STYLE[v.cls].glyph} {v.text}
      {v.rule && !v.text.includes(v.rule) && <span className="cbl-rule">Rule: {v.rule}</span>}
    </p>
  );
}

/**
 * The dialog (opened by the `connect-by-label` command). Closed, it is an empty `<dialog>`: the
 * form, with its labels, design index and verdicts, exists only while it is open, so an edit of
 * the design costs it nothing.
 */
export function ConnectByLabelDialog() {
  const open = useUi((s) => s.connectByLabel);
  const ref = useModalDialog(open);
  const close = () => setUi({ connectByLabel: false });
  return (
    <dialog
      ref={ref}
      className="connect-by-label"
      aria-label="Connect by label"
      onClose={close}
      onClick={(e) => {
        if (e.target === ref.current) close();
      }}
    >
      {open && <ConnectByLabelForm close={close} />}
    </dialog>
  );
}

/** The open dialog's form: both ends, the cable part, the verdict; its state starts empty at each opening. */
function ConnectByLabelForm({ close }: { readonly close: () => void }) {
  // The collections the labels and verdicts read (never the whole document).
  const cables = useDesigner((s) => s.doc.cables);
  const devices = useDesigner((s) => s.doc.devices);
  const parts = useDesigner((s) => s.doc.parts);
  const racks = useDesigner((s) => s.doc.racks);
  const toolPart = useDesigner((s) => (s.session.tool.kind === 'connect' ? s.session.tool.part : null));
  const [part, setPart] = useState<PartId | null>(null);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const d = designerStore.getState().doc;
  const cableParts = useMemo(() => {
    void parts;
    return catalogueFor(designerStore.getState().doc)
      .parts.filter((p): p is CablePart => p.kind === 'cable')
      .sort((x, y) => x.name.localeCompare(y.name));
  }, [parts]);
  const chosen = part ?? defaultCablePart(d, toolPart);
  const view = useMemo(() => {
    void [cables, devices, racks, parts];
    const doc = designerStore.getState().doc;
    const idx = labelsFor(doc);
    const ra = portOfLabel(doc, a);
    const rb = portOfLabel(doc, b);
    const index = designIndexFor(doc);
    const from: PortRef | null = ra?.ref ?? null;
    // The first end alone first (a taken or unmateable From names its rule), then the pair.
    const va = ra ? connectVerdict(doc, index, chosen, null, ra.ref) : null;
    const v = va?.cls !== 'fail' && ra && rb ? connectVerdict(doc, index, chosen, from, rb.ref) : va;
    return {
      ra,
      rb,
      v,
      ma: a.trim() ? findPorts(idx, a, 8) : [],
      mb: b.trim() ? findPorts(idx, b, 8) : [],
    };
  }, [a, b, chosen, cables, devices, racks, parts]);
  const canConnect = !!view.ra && !!view.rb && view.v?.cls !== 'fail';
  const connect = () => {
    const s = designerStore.getState();
    if (!view.ra || !view.rb) return;
    const before = s.session.tool;
    const nCables = Object.keys(s.doc.cables).length;
    s.actions.startConnect(chosen);
    s.actions.pickPort(view.ra.ref);
    const armed = designerStore.getState().session.tool;
    // A refused first end leaves the tool unarmed: the second pick must not become a first end.
    if (armed.kind === 'connect' && armed.from) s.actions.pickPort(view.rb.ref);
    const after = designerStore.getState();
    s.actions.setTool(before.kind === 'connect' ? { ...before, from: null } : before);
    if (Object.keys(after.doc.cables).length > nCables) {
      setDone(`Laid ${view.ra.entry.text} ↔ ${view.rb.entry.text}`);
      setA('');
      setB('');
      document.getElementById('cbl-from-in')?.focus();
    } else setDone(after.session.notice?.text ?? 'Not connected');
  };
  return (
    <form
      method="dialog"
      onSubmit={(e) => {
        e.preventDefault();
        if (canConnect) connect();
      }}
    >
      <h2>Connect by label</h2>
      <label className="cbl-part">
        Cable
        <select className="input" value={chosen} onChange={(e) => setPart(e.target.value as PartId)}>
          {cableParts.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <EndField
        label="From"
        value={a}
        onChange={setA}
        matches={view.ma}
        resolved={!!view.ra}
        autoFocus
        inputId="cbl-from"
      />
      <EndField label="To" value={b} onChange={setB} matches={view.mb} resolved={!!view.rb} />
      <VerdictLine v={view.v} />
      {done && (
        <p className="cbl-done muted" role="status">
          {done}
        </p>
      )}
      <div className="cbl-actions">
        <button type="button" className="btn" onClick={close}>
          Close
        </button>
        <button type="submit" className="btn primary" disabled={!canConnect}>
          Connect
        </button>
      </div>
    </form>
  );
}
