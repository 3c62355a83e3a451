/**
 * The field-test section of the selected channel (issue 14): for each permanent link of the
 * channel its test settings (application, reference method, limit), the designed loss against
 * the TIA-568.3-E link limit per wavelength (REFERENCE-2 §16.2), and the measured results against
 * the design (§16.6): delta, margin, verdict, the likely hop, polarity, history.
 */
import type { Design, ReferenceMethod, TestLimitKind } from '../core/design';
import { fieldTestSettings } from '../core/design';
import {
  LIMIT_KIND_TEXT,
  LINK_APPLICATIONS,
  METHOD_TEXT,
  TEST_VERDICTS,
  linkSetting,
  type LinkOutcome,
  type PermanentLink,
} from '../core/fieldTest';
import { LOSS_VERDICTS } from '../core/loss/judgement';
import type { FieldTestLink } from '../store/analysisFocus';
import { designerActions, useDesigner } from '../store/store';
import { SelectField } from './fields';
import { VerdictBadge } from './VerdictBadge';
import { fmtDb } from './verdictStyle';

const v3 = (n: number | null | undefined): string => fmtDb(n).replace(' dB', '');
const signed = (n: number | null) => (n === null ? '—' : `${n >= 0 ? '+' : ''}${v3(n)}`);

/** What the field-test section reads of the design: the settings and the per-link test settings. */
type LinkDesign = Pick<Design, 'settings' | 'linkTests'>;

function LinkSettings({ design, link }: { design: LinkDesign; link: PermanentLink }) {
  const own = linkSetting(design, link.key);
  const def = fieldTestSettings(design).referenceMethod;
  const set = designerActions().setLinkTest;
  return (
    <div className="ft-settings">
      <SelectField<string>
        label="Application"
        value={own?.application ?? ''}
        options={[
          { value: '', label: 'none (TIA link limit only)' },
          ...LINK_APPLICATIONS.map((a) => ({ value: a, label: a })),
        ]}
        onChange={(v) =>
          set(
            link.key,
            { application: v === '' ? null : (v as (typeof LINK_APPLICATIONS)[number]) },
            `Set ${link.label} application to ${v || 'none'}`,
          )
        }
      />
      <SelectField<string>
        label="Reference"
        value={own?.referenceMethod ?? ''}
        options={[
          { value: '', label: `design default (${METHOD_TEXT[def]})` },
          ...(['1J', '2J', '3J'] as const).map((m) => ({ value: m, label: METHOD_TEXT[m] })),
        ]}
        onChange={(v) =>
          set(
            link.key,
            { referenceMethod: v === '' ? null : (v as ReferenceMethod) },
            `Set ${link.label} reference method`,
          )
        }
      />
      <SelectField<TestLimitKind>
        label="Test against"
        value={own?.limit ?? 'tia'}
        options={(['tia', 'application', 'design-budget'] as const).map((k) => ({
          value: k,
          label: LIMIT_KIND_TEXT[k],
        }))}
        onChange={(v) =>
          set(link.key, { limit: v === 'tia' ? null : v }, `Test ${link.label} against the ${LIMIT_KIND_TEXT[v]}`)
        }
      />
    </div>
  );
}

function Measured({ o }: { o: LinkOutcome }) {
  if (!o.tested) return <p className="muted">Untested: no result imported for this link.</p>;
  return (
    <table className="losstable ft-results" aria-label={`Results of ${o.link.label}`}>
      <thead>
        <tr>
          <th scope="col">Fiber</th>
          <th scope="col" className="num">
            nm
          </th>
          <th scope="col" className="num">
            Measured
          </th>
          <th scope="col" className="num">
            Designed
          </th>
          <th scope="col" className="num">
            Δ
          </th>
          <th scope="col" className="num">
            Margin
          </th>
        </tr>
      </thead>
      {o.fibers.map((m) => (
        <tbody key={`${m.designation}@${m.wavelengthNm}`} data-fiber={m.designation} data-verdict={m.verdict}>
          <tr>
            <td>{m.designation === '*' ? 'link' : m.designation}</td>
            <td className="num">{m.wavelengthNm}</td>
            <td className="num">{v3(m.result.lossDb)}</td>
            <td className="num">{v3(m.designedDb)}</td>
            <td className="num">{signed(m.deltaDb)}</td>
            <td className="num" title={m.limit.text}>
              {v3(m.marginDb)}
            </td>
          </tr>
          <tr className="ft-verdict-row">
            <td colSpan={6}>
              <VerdictBadge cls={TEST_VERDICTS[m.verdict].cls} text={TEST_VERDICTS[m.verdict].text} />
              {m.history.length > 0 && (
                <span
                  className="muted"
                  title={m.history
                    .map((h) => `${v3(h.lossDb)} dB ${h.testedAt ?? h.importedAt} (${h.source})`)
                    .join('\n')}
                >
                  {' '}
                  {m.history.length} earlier result{m.history.length > 1 ? 's' : ''} kept
                </span>
              )}
              {m.likely && <div className="ft-likely">{m.likely.text}</div>}
            </td>
          </tr>
        </tbody>
      ))}
    </table>
  );
}

/**
 * The field-test section of the open channel: its permanent links with their evaluations and
 * outcomes (computed on the analysis side, `FieldTestLink`); nothing when it has none. Follows
 * the design's settings and per-link test settings only (the ones the user edits here), so an
 * edit of any other record does not re-render it or the channel around it.
 */
export function FieldTestSection({ links }: { links: readonly FieldTestLink[] }) {
  const settings = useDesigner((s) => s.doc.settings);
  const linkTests = useDesigner((s) => s.doc.linkTests);
  if (links.length === 0) return null;
  const design: LinkDesign = linkTests ? { settings, linkTests } : { settings };
  return (
    <>
      <h3>Field test</h3>
      {links.map(({ link, evaluation: e, outcome: o }) => {
        const other = design.settings.labelScheme === 'project' ? link.tia606 : link.project;
        return (
          <div className="ft-link" key={link.key} data-link={link.project} data-testid="field-test-link">
            <p className="ft-title">
              <span className="label-text">{link.label}</span>
              <span className="muted"> · {other}</span>
            </p>
            <p className="ft-badges">
              <VerdictBadge cls={LOSS_VERDICTS[e.verdict].cls} text={`Design: ${LOSS_VERDICTS[e.verdict].text}`} />
              {o && <VerdictBadge cls={TEST_VERDICTS[o.verdict].cls} text={`Test: ${TEST_VERDICTS[o.verdict].text}`} />}
              <span className="muted">
                {link.fibers.length} fibers · {link.fiberTypes.join('/')} · {METHOD_TEXT[e.settings.method]}
              </span>
            </p>
            <LinkSettings design={design} link={link} />
            <table className="losstable" aria-label={`Designed loss of ${link.label}`}>
              <thead>
                <tr>
                  <th scope="col">nm</th>
                  <th scope="col" className="num">
                    Designed
                  </th>
                  <th scope="col" className="num">
                    Limit
                  </th>
                  <th scope="col" className="num">
                    Margin
                  </th>
                  <th scope="col">Verdict</th>
                </tr>
              </thead>
              <tbody>
                {e.wavelengths.map((w) => (
                  <tr key={w.wavelengthNm}>
                    <td>{w.wavelengthNm}</td>
                    <td className="num">{v3(w.designedDb)}</td>
                    <td
                      className="num"
                      title={`${w.test.text}${w.test.kind === 'tia' ? '' : `\nTIA link limit: ${w.worst?.tia?.text ?? 'unknown'}`}`}
                    >
                      {v3(w.test.limitDb)}
                      {w.test.unverified ? ' ◇' : ''}
                    </td>
                    <td className="num">
                      {v3(w.test.limitDb !== null && w.designedDb !== null ? w.test.limitDb - w.designedDb : null)}
                    </td>
                    <td>
                      <VerdictBadge
                        cls={LOSS_VERDICTS[w.verdict].cls}
                        title={`${LOSS_VERDICTS[w.verdict].text} (against the TIA link limit)`}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {e.application && (
              <p className="muted">
                As {e.application.application}:{' '}
                <VerdictBadge
                  cls={LOSS_VERDICTS[e.application.verdict].cls}
                  text={LOSS_VERDICTS[e.application.verdict].text}
                />{' '}
                {e.application.reasons[0] ?? ''}
              </p>
            )}
            {o && <Measured o={o} />}
            {o && o.reasons.length > 0 && (
              <ul className="reasons" aria-label="Field-test reasons">
                {o.reasons.slice(0, 6).map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </>
  );
}
