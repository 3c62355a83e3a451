/**
 * The overlay: the highlighted path of the selected channel (or of the channel through the
 * selected port or cable), the selected cable and port, the first pick of the connect tool, and a
 * marker at every mating finding in its verdict class (red ✕ broken, grey dashed ? unchecked).
 * Changes with the selection and the shown analysis (from the analysis state, never computed
 * here), never with the pointer.
 */
import { memo, useMemo } from 'react';
import type { Context } from 'konva/lib/Context';
import { portKey } from '../../core/design';
import type { LabelIndex } from '../../core/labels';
import { useAnalysis, useFocus } from '../../store/analysisState';
import type { Selection, Tool } from '../../store/session';
import type { CableGeom } from '../cableGeometry';
import { drawCable, drawFindingMarker, drawMarkerCount, drawPortRing } from '../draw/drawCable';
import { tierAt } from '../lod';
import { groupMarkers } from '../markerGroups';
import { Layer, Shape } from '../konva';
import { findingPort, type PortGeom, type Scene } from '../scene';
import type { Box } from '../viewGeometry';
import { FREEZABLE } from './frozenLayers';
import { PortLabels } from './PortLabels';

interface Props {
  scene: Scene;
  cables: readonly CableGeom[];
  labels: LabelIndex;
  selection: Selection | null;
  tool: Tool;
  scale: number;
}

/** The overlay layer. */
export const OverlayLayer = memo(function OverlayLayer({ scene, cables, labels, selection, tool, scale }: Props) {
  const findings = useAnalysis((s) => s.view?.findings);
  const path = useFocus(selection)?.path ?? null;
  const draw = useMemo(() => {
    const onPath = new Set(path?.cables);
    const hiCables = cables.filter(
      (c) => onPath.has(c.cable.id) || (selection?.kind === 'cable' && selection.id === c.cable.id),
    );
    const hiPorts: PortGeom[] = [];
    if (path)
      for (const k of path.ports) {
        const p = scene.portsByKey.get(k);
        if (p) hiPorts.push(p);
      }
    if (selection?.kind === 'port') {
      const p = scene.portsByKey.get(portKey(selection.ref));
      if (p) hiPorts.push(p);
    }
    if (tool.kind === 'connect' && tool.from) {
      const p = scene.portsByKey.get(portKey(tool.from));
      if (p) hiPorts.push(p);
    }
    // A finding at a port hidden in this face mode is marked on its device instead.
    const markers = (findings ?? [])
      .map((f) => ({
        p: findingPort(scene, f.at) ?? scene.boxesByDevice.get(f.at.device)?.[0],
        cls: f.severity === 'invalid' ? ('fail' as const) : ('unchecked' as const),
        selected: selection?.kind === 'finding' && selection.key === f.key,
      }))
      .filter((m): m is { p: Box; cls: 'fail' | 'unchecked'; selected: boolean } => !!m.p)
      // Broken rules drawn last, on top of unchecked ones at the same pair.
      .sort((x, y) => Number(x.cls === 'fail') - Number(y.cls === 'fail'));
    return { hiCables, hiPorts, markers };
  }, [findings, path, scene, cables, selection, tool]);
  const ring = Math.max(1, 2 / scale);
  const overview = tierAt(scale) === 'overview';
  return (
    <Layer name={FREEZABLE} listening={false}>
      <PortLabels scene={scene} labels={labels} scale={scale} />
      <Shape
        perfectDrawEnabled={false}
        sceneFunc={(ctx: Context) => {
          const c = ctx._context;
          for (const g of draw.hiCables) drawCable(c, g, '#0969da', 1.5);
          for (const p of draw.hiPorts) drawPortRing(c, p, ring);
          const r = Math.max(5, 7 / scale);
          if (overview) {
            // Far out: one marker per rack elevation and class, with the count beside it.
            const groups = groupMarkers(draw.markers, scene.elevations);
            const slot = new Map<string, number>();
            for (const gm of groups) {
              const i = slot.get(gm.elevation.key) ?? 0;
              slot.set(gm.elevation.key, i + 1);
              const p = { x: gm.elevation.x + gm.elevation.w - r - i * 3.2 * r, y: gm.elevation.top + r * 1.4 };
              drawFindingMarker(c, p, r, gm.cls);
              drawMarkerCount(c, p, r, gm.count);
            }
            return;
          }
          for (const m of draw.markers) {
            if (m.selected) drawPortRing(c, m.p, ring * 2);
            drawFindingMarker(c, { x: m.p.x + m.p.w, y: m.p.y }, r, m.cls);
          }
        }}
      />
    </Layer>
  );
});
