/**
 * The cells of the channel table, one component per column: the channel (both ends, their labels,
 * kind and applications), its polarity verdict, method, loss bar with IL / limit, margin, and
 * length / reach. Loss cells read the channel's loss report (REFERENCE §7, §8) and say "—" when
 * the channel has none (partial channels and passive links).
 */
import type { ReactNode } from 'react';
import type { AnalysedChannel, Analysis } from '../core/analysis/analyze';
import type { Design } from '../core/design';
import { VERDICTS } from '../core/engine/channels';
import type { LabelIndex } from '../core/labels';
import { LOSS_VERDICTS } from '../core/loss/judgement';
import { linksOf, rowClassOf } from '../store/fieldTestSelectors';
import { lossClass } from '../store/selectors';
import { channelApplications, endpointName } from './describe';
import { FieldTestCell, LinkLossCell } from './FieldTestCells';
import { MarginBar, VerdictBadge, VerdictDot } from './VerdictBadge';
import { fmtDb, fmtM } from './verdictStyle';

/** What a cell gets: its channel, the design (for field-test records), the analysis and labels, and whether the row is selected. */
export interface CellProps {
  readonly c: AnalysedChannel;
  readonly design: Design;
  readonly analysis: Analysis;
  readonly labels: LabelIndex;
  readonly focused: boolean;
}

const KIND_WORD: Readonly<Record<AnalysedChannel['kind'], string>> = {
  duplex: 'Duplex',
  parallel: 'Parallel',
  breakout: 'Breakout leg',
  partial: 'Partial',
  link: 'Passive link',
};

const NONE = <span className="muted">—</span>;
const noDb = (s: string) => s.replace(' dB', '');

/** Labels of a channel's transceiver ends (`R1-SW1-Eth1 ↔ R2-SW1-Eth49 · `), or '' when an end has none. */
function endpointLabels(labels: LabelIndex, c: AnalysedChannel): string {
  const a = c.a.transceiver ? labels.devices.get(c.a.transceiver)?.text : undefined;
  const b = c.b.transceiver ? labels.devices.get(c.b.transceiver)?.text : undefined;
  return a && b ? `${a} ↔ ${b} · ` : '';
}

/** A loss cell: `draw(report, class)` when the channel has a loss report, a dash otherwise. */
function withLoss(
  c: AnalysedChannel,
  draw: (l: NonNullable<AnalysedChannel['loss']>, cls: NonNullable<ReturnType<typeof lossClass>>) => ReactNode,
): ReactNode {
  const lc = lossClass(c);
  return c.loss && lc ? draw(c.loss, lc) : NONE;
}

/** The channel: a button with the overall class dot, both ends, and labels · kind · applications. */
export function ChannelNameCell({ c, design, analysis, labels, focused }: CellProps) {
  const apps = channelApplications(analysis, c);
  const link = c.kind === 'link' ? linksOf(design).byChannel.get(c.key)?.[0]?.label : undefined;
  return (
    <button type="button" className="rowbtn" aria-pressed={focused}>
      <VerdictDot cls={rowClassOf(design, c)} />
      <span className="wrap">
        {endpointName(analysis, c.a)} ↔ {endpointName(analysis, c.b)}
        <span className="sub">
          {endpointLabels(labels, c)}
          {KIND_WORD[c.kind]}
          {link ? ` · ${link}` : ''}
          {apps ? ` · ${apps}` : ''}
        </span>
      </span>
    </button>
  );
}

/** The polarity verdict badge. */
export const PolarityCell = ({ c }: CellProps) => (
  <VerdictBadge cls={VERDICTS[c.verdict].cls} text={VERDICTS[c.verdict].text} />
);

/** The recognised TIA-568.3-E method, or a dash. */
export const MethodCell = ({ c }: CellProps) => <>{c.method === 'none' ? NONE : c.method}</>;

/**
 * The loss bar (insertion loss / limit) and the two figures in dB; a passive link shows its
 * designed loss against its TIA-568.3-E link limit (REFERENCE-2 §16.2).
 */
export const LossCell = ({ c, design }: CellProps) =>
  !c.loss && c.kind === 'link' ? (
    <LinkLossCell design={design} channel={c} />
  ) : (
    withLoss(c, (l, lc) => (
      <span className="losscell">
        <MarginBar
          totalDb={l.totalDb}
          limitDb={l.limitDb}
          cls={lc}
          label={`${LOSS_VERDICTS[l.verdict].text}: ${fmtDb(l.totalDb)} of ${fmtDb(l.limitDb)}`}
        />
        <span>
          {noDb(fmtDb(l.totalDb))} / {l.limitDb === null ? '—' : noDb(fmtDb(l.limitDb))}
        </span>
      </span>
    ))
  );

/** The loss margin in dB as a badge of the loss verdict class. */
export const MarginCell = ({ c }: CellProps) =>
  withLoss(c, (l, lc) => (
    <VerdictBadge
      cls={lc}
      text={l.marginDb === null ? LOSS_VERDICTS[l.verdict].text : noDb(fmtDb(l.marginDb))}
      title={`${LOSS_VERDICTS[l.verdict].text}${l.marginDb === null ? '' : `: margin ${fmtDb(l.marginDb)}`}`}
    />
  ));

/** Channel length and the governing application's reach, m. */
export function ReachCell({ c }: CellProps) {
  const l = c.loss;
  if (!l) return NONE;
  const reach = l.applications.find((j) => j.application === l.governing)?.reachM?.value ?? null;
  return <>{`${fmtM(l.lengthM).replace(' m', '')} / ${fmtM(reach).replace(' m', '')}`}</>;
}

/** The field-test outcome of the channel's permanent links (issue 14), or a dash when untested. */
export const TestCell = ({ c, design }: CellProps) => <FieldTestCell design={design} channel={c} />;
