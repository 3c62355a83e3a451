/**
 * The inspector of a selected rack: name, height, its row (move it into another row or a new one,
 * rename the row on all its racks), its place in the row with Move left / Move right, its label
 * (REFERENCE §9: the TIA-606 cabinet id carries the row) and Delete. Every change is one named
 * undo step through the store; a row name the schema refuses is refused at the field.
 */
import type { Design, Rack } from '../core/design';
import { labelsFor } from '../core/labels';
import { hallRows, nextRowName, rackPlace } from '../core/rows';
import { FIELD_RULES } from '../io/fieldRules';
import { designerActions } from '../store/store';
import { CommitInput, SelectField } from './fields';

/** Value of the Row select's "new row" option (never a row name: row names are trimmed text). */
const NEW_ROW = '\u0000new';

/** The rack inspector. */
export function RackInspector({ design, rack }: { design: Design; rack: Rack }) {
  const a = designerActions();
  const rows = hallRows(design);
  const at = rackPlace(design, rack.id) ?? { row: rack.row, index: 0, count: 1 };
  const fresh = nextRowName(design);
  return (
    <section className="panel" aria-label={`Rack ${rack.name}`}>
      <h2>Rack: {rack.name}</h2>
      <CommitInput
        label="Name"
        value={rack.name}
        rule={FIELD_RULES.rackName}
        onCommit={(v) => a.renameRack(rack.id, v)}
      />
      <SelectField
        label="Height"
        value={String(rack.heightU)}
        options={[42, 45, 48].map((h) => ({ value: String(h), label: `${h}U` }))}
        onChange={(v) => a.resizeRack(rack.id, Number(v))}
      />
      <SelectField
        label="Row"
        value={rack.row}
        options={[
          ...rows.map((r) => ({ value: r.name, label: `${r.name} (${r.racks.length})` })),
          { value: NEW_ROW, label: `New row: ${fresh}` },
        ]}
        onChange={(v) => {
          if (v === NEW_ROW) a.moveRackTo(rack.id, fresh, 0);
          else if (v !== rack.row) a.moveRackTo(rack.id, v, rows.find((r) => r.name === v)?.racks.length ?? 0);
        }}
      />
      <CommitInput
        label="Row name"
        value={rack.row}
        rule={FIELD_RULES.rowName}
        onCommit={(v) => a.renameRow(rack.row, v)}
      />
      <dl className="kv">
        <dt>Label</dt>
        <dd className="label-text" data-testid="rack-label">
          {labelsFor(design).racks.get(rack.id)?.text ?? '—'}
        </dd>
        <dt>Position</dt>
        <dd data-testid="rack-position">
          {at.index + 1} of {at.count} in {at.row}
        </dd>
      </dl>
      <div className="row-actions">
        <button type="button" className="btn" disabled={at.index <= 0} onClick={() => a.stepRack(rack.id, -1)}>
          Move left
        </button>
        <button
          type="button"
          className="btn"
          disabled={at.index >= at.count - 1}
          onClick={() => a.stepRack(rack.id, 1)}
        >
          Move right
        </button>
        <button
          type="button"
          className="btn danger"
          onClick={() => {
            a.deleteRack(rack.id);
            a.select(null);
          }}
        >
          Delete rack
        </button>
      </div>
    </section>
  );
}
