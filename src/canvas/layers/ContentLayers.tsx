/**
 * The layers that change with the design: rack elevations (only when racks change) and equipment
 * share one layer (one canvas: every frame re-composites every canvas of the stage, so each layer
 * costs a copy per frame, even during a drag that redraws only the drop preview); cables. None of them listen to events (hit testing is geometric, see `hitTest.ts`), and
 * every scene function skips what is off screen (`culling.ts`).
 *
 * Equipment follows the scene per rack: one memoised component and Konva shape per rack, which
 * re-renders only when that rack's geometry changed (the xyflow pattern: the layer renders the
 * rack list, each rack its own record). What the drawing reads besides geometry (selection,
 * plugged ports, dimmed devices, labels) sits in a ref: a change redraws the layer, it never
 * re-renders a rack. Each rack's equipment and each elevation is kept as a bitmap while what it
 * reads is unchanged (`shapeBitmap.ts`, keys in `rackDrawKey.ts`): a layer redraw after an edit to
 * one rack copies the others' pixels. Cables are one shape over the cached per-cable geometry.
 */
import { memo, useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import type Konva from 'konva';
import type { Context } from 'konva/lib/Context';
import type { LabelIndex } from '../../core/labels';
import type { CableGeom } from '../cableGeometry';
import { onScreen, stageScale, viewLeft, visibleWorld } from '../culling';
import { bundlesOf } from '../cableBundles';
import { drawBundle, drawBundleHalo, drawCable } from '../draw/drawCable';
import { drawDevice, drawElevation, type DeviceDrawState } from '../draw/drawRack';
import { drawRowHeader } from '../draw/drawRow';
import { elevationsBox, equipmentKey } from '../draw/rackDrawKey';
import { redrawSoon, ShapeBitmap, type BitmapDraw } from '../draw/shapeBitmap';
import { Group, Layer, Shape } from '../konva';
import { FREEZABLE } from './frozenLayers';
import type { ElevationGeom, RackScene, RowGeom, Scene } from '../scene';

const raw = (c: Context) => c._context;

/**
 * Row headers and rack elevations, a group drawn first in the equipment layer: re-renders only
 * when racks, the face mode or the unit maps change.
 */
export const RackGroup = memo(function RackGroup({
  elevations,
  rows = [],
  selectedRack,
  rackLabels,
}: {
  elevations: readonly ElevationGeom[];
  /** Row bands of the hall: a header with the row's name above each. */
  rows?: readonly RowGeom[];
  selectedRack: string | null;
  rackLabels?: ReadonlyMap<string, string>;
}) {
  return (
    <Group listening={false}>
      {rows.map((r) => (
        <Shape
          key={`row:${r.name}`}
          id={`row:${r.name}`}
          perfectDrawEnabled={false}
          sceneFunc={(ctx, shape) => {
            if (onScreen(r, visibleWorld(shape))) drawRowHeader(raw(ctx), r, viewLeft(shape), stageScale(shape));
          }}
        />
      ))}
      {elevations.map((e) => (
        <Elevation key={e.key} e={e} selected={selectedRack === e.rack.id} label={rackLabels?.get(e.rack.id)} />
      ))}
    </Group>
  );
});

/** One elevation's shape, drawn from its kept bitmap while its key holds (`shapeBitmap.ts`). */
function Elevation({ e, selected, label }: { e: ElevationGeom; selected: boolean; label: string | undefined }) {
  const bitmap = useShapeBitmap();
  return (
    <Shape
      id={`rack:${e.key}`}
      x={0}
      y={0}
      width={e.w}
      height={e.h}
      perfectDrawEnabled={false}
      sceneFunc={(ctx, shape) => {
        const v = visibleWorld(shape);
        if (!onScreen(e, v)) return;
        const scale = stageScale(shape);
        const paint = (c: CanvasRenderingContext2D) => drawElevation(c, e, selected, label, scale);
        if (!v) paint(raw(ctx));
        else settleLater(shape, bitmap.draw(raw(ctx), elevationsBox([e], scale), [e, selected, label, scale], paint));
      }}
    />
  );
}

/** A shape's kept bitmap for the life of its component (its pixels return to the budget on unmount). */
function useShapeBitmap(): ShapeBitmap {
  const [bitmap] = useState(() => new ShapeBitmap());
  useEffect(() => () => bitmap.release(), [bitmap]);
  return bitmap;
}

/** After a draw at a zoom still changing, draws the shape's layer again once the zoom has settled. */
function settleLater(shape: Konva.Shape, how: BitmapDraw): void {
  const layer = shape.getLayer();
  if (how === 'unsettled' && layer) redrawSoon(layer);
}

/** What equipment drawing reads at draw time besides geometry. */
export interface EquipmentDrawContext {
  readonly state: DeviceDrawState;
  readonly labels: LabelIndex | undefined;
}

/** One rack's equipment in every elevation: re-renders only when the rack's scene changes. */
const RackEquipment = memo(function RackEquipment({
  rack,
  draw,
}: {
  rack: RackScene;
  draw: RefObject<EquipmentDrawContext>;
}) {
  const bitmap = useShapeBitmap();
  return (
    <Shape
      id={`rack-equipment:${rack.rack.id}`}
      perfectDrawEnabled={false}
      sceneFunc={(ctx, shape) => {
        const v = visibleWorld(shape);
        if (!rack.elevations.some((e) => onScreen(e, v))) return;
        const { state, labels } = draw.current;
        const scale = stageScale(shape);
        // Culled to the view when painted directly; the whole rack when kept as a bitmap.
        const paint = (c: CanvasRenderingContext2D, view: typeof v) => {
          for (const d of rack.drawn)
            if (onScreen(d.geom, view)) drawDevice(c, d.geom, d.slots, d.ports, state, labels, scale);
        };
        if (!v) paint(raw(ctx), v);
        else
          settleLater(
            shape,
            bitmap.draw(
              raw(ctx),
              elevationsBox(rack.elevations, scale),
              equipmentKey(rack, state, labels, scale),
              (c) => paint(c, c === raw(ctx) ? v : null),
            ),
          );
      }}
    />
  );
});

/** Rack equipment with its slots, modules, cages and ports, one shape per rack, over `racks` (the `RackGroup`). */
export const EquipmentLayer = memo(function EquipmentLayer({
  scene,
  state,
  labels,
  racks,
}: {
  scene: Scene;
  state: DeviceDrawState;
  labels: LabelIndex | undefined;
  racks?: ReactNode;
}) {
  const layer = useRef<Konva.Layer>(null);
  const draw = useRef<EquipmentDrawContext>({ state, labels });
  useLayoutEffect(() => {
    if (draw.current.state === state && draw.current.labels === labels) return;
    draw.current = { state, labels };
    layer.current?.batchDraw();
  }, [state, labels]);
  return (
    <Layer ref={layer} name={FREEZABLE} listening={false}>
      {racks}
      {scene.racks.map((r) => (
        <RackEquipment key={r.rack.id} rack={r} draw={draw} />
      ))}
    </Layer>
  );
});

/**
 * Cables: trunks, harnesses, array cables and cords, every leg, in one shape; the legs between
 * the same two elevations as one bundle (`cableBundles.ts`) except the `expanded` one.
 */
export const CableLayer = memo(function CableLayer({
  cables,
  elevations,
  expanded,
}: {
  cables: readonly CableGeom[];
  /** The scene's elevations (not the scene: an equipment edit that moves no cable redraws nothing here). */
  elevations: readonly ElevationGeom[];
  expanded: string | null;
}) {
  return (
    <Layer name={FREEZABLE} listening={false} opacity={0.9}>
      <Shape
        id="cables"
        perfectDrawEnabled={false}
        sceneFunc={(ctx, shape) => {
          const v = visibleWorld(shape);
          const bundles = bundlesOf(cables, { elevations });
          const collapsed = new Set(bundles.keys());
          const scale = stageScale(shape);
          const open = expanded ? bundles.get(expanded) : undefined;
          if (open) {
            collapsed.delete(open.key);
            drawBundleHalo(raw(ctx), open, scale);
          }
          for (const g of cables) if (g.box && onScreen(g.box, v)) drawCable(raw(ctx), g, undefined, 0, collapsed);
          for (const b of bundles.values())
            if (b.key !== expanded && onScreen(b.box, v)) drawBundle(raw(ctx), b, scale);
        }}
      />
    </Layer>
  );
});
