/**
 * Port labels, drawn when zoomed in (see `drawPortLabels`): one Konva shape, placed in the
 * overlay layer (which already redraws with the zoom), so the stage keeps its layer count.
 */
import type { Context } from 'konva/lib/Context';
import type { LabelIndex } from '../../core/labels';
import { onScreen, visibleWorld } from '../culling';
import { drawPortLabels } from '../draw/drawLabels';
import { tierAt } from '../lod';
import { Shape } from '../konva';
import type { Scene } from '../scene';

/** The port label shape; nothing in the overview; only the racks on screen. */
export function PortLabels({ scene, labels, scale }: { scene: Scene; labels: LabelIndex; scale: number }) {
  if (tierAt(scale) === 'overview') return null;
  return (
    <Shape
      perfectDrawEnabled={false}
      sceneFunc={(ctx: Context, shape) => {
        const v = visibleWorld(shape);
        for (const r of scene.racks)
          if (r.elevations.some((e) => onScreen(e, v)))
            drawPortLabels(
              ctx._context,
              r.ports.filter((p) => onScreen(p, v)),
              labels,
              scale,
            );
      }}
    />
  );
}
