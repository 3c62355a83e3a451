/**
 * Two tabs on one design: every tab of the app autosaves to the same IndexedDB key, so only one
 * tab may write. Tabs talk over the BroadcastChannel `mpo-designer`:
 *
 * ```text
 *  new tab ── hello ──────────────►  every open tab
 *  new tab ◄── present (to: new) ──  each open tab     → new tab pauses autosave, shows the warning
 *  tab X ──── take-over ──────────►  every other tab   → they pause, X resumes autosave
 *  tab ────── bye (page hidden) ──►  others            → a paused tab says the other tab closed
 * ```
 *
 * A paused tab keeps its changes in memory (written on take-over) and never overwrites the other
 * tab's work silently. Without BroadcastChannel the guard does nothing.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { setAutosavePaused } from '../store/persistence';

/** Name of the BroadcastChannel shared by the app's tabs. */
export const TAB_CHANNEL = 'mpo-designer';

/** This tab's standing: the only tab, the writer, or paused because another tab writes. */
export interface TabGuardState {
  readonly status: 'alone' | 'writer' | 'paused';
  /** Why this tab is paused: another tab was already open, or another tab took over. */
  readonly reason: 'other-open' | 'taken-over' | null;
  /** True once the tab that made this one pause said it closed. */
  readonly otherClosed: boolean;
}

/** The guard's state (zustand vanilla). */
export const tabGuard = createStore<TabGuardState>()(() => ({ status: 'alone', reason: null, otherClosed: false }));

type Message =
  | { readonly type: 'hello'; readonly tab: string }
  | { readonly type: 'present'; readonly tab: string; readonly to: string }
  | { readonly type: 'take-over'; readonly tab: string }
  | { readonly type: 'bye'; readonly tab: string };

const TYPES: ReadonlySet<string> = new Set(['hello', 'present', 'take-over', 'bye']);

/** A message from another tab, or null for anything else (messages are not trusted). */
function readMessage(data: unknown): Message | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (typeof m['type'] !== 'string' || !TYPES.has(m['type']) || typeof m['tab'] !== 'string') return null;
  if (m['type'] === 'present' && typeof m['to'] !== 'string') return null;
  return m as unknown as Message;
}

let channel: BroadcastChannel | null = null;
let me = '';
/** The tab whose presence or take-over paused this one. */
let blocker: string | null = null;

function pause(reason: 'other-open' | 'taken-over', by: string): void {
  blocker = by;
  setAutosavePaused(true);
  tabGuard.setState({ status: 'paused', reason, otherClosed: false });
}

function onMessage(m: Message): void {
  const { status } = tabGuard.getState();
  switch (m.type) {
    case 'hello':
      channel?.postMessage({ type: 'present', tab: me, to: m.tab } satisfies Message);
      if (status === 'alone') tabGuard.setState({ status: 'writer' });
      return;
    case 'present':
      if (m.to === me && status === 'alone') pause('other-open', m.tab);
      return;
    case 'take-over':
      pause('taken-over', m.tab);
      return;
    case 'bye':
      if (status === 'paused' && m.tab === blocker) tabGuard.setState({ otherClosed: true });
  }
}

/**
 * Joins the channel and announces this tab. Idempotent; a no-op where BroadcastChannel is
 * missing. Returns a function that leaves the channel.
 */
export function startTabGuard(): () => void {
  if (channel || typeof BroadcastChannel === 'undefined') return () => undefined;
  me = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random()).slice(2);
  const ch = new BroadcastChannel(TAB_CHANNEL);
  channel = ch;
  ch.onmessage = (e: MessageEvent) => {
    const m = readMessage(e.data);
    if (m && m.tab !== me) onMessage(m);
  };
  const bye = () => ch.postMessage({ type: 'bye', tab: me } satisfies Message);
  window.addEventListener('pagehide', bye);
  ch.postMessage({ type: 'hello', tab: me } satisfies Message);
  return () => {
    window.removeEventListener('pagehide', bye);
    ch.close();
    channel = null;
  };
}

/**
 * "Take over": this tab becomes the writer (its design, with any change made while paused, is
 * autosaved from now on) and every other tab pauses.
 */
export function takeOver(): void {
  channel?.postMessage({ type: 'take-over', tab: me } satisfies Message);
  blocker = null;
  tabGuard.setState({ status: 'writer', reason: null, otherClosed: false });
  setAutosavePaused(false);
}

/** React hook: the guard's state. */
export const useTabGuard = (): TabGuardState => useStore(tabGuard, (s) => s);
