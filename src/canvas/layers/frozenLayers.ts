/**
 * The content layers shown as one canvas while a pointer gesture redraws only the interaction
 * layer (a device, part or rack drag, a connect band). In Chromium's software compositing every
 * canvas of the page is copied into the frame on every frame, changed or not, so during a drag
 * each extra layer costs a full-canvas copy per mouse move. Frozen, the equipment, cable and
 * overlay canvases are hidden (`display: none`: not composited) and one canvas holding their
 * pixels stands in their place, below the presence and interaction layers.
 *
 * The stand-in never goes stale: a frozen layer still draws into its hidden canvas when asked
 * (a dimmed device at the start of a drag, a zoom, a remote edit), and each such draw composes
 * the stand-in again, once per batch of draws. Thawing shows the layers again and drops it.
 */
import type Konva from 'konva';

/** The Konva name of the layers that may be frozen (`<Layer name={FREEZABLE}>`): content below presence. */
export const FREEZABLE = 'freezable';

/**
 * Freezes the stage's `FREEZABLE` layers (at least two, contiguous at the bottom of the stack) into
 * the canvas `stand` (a new one by default; pass the last one again to keep its pixel buffer: a
 * viewport-sized buffer per drag would only feed the garbage collector) and returns the function
 * that thaws them. Does nothing (and returns a no-op) when fewer than two layers are freezable.
 */
export function freezeLayers(stage: Konva.Stage, stand = document.createElement('canvas')): () => void {
  const layers = stage.getLayers().filter((l) => l.name() === FREEZABLE);
  const canvases = layers.map((l) => l.getCanvas()._canvas);
  const first = canvases[0];
  const last = canvases.at(-1);
  if (!first || !last || canvases.length < 2) return () => {};
  stand.className = 'frozen-layers';
  stand.setAttribute('aria-hidden', 'true');
  Object.assign(stand.style, { position: 'absolute', top: '0', left: '0', margin: '0', padding: '0', border: '0' });
  const ctx = stand.getContext('2d');
  let pending = false;
  const compose = () => {
    pending = false;
    if (stand.width !== first.width) stand.width = first.width;
    if (stand.height !== first.height) stand.height = first.height;
    stand.style.width = first.style.width;
    stand.style.height = first.style.height;
    if (!ctx) return;
    ctx.clearRect(0, 0, stand.width, stand.height);
    for (const c of canvases) if (c.width > 0 && c.height > 0) ctx.drawImage(c, 0, 0);
  };
  const onDraw = () => {
    if (pending) return;
    pending = true;
    // The layers of one Konva frame draw in one task: compose once, after the last of them.
    queueMicrotask(() => {
      if (pending) compose();
    });
  };
  compose();
  last.after(stand);
  const displays = canvases.map((c) => c.style.display);
  for (const c of canvases) c.style.display = 'none';
  for (const l of layers) l.on('draw.freeze', onDraw);
  return () => {
    pending = false;
    for (const l of layers) l.off('draw.freeze');
    canvases.forEach((c, i) => (c.style.display = displays[i] ?? ''));
    stand.remove();
  };
}

/**
 * The freeze of a stage's layers over a gesture: frozen while `wanted()` says so, checked after
 * each event handler wrapped by `around` (and on `sync`); `dispose` thaws for good.
 */
export class LayerFreeze {
  private thaw: (() => void) | null = null;
  private stand: HTMLCanvasElement | undefined;

  constructor(
    private readonly stage: { readonly current: Konva.Stage | null },
    private readonly wanted: () => boolean,
  ) {}

  /** `handler`, then the layers frozen or thawed as the gesture it left behind wants. */
  around<E>(handler: (e: E) => void): (e: E) => void {
    return (e) => {
      handler(e);
      this.sync();
    };
  }

  /** Freezes or thaws the layers as `wanted()` says now. */
  sync(): void {
    const stage = this.stage.current;
    if (this.wanted() && !this.thaw && stage)
      this.thaw = freezeLayers(stage, (this.stand ??= document.createElement('canvas')));
    else if (!this.wanted()) this.dispose();
  }

  /** Thaws the layers (if frozen). */
  dispose(): void {
    this.thaw?.();
    this.thaw = null;
  }
}
