/**
 * `showRecent`: after an undo brings back a recent design, the snapshot's raw records share each
 * collection the design shows unresolved, so the next edit writes without copying it; a
 * collection with a reference resolved keeps the document's own records.
 *
 * Design: the small data hall, written to a document, then one device deleted in the document
 * under a cable that plugs into it (a dangling end: the cables are shown resolved):
 * ```
 *  R01-P1 C1 ─cord─► Leaf-R01-1      delete a childless device a cable reaches ⇒ cables resolved
 *  devices, racks, parts: shown as in the document (raw's own objects)
 * ```
 * The "recent" design is a structured clone of the shown one: equal record by record, other objects.
 */
import { describe, expect, it } from 'vitest';
import type { Design, Device } from '../../core/design';
import * as E from '../../core/edits';
import { SMALL_HALL } from '../../core/fixtures/randomEdits';
import type { RackId } from '../../core/ids';
import { commitSnapshot, designToDoc, diffDesign, readSnapshot, showRecent } from './index';

/** A device no module or transceiver sits in, that some cable plugs into. */
function childlessCabled(d: Design): Device {
  const parents = new Set(
    Object.values(d.devices).flatMap((v) => ('parent' in v.placement ? [v.placement.parent] : [])),
  );
  const cabled = new Set(
    Object.values(d.cables).flatMap((c) => Object.values(c.ends).flatMap((e) => (e ? [e.device] : []))),
  );
  const found = Object.values(d.devices).find((v) => !parents.has(v.id) && cabled.has(v.id));
  if (!found) throw new Error('the hall has no childless cabled device');
  return found;
}

describe('showRecent', () => {
  it('shares the unresolved collections with the recent design, keeps resolved ones raw', () => {
    const doc = designToDoc(SMALL_HALL);
    doc.getMap('devices').delete(childlessCabled(SMALL_HALL).id);
    const snap = readSnapshot(doc);
    // Preconditions: devices shown as in the document, cables resolved (a dangling end).
    expect(snap.design.devices).toBe(snap.raw.devices);
    expect(snap.design.cables).not.toBe(snap.raw.cables);
    const recent = structuredClone(snap.design);
    const s = showRecent(snap, recent);
    expect(s.design).toBe(recent);
    expect(s.raw.devices).toBe(recent.devices);
    expect(s.raw.racks).toBe(recent.racks);
    expect(s.raw.cables).toBe(snap.raw.cables);
    expect(s.raw.name).toBe(snap.raw.name);
    expect(s.notices).toBe(snap.notices);
    expect(showRecent(snap, snap.design)).toBe(snap);
  });

  it('after it, a drop writes the design’s own devices collection as the raw one (no copy)', () => {
    const snap = readSnapshot(designToDoc(SMALL_HALL));
    const recent = structuredClone(snap.design);
    const s = showRecent(snap, recent);
    const r = E.placeEquipment(recent, {
      part: 'equipment/panel-1u-24xlcduplex-duplex' as never,
      rack: Object.keys(recent.racks)[0] as RackId,
      positionU: 20,
    });
    if (!r.ok) throw new Error(r.reason);
    const next = commitSnapshot(s, r.design, diffDesign(recent, r.design));
    expect(next.design.devices).toBe(r.design.devices);
    expect(next.raw.devices).toBe(r.design.devices);
    // Without showRecent the document's records (equal, other objects) are copied instead.
    const unshared = commitSnapshot({ ...snap, design: recent }, r.design, diffDesign(recent, r.design));
    expect(unshared.design.devices).toEqual(r.design.devices);
    expect(unshared.raw.devices).not.toBe(r.design.devices);
  });
});
