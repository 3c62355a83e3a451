/**
 * The path of the tapped port, for the technician: its label and QR code, the polarity verdict
 * and loss margin of every channel through it, and each fiber hop by hop (port labels with the
 * A/B side or MPO position, TIA-598 fiber colour and number, cable name and polarity type).
 */
import { useMemo } from 'react';
import type { Design } from '../core/design';
import { portLinkHash, type FiberEnd, type FiberStep, type PathFiber, type PlaceLabel } from '../core/deliverables';
import { fiberMarking } from '../core/fiberColors';
import type { LabelIndex } from '../core/labels';
import { TABLET_DIAGRAM_SCALE } from '../panels/ChannelDiagramSvg';
import { ChannelFigure } from '../panels/ChannelFigure';
import { engineFigureSource } from '../panels/figureSource';
import { useAnswer } from '../store/analysisAsk';
import type { AnalysisEngine, AnalysisBinding } from '../store/analysisState';
import type { PortChannelFigure } from '../store/portMapAnswers';
import { FiberSwatch } from '../panels/FiberMap';
import { MarginBar, VerdictBadge } from '../panels/VerdictBadge';
import { fmtDb } from '../panels/verdictStyle';
import type { ChannelSummary } from '../core/deliverables';
import type { MapPort } from './portmapModel';
import { LinkTestSummary } from './LinkTestSummary';
import { PortQr } from './PortQr';

/** A channel's figure, its fixes and previews asked of the analysis engine (read-only: no Apply). */
function EngineFigure({ engine, figure }: { engine: AnalysisEngine; figure: PortChannelFigure }) {
  const source = useMemo(
    () => engineFigureSource(engine, figure.key, figure.diagram, figure.failing),
    [engine, figure],
  );
  return <ChannelFigure source={source} scale={TABLET_DIAGRAM_SCALE} />;
}

/** A position badge: `A`/`B` on duplex connectors, `pos 7` on MPO. */
function Pos({ p }: { p: string }) {
  if (!p) return null;
  return (
    <span className="pm-pos" title={/^[AB]$/.test(p) ? `Side ${p}` : `MPO position ${p}`}>
      {/^[AB]$/.test(p) ? p : `pos ${p}`}
    </span>
  );
}

const Place = ({ at }: { at: PlaceLabel }) => (
  <span className="pm-place">
    <span className="pm-lbl">{at.label}</span> <Pos p={at.position} />
  </span>
);

function EndHop({ end, which }: { end: FiberEnd; which: 'start' | 'end' }) {
  return (
    <li className={`pm-hop pm-end pm-${which}`}>
      <span className="pm-lbl">{end.label || '—'}</span> <Pos p={end.position} />{' '}
      <span className="chip">{end.role}</span>
    </li>
  );
}

function StepHop({ step }: { step: FiberStep }) {
  if (step.kind === 'device') {
    return (
      <li className="pm-hop pm-device">
        <div>
          <span className="pm-lbl">{step.label}</span> <span className="muted">{step.name}</span>
        </div>
        <div className="pm-fromto">
          <Place at={step.in} /> → <Place at={step.out} />
        </div>
      </li>
    );
  }
  const m = fiberMarking(step.fiber);
  return (
    <li className="pm-hop pm-cable">
      <div>
        <FiberSwatch m={m} />{' '}
        <strong>
          Fiber {step.fiber} {step.colour}
        </strong>{' '}
        in <strong>{step.name}</strong>{' '}
        <span className="muted">
          {step.polarity} · {step.lengthM} m {step.fiberType}
        </span>
      </div>
      <div className="pm-fromto">
        <Place at={step.from} /> → <Place at={step.to} />
      </div>
      <div className="pm-cableid muted" title={step.label}>
        {step.label}
      </div>
    </li>
  );
}

function FiberPath({ f, open }: { f: PathFiber; open: boolean }) {
  const colours = [...new Set(f.steps.flatMap((s) => (s.kind === 'cable' ? [s.colour] : [])))].join(' / ');
  return (
    <li className="pm-fiber" data-trace={f.traceId}>
      <details open={open}>
        <summary>
          <Pos p={f.positionHere} />{' '}
          <span>
            {f.start.role} {f.start.label} → {f.end.role} {f.end.label}
          </span>
          <span className="muted"> · {colours}</span>
          {f.loss?.marginDb !== null && f.loss?.marginDb !== undefined ? (
            <span className="muted"> · margin {fmtDb(f.loss.marginDb)}</span>
          ) : null}
        </summary>
        <ol className="pm-hops">
          <EndHop end={f.start} which="start" />
          {f.steps.map((s, i) => (
            <StepHop key={i} step={s} />
          ))}
          <EndHop end={f.end} which="end" />
        </ol>
      </details>
    </li>
  );
}

function ChannelVerdict({ c }: { c: ChannelSummary }) {
  return (
    <div className="pm-channel" data-channel={c.key}>
      <div className="pm-badges">
        <VerdictBadge cls={c.verdictClass} text={`Polarity: ${c.verdictText}`} />
        {c.method !== 'none' && <span className="chip">Method {c.method}</span>}
        <span className="chip">{c.kind}</span>
      </div>
      {c.loss ? (
        <div className="pm-loss">
          <VerdictBadge cls={c.loss.verdictClass} text={`Loss: ${c.loss.verdictText}`} />
          <span className="pm-margin">Margin {fmtDb(c.loss.marginDb)}</span>
          <span className="muted">
            loss {fmtDb(c.loss.lossDb)} of {fmtDb(c.loss.limitDb)}
          </span>
          <MarginBar
            totalDb={c.loss.lossDb}
            limitDb={c.loss.limitDb}
            cls={c.loss.verdictClass}
            label={`Loss ${fmtDb(c.loss.lossDb)} of a ${fmtDb(c.loss.limitDb)} limit`}
          />
        </div>
      ) : (
        <p className="muted pm-noloss">
          {c.kind === 'link'
            ? 'Passive link: judged against its link limit below.'
            : 'No loss budget: the channel has no transceiver at both ends.'}
        </p>
      )}
      {c.reasons.length > 0 && (
        <ul className="reasons">
          {c.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The path panel of `port` (or a hint when none is selected). The path, the channels' figures and
 * the field test are asked of the analysis worker (`binding`); until they come, the port's label,
 * cable and QR code show with a quiet "Loading the path…".
 */
export function PortPathPanel({
  design,
  binding,
  labels,
  port,
  baseUrl,
}: {
  design: Design;
  binding: AnalysisBinding;
  labels: LabelIndex;
  port: MapPort | null;
  baseUrl: string;
}) {
  const ref = port?.entry.port ?? null;
  const query = useMemo(() => (ref ? ({ kind: 'port-detail', port: ref } as const) : null), [ref]);
  const answer = useAnswer(binding, query, port?.key ?? '');
  if (!port || !ref) {
    return (
      <section className="pm-path" aria-label="Port path">
        <p className="pm-hint">Tap a port, or search for its label, to see its path to the far end.</p>
      </section>
    );
  }
  const cable = Object.values(design.cables).find((c) =>
    Object.values(c.ends).some((r) => r && r.device === port.entry.port?.device && r.port === port.entry.port.port),
  );
  return (
    <section className="pm-path" aria-label="Port path" data-port={port.entry.text}>
      <header className="pm-path-head">
        <div>
          <h2 className="pm-title">{port.entry.text}</h2>
          <p className="muted">
            {port.entry.name}
            {cable ? ` · cable ${cable.name}` : ' · no cable'}
          </p>
          <p className="muted pm-alt">
            {labels.scheme === 'project' ? 'TIA-606' : 'Project'}:{' '}
            {labels.scheme === 'project' ? port.entry.tia606 : port.entry.project}
          </p>
        </div>
        <PortQr text={`${baseUrl}${portLinkHash(port.entry.text)}`} label={`QR code of ${port.entry.text}`} />
      </header>
      {!answer.value ? (
        <p className="muted loading" role="status" data-testid="path-loading">
          Loading the path…
        </p>
      ) : answer.value.path.channels.length === 0 ? (
        <p className="pm-hint">Nothing is traced through this port{cable ? '' : ': no cable is plugged in'}.</p>
      ) : (
        <>
          <h3>Channel{answer.value.path.channels.length > 1 ? 's' : ''}</h3>
          {answer.value.path.channels.map((c) => {
            const figure = answer.value?.figures.find((x) => x.key === c.key);
            return (
              <div key={c.key}>
                <ChannelVerdict c={c} />
                {figure && <EngineFigure key={c.key} engine={binding.engine} figure={figure} />}
              </div>
            );
          })}
          <LinkTestSummary links={answer.value.links} />
          <h3>Fibers ({answer.value.path.fibers.length})</h3>
          <ol className="pm-fibers">
            {answer.value.path.fibers.map((f, i) => (
              <FiberPath key={f.traceId} f={f} open={i < 2} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
