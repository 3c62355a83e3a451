/**
 * Turning a drop target into a store action (one undo step, committed on drop), and the label
 * the preview shows for it.
 */
import type { Design } from '../../core/design';
import { formatURange, portInfo } from '../../core/layout';
import type { DesignerActions } from '../../store/actions';
import type { DragSource } from '../../store/session';
import type { DropTarget } from '../dropTarget';
import { dragPart } from '../dropTarget';
import { own } from '../../core/own';
import { cageDropVerdict, refusalNotice, type ConnectVerdict } from '../../core/connectVerdict';
import { portVerdict } from './portVerdict';

/**
 * The preview caption: where it lands, or why it cannot. A cable over a port carries the mating
 * verdict of its first end there (`cls`, V1–V7 and P1, from `core/connectVerdict`).
 */
export function dropLabel(
  design: Design,
  source: DragSource,
  t: DropTarget,
): { ok: boolean; text: string; cls?: ConnectVerdict['cls'] } {
  switch (t.kind) {
    case 'none':
      return { ok: false, text: t.hint };
    case 'port': {
      if (source.kind !== 'part') return { ok: false, text: 'Drop a cable on a port to start connecting' };
      const v = portVerdict(design, source.part, null, t.ref);
      return { ok: v.cls !== 'fail', text: v.text, cls: v.cls };
    }
    case 'rack': {
      if (!t.check.ok) return { ok: false, text: t.check.reason };
      const h = dragPart(design, source);
      const heightU = h?.kind === 'rack-equipment' ? h.heightU : 1;
      return {
        ok: true,
        text: `${formatURange({ from: t.positionU, to: t.positionU + heightU - 1 })} · ${own(design.racks, t.rack)?.name ?? ''} ${t.face}`,
      };
    }
    case 'slot':
      return t.check.ok
        ? { ok: true, text: `${own(design.devices, t.parent)?.name ?? ''} ${t.slot.replace('slot-', 'slot ')}` }
        : { ok: false, text: t.check.reason };
    case 'cage': {
      if (!t.check.ok) return { ok: false, text: t.check.reason };
      const where = `${own(design.devices, t.parent)?.name ?? ''} ${t.cage.replace('cage-', 'Eth')}`;
      const v = cageVerdict(design, source, t);
      return v.cls === 'pass'
        ? { ok: true, text: where }
        : { ok: v.cls !== 'fail', text: `${where}: ${v.text}`, cls: v.cls };
    }
  }
}

let lastCage: { design: Design; key: string; v: ConnectVerdict } | null = null;

/**
 * The mating verdict of a transceiver dropped into a cage that holds cables (`cageDropVerdict`);
 * the last answer is reused while the pointer stays over the same cage of the same design.
 */
function cageVerdict(design: Design, source: DragSource, t: Extract<DropTarget, { kind: 'cage' }>): ConnectVerdict {
  const key = `${source.kind === 'part' ? source.part : source.id}>${t.parent}#${t.cage}`;
  if (lastCage?.design === design && lastCage.key === key) return lastCage.v;
  const v = cageDropVerdict(
    design,
    source.kind === 'part' ? { part: source.part } : { move: source.id },
    t.parent,
    t.cage,
  );
  lastCage = { design, key, v };
  return v;
}

/**
 * Commits a drop. Returns the id of what was placed or moved, or null when nothing changed
 * (refusals go to the status bar).
 */
export function commitDrop(design: Design, actions: DesignerActions, source: DragSource, t: DropTarget): string | null {
  if (t.kind === 'none') {
    if (source.kind === 'part') actions.notify('error', t.hint);
    return null;
  }
  if (t.kind === 'port') {
    if (source.kind !== 'part') return null;
    // An end that cannot mate there is refused with the rule named; the tool is not armed.
    const v = portVerdict(design, source.part, null, t.ref);
    if (v.cls === 'fail') {
      actions.notify('error', refusalNotice(portInfo(design, t.ref)?.label ?? t.ref.port, v));
      return null;
    }
    actions.startConnect(source.part);
    actions.pickPort(t.ref);
    return null;
  }
  if (!t.check.ok) {
    actions.notify('error', t.check.reason);
    return null;
  }
  if (source.kind === 'part') {
    const id =
      t.kind === 'rack'
        ? actions.placeEquipment(source.part, t.rack, t.positionU, t.face)
        : t.kind === 'slot'
          ? actions.insertModule(source.part, t.parent, t.slot)
          : actions.plugTransceiver(source.part, t.parent, t.cage);
    if (id) actions.select({ kind: 'device', id });
    return id;
  }
  const dev = own(design.devices, source.id);
  const p = dev?.placement;
  if (!dev || !p) return null;
  let moved = false;
  if (t.kind === 'rack' && p.kind === 'rack') {
    if (p.rack === t.rack && p.positionU === t.positionU && p.face === t.face) return null;
    moved = actions.moveEquipment(dev.id, t.rack, t.positionU, t.face);
  } else if (t.kind === 'slot' && p.kind === 'slot') {
    if (p.parent === t.parent && p.slot === t.slot) return null;
    moved = actions.moveModule(dev.id, t.parent, t.slot);
  } else if (t.kind === 'cage' && p.kind === 'cage') {
    if (p.parent === t.parent && p.cage === t.cage) return null;
    moved = actions.moveTransceiver(dev.id, t.parent, t.cage);
  }
  if (moved) actions.select({ kind: 'device', id: dev.id });
  return moved ? dev.id : null;
}
