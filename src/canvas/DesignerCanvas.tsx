/**
 * The rack canvas: a Konva stage with layers split by how often they change (racks with their
 * equipment; cables; overlay of selection, path and findings; the per-frame interaction layer;
 * presence only in a room). Few layers: each is a canvas the browser copies on every frame. It reads
 * the store through narrow selectors and writes through actions; gestures live in
 * `useCanvasGestures`. It never selects the whole design: the scene (per rack, reused while the
 * racks, devices and parts are unchanged), the cable geometry (per cable), the labels (per
 * record) and the plug index (per cables collection) are each selected on their own, so an edit
 * re-renders only the layers whose input it changed.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type Konva from 'konva';
import { portKey } from '../core/design';
import { labelsFor } from '../core/labels';
import { plugIndexOf } from '../core/occupancy';
import { useDesigner } from '../store/store';
import type { Selection } from '../store/session';
import { cablesOf } from './cableGeometry';
import { canvasLabelsOf } from './canvasLabels';
import { useCanvasGestures, type GestureRefs } from './interaction/useCanvasGestures';
import { useElementSize, useViewRequests } from './interaction/useViewRequests';
import { Stage } from './konva';
import { CableLayer, EquipmentLayer, RackGroup } from './layers/ContentLayers';
import { InteractionLayer, type InteractionHandle } from './layers/InteractionLayer';
import { OverlayLayer } from './layers/OverlayLayer';
import { PresenceLayer } from './layers/PresenceLayer';
import { Minimap } from './Minimap';
import { PortPicker } from './portPicker/PortPicker';
import { attachProbe } from './probe';
import { sceneOf } from './scene';

const EMPTY: ReadonlySet<string> = new Set();

function selectedKeys(sel: Selection | null): ReadonlySet<string> {
  if (!sel) return EMPTY;
  if (sel.kind === 'device') return new Set([sel.id]);
  if (sel.kind === 'port') return new Set([portKey(sel.ref)]);
  return EMPTY;
}

/** The canvas component. */
export function DesignerCanvas() {
  const wrap = useRef<HTMLDivElement>(null);
  const stage = useRef<Konva.Stage>(null);
  const inter = useRef<InteractionHandle>(null);
  const ghost = useRef<HTMLDivElement>(null);
  const size = useElementSize(wrap);
  const scene = useDesigner((s) => sceneOf(s.doc, s.session.face, s.session.collapseEmpty));
  const cables = useDesigner((s) => cablesOf(sceneOf(s.doc, s.session.face, s.session.collapseEmpty), s.doc));
  const labels = useDesigner((s) => canvasLabelsOf(labelsFor(s.doc)));
  const plugged = useDesigner((s) => plugIndexOf(s.doc.cables).byPort);
  const viewport = useDesigner((s) => s.session.viewport);
  const selection = useDesigner((s) => s.session.selection);
  const tool = useDesigner((s) => s.session.tool);
  const viewRequest = useDesigner((s) => s.session.viewRequest);
  const [dimmed, setDimmed] = useState<ReadonlySet<string>>(EMPTY);
  const [expanded, setExpanded] = useState<string | null>(null);
  const expandedRef = useRef<string | null>(null);
  const vp = useRef(viewport);

  const drawState = useMemo(
    () => ({ selected: selectedKeys(selection), plugged, dimmed }),
    [selection, plugged, dimmed],
  );
  const selectedRack = selection?.kind === 'rack' ? selection.id : null;
  // Rack labels by id, rebuilt only when one of them changes (keeps the rack layer memoised).
  const rackLabelKey = [...labels.racks].map(([id, e]) => `${id}=${e.text}`).join('\n');
  const rackLabels = useMemo(
    () =>
      new Map(
        rackLabelKey
          .split('\n')
          .filter(Boolean)
          .map((kv) => kv.split('=') as [string, string]),
      ),
    [rackLabelKey],
  );

  useLayoutEffect(() => {
    vp.current = viewport;
  }, [viewport]);
  const refs = useMemo<GestureRefs>(
    () => ({
      wrap,
      stage,
      inter,
      ghost,
      vp,
      setDimmed,
      expanded: expandedRef,
      setExpanded: (key) => {
        if (expandedRef.current === key) return;
        expandedRef.current = key;
        setExpanded(key);
      },
    }),
    [],
  );
  useCanvasGestures(refs);
  useViewRequests(viewRequest, scene, size);
  useEffect(() => {
    attachProbe(wrap.current, () => vp.current);
    return () => attachProbe(null, () => vp.current);
  }, []);
  useEffect(() => {
    inter.current?.update({ scale: viewport.scale });
  }, [viewport.scale]);

  return (
    <div
      ref={wrap}
      className="canvas-wrap"
      role="application"
      aria-roledescription="rack canvas"
      aria-label="Rack elevations: drag parts in, click ports to connect"
      tabIndex={0}
      data-testid="canvas"
      data-expanded-bundle={expanded ?? ''}
    >
      {size.w > 0 && (
        <Stage
          ref={stage}
          width={size.w}
          height={size.h}
          x={viewport.x}
          y={viewport.y}
          scaleX={viewport.scale}
          scaleY={viewport.scale}
          listening={false}
        >
          <EquipmentLayer
            scene={scene}
            state={drawState}
            labels={labels}
            racks={
              <RackGroup
                elevations={scene.elevations}
                rows={scene.rows}
                selectedRack={selectedRack}
                rackLabels={rackLabels}
              />
            }
          />
          <CableLayer cables={cables} elevations={scene.elevations} expanded={expanded} />
          <OverlayLayer
            scene={scene}
            cables={cables}
            labels={labels}
            selection={selection}
            tool={tool}
            scale={viewport.scale}
          />
          <PresenceLayer scene={scene} cables={cables} scale={viewport.scale} />
          <InteractionLayer ref={inter} />
        </Stage>
      )}
      {size.w > 0 && <Minimap scene={scene} viewport={viewport} size={size} />}
      <div ref={ghost} className="drag-ghost" hidden aria-hidden="true" />
      <PortPicker />
    </div>
  );
}
