/**
 * The issues list: every mating-rule violation (V1–V7, P1) and unchecked mating, each with where
 * it is; clicking one selects it and frames the place on the canvas.
 */
import { memo } from 'react';
import { useAnalysis } from '../store/analysisState';
import { designerActions, useDesigner } from '../store/store';
import type { DeviceId } from '../core/ids';
import { VerdictBadge } from './VerdictBadge';
import { own } from '../core/own';

/** The issues table (memoised: it follows the analysis state and the selection, not its parent). */
export const IssueList = memo(function IssueList() {
  const doc = useAnalysis((s) => s.of);
  const findings = useAnalysis((s) => s.view?.findings);
  const selection = useDesigner((s) => s.session.selection);
  if (!doc || !findings) return <p className="empty">Analysing the design…</p>;
  if (findings.length === 0)
    return (
      <p className="empty">
        No mating-rule violations: every mated pair fits (gender, polish, adapter, mode, connector and fiber count).
      </p>
    );
  const hostOf = (id: string): DeviceId => {
    const d = own(doc.devices, id);
    return (d?.placement.kind === 'cage' || d?.placement.kind === 'slot' ? d.placement.parent : id) as DeviceId;
  };
  return (
    <table className="grid" aria-label="Mating issues">
      <thead>
        <tr>
          <th scope="col">Rule</th>
          <th scope="col">Where</th>
          <th scope="col">Problem</th>
        </tr>
      </thead>
      <tbody>
        {findings.map((f) => {
          const selected = selection?.kind === 'finding' && selection.key === f.key;
          const go = () => {
            designerActions().select({ kind: 'finding', key: f.key });
            designerActions().requestView('focus', [hostOf(f.at.device)]);
          };
          return (
            <tr key={f.key} className={selected ? 'selected' : undefined} onClick={go} data-rule={f.rule}>
              <td>
                <VerdictBadge cls={f.severity === 'invalid' ? 'fail' : 'unchecked'} text={f.rule} />
              </td>
              <td>
                <button type="button" className="rowbtn" aria-pressed={selected}>
                  {f.parts[0]} ↔ {f.parts[1]}
                </button>
              </td>
              <td>{f.message}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
