/**
 * The channel diagram as SVG (the designer's channel detail and the tablet port map): draws the
 * layout model of `core/deliverables/channelDiagram` as it is, so the SVG and the PDF agree. Verdict
 * colours come from the one verdict-class table; fiber lanes use their TIA-598 colours with a dark
 * casing (so White and Yellow stay visible) and the tracer stripe of fibers 13–24.
 */
import { memo } from 'react';
import type { ChannelDiagram, DiagramBox } from '../core/deliverables/channelDiagram';
import { DIAGRAM_GEOMETRY, DIAGRAM_INK, isFlipMark } from '../core/deliverables/channelDiagram';
import { VERDICT_CLASS_STYLE } from '../core/verdictStyle';

const G = DIAGRAM_GEOMETRY;

const points = (p: readonly (readonly [number, number])[]) => p.map(([x, y]) => `${x},${y}`).join(' ');

function Box({ b }: { b: DiagramBox }) {
  const fail = VERDICT_CLASS_STYLE.fail;
  const pass = VERDICT_CLASS_STYLE.pass;
  const unchecked = VERDICT_CLASS_STYLE.unchecked;
  const stroke =
    b.tone === 'fault' ? fail.color : b.tone === 'fix' ? pass.color : b.unknown ? unchecked.color : DIAGRAM_INK.box;
  const dash = b.tone === 'fix' || (b.tone === 'normal' && b.unknown) ? '5 3' : undefined;
  const tag = b.tone === 'fault' ? `${fail.glyph} goes wrong here` : b.tone === 'fix' ? `${pass.glyph} proposed` : '';
  return (
    <g data-box={b.kind} data-tone={b.tone}>
      <title>
        {[b.label || b.name, b.type, b.polarity, b.connector, b.gender, b.polish, b.note].filter(Boolean).join(' · ')}
      </title>
      <rect
        x={b.x}
        y={b.y}
        width={b.w}
        height={b.h}
        rx={4}
        fill={b.ref.kind === 'end' ? '#f6f8fa' : '#ffffff'}
        stroke={stroke}
        strokeWidth={b.tone === 'normal' ? 1 : 2.5}
        strokeDasharray={dash}
      />
      {b.lines.map((t, i) => (
        <text
          key={i}
          x={b.x + 5}
          y={b.y + 14 + i * G.lineH}
          fontSize={G.font}
          fontWeight={i === 0 ? 600 : 400}
          fill={i === 0 ? DIAGRAM_INK.text : DIAGRAM_INK.muted}
        >
          {t}
        </text>
      ))}
      {b.unverified && (
        <text
          x={b.x + b.w - 5}
          y={b.y + 14}
          fontSize={G.font}
          textAnchor="end"
          fill={VERDICT_CLASS_STYLE.unverified.text}
        >
          <title>Map UNVERIFIED in the sources; see why the verdict still holds in the inspector</title>
          {VERDICT_CLASS_STYLE.unverified.glyph}
        </text>
      )}
      {tag && (
        <text
          x={b.x + b.w / 2}
          y={b.y - 5}
          fontSize={G.font}
          fontWeight={700}
          textAnchor="middle"
          fill={b.tone === 'fault' ? fail.text : pass.text}
        >
          {tag}
        </text>
      )}
    </g>
  );
}

/** The diagram's 11 px text drawn at 16 px: read at arm's length on a tablet (coarse pointer). */
export const TABLET_DIAGRAM_SCALE = 16 / 11;

/**
 * Renders a channel diagram. `scale` multiplies every size (1 in the designer; about 1.45 on the
 * tablet, so the 11 px text is 16 px).
 */
export const ChannelDiagramSvg = memo(function ChannelDiagramSvg({
  d,
  scale = 1,
}: {
  d: ChannelDiagram;
  scale?: number;
}) {
  const v = VERDICT_CLASS_STYLE[d.verdict.cls];
  return (
    <svg
      className="channel-diagram"
      viewBox={`0 0 ${d.width} ${d.height}`}
      width={d.width * scale}
      height={d.height * scale}
      role="img"
      aria-label={`Channel diagram ${d.title}: ${d.verdict.text}${d.fault ? `; ${d.fault.text}` : ''}`}
      data-verdict={d.verdict.cls}
      style={{ fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' }}
    >
      {d.joints.map((j, i) => (
        <line
          key={`j${i}`}
          x1={j.x}
          x2={j.x}
          y1={j.top - 4}
          y2={j.bottom}
          stroke={DIAGRAM_INK.joint}
          strokeDasharray="2 2"
        />
      ))}
      {d.boxes.map((b, i) => (
        <Box key={i} b={b} />
      ))}
      {d.lanes.map((l, i) =>
        l.inCable ? (
          <g key={`l${i}`} data-fiber={l.fiber}>
            <title>{l.title}</title>
            <polyline points={points(l.points)} fill="none" stroke={DIAGRAM_INK.casing} strokeWidth={4.2} />
            <polyline points={points(l.points)} fill="none" stroke={l.colour} strokeWidth={2.6} />
            {l.tracer && (
              <polyline
                points={points(l.points)}
                fill="none"
                stroke={l.tracer}
                strokeWidth={1.2}
                strokeDasharray="3 3"
              />
            )}
          </g>
        ) : (
          <polyline key={`l${i}`} points={points(l.points)} fill="none" stroke={l.colour} strokeWidth={1.4} />
        ),
      )}
      {d.joints.map((j, i) => (
        <g key={`p${i}`} data-joint={i}>
          {j.positions.map((p) =>
            p.text ? (
              <g key={p.fiber}>
                <rect x={j.x - 11} y={p.y - 7} width={22} height={14} rx={3} fill="#ffffff" stroke={DIAGRAM_INK.box} />
                <text x={j.x} y={p.y + 4} fontSize={G.font} textAnchor="middle" fill={DIAGRAM_INK.text}>
                  {p.text}
                </text>
              </g>
            ) : null,
          )}
          {j.finding && (
            <g data-finding={j.finding.cls}>
              <title>{j.finding.text}</title>
              <circle
                cx={j.x}
                cy={j.top - 12}
                r={8}
                fill={VERDICT_CLASS_STYLE[j.finding.cls].color}
                stroke="#ffffff"
                strokeDasharray={VERDICT_CLASS_STYLE[j.finding.cls].dashed ? '2 2' : undefined}
              />
              <text x={j.x} y={j.top - 8} fontSize={G.font} fontWeight={700} textAnchor="middle" fill="#ffffff">
                {VERDICT_CLASS_STYLE[j.finding.cls].glyph}
              </text>
              <text
                x={j.x + 11}
                y={j.top - 8}
                fontSize={G.font}
                fontWeight={700}
                fill={VERDICT_CLASS_STYLE[j.finding.cls].text}
              >
                {j.finding.rules}
              </text>
            </g>
          )}
        </g>
      ))}
      {d.roles.map((r, i) => (
        <text
          key={`r${i}`}
          x={r.x}
          y={r.y + 4}
          fontSize={G.font}
          fontWeight={r.cls === 'fail' ? 700 : 400}
          textAnchor={r.anchor}
          fill={r.cls ? VERDICT_CLASS_STYLE[r.cls].text : DIAGRAM_INK.muted}
        >
          {r.cls === 'fail' ? `${VERDICT_CLASS_STYLE.fail.glyph} ` : ''}
          {r.text}
        </text>
      ))}
      {d.marks.map((m, i) => {
        const strong = isFlipMark(m);
        const ink = strong ? DIAGRAM_INK.text : DIAGRAM_INK.muted;
        return (
          <g key={`m${i}`} data-mark={m.kind}>
            <polyline
              points={`${m.x1 + 3},${m.y - 4} ${m.x1 + 3},${m.y} ${m.x2 - 3},${m.y} ${m.x2 - 3},${m.y - 4}`}
              fill="none"
              stroke={ink}
              strokeWidth={strong ? 1.4 : 0.8}
            />
            <text
              x={(m.x1 + m.x2) / 2}
              y={m.y + 13}
              fontSize={G.font}
              fontWeight={strong ? 600 : 400}
              textAnchor="middle"
              fill={ink}
            >
              {m.text}
            </text>
          </g>
        );
      })}
      {d.parity && (
        <text
          x={G.margin}
          y={d.parity.y}
          fontSize={G.font}
          fontWeight={600}
          fill={VERDICT_CLASS_STYLE[d.parity.cls].text}
        >
          {VERDICT_CLASS_STYLE[d.parity.cls].glyph} {d.parity.text}
        </text>
      )}
      <title>{`${d.title}: ${d.verdict.text}`}</title>
      <desc>{`${v.word}. ${d.boxes.map((b) => `${b.name} (${b.type}, ${b.polarity})`).join(' → ')}`}</desc>
    </svg>
  );
});
