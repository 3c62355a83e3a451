/**
 * The label index the canvas draws from. The canvas reads rack, device, slot and port labels
 * only (equipment names, port labels); a cable edit gives the design a new `LabelIndex` over the
 * same device labels (core/labels memoises those on the devices collection), and handing the
 * layers that new object would redraw every rack's equipment for nothing. So the first index seen
 * with a given set of device-label maps is kept while they stay the same objects.
 */
import type { LabelIndex } from '../core/labels';

const seen = new WeakMap<object, LabelIndex>();

/**
 * `l`, or the earlier index with the very same rack, device, slot and port label maps and scheme
 * (so its identity changes only when a label the canvas draws can have changed). Pure apart from
 * the cache (a `WeakMap` on the device-label map).
 */
export function canvasLabelsOf(l: LabelIndex): LabelIndex {
  const hit = seen.get(l.devices);
  if (hit && hit.ports === l.ports && hit.racks === l.racks && hit.slots === l.slots && hit.scheme === l.scheme)
    return hit;
  seen.set(l.devices, l);
  return l;
}
