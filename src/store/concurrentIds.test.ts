/**
 * Two people cable the same port at the same moment (issue 11): each sees the port free, lays a
 * cord, and the documents merge. With per-editor id suffixes both cables survive and the engine
 * reports its P1 finding (one plug per port) naming both; with plain ids both pick the same
 * `cab-N` and the later write silently replaces the other cable.
 *
 * ```text
 *  person A: SW1 Eth5 ─PC─┐
 *                         ├─ P1-C1 front-5   (two plugs in one port → P1)
 *  person B: SW1 Eth6 ─PC─┘
 * ```
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { analyzeDesign } from '../core/analysis/analyze';
import { setNewIdSuffix } from '../core/edits';
import { partId, type DeviceId } from '../core/ids';
import { demoById } from '../demos/demos';
import { designToDoc } from '../io/records';
import { bindableDoc } from './docBinding';
import { createDesignerStore } from './store';

const CORD = partId('cable/lc-duplex-ab-upc');

afterEach(() => setNewIdSuffix(''));

/** Two stores on two copies of the broken Method A demo, not connected yet (both offline). */
function twoPeople() {
  const ya = designToDoc(demoById('broken-method-a')?.build() as never);
  const yb = new Y.Doc();
  Y.applyUpdate(yb, Y.encodeStateAsUpdate(ya));
  const A = createDesignerStore();
  const B = createDesignerStore();
  A.getState().actions.bindDocument(bindableDoc(ya));
  B.getState().actions.bindDocument(bindableDoc(yb));
  const dev = (name: string) => Object.values(A.getState().doc.devices).find((d) => d.name === name)?.id as DeviceId;
  const merge = () => {
    Y.applyUpdate(yb, Y.encodeStateAsUpdate(ya, Y.encodeStateVector(yb)));
    Y.applyUpdate(ya, Y.encodeStateAsUpdate(yb, Y.encodeStateVector(ya)));
  };
  return { A, B, sw1: dev('SW1'), c1: dev('P1-C1'), merge };
}

describe('two people cable the same port at the same moment', () => {
  it('with per-editor id suffixes, both cables survive and P1 names both', () => {
    const { A, B, sw1, c1, merge } = twoPeople();
    setNewIdSuffix('aaaa');
    const ca = A.getState().actions.connect(CORD, { device: sw1, port: 'cage-5' }, { device: c1, port: 'front-5' });
    setNewIdSuffix('bbbb');
    const cb = B.getState().actions.connect(CORD, { device: sw1, port: 'cage-6' }, { device: c1, port: 'front-5' });
    expect(ca).toMatch(/^cab-\d+~aaaa$/);
    expect(cb).toMatch(/^cab-\d+~bbbb$/);
    merge();
    for (const s of [A, B]) {
      const doc = s.getState().doc;
      expect(Object.keys(doc.cables)).toEqual(expect.arrayContaining([ca, cb]));
      const p1 = analyzeDesign(doc).findings.filter((f) => f.rule === 'P1');
      expect(p1).toHaveLength(1);
      expect([...(p1[0]?.cables ?? [])].sort()).toEqual([ca, cb].sort());
      expect(p1[0]?.at).toEqual({ device: c1, port: 'front-5' });
    }
  });

  it('with plain ids (no suffix) the two cables collide and one is silently lost — why the suffix exists', () => {
    const { A, B, sw1, c1, merge } = twoPeople();
    const ca = A.getState().actions.connect(CORD, { device: sw1, port: 'cage-5' }, { device: c1, port: 'front-5' });
    const cb = B.getState().actions.connect(CORD, { device: sw1, port: 'cage-6' }, { device: c1, port: 'front-5' });
    expect(ca).toBe(cb);
    merge();
    expect(analyzeDesign(A.getState().doc).findings.filter((f) => f.rule === 'P1')).toHaveLength(0);
  });
});
