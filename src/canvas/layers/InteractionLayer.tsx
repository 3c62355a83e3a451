/**
 * The interaction layer: the drop preview and the connect rubber band. It is driven
 * imperatively by the pointer (a mutable model plus `batchDraw()`), so a drag redraws this one
 * small layer, only on the moves that change what it shows (`changesModel`), and writes nothing
 * to the store.
 */
import { forwardRef, useImperativeHandle, useRef } from 'react';
import type Konva from 'konva';
import type { Context } from 'konva/lib/Context';
import { drawDropPreview, drawPortRing, drawRubberBand } from '../draw/drawCable';
import { Layer, Shape } from '../konva';
import { changesModel, type InteractionModel } from '../interactionModel';

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
        if (!changesModel(model.current, patch)) return;
        Object.assign(model.current, patch);
        layer.current?.batchDraw();
      },
      clear() {
        if (!changesModel(model.current, { drop: null, band: null, hoverPort: null })) return;
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
