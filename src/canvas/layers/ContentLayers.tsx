/**
 * The layers that change with the design: rack elevations (only when racks change), equipment
 * and cables. One Konva `Shape` per elevation, device and cable; none of them listen to events
 * (hit testing is geometric, see `hitTest.ts`).
 */
import { memo, useMemo } from 'react';
import type { Context } from 'konva/lib/Context';
import { labelsFor } from '../../core/labels';
import type { CableGeom } from '../cableGeometry';
import { drawCable } from '../draw/drawCable';
import { drawDevice, drawElevation, type DeviceDrawState } from '../draw/drawRack';
import { Layer, Shape } from '../konva';
import type { ElevationGeom, PortGeom, Scene, SlotGeom } from '../scene';

const raw = (c: Context) => c._context;

/** Rack elevations: changes only when racks or the face mode change. */
export const RackLayer = memo(function RackLayer({
  elevations,
  selectedRack,
  rackLabels,
}: {
  elevations: readonly ElevationGeom[];
  selectedRack: string | null;
  rackLabels?: ReadonlyMap<string, string>;
}) {
  return (
    <Layer listening={false}>
      {elevations.map((e) => (
        <Shape
          key={e.key}
          id={`rack:${e.key}`}
          x={0}
          y={0}
          width={e.w}
          height={e.h}
          perfectDrawEnabled={false}
          sceneFunc={(ctx) => drawElevation(raw(ctx), e, selectedRack === e.rack.id, rackLabels?.get(e.rack.id))}
        />
      ))}
    </Layer>
  );
});

/** Rack equipment with its slots, modules, cages and ports. */
export const EquipmentLayer = memo(function EquipmentLayer({ scene, state }: { scene: Scene; state: DeviceDrawState }) {
  const groups = useMemo(() => {
    const slots = new Map<string, SlotGeom[]>();
    const ports = new Map<string, PortGeom[]>();
    for (const s of scene.slots) slots.set(`${s.parent}@${s.face}`, [...(slots.get(`${s.parent}@${s.face}`) ?? []), s]);
    for (const p of scene.ports) ports.set(`${p.host}@${p.face}`, [...(ports.get(`${p.host}@${p.face}`) ?? []), p]);
    return { slots, ports };
  }, [scene]);
  const labels = labelsFor(scene.design);
  return (
    <Layer listening={false}>
      {scene.devices.map((d) => {
        const k = `${d.device.id}@${d.face}`;
        const slots = groups.slots.get(k) ?? [];
        const ports = groups.ports.get(k) ?? [];
        return (
          <Shape
            key={`${d.device.id}:${d.elev}`}
            id={`dev:${d.device.id}:${d.face}`}
            perfectDrawEnabled={false}
            sceneFunc={(ctx) => drawDevice(raw(ctx), d, slots, ports, state, labels)}
          />
        );
      })}
    </Layer>
  );
});

/** Cables: trunks, harnesses, array cables and cords, every leg. */
export const CableLayer = memo(function CableLayer({ cables }: { cables: readonly CableGeom[] }) {
  return (
    <Layer listening={false} opacity={0.9}>
      {cables.map((g) => (
        <Shape
          key={g.cable.id}
          id={`cable:${g.cable.id}`}
          perfectDrawEnabled={false}
          sceneFunc={(ctx) => drawCable(raw(ctx), g)}
        />
      ))}
    </Layer>
  );
});
