/**
 * The frozen content layers (`frozenLayers.ts`) on a real Konva stage in jsdom (canvas mock: no
 * pixels, recorded calls). The stack, bottom to top:
 *
 * ```text
 *  equipment (freezable) ─┐
 *  cables    (freezable)  ├─ frozen: hidden, one stand-in canvas in their place
 *  overlay   (freezable) ─┘
 *  interaction            ── stays: the drag redraws only this one
 * ```
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Konva } from '../konva';
import { FREEZABLE, LayerFreeze, freezeLayers } from './frozenLayers';

function stage() {
  const container = document.createElement('div');
  document.body.append(container);
  const s = new Konva.Stage({ container, width: 300, height: 200 });
  const layers = ['equipment', 'cables', 'overlay', 'interaction'].map((id) => {
    const l = new Konva.Layer({ id, name: id === 'interaction' ? '' : FREEZABLE, listening: false });
    s.add(l);
    return l;
  });
  const canvasOf = (l: Konva.Layer) => l.getCanvas()._canvas;
  /** The stage's canvases in DOM order: a layer's id, or `stand-in`, with its display. */
  const order = () =>
    [...container.querySelectorAll('canvas')].map((c) => {
      const l = layers.find((x) => canvasOf(x) === c);
      return `${l ? l.id() : c.className === 'frozen-layers' ? 'stand-in' : '?'}${c.style.display === 'none' ? ' (hidden)' : ''}`;
    });
  return { s, layers, order, container };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('freezeLayers', () => {
  it('hides the three content canvases behind one stand-in below the interaction layer, and thaws back', () => {
    const { s, order } = stage();
    expect(order()).toEqual(['equipment', 'cables', 'overlay', 'interaction']);
    const thaw = freezeLayers(s);
    expect(order()).toEqual(['equipment (hidden)', 'cables (hidden)', 'overlay (hidden)', 'stand-in', 'interaction']);
    thaw();
    expect(order()).toEqual(['equipment', 'cables', 'overlay', 'interaction']);
  });

  it('the stand-in has the layers’ pixel and CSS size and holds the three of them, bottom first', () => {
    const { s, layers, container } = stage();
    freezeLayers(s);
    const stand = container.querySelector('canvas.frozen-layers') as HTMLCanvasElement;
    const first = layers[0]!.getCanvas()._canvas;
    expect([stand.width, stand.height]).toEqual([first.width, first.height]);
    expect([stand.style.width, stand.style.height]).toEqual(['300px', '200px']);
    const drawn = vi.mocked(stand.getContext('2d')!.drawImage).mock.calls.map((c) => c[0]);
    expect(drawn).toEqual(layers.slice(0, 3).map((l) => l.getCanvas()._canvas));
  });

  it('a frozen layer that draws again composes the stand-in again, once per batch of draws', async () => {
    const { s, layers, container } = stage();
    freezeLayers(s);
    const stand = container.querySelector('canvas.frozen-layers') as HTMLCanvasElement;
    const drawImage = vi.mocked(stand.getContext('2d')!.drawImage);
    drawImage.mockClear();
    layers[0]!.draw();
    layers[2]!.draw();
    expect(drawImage).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(drawImage).toHaveBeenCalledTimes(3);
    // The interaction layer is not frozen: its draws compose nothing.
    drawImage.mockClear();
    layers[3]!.draw();
    await Promise.resolve();
    expect(drawImage).not.toHaveBeenCalled();
  });

  it('fewer than two freezable layers: nothing to gain, nothing changes', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const s = new Konva.Stage({ container, width: 100, height: 100 });
    s.add(new Konva.Layer({ name: FREEZABLE }), new Konva.Layer());
    freezeLayers(s)();
    expect(container.querySelectorAll('canvas')).toHaveLength(2);
    expect(container.querySelector('canvas.frozen-layers')).toBeNull();
  });
});

describe('LayerFreeze', () => {
  it('freezes while the gesture wants it, after each wrapped handler, and thaws when it ends', () => {
    const { s, container } = stage();
    let kind = 'idle';
    const freeze = new LayerFreeze({ current: s }, () => kind === 'drag');
    const onMove = freeze.around((k: string) => (kind = k));
    const stands = () => container.querySelectorAll('canvas.frozen-layers').length;
    onMove('press');
    expect(stands()).toBe(0);
    onMove('drag');
    onMove('drag');
    expect(stands()).toBe(1);
    onMove('idle');
    expect(stands()).toBe(0);
    onMove('drag');
    freeze.dispose();
    expect(stands()).toBe(0);
  });

  it('keeps one stand-in canvas (and its pixel buffer) from one drag to the next', () => {
    const { s, container } = stage();
    let kind = 'drag';
    const freeze = new LayerFreeze({ current: s }, () => kind === 'drag');
    freeze.sync();
    const first = container.querySelector('canvas.frozen-layers');
    kind = 'idle';
    freeze.sync();
    kind = 'drag';
    freeze.sync();
    expect(container.querySelector('canvas.frozen-layers')).toBe(first);
    expect(first).not.toBeNull();
  });
});
