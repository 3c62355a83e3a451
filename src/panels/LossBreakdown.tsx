/**
 * The per-hop loss breakdown of a channel's worst fiber (issue 3 report): fiber segments, mated
 * pairs, module figures and splices (REFERENCE-2 §15.3), then the total against the governing application's limit.
 */
import type { ChannelLossReport } from '../core/loss/channelLoss';
import { LOSS_VERDICTS } from '../core/loss/judgement';
import type { HopLoss } from '../core/loss/pathLoss';
import { MarginBar, VerdictBadge } from './VerdictBadge';
import { fmtDb, fmtM } from './verdictStyle';

function line(h: HopLoss): { what: string; detail: string; db: number | null } {
  switch (h.kind) {
    case 'fiber':
      return {
        what: `${h.cableName} fiber`,
        detail: `${fmtM(h.lengthM)} ${h.fiberType}${h.dbPerKm === null ? '' : ` × ${h.dbPerKm} dB/km`}${h.reason ? ` (${h.reason})` : ''}`,
        db: h.db,
      };
    case 'mated-pair':
      return {
        what: `${h.deviceName} mated pair`,
        detail: `${h.sides[0].label} ↔ ${h.sides[1].label}${h.basis ? ` · ${h.basis}` : ''}${h.reason ? ` (${h.reason})` : ''}`,
        db: h.db,
      };
    case 'module':
      return { what: `${h.deviceName} module`, detail: h.basis, db: h.db };
    case 'splice':
      return { what: `${h.deviceName} ${h.method} splice`, detail: `${h.ports.join(' ↔ ')} · ${h.basis}`, db: h.db };
  }
}

/** The loss section of a channel. */
export function LossBreakdown({ loss }: { loss: ChannelLossReport }) {
  const v = LOSS_VERDICTS[loss.verdict];
  const gov = loss.applications.find((j) => j.application === loss.governing);
  return (
    <div>
      <p style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', margin: '4px 0' }}>
        <VerdictBadge cls={v.cls} text={v.text} />
        <MarginBar
          totalDb={loss.totalDb}
          limitDb={loss.limitDb}
          cls={v.cls}
          label={`${fmtDb(loss.totalDb)} of ${fmtDb(loss.limitDb)}`}
        />
        <span className="num">
          {fmtDb(loss.totalDb)} of {fmtDb(loss.limitDb)}
          {loss.governing ? ` (${loss.governing})` : ''}
        </span>
      </p>
      <table className="losstable" aria-label="Per-hop loss">
        <thead>
          <tr>
            <th scope="col">Hop</th>
            <th scope="col">Detail</th>
            <th scope="col" className="num">
              Loss
            </th>
          </tr>
        </thead>
        <tbody>
          {loss.hops.map((h, i) => {
            const l = line(h);
            return (
              <tr key={i}>
                <td>{l.what}</td>
                <td className="muted">{l.detail}</td>
                <td className="num">{fmtDb(l.db)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <td>Insertion loss</td>
            <td className="muted">
              {fmtM(loss.lengthM)}, {loss.pairCount} mated pairs · fiber {fmtDb(loss.fiberDb)} + connections{' '}
              {fmtDb(loss.connectionDb)}
            </td>
            <td className="num">{fmtDb(loss.totalDb)}</td>
          </tr>
          <tr>
            <td>Limit</td>
            <td className="muted">
              {loss.governing ?? 'no application'}
              {loss.limitUnverified ? ' (UNVERIFIED)' : ''}
            </td>
            <td className="num">{fmtDb(loss.limitDb)}</td>
          </tr>
          <tr>
            <td>Margin</td>
            <td className="muted">
              design margin {fmtDb(loss.designMarginDb)} · {loss.lossMode}
            </td>
            <td className="num">{fmtDb(loss.marginDb)}</td>
          </tr>
          {gov?.reachM ? (
            <tr>
              <td>Reach</td>
              <td className="muted">
                {fmtM(loss.lengthM)} of {fmtM(gov.reachM.value)}
              </td>
              <td className="num">{fmtM(gov.reachMarginM)}</td>
            </tr>
          ) : null}
        </tfoot>
      </table>
      {loss.reasons.length > 0 && (
        <ul className="reasons">
          {loss.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
