/**
 * The in-page half of `npm run bench:ui` (see `bench-ui.ts`): installed with `addInitScript`
 * before the app loads, so it runs in the browser and must not close over anything of Node.
 *
 * It records every long task (PerformanceObserver `longtask`), every animation frame while
 * recording is on, and, when armed for one input event (`pointerup`, `keydown`, `click`,
 * `wheel`), the time from that event's timestamp to the end of the first frame painted after the
 * design changed (or, for inputs that do not edit, after the event): rAF, then a zero-delay task
 * after the frame's rendering steps.
 */

/** What the page exposes as `window.__bench`. */
export interface BenchPage {
  /** Long tasks so far: start and duration, ms (performance timeline). */
  longTasks: { start: number; dur: number }[];
  /** rAF timestamps recorded between `startFrames()` and `stopFrames()`, ms. */
  frames: number[];
  startFrames(): void;
  stopFrames(): void;
  /**
   * Arms a one-shot capture listener for `type`; `edit` waits for the design to change before
   * taking the frame. The measurement lands in `last` (ms from the event to after the frame).
   */
  arm(type: string, edit: boolean): void;
  /**
   * The armed measurement: null until the frame is painted. `changed` is false when an `edit`
   * left the design as it was (waited 10 s for it): the caller reports it instead of the time.
   */
  last: { ms: number; start: number; changed: boolean } | null;
  /** True once the panels show an analysis of the current design (no "updating" state). */
  settled(): boolean;
}

/** Installs `window.__bench` (runs in the page). */
export function installBenchPage(): void {
  type DesignerWindow = Window & {
    __designer?: { getState(): { doc: unknown } };
    __bench?: unknown;
  };
  const w = window as DesignerWindow;
  const bench = {
    longTasks: [] as { start: number; dur: number }[],
    frames: [] as number[],
    recording: false,
    last: null as { ms: number; start: number; changed: boolean } | null,
    startFrames() {
      bench.frames = [];
      bench.recording = true;
      const tick = (t: number) => {
        if (!bench.recording) return;
        bench.frames.push(t);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      bench.recording = false;
    },
    arm(type: string, edit: boolean) {
      bench.last = null;
      const onEvent = (e: Event) => {
        window.removeEventListener(type, onEvent, true);
        const start = e.timeStamp;
        const before = w.__designer?.getState().doc;
        const changed = () => !edit || w.__designer?.getState().doc !== before;
        const deadline = performance.now() + 10_000;
        const tick = () =>
          requestAnimationFrame(() => {
            if (!changed() && performance.now() < deadline) return tick();
            setTimeout(() => {
              bench.last = { ms: performance.now() - start, start, changed: changed() };
            }, 0);
          });
        tick();
      };
      window.addEventListener(type, onEvent, true);
    },
    settled() {
      const el = document.querySelector('[data-analysis-state]');
      return !el || el.getAttribute('data-analysis-state') === 'current';
    },
  };
  w.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, dur: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long task timing: the figures say "n/a"
  }
}
