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
  const buf = await browser.stopTracing();
  if (process.env.PROFILE_TRACE_OUT) writeFileSync(`${process.env.PROFILE_TRACE_OUT}-${++traces}.json`, buf);
  return summariseTrace(buf, n);
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
