/**
 * The field test of the permanent links through a tapped port, for the technician (issue 14):
 * the link's design verdict against its TIA-568.3-E link limit (REFERENCE-2 §16.2) and, per
 * wavelength, the worst measurement against the design — "850 nm: tested ✓ 1.420 dB, designed
 * 1.315" — or "untested".
 */
import { TEST_VERDICTS } from '../core/fieldTest';
import { LOSS_VERDICTS } from '../core/loss/judgement';
import type { FieldTestLink } from '../store/analysisFocus';
import { VerdictBadge } from '../panels/VerdictBadge';
import { CLASS_STYLE, fmtDb } from '../panels/verdictStyle';

const v3 = (n: number | null | undefined) => fmtDb(n).replace(' dB', '');

/** One link's test summary (its evaluation and outcome computed by the analysis worker). */
function LinkTest({ test }: { test: FieldTestLink }) {
  const { link, evaluation: e } = test;
  const o = test.outcome ?? undefined;
  const v = o ? TEST_VERDICTS[o.verdict] : TEST_VERDICTS.untested;
  return (
    <div className="pm-test" data-link={link.project} data-test-verdict={o?.verdict ?? 'untested'}>
      <div className="pm-badges">
        <VerdictBadge cls={v.cls} text={`Test: ${v.text}`} />
        <VerdictBadge cls={LOSS_VERDICTS[e.verdict].cls} text={`Design: ${LOSS_VERDICTS[e.verdict].text}`} />
      </div>
      <p className="pm-lbl pm-test-link">{link.label}</p>
      <ul className="pm-test-lines">
        {e.wavelengths.map((w) => {
          const h = o?.headlines.find((x) => x.wavelengthNm === w.wavelengthNm)?.measured;
          const text = h
            ? `${w.wavelengthNm} nm: tested ${CLASS_STYLE[TEST_VERDICTS[h.verdict].cls].glyph} ${v3(h.result.lossDb)} dB, designed ${v3(h.designedDb)}`
            : `${w.wavelengthNm} nm: untested, designed ${v3(w.designedDb)} dB, limit ${v3(w.test.limitDb)}`;
          return (
            <li key={w.wavelengthNm} className={h ? `v-text-${TEST_VERDICTS[h.verdict].cls}` : 'muted'}>
              {text}
              {h && h.verdict !== 'as-designed' ? ` (${TEST_VERDICTS[h.verdict].text})` : ''}
            </li>
          );
        })}
      </ul>
      {o && o.verdict !== 'as-designed' && o.tested && (
        <ul className="reasons">
          {o.reasons.slice(0, 3).map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The links of the channels through a port, each with its test summary (nothing when none). */
export function LinkTestSummary({ links }: { links: readonly FieldTestLink[] }) {
  if (links.length === 0) return null;
  return (
    <>
      <h3>Field test</h3>
      {links.map((t) => (
        <LinkTest key={t.link.key} test={t} />
      ))}
    </>
  );
}
