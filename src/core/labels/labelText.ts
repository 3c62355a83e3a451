/**
 * Label text helpers shared by the label index, the parser and port search: normalisation for
 * lookups (case and spacing never matter; labels are plain text, never markup) and the natural
 * order in which labels are listed (`Port2` before `Port10`).
 */
import type { LabelEntry } from './labelEntry';

/**
 * Normalises a label for lookup: trims, removes all white space and upper-cases. Labels are plain
 * text: nothing in them is interpreted (no markup, no escapes).
 */
export function normalizeLabel(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Natural order of labels: numbers compare by value (`R2` < `R10`), case-insensitive. */
export function naturalCompare(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * Indexes label entries by the normalised text of both schemes and lists identifiers used by
 * more than one thing (a conflict: e.g. two racks numbered 12, or two panels at the same RU).
 */
export function buildLabelTexts(entries: readonly LabelEntry[]): {
  byText: Map<string, LabelEntry[]>;
  conflicts: { text: string; entries: LabelEntry[] }[];
} {
  const byText = new Map<string, LabelEntry[]>();
  const add = (text: string, e: LabelEntry) => {
    const k = normalizeLabel(text);
    const list = byText.get(k);
    if (!list) byText.set(k, [e]);
    else if (!list.includes(e)) list.push(e);
  };
  for (const e of entries) {
    add(e.project, e);
    add(e.tia606, e);
  }
  // Conflicts are counted per scheme; cables are left out (two cables on the same ports are
  // already a P1 mating finding, and unplugged cables all read `open/open`).
  const conflicts: { text: string; entries: LabelEntry[] }[] = [];
  for (const scheme of ['project', 'tia606'] as const) {
    const seen = new Map<string, LabelEntry[]>();
    for (const e of entries) {
      if (e.kind === 'cable') continue;
      const k = normalizeLabel(e[scheme]);
      const list = seen.get(k);
      if (list) list.push(e);
      else seen.set(k, [e]);
    }
    for (const [text, list] of seen)
      if (list.length > 1 && !conflicts.some((c) => c.text === text)) conflicts.push({ text, entries: list });
  }
  conflicts.sort((x, y) => naturalCompare(x.text, y.text));
  return { byText, conflicts };
}
