/**
 * Port labels, drawn when zoomed in (see `drawPortLabels`): one Konva shape, placed in the
 * overlay layer (which already redraws with the zoom), so the stage keeps its layer count.
 */
import type { Context } from 'konva/lib/Context';
import { labelsFor } from '../../core/labels';
import { drawPortLabels, PORT_LABEL_MIN_SCALE } from '../draw/drawLabels';
import { Shape } from '../konva';
import type { Scene } from '../scene';

/** The port label shape; nothing below `PORT_LABEL_MIN_SCALE`. */
export function PortLabels({ scene, scale }: { scene: Scene; scale: number }) {
  if (scale < PORT_LABEL_MIN_SCALE) return null;
  const labels = labelsFor(scene.design);
  return (
    <Shape
      perfectDrawEnabled={false}
      sceneFunc={(ctx: Context) => drawPortLabels(ctx._context, scene.ports, labels, scale)}
    />
  );
}
