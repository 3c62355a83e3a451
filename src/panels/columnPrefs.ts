/**
 * Remembered column layout of a table (widths in CSS px, hidden columns), kept in `localStorage`
 * per table so a reload keeps what the user set, and shared by every component that shows or
 * edits it (the table and its Columns menu). Unknown or broken stored values fall back to the
 * defaults: a bad entry never breaks the table.
 */
import { useSyncExternalStore } from 'react';

/** Widths (px) by column key and the hidden column keys. */
export interface ColumnPrefs {
  readonly widths: Readonly<Record<string, number>>;
  readonly hidden: readonly string[];
}

/** What a prefs store needs to know of a column. */
export interface PrefColumn {
  readonly key: string;
  /** Narrowest width, px. */
  readonly min: number;
}

const storageKey = (table: string) => `mpo-designer:columns:${table}`;

/** Parses stored prefs, keeping only known columns and widths within [min, 2000] px. */
export function parseColumnPrefs(json: string | null, columns: readonly PrefColumn[]): ColumnPrefs {
  try {
    const raw = JSON.parse(json ?? '{}') as { widths?: unknown; hidden?: unknown };
    const stored = (raw && typeof raw.widths === 'object' && raw.widths ? raw.widths : {}) as Record<string, unknown>;
    const widths: Record<string, number> = {};
    for (const c of columns) {
      const w = stored[c.key];
      if (typeof w === 'number' && Number.isFinite(w)) widths[c.key] = Math.min(2000, Math.max(c.min, Math.round(w)));
    }
    const keys = new Set(columns.map((c) => c.key));
    const hidden = Array.isArray(raw?.hidden)
      ? raw.hidden.filter((k): k is string => typeof k === 'string' && keys.has(k))
      : [];
    return { widths, hidden };
  } catch {
    return { widths: {}, hidden: [] };
  }
}

/** A shared, stored column layout: read it, subscribe to it, change it. */
export interface ColumnPrefsStore {
  readonly get: () => ColumnPrefs;
  readonly subscribe: (listener: () => void) => () => void;
  /** Sets a column's width (clamped to its minimum). */
  readonly setWidth: (key: string, px: number) => void;
  /** Hides a shown column or shows a hidden one. */
  readonly toggle: (key: string) => void;
  /** Back to the default widths, every column shown. */
  readonly reset: () => void;
}

/** Creates the prefs store of `table` (read from `localStorage` once, written on every change). */
export function columnPrefsStore(table: string, columns: readonly PrefColumn[]): ColumnPrefsStore {
  const read = (): string | null => {
    try {
      return localStorage.getItem(storageKey(table));
    } catch {
      return null;
    }
  };
  let prefs = parseColumnPrefs(read(), columns);
  const listeners = new Set<() => void>();
  const save = (next: ColumnPrefs) => {
    prefs = next;
    try {
      localStorage.setItem(storageKey(table), JSON.stringify(next));
    } catch {
      // Storage full or blocked: the layout still applies for this session.
    }
    for (const l of listeners) l();
  };
  return {
    get: () => prefs,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    setWidth: (key, px) => {
      const min = columns.find((c) => c.key === key)?.min ?? 40;
      save({ ...prefs, widths: { ...prefs.widths, [key]: Math.max(min, Math.round(px)) } });
    },
    toggle: (key) =>
      save({
        ...prefs,
        hidden: prefs.hidden.includes(key) ? prefs.hidden.filter((k) => k !== key) : [...prefs.hidden, key],
      }),
    reset: () => save({ widths: {}, hidden: [] }),
  };
}

/** The current prefs of a store (re-renders on change). */
export const useColumnPrefs = (store: ColumnPrefsStore): ColumnPrefs =>
  useSyncExternalStore(store.subscribe, store.get);
