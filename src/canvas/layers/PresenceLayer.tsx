/**
 * The other people's selections (issue 11, presence): each person's selected rack, device, port
 * or cable outlined in their colour with their name tag, so two people see what the other is
 * working on. Renders nothing outside a live room. Never listens to the pointer.
 */
import { memo, useMemo } from 'react';
import type { Context } from 'konva/lib/Context';
import { useCollab } from '../../store/collab/collabState';
import type { CableGeom } from '../cableGeometry';
import { drawCable } from '../draw/drawCable';
import { Layer, Shape } from '../konva';
import { presenceMarks } from '../presenceMarks';
import type { Scene } from '../scene';

interface Props {
  scene: Scene;
  cables: readonly CableGeom[];
  scale: number;
}

/** The presence layer. */
export const PresenceLayer = memo(function PresenceLayer({ scene, cables, scale }: Props) {
  const peers = useCollab((s) => s.peers);
  const marks = useMemo(() => presenceMarks(scene, cables, peers), [scene, cables, peers]);
  if (marks.length === 0) return null;
  const width = Math.max(1.5, 2.5 / scale);
  const font = 11 / scale;
  return (
    <Layer listening={false}>
      <Shape
        perfectDrawEnabled={false}
        sceneFunc={(ctx: Context) => {
          const c = ctx._context;
          for (const m of marks) {
            if (m.cable) drawCable(c, m.cable, m.color, 2.5);
            c.strokeStyle = m.color;
            c.lineWidth = width;
            c.setLineDash([6 / scale, 3 / scale]);
            for (const b of m.boxes) c.strokeRect(b.x - width, b.y - width, b.w + 2 * width, b.h + 2 * width);
            c.setLineDash([]);
            c.font = `600 ${font}px system-ui, sans-serif`;
            const w = c.measureText(m.name).width + 8 / scale;
            const h = font + 6 / scale;
            c.fillStyle = m.color;
            c.fillRect(m.tag.x, m.tag.y - h, w, h);
            c.fillStyle = '#ffffff';
            c.textBaseline = 'middle';
            c.fillText(m.name, m.tag.x + 4 / scale, m.tag.y - h / 2);
          }
        }}
      />
    </Layer>
  );
});
