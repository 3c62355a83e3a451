/**
 * What the shortcuts dialog and the command palette (Ctrl/⌘ + K) show from the one command table
 * (`commands.ts`): the chord rows by group with the canvas's pointer gestures, and the commands
 * matching a palette query.
 */
import { chordsLabel } from './keyChords';
import { COMMANDS, type Command, type CommandGroup } from './commands';

/** Pointer and touch gestures of the canvas (not commands; listed in the shortcuts dialog). */
export const GESTURES: readonly (readonly [gesture: string, what: string])[] = [
  ['Mouse wheel / two-finger drag', 'Pan; with Ctrl/⌘ (or pinch) zoom'],
  ['Drag the background', 'Pan'],
  ['Double-click a device', 'Zoom to it'],
  ['Double-click empty canvas', 'Zoom out to Fit'],
  ['Press or drag in the minimap', 'Pan there'],
];

const SHORTCUT_GROUPS: readonly CommandGroup[] = ['File', 'Edit', 'View', 'Help'];

/**
 * The rows of the shortcuts dialog, by group: `[keys, what]` for every command with a chord (from
 * the table, in table order), then the pointer gestures.
 */
export function shortcutRows(): { group: string; rows: (readonly [string, string])[] }[] {
  const keyed = COMMANDS.filter((c) => c.keys?.length);
  return [
    ...SHORTCUT_GROUPS.map((g) => ({
      group: g,
      rows: keyed
        .filter((c) => c.group === g)
        .map((c) => [chordsLabel(c.keys!), c.hint ? `${c.title}: ${c.hint}` : c.title] as const),
    })).filter((g) => g.rows.length > 0),
    { group: 'Mouse and touch', rows: [...GESTURES] },
  ];
}

/**
 * Commands matching a palette query: every query word occurs in the title, group or hint
 * (case-insensitive); titles that start with the query come first, then table order.
 */
export function findCommands(query: string, commands: readonly Command[] = COMMANDS): Command[] {
  const q = query.trim().toLowerCase();
  const words = q.split(/\s+/).filter(Boolean);
  const hits = commands.filter((c) => {
    const text = `${c.title} ${c.group} ${c.hint ?? ''}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
  const starts = (c: Command) => (q && c.title.toLowerCase().startsWith(q) ? 0 : 1);
  return hits
    .map((c, i) => ({ c, i }))
    .sort((x, y) => starts(x.c) - starts(y.c) || x.i - y.i)
    .map((x) => x.c);
}
