/**
 * The port map asks the analysis engine for what it shows (issue 10 §3): rendered in jsdom (no
 * Worker: the same-thread engine serves the same calls), the tiles get their verdict classes and a
 * tapped port its whole path from the engine's answers, with a quiet loading state until then; on
 * the designer's own design, an edit re-colours the tiles from the newer analysis (the answer
 * about the older design is not kept).
 *
 * Spine–leaf demo (REFERENCE §6.3, GT-04):
 *
 * ```text
 *  R1: Spine-1 Eth1–4 ─MC1–4 Type B─ P1 MPO1–4 │ P1 MPO1–4-Rear ══ T1 48F Type B ══ R2 P1 MPO1–4-Rear │ P1 MPO1–4 ─MC5–8─ Leaf-1 Eth49–52
 * ```
 *
 * 100GBASE-SR4 over MPO-12: 8 lit fibers and 4 dark per port; the loss limit of the demo's parts
 * is marked UNVERIFIED, so the channels through Eth1–4 are "unverified" (purple), not "pass".
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { Design } from '../core/design';
import { deleteCable } from '../core/edits';
import type { CableId } from '../core/ids';
import { demoById } from '../demos/demos';
import { bindAppAnalysis } from '../store/analysisState';
import type { Selection } from '../store/session';
import PortMapView from './PortMapView';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has neither: the view scrolls the selected port into sight.
(globalThis as { CSS?: { escape(s: string): string } }).CSS ??= { escape: (s) => s.replace(/["\\]/g, '\\$&') };
Element.prototype.scrollIntoView ??= () => undefined;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

const spineLeaf = (): Design => {
  const d = demoById('spine-leaf-sr4')?.build();
  if (!d) throw new Error('no spine-leaf demo');
  return d;
};

function render(design: Design, shared: string | null): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(<PortMapView design={design} shared={shared} initialPort={null} onExit={() => undefined} />));
  return host;
}

/** Waits (in act) until `ok()` holds; fails after 20 s (the same-thread engine answers within ms). */
async function until(ok: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 20_000;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
}

const tile = (host: HTMLElement, label: string) =>
  host.querySelector<HTMLButtonElement>(`button.pm-port[data-label="${label}"]`);

describe('the port map asks the analysis engine', () => {
  it('a shared design: tile classes, then the tapped port’s path after a quiet loading state', async () => {
    const host = render(spineLeaf(), 'payload');
    const map = host.querySelector('[data-testid="portmap"]')!;
    expect(tile(host, 'R1-SW1-Eth1')).not.toBeNull(); // labels and tiles at once, on this thread
    await until(() => map.getAttribute('data-analysed') === 'true', 'the port classes');
    expect(tile(host, 'R1-SW1-Eth1')?.className).toContain('v-unverified');
    expect(tile(host, 'R1-SW1-Eth5')?.className).not.toMatch(/ v-/); // idle: no channel
    expect(tile(host, 'R2-SW1-Eth49')?.className).toContain('v-unverified');

    act(() => tile(host, 'R1-P1-MPO1')!.click());
    const path = () => host.querySelector('section[aria-label="Port path"]')!;
    expect(path().querySelector('h2')?.textContent).toBe('R1-P1-MPO1');
    // Label, cable and QR at once; the path itself is on its way.
    expect(path().querySelector('[data-testid="path-loading"]')?.textContent).toBe('Loading the path…');
    await until(() => path().querySelectorAll('.pm-fiber').length > 0, 'the path');
    expect(path().querySelectorAll('.pm-fiber')).toHaveLength(12);
    expect(path().querySelector('[data-testid="path-loading"]')).toBeNull();
    expect(path().querySelector('.pm-channel .badge')?.textContent).toMatch(/Polarity: OK/);
  }, 60_000);

  it('the designer’s design: an edit re-colours the tiles from the newer analysis', async () => {
    const d0 = spineLeaf();
    const src = createStore<{ doc: Design; session: { selection: Selection | null } }>(() => ({
      doc: d0,
      session: { selection: null },
    }));
    const binding = bindAppAnalysis(src);
    await binding.settled();
    const host = render(d0, null);
    const map = host.querySelector('[data-testid="portmap"]')!;
    await until(() => map.getAttribute('data-analysed') === 'true', 'the port classes');
    expect(tile(host, 'R1-SW1-Eth1')?.className).toContain('v-unverified');
    // Unplug the cord at Spine-1 Eth1 (MC1): no channel passes Eth1 any more.
    const mc1 = Object.values(d0.cables).find((c) => c.name === 'MC1')!;
    const d1 = deleteCable(d0, mc1.id as CableId);
    act(() => src.setState({ doc: d1 }));
    act(() => root!.render(<PortMapView design={d1} shared={null} initialPort={null} onExit={() => undefined} />));
    await until(() => !/ v-/.test(tile(host, 'R1-SW1-Eth1')?.className ?? ' v-'), 'Eth1 without a class');
    expect(tile(host, 'R1-SW1-Eth2')?.className).toContain('v-unverified');
    expect(binding.state.getState().of).toBe(d1);
  }, 60_000);
});
