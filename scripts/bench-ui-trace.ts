/**
 * A Chromium trace of the renderer's main thread, summarised (used by `profile-ui.ts`): busy time
 * (top-level tasks), self time per trace event name (script, style, layout, paint, raster, GC…),
 * and, from the V8 sampling profiler in the same trace, self and inclusive time per JavaScript
 * function (`name file:line`). All times in ms of main-thread CPU as the trace records them
 * (wall time of the events; on a loaded machine a descheduled thread still counts).
 * `PROFILE_CATEGORIES=cc,blink` adds trace categories; `PROFILE_TRACE_OUT=/tmp/x` also writes each raw trace (`/tmp/x-1.json`, …) for the Performance panel.
 */
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';

let traces = 0;

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.gc',
];

type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
};

type ProfileNode = {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
};

/** What a trace says about the main thread, ms. */
export interface TraceSummary {
  /** Sum of top-level tasks on the renderer main thread. */
  busy: number;
  /** Self time per trace event name, largest first. */
  events: [string, number][];
  /** Self time per JS function (`name file:line`), largest first. */
  selfFns: [string, number][];
  /** Inclusive time per JS function (once per sample), largest first. */
  totalFns: [string, number][];
}

/** Starts tracing `page`'s renderer with the timeline and sampling-profiler categories. */
export async function startTrace(browser: Browser, page: Page): Promise<void> {
  const extra = process.env.PROFILE_CATEGORIES?.split(',').filter(Boolean) ?? [];
  await browser.startTracing(page, { categories: [...CATEGORIES, ...extra] });
}

function mainThread(events: TraceEvent[]): { pid: number; tid: number } | null {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best: { pid: number; tid: number } | null = null;
  let most = -1;
  for (const m of mains) {
    const n = events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X').length;
    if (n > most) [best, most] = [{ pid: m.pid, tid: m.tid }, n];
  }
  return best;
}

function top(m: Map<string, number>, n: number): [string, number][] {
  return [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => [k, Math.round(v * 10) / 10]);
}

function eventSelfTimes(xs: TraceEvent[]): { busy: number; self: Map<string, number> } {
  const self = new Map<string, number>();
  const stack: { end: number; name: string; child: number; dur: number }[] = [];
  let busy = 0;
  const close = (upTo: number) => {
    while (stack.length && (stack.at(-1) as { end: number }).end <= upTo) {
      const s = stack.pop() as (typeof stack)[number];
      self.set(s.name, (self.get(s.name) ?? 0) + (s.dur - s.child) / 1000);
    }
  };
  for (const e of xs.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    close(e.ts);
    const dur = e.dur ?? 0;
    const parent = stack.at(-1);
    if (parent) parent.child += dur;
    else busy += dur / 1000;
    stack.push({ end: e.ts + dur, name: e.name, child: 0, dur });
  }
  close(Infinity);
  return { busy, self };
}

function profileTimes(
  events: TraceEvent[],
  main: { pid: number; tid: number },
): { self: Map<string, number>; total: Map<string, number> } {
  // Node ids are per profile (one per thread and start): key them by the profile's id.
  const nodes = new Map<string, ProfileNode>();
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  // A profile starts on the thread it samples ('Profile'); its chunks come from the sampler thread.
  const ids = new Set(
    events.filter((e) => e.name === 'Profile' && e.pid === main.pid && e.tid === main.tid).map((e) => e.id),
  );
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === main.pid && ids.has(e.id));
  const label = (n: ProfileNode) => {
    const f = n.callFrame;
    const file = f.url ? f.url.slice(f.url.lastIndexOf('/') + 1) : '';
    return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
  };
  const samples: { node: string; dt: number }[] = [];
  for (const c of chunks) {
    const data = (c.args?.data ?? {}) as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    const pid = String(c.id);
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(`${pid}:${n.id}`, n);
    const s = data.cpuProfile?.samples ?? [];
    const d = data.timeDeltas ?? [];
    s.forEach((node, i) => samples.push({ node: `${pid}:${node}`, dt: d[i + 1] ?? 0 }));
  }
  for (const { node, dt } of samples) {
    const n = nodes.get(node);
    if (!n || n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)') continue;
    const ms = dt / 1000;
    self.set(label(n), (self.get(label(n)) ?? 0) + ms);
    const seen = new Set<string>();
    const prof = node.slice(0, node.indexOf(':'));
    for (let p: ProfileNode | undefined = n; p; p = p.parent != null ? nodes.get(`${prof}:${p.parent}`) : undefined) {
      const l = label(p);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + ms);
    }
  }
  return { self, total };
}

/** Stops tracing and summarises the main thread (top `n` of each list). */
export async function stopTrace(browser: Browser, n = 25): Promise<TraceSummary> {
  return summariseTrace(await stopTraceRaw(browser), n);
}

/** Stops tracing and returns the raw trace (also written to `$PROFILE_TRACE_OUT-N.json` when set). */
export async function stopTraceRaw(browser: Browser): Promise<Buffer> {
  const buf = await browser.stopTracing();
  if (process.env.PROFILE_TRACE_OUT) writeFileSync(`${process.env.PROFILE_TRACE_OUT}-${++traces}.json`, buf);
  return buf;
}

/** Trace events that are garbage collection on the main thread (V8's own names). */
const GC_EVENT = /^(MinorGC|MajorGC|V8\.GC|GCEvent|BlinkGC|ScavengeGC)/;

/** One input's trace, read for what made it slow. */
export interface SampleSummary {
  /** Top-level task time on the main thread (the profiler's own start left out), ms. */
  busy: number;
  /**
   * Between the input event and its next frame (given the window): top-level task time, GC self
   * time, and the top-level tasks by name with their summed time, longest first.
   */
  window: { busy: number; gc: number; tasks: [string, number][]; events: [string, number][] } | null;
  /** Self time of GC events (minor and major GC, V8.GC*), ms. */
  gc: number;
  /** The longest top-level task, ms, and its name. */
  longest: [string, number];
  /** Top 4 trace events by self time. */
  events: [string, number][];
  /** Top 4 JS functions by self time. */
  fns: [string, number][];
}

/**
 * Summarises one input's trace (see `SampleSummary`). `window`: the user-timing mark `mark` was
 * made at page time `markMs` (performance.now), the input's event at `fromMs` and its frame ended
 * at `toMs` (page ms): the tasks in between are listed apart.
 */
export function summariseSample(
  buf: Buffer,
  window?: { mark: string; markMs: number; fromMs: number; toMs: number },
): SampleSummary {
  const parsed = JSON.parse(buf.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const main = mainThread(events);
  if (!main) return { busy: 0, window: null, gc: 0, longest: ['', 0], events: [], fns: [] };
  const xs = events.filter(
    (e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name !== 'CpuProfiler::StartProfiling',
  );
  const { busy, self } = eventSelfTimes([...xs]);
  const markEv = window && events.find((e) => e.name === window.mark && e.pid === main.pid);
  let inWindow: SampleSummary['window'] = null;
  if (window && markEv) {
    const from = markEv.ts + (window.fromMs - window.markMs) * 1000;
    const to = markEv.ts + (window.toMs - window.markMs) * 1000;
    const inside = xs.filter((e) => e.ts < to && e.ts + (e.dur ?? 0) > from);
    const w = eventSelfTimes([...inside]);
    let wgc = 0;
    for (const [k, v] of w.self) if (GC_EVENT.test(k)) wgc += v;
    // Top-level tasks: events not inside another one (sorted by start, longest first on ties).
    const tasks = new Map<string, number>();
    let end = -1;
    for (const e of inside.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
      if (e.ts < end) continue;
      end = e.ts + (e.dur ?? 0);
      tasks.set(e.name, (tasks.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    inWindow = {
      busy: Math.round(w.busy * 10) / 10,
      gc: Math.round(wgc * 10) / 10,
      tasks: top(tasks, 4),
      events: top(w.self, 6),
    };
  }
  let gc = 0;
  for (const [k, v] of self) if (GC_EVENT.test(k)) gc += v;
  let longest: [string, number] = ['', 0];
  let end = -1;
  for (const e of xs.sort((a, b) => a.ts - b.ts)) {
    if (e.ts < end) continue;
    end = e.ts + (e.dur ?? 0);
    if ((e.dur ?? 0) / 1000 > longest[1]) longest = [e.name, Math.round((e.dur ?? 0) / 100) / 10];
  }
  const prof = profileTimes(events, main);
  return {
    busy: Math.round(busy * 10) / 10,
    window: inWindow,
    gc: Math.round(gc * 10) / 10,
    longest,
    events: top(self, 4),
    fns: top(prof.self, 4),
  };
}

/** Summarises a Chromium trace (JSON bytes) of a page: its renderer main thread, top `n` of each list. */
export function summariseTrace(buf: Buffer, n = 25): TraceSummary {
  const parsed = JSON.parse(buf.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const main = mainThread(events);
  if (!main) return { busy: 0, events: [], selfFns: [], totalFns: [] };
  const xs = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const { busy, self } = eventSelfTimes(xs);
  const prof = profileTimes(events, main);
  return {
    busy: Math.round(busy * 10) / 10,
    events: top(self, n),
    selfFns: top(prof.self, n),
    totalFns: top(prof.total, n),
  };
}

/** Prints a summary under a title. */
export function printTrace(title: string, s: TraceSummary, per = 1): void {
  const f = (v: number) => (v / per).toFixed(1).padStart(8);
  console.log(`\n=== ${title}: main thread busy ${f(s.busy)} ms${per > 1 ? ` (per of ${per})` : ''}`);
  console.log('-- self time per trace event');
  for (const [k, v] of s.events) console.log(`${f(v)}  ${k}`);
  console.log('-- JS self time per function');
  for (const [k, v] of s.selfFns) console.log(`${f(v)}  ${k}`);
  console.log('-- JS inclusive time per function');
  for (const [k, v] of s.totalFns) console.log(`${f(v)}  ${k}`);
}
