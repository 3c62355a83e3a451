/**
 * The rack drag of the canvas (issue 12 §5): a rack pressed on its header with the select tool
 * and dragged goes to another place in its row or into another row, one undo step on release.
 * While it moves, the interaction layer shows the drop bar and "R3 → Row B, 2 of 4"
 * (`rackDrop.ts`); nothing is written to the store until the drop. Escape or a cancelled pointer
 * drops nothing.
 */
import type { Design } from '../../core/design';
import type { RackId } from '../../core/ids';
import { nextRowName } from '../../core/rows';
import type { DesignerActions } from '../../store/actions';
import type { Hit } from '../hitTest';
import type { InteractionHandle } from '../layers/InteractionLayer';
import { rackDropAt, type RackDrop } from '../rackDrop';
import type { Scene } from '../scene';

/** One rack drag in flight. */
export class RackDrag {
  /** Where it would land now (null: nowhere). */
  target: RackDrop | null = null;

  private constructor(readonly rack: RackId) {}

  /** A rack drag for a press on a rack's header with the select tool, else null. */
  static at(hit: Hit, tool: string): RackDrag | null {
    return tool === 'select' && hit.header && hit.elev && !hit.drag ? new RackDrag(hit.elev.rack.id) : null;
  }

  /** The pointer is at world point `w`: recompute the target and show its drop bar. */
  move(scene: Scene, doc: Design, w: { x: number; y: number }, inter: InteractionHandle | null, scale: number): void {
    this.target = rackDropAt(scene, this.rack, w.x, w.y, nextRowName(doc));
    const t = this.target;
    inter?.update({ drop: t ? { box: t.box, ok: true, text: t.text } : null, scale });
  }

  /** Released (`cancelled` for a pointercancel): moves the rack unless it would stay in place. */
  end(actions: Pick<DesignerActions, 'moveRackTo'>, cancelled: boolean): void {
    const t = cancelled ? null : this.target;
    if (t && !t.same) actions.moveRackTo(t.rack, t.row, t.index);
  }
}
