/**
 * The design's field-test settings (issue 14; REFERENCE-2 §16): the reference method assumed,
 * TIA-568.3-E reference-grade end connections (0.50 instead of 0.75 dB in the link limit), and
 * the "as designed" tolerance per fiber mode (default the TRC grades 0.10 MM / 0.20 SM dB,
 * UNVERIFIED as a tolerance, §16.6).
 */
import { fieldTestSettings, type Design, type FieldTestSettings, type ReferenceMethod } from '../core/design';
import { METHOD_TEXT } from '../core/fieldTest/linkLimit';
import { designerActions } from '../store/store';
import { CommitInput, SelectField } from './fields';

/** Fields of the field-test settings (in the design settings panel). */
export function FieldTestSettingsFields({ design }: { design: Design }) {
  const ft = fieldTestSettings(design);
  const update = (patch: Partial<FieldTestSettings>) =>
    designerActions().updateSettings({ fieldTest: { ...ft, ...patch } });
  const tolerance = (mode: 'multimode' | 'singleMode', v: string) => {
    const n = Number(v);
    if (Number.isFinite(n) && n >= 0 && n <= 5) update({ toleranceDb: { ...ft.toleranceDb, [mode]: n } });
    else designerActions().notify('error', 'Tolerance: a number of dB from 0 to 5');
  };
  return (
    <>
      <h3>Field test</h3>
      <SelectField<ReferenceMethod>
        label="Reference"
        value={ft.referenceMethod}
        options={(['1J', '2J', '3J'] as const).map((m) => ({
          value: m,
          label: `${METHOD_TEXT[m]}${m === '1J' ? ' (standard)' : ''}`,
        }))}
        onChange={(v) => update({ referenceMethod: v })}
      />
      <SelectField<'standard' | 'reference'>
        label="End conn."
        value={ft.referenceGradeEnds ? 'reference' : 'standard'}
        options={[
          { value: 'standard', label: '0.75 dB each (standard)' },
          { value: 'reference', label: '0.50 dB each (TIA-568.3-E reference-grade cords)' },
        ]}
        onChange={(v) => update({ referenceGradeEnds: v === 'reference' })}
      />
      <CommitInput
        label="Tolerance MM"
        type="number"
        step={0.05}
        min={0}
        suffix="dB"
        value={String(ft.toleranceDb.multimode)}
        onCommit={(v) => tolerance('multimode', v)}
      />
      <CommitInput
        label="Tolerance SM"
        type="number"
        step={0.05}
        min={0}
        suffix="dB"
        value={String(ft.toleranceDb.singleMode)}
        onCommit={(v) => tolerance('singleMode', v)}
      />
      <p className="muted">
        Measured up to designed + tolerance reads “as designed”. Defaults are the test-cord grades (0.10 MM / 0.20 SM
        dB), <span className="badge v-unverified">◇ unverified</span> as an acceptance tolerance.
      </p>
    </>
  );
}
