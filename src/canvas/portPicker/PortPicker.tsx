/**
 * The port picker (issue 12 §2): while a cable is being placed, a DOM popover beside the hovered
 * or tapped rack equipment with a readable grid of its ports at any zoom — front and rear, slot
 * by slot — each cell naming the port, whether it is free or taken (by which cable) and whether
 * the cable's end mates there (the engine's verdict; a cell that cannot names the rule, V1–V7 or
 * P1, in the fail colour). Choosing a cell is the canvas's own pick (`actions.pickPort`: the same
 * commit path and the same refusal). Keyboard: arrows move, Enter or Space picks, Escape closes.
 *
 * The grid shows at once; the verdicts (one engine probe per port) are computed after paint.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { catalogueFor } from '../../core/catalogue';
import { designIndexFor } from '../../core/connectVerdict';
import { labelsFor } from '../../core/labels';
import { portCellStates, portGridOf, type PortCell, type PortCellState } from '../../core/portGrid';
import { VERDICT_CLASS_STYLE } from '../../core/verdictStyle';
import { designerStore, useDesigner } from '../../store/store';
import { closePicker, usePicker } from './pickerState';
import './portPicker.css';

/** Moves the focus from `from` to the nearest cell in the arrow's direction (by their boxes on screen). */
function moveFocus(root: HTMLElement, from: HTMLElement, key: string): void {
  const r0 = from.getBoundingClientRect();
  const c0 = { x: r0.left + r0.width / 2, y: r0.top + r0.height / 2 };
  const dir = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[key];
  if (!dir) return;
  const [dx, dy] = dir as [number, number];
  let best: { el: HTMLElement; d: number } | null = null;
  for (const el of root.querySelectorAll<HTMLElement>('[role="option"]')) {
    if (el === from) continue;
    const r = el.getBoundingClientRect();
    const vx = r.left + r.width / 2 - c0.x;
    const vy = r.top + r.height / 2 - c0.y;
    const along = vx * dx + vy * dy;
    if (along <= 1) continue;
    const across = Math.abs(vx * dy - vy * dx);
    const d = along + across * 3;
    if (!best || d < best.d) best = { el, d };
  }
  best?.el.focus();
}

function cellText(c: PortCell, s: PortCellState | undefined): string {
  if (!s) return `${c.label}: checking`;
  const where = s.takenBy ? `taken by ${s.takenBy}` : 'free';
  return `${c.label}, ${where}: ${s.verdict.text}`;
}

/** The picker, rendered inside the canvas element. */
export function PortPicker() {
  const open = usePicker();
  const tool = useDesigner((s) => s.session.tool);
  // Record collections, not the whole document: the grid follows edits of what it shows.
  const devices = useDesigner((s) => s.doc.devices);
  const cables = useDesigner((s) => s.doc.cables);
  const parts = useDesigner((s) => s.doc.parts);
  const settings = useDesigner((s) => s.doc.settings);
  const root = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);
  const [states, setStates] = useState<{
    key: unknown;
    map: ReadonlyMap<string, PortCellState>;
  } | null>(null);

  const connecting = tool.kind === 'connect' ? tool : null;
  useEffect(() => {
    if (!connecting) closePicker();
  }, [connecting]);

  const grid = useMemo(() => {
    void [devices, parts, settings];
    if (!open) return null;
    const d = designerStore.getState().doc;
    return portGridOf(d, labelsFor(d), open.device);
  }, [open, devices, parts, settings]);

  // Verdicts after paint: one engine probe per port.
  const stateKey = useMemo(() => [grid, cables, connecting?.part, connecting?.from], [grid, cables, connecting]);
  useEffect(() => {
    if (!grid || !connecting) return;
    const t = setTimeout(() => {
      const d = designerStore.getState().doc;
      setStates({
        key: stateKey,
        map: portCellStates(d, designIndexFor(d), connecting.part, connecting.from, grid),
      });
    }, 0);
    return () => clearTimeout(t);
  }, [grid, connecting, stateKey]);

  // Beside the device: right of it, else left, else below, else above; kept inside the canvas.
  useLayoutEffect(() => {
    const el = root.current;
    const wrap = el?.parentElement;
    if (!el || !wrap || !open) return setPos(null);
    const W = wrap.clientWidth;
    const H = wrap.clientHeight;
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    const a = open.anchor;
    const gap = 8;
    const clampX = (x: number) => Math.max(4, Math.min(W - w - 4, x));
    const clampY = (y: number) => Math.max(4, Math.min(H - h - 4, y));
    let p: { left: number; top: number };
    if (a.x + a.w + gap + w <= W) p = { left: a.x + a.w + gap, top: clampY(a.y) };
    else if (a.x - gap - w >= 0) p = { left: a.x - gap - w, top: clampY(a.y) };
    else if (a.y + a.h + gap + h <= H) p = { left: clampX(a.x), top: a.y + a.h + gap };
    else p = { left: clampX(a.x), top: clampY(a.y - gap - h) };
    setPos((old) => (old && old.left === p.left && old.top === p.top ? old : p));
  }, [open, grid]);

  // Focus the first cell the cable can take (else the first cell) when the picker opens.
  const focused = useRef<unknown>(null);
  const map = states?.key === stateKey ? states.map : null;
  useEffect(() => {
    const el = root.current;
    // Once placed (a hidden element takes no focus) and judged (the first cell that mates).
    if (!el || !open || !pos || !map || focused.current === open) return;
    focused.current = open;
    const first =
      el.querySelector<HTMLElement>('[role="option"][data-verdict="pass"]') ??
      el.querySelector<HTMLElement>('[role="option"]');
    first?.focus({ preventScroll: true });
  }, [open, map, pos]);

  if (!open || !grid || !connecting) return null;
  const cat = catalogueFor(designerStore.getState().doc);
  const cableName = cat.get(connecting.part)?.name ?? connecting.part;
  const fromLabel = connecting.from
    ? labelsFor(designerStore.getState().doc).ports.get(`${connecting.from.device}#${connecting.from.port}`)?.text
    : null;
  const pick = (c: PortCell) => {
    closePicker();
    designerStore.getState().actions.pickPort(c.ref);
    document.querySelector<HTMLElement>('[data-testid="canvas"]')?.focus({ preventScroll: true });
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const t = e.target as HTMLElement;
    if (e.key === 'Escape') {
      closePicker();
      document.querySelector<HTMLElement>('[data-testid="canvas"]')?.focus({ preventScroll: true });
    } else if (e.key.startsWith('Arrow') && root.current && t.getAttribute('role') === 'option')
      moveFocus(root.current, t, e.key);
    else if ((e.key === 'Enter' || e.key === ' ') && t.getAttribute('role') === 'option') {
      const key = t.dataset.port;
      const c = grid.faces.flatMap((f) => f.groups.flatMap((g) => g.cells)).find((x) => x.key === key);
      if (c) pick(c);
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div
      ref={root}
      className={`port-picker${open.touch ? ' touch' : ''}`}
      role="dialog"
      aria-label={`Ports of ${grid.label}`}
      data-device={grid.device}
      style={pos ? { left: pos.left, top: pos.top } : { left: 0, top: 0, visibility: 'hidden' }}
      onKeyDown={onKey}
    >
      <div className="pp-head">
        <div>
          <strong>
            {grid.label} <span className="muted">{grid.name !== grid.label ? grid.name : ''}</span>
          </strong>
          <div className="muted pp-sub">
            {cableName}: {fromLabel ? `second end (from ${fromLabel})` : 'first end'}
          </div>
        </div>
        <button type="button" className="btn pp-close" aria-label="Close port picker" onClick={closePicker}>
          ×
        </button>
      </div>
      {grid.faces.map((f) => (
        <section key={f.face} className="pp-face" aria-label={f.face === 'front' ? 'Front' : 'Rear'}>
          <h3>{f.face === 'front' ? 'Front' : 'Rear'}</h3>
          <div className="pp-groups">
            {f.groups.map((g) => (
              <div
                key={g.key}
                className="pp-group"
                {...(g.cells.length > 0 ? { role: 'listbox', 'aria-label': `${f.face} ${g.title}` } : {})}
                data-group={g.key}
              >
                <div className="pp-title" aria-hidden="true">
                  {g.title}
                </div>
                <div className="pp-cells" style={{ gridTemplateColumns: `repeat(${g.columns}, max-content)` }}>
                  {g.cells.map((c) => {
                    const s = map?.get(c.key);
                    const cls = s ? (s.isFrom ? 'from' : s.verdict.cls) : 'checking';
                    const glyph = s && !s.isFrom ? VERDICT_CLASS_STYLE[s.verdict.cls].glyph : '';
                    return (
                      <div
                        key={c.key}
                        role="option"
                        aria-selected={false}
                        tabIndex={-1}
                        className="pp-cell"
                        data-port={c.key}
                        data-label={c.label}
                        data-verdict={cls}
                        data-rule={s?.rule ?? undefined}
                        data-taken={s?.takenBy ?? undefined}
                        aria-label={cellText(c, s)}
                        title={cellText(c, s)}
                        onClick={() => pick(c)}
                      >
                        <span className="pp-name">{c.name}</span>
                        <span className="pp-state">
                          <span className="pp-by">{s?.isFrom ? 'from' : (s?.takenBy ?? 'free')}</span>
                          <span className="pp-rule">{s?.rule ? `${glyph}${s.rule}` : glyph}</span>
                        </span>
                      </div>
                    );
                  })}
                </div>
              </div>
            ))}
          </div>
        </section>
      ))}
      <div className="pp-legend muted" aria-hidden="true">
        ✓ mates · ✕ rule broken (V1–V7, P1 taken) · ? not checked · arrows, Enter, Esc
      </div>
    </div>
  );
}
