/**
 * One palette entry (a part the user can drag, tap-to-place or add with "+"), shared by the
 * catalogue groups, the part builder and the vendor catalogue.
 */
import { memo, useRef } from 'react';
import type { Part } from '../core/parts';
import { designerActions } from '../store/store';
import { editPartFacts, ensurePartInDesign } from '../store/importState';
import { unknownFactCount } from './partFactsEdit';
import { partFacts } from './partFacts';

const DRAG_PX = 6;

/**
 * One palette entry: drag it onto the canvas, click it to arm placing (or connecting), "+" to add
 * it where it fits. `imported` parts are copied into the design on use and get a "Facts…" button
 * (`onFacts` overrides what it does, e.g. for bundled vendor parts).
 */
export const PaletteItem = memo(function PaletteItem({
  part,
  armed,
  imported = false,
  onFacts,
}: {
  part: Part;
  armed: boolean;
  imported?: boolean;
  onFacts?: () => void;
}) {
  const dragged = useRef(false);
  /** A user-catalogue part is copied into the design before it is used. */
  const copyIn = () => {
    if (imported) ensurePartInDesign(part);
  };
  const onPointerDown = (e: React.PointerEvent<HTMLButtonElement>) => {
    if (e.button !== 0) return;
    dragged.current = false;
    // Greyed while a design opens (a disabled fieldset): Chromium still sends pointer events to
    // disabled buttons, so no drag is tracked from it (and none starts if it greys meanwhile).
    const grab = e.currentTarget;
    if (grab.matches(':disabled')) return;
    const x0 = e.clientX;
    const y0 = e.clientY;
    const id = e.pointerId;
    const move = (ev: PointerEvent) => {
      if (ev.pointerId !== id || Math.hypot(ev.clientX - x0, ev.clientY - y0) < DRAG_PX) return;
      dragged.current = true;
      stop();
      if (grab.matches(':disabled')) return;
      copyIn();
      designerActions().startDrag({
        source: { kind: 'part', part: part.id },
        pointerId: id,
        clientX: ev.clientX,
        clientY: ev.clientY,
      });
    };
    const stop = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', stop);
      window.removeEventListener('pointercancel', stop);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', stop);
    window.addEventListener('pointercancel', stop);
  };
  const arm = () => {
    if (dragged.current) return;
    copyIn();
    const a = designerActions();
    if (part.kind === 'cable') a.startConnect(part.id);
    else {
      a.setTool({ kind: 'place', part: part.id });
      a.notify(
        'info',
        `Place ${part.name}: tap a ${part.kind === 'module' ? 'slot' : part.kind === 'transceiver' ? 'switch port' : 'rack unit'} (Esc to stop)`,
      );
    }
  };
  return (
    <li className={`part${armed ? ' armed' : ''}`} data-part={part.id}>
      <button
        type="button"
        className="grab"
        onPointerDown={onPointerDown}
        onClick={arm}
        aria-pressed={armed}
        title="Drag onto the canvas, or click and then tap where it goes"
      >
        <span className="name">{part.name}</span>
        <span className="facts">
          {partFacts(part).map((f) => (
            <span className="chip" key={f.label} title={f.label}>
              {f.value}
            </span>
          ))}
        </span>
      </button>
      <button
        type="button"
        className="add"
        aria-label={part.kind === 'cable' ? `Connect with ${part.name}` : `Add ${part.name} where it fits`}
        title={part.kind === 'cable' ? 'Connect: pick two ports' : 'Add where it fits'}
        onClick={() => {
          copyIn();
          designerActions().placePart(part.id);
        }}
      >
        +
      </button>
      {imported && (
        <button
          type="button"
          className={`facts-btn${unknownFactCount(part) ? ' unknown' : ''}`}
          aria-label={`Facts of ${part.name}`}
          title="Set what the vendor file does not say (gender, polish, adapter, fiber type)"
          onClick={() => (onFacts ? onFacts() : editPartFacts(part.id))}
        >
          Facts…
        </button>
      )}
    </li>
  );
});
