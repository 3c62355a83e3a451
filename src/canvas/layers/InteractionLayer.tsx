/**
 * The interaction layer: the drop preview and the connect rubber band. It is driven
 * imperatively by the pointer (a mutable model plus `batchDraw()`), so a drag redraws this one
 * small layer per frame and writes nothing to the store.
 */
import { forwardRef, useImperativeHandle, useRef } from 'react';
import type Konva from 'konva';
import type { Context } from 'konva/lib/Context';
import type { Point } from '../cableGeometry';
import { drawDropPreview, drawPortRing, drawRubberBand } from '../draw/drawCable';
import { Layer, Shape } from '../konva';
import type { Box } from '../viewGeometry';

/** What the interaction layer shows. */
export interface InteractionModel {
  /** The drop preview; `cls` is a cable end's mating verdict over a port (issue 12 §3). */
  drop: { box: Box; ok: boolean; text: string; cls?: 'pass' | 'fail' | 'unchecked' } | null;
  band: { from: Point; to: Point } | null;
  hoverPort: Box | null;
  scale: number;
}

/** Handle to update the interaction layer without React. */
export interface InteractionHandle {
  update(patch: Partial<InteractionModel>): void;
  clear(): void;
}

/** The interaction layer. */
export const InteractionLayer = forwardRef<InteractionHandle>(function InteractionLayer(_props, ref) {
  const layer = useRef<Konva.Layer>(null);
  const model = useRef<InteractionModel>({ drop: null, band: null, hoverPort: null, scale: 1 });
  useImperativeHandle(
    ref,
    () => ({
      update(patch) {
        Object.assign(model.current, patch);
        layer.current?.batchDraw();
      },
      clear() {
        Object.assign(model.current, { drop: null, band: null, hoverPort: null });
        layer.current?.batchDraw();
      },
    }),
    [],
  );
  return (
    <Layer ref={layer} listening={false}>
      <Shape
        perfectDrawEnabled={false}
        sceneFunc={(ctx: Context) => {
          const c = ctx._context;
          const m = model.current;
          if (m.hoverPort) drawPortRing(c, m.hoverPort, Math.max(1, 2 / m.scale));
          if (m.drop) drawDropPreview(c, m.drop.box, m.drop.ok, m.drop.text, m.scale, m.drop.cls);
          if (m.band) drawRubberBand(c, m.band.from, m.band.to, m.scale);
        }}
      />
    </Layer>
  );
});
