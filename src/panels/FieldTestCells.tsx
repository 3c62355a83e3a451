/**
 * Field-test cells of the channel list (issue 14): the design-time verdict of a passive link
 * (designed loss against its TIA-568.3-E link limit, REFERENCE-2 §16.2) in the loss column, and
 * the field-test outcome of a channel's permanent links ("tested ✓ 1.42 dB, designed 1.33").
 */
import { TEST_VERDICTS, type ChannelTestOutcome, type LinkEvaluation } from '../core/fieldTest';
import { LOSS_VERDICTS } from '../core/loss/judgement';
import { headlineText } from './fieldTestRows';
import { MarginBar, VerdictBadge } from './VerdictBadge';
import { fmtDb } from './verdictStyle';

const dB = (n: number | null | undefined) => fmtDb(n).replace(' dB', '');

/** The loss cell of a passive link (`e`, its evaluation): worst wavelength's designed loss against its TIA link limit. */
export function LinkLossCell({ e }: { e: LinkEvaluation | null }) {
  const w = e?.wavelengths[0];
  if (!e || !w) return <span className="muted">—</span>;
  const cls = LOSS_VERDICTS[e.verdict].cls;
  const limit = w.worst?.tia?.limitDb ?? null;
  const label = `Link ${LOSS_VERDICTS[e.verdict].text}: designed ${fmtDb(w.designedDb)} of a ${fmtDb(limit)} TIA link limit at ${w.wavelengthNm} nm${e.settings.application ? `; ${e.settings.application}` : ''}`;
  return (
    <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }} title={e.reasons.join('\n')}>
      {w.designedDb !== null && <MarginBar totalDb={w.designedDb} limitDb={limit} cls={cls} label={label} />}
      {dB(w.designedDb)} / {dB(limit)}
      <span className="muted">@{w.wavelengthNm}</span>
    </span>
  );
}

/** The field-test cell: `t`, the outcome of the channel's permanent links (null: untested or none). */
export function FieldTestCell({ t }: { t: ChannelTestOutcome | null }) {
  if (!t) return <span className="muted">—</span>;
  const v = TEST_VERDICTS[t.verdict];
  const worst = t.links.find((o) => o.verdict === t.verdict) ?? t.links[0];
  const head = worst ? headlineText(worst) : '';
  return (
    <span className="ft-cell" data-test-verdict={t.verdict} title={worst?.reasons.slice(0, 6).join('\n')}>
      <VerdictBadge cls={v.cls} text={t.verdict === 'as-designed' ? 'Tested' : v.text} />
      {head && <span className="muted"> {head}</span>}
    </span>
  );
}
