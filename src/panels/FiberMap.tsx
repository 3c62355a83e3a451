/**
 * The fiber map of a channel: every fiber, hop by hop, with its TIA-598 colour in each cable, the
 * positions at every connector and the A/B side at every duplex LC, and whether it carries light
 * from a transmitter to a receiver. Paths through MDC/SN/CS say that their A/B is the engine's
 * CONVENTION (REFERENCE-2 §13.2).
 */
import type { FiberRow } from '../core/analysis/channelDetail';
import type { FiberState } from '../core/analysis/describe';
import './catalogue.css';
import type { FiberMarking } from '../core/fiberColors';
import { VerdictBadge } from './VerdictBadge';

const STATE_CLASS: Readonly<Record<FiberState, 'pass' | 'fail' | 'open' | 'unchecked'>> = {
  pass: 'pass',
  fail: 'fail',
  open: 'open',
  dark: 'open',
  unchecked: 'unchecked',
};
const STATE_TEXT: Readonly<Record<FiberState, string>> = {
  pass: 'Tx→Rx',
  fail: 'Fail',
  open: 'Open',
  dark: 'Dark',
  unchecked: 'Unchecked',
};

/** A TIA-598 colour swatch (with its tracer stripe for fibers 13–24). */
export function FiberSwatch({ m }: { m: FiberMarking }) {
  return (
    <span className="fiber-swatch" style={{ background: m.base.css }} title={`Fiber ${m.fiber}: ${m.label}`}>
      {m.tracer ? <i style={{ background: m.tracer === 'yellow' ? '#f2d21b' : '#1a1a1a' }} /> : null}
    </span>
  );
}

/**
 * The fiber map table of a channel: `fibers` by id, described on the analysis side
 * (`channelDetail`); `vsff` when a fiber passes an MDC, SN or CS connector.
 */
export function FiberMap({ fibers, vsff }: { fibers: readonly FiberRow[]; vsff: boolean }) {
  const width = Math.max(0, ...fibers.map((f) => f.hops.length));
  return (
    <div className="fibermap" tabIndex={0} role="region" aria-label="Fiber map, scrolls sideways">
      <table aria-label="Fiber map">
        <thead>
          <tr>
            <th scope="col">Fiber</th>
            <th scope="col">From</th>
            {Array.from({ length: width }, (_, i) => (
              <th key={i} scope="col">
                Hop {i + 1}
              </th>
            ))}
            <th scope="col">To</th>
          </tr>
        </thead>
        <tbody>
          {fibers.map((f) => {
            const st = f.state;
            return (
              <tr key={f.trace.id} data-fiber={f.trace.id}>
                <td>
                  <VerdictBadge cls={STATE_CLASS[st]} text={STATE_TEXT[st]} />
                </td>
                <td>{f.start}</td>
                {Array.from({ length: width }, (_, i) => {
                  const h = f.hops[i];
                  if (!h) return <td key={i} />;
                  const v = h;
                  return (
                    <td key={i}>
                      <span className="hopname">{v.name}</span>
                      {v.marking ? (
                        <>
                          <FiberSwatch m={v.marking} />
                          {v.marking.fiber} {v.marking.label} ·{' '}
                        </>
                      ) : null}
                      {v.detail}
                    </td>
                  );
                })}
                <td>{f.end}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {vsff && (
        <p className="fibermap-note">
          MDC / SN / CS positions A/B: engine convention (REFERENCE-2 §13.2). They are labels only; no verdict depends
          on which ferrule is A.
        </p>
      )}
    </div>
  );
}
