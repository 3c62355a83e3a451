/**
 * The cells of the channel table, one component per column: the channel (both ends, their labels,
 * kind and applications), its polarity verdict, method, loss bar with IL / limit, margin, and
 * length / reach. Cells read the channel's row as the analysis worker sent it (`ChannelRow`: loss
 * figures from its loss report, REFERENCE §7, §8) and its field-test row (`FieldRow`, issue 14),
 * and say "—" when the channel has no loss report (partial channels and passive links).
 */
import type { ReactNode } from 'react';
import type { ChannelRow, LossRow } from '../core/analysis/view';
import type { LabelIndex } from '../core/labels';
import { rowClass, type FieldRow } from '../store/analysisFocus';
import { FieldTestCell, LinkLossCell } from './FieldTestCells';
import { MarginBar, VerdictBadge, VerdictDot } from './VerdictBadge';
import { fmtDb, fmtM } from './verdictStyle';

/** What a cell gets: its row, the row's field-test state (if any), the labels, and whether the row is selected. */
export interface CellProps {
  readonly r: ChannelRow;
  readonly f: FieldRow | undefined;
  readonly labels: LabelIndex;
  readonly focused: boolean;
  /**
   * Shown under the channel's name, inside its button (only the channel cell shows it): the
   * columns folded into the channel's cell on a narrow pane (`ChannelList.tsx`).
   */
  readonly under?: ReactNode;
}

const KIND_WORD: Readonly<Record<ChannelRow['kind'], string>> = {
  duplex: 'Duplex',
  parallel: 'Parallel',
  breakout: 'Breakout leg',
  partial: 'Partial',
  link: 'Passive link',
};

const NONE = <span className="muted">—</span>;
const noDb = (s: string) => s.replace(' dB', '');

/** Labels of a channel's transceiver ends (`R1-SW1-Eth1 ↔ R2-SW1-Eth49 · `), or '' when an end has none. */
function endpointLabels(labels: LabelIndex, r: ChannelRow): string {
  const a = r.a.transceiver ? labels.devices.get(r.a.transceiver)?.text : undefined;
  const b = r.b.transceiver ? labels.devices.get(r.b.transceiver)?.text : undefined;
  return a && b ? `${a} ↔ ${b} · ` : '';
}

/** A loss cell: `draw(loss)` when the channel has a loss report, a dash otherwise. */
const withLoss = (r: ChannelRow, draw: (l: LossRow) => ReactNode): ReactNode => (r.loss ? draw(r.loss) : NONE);

/**
 * The channel: a button with the overall class dot, both ends, and labels · kind · applications,
 * then `under` (the folded columns), all one 44 px target.
 */
export function ChannelNameCell({ r, f, labels, focused, under }: CellProps) {
  return (
    <button type="button" className="rowbtn" aria-pressed={focused}>
      <VerdictDot cls={rowClass(r, f)} />
      <span className="wrap">
        <span className="name">
          {r.a.name} ↔ {r.b.name}
        </span>
        <span className="sub">
          {endpointLabels(labels, r)}
          {KIND_WORD[r.kind]}
          {f?.linkLabel ? ` · ${f.linkLabel}` : ''}
          {r.applications ? ` · ${r.applications}` : ''}
        </span>
        {under}
      </span>
    </button>
  );
}

/** The polarity verdict badge. */
export const PolarityCell = ({ r }: CellProps) => <VerdictBadge cls={r.polarityClass} text={r.verdictText} />;

/** The recognised TIA-568.3-E method, or a dash. */
export const MethodCell = ({ r }: CellProps) => <>{r.method === 'none' ? NONE : r.method}</>;

/**
 * The loss bar (insertion loss / limit) and the two figures in dB; a passive link shows its
 * designed loss against its TIA-568.3-E link limit (REFERENCE-2 §16.2).
 */
export const LossCell = ({ r, f }: CellProps) =>
  !r.loss && r.kind === 'link' ? (
    <LinkLossCell e={f?.link ?? null} />
  ) : (
    withLoss(r, (l) => (
      <span className="losscell">
        <MarginBar
          totalDb={l.totalDb}
          limitDb={l.limitDb}
          cls={l.cls}
          label={`${l.text}: ${fmtDb(l.totalDb)} of ${fmtDb(l.limitDb)}`}
        />
        <span>
          {noDb(fmtDb(l.totalDb))} / {l.limitDb === null ? '—' : noDb(fmtDb(l.limitDb))}
        </span>
      </span>
    ))
  );

/** The loss margin in dB as a badge of the loss verdict class. */
export const MarginCell = ({ r }: CellProps) =>
  withLoss(r, (l) => (
    <VerdictBadge
      cls={l.cls}
      text={l.marginDb === null ? l.text : noDb(fmtDb(l.marginDb))}
      title={`${l.text}${l.marginDb === null ? '' : `: margin ${fmtDb(l.marginDb)}`}`}
    />
  ));

/** Channel length and the governing application's reach, m. */
export const ReachCell = ({ r }: CellProps) =>
  withLoss(r, (l) => <>{`${fmtM(l.lengthM).replace(' m', '')} / ${fmtM(l.reachM).replace(' m', '')}`}</>);

/** The field-test outcome of the channel's permanent links (issue 14), or a dash when untested. */
export const TestCell = ({ f }: CellProps) => <FieldTestCell t={f?.test ?? null} />;
