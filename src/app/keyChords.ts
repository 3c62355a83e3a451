/**
 * Keyboard chords of the command table: matching a `KeyboardEvent` and printing a chord the way
 * the shortcuts dialog, tooltips and the command palette show it (`Ctrl/⌘ + Shift + Z`).
 */

/** A key with its modifiers. `mod` is Ctrl on Windows/Linux and ⌘ on macOS (either is accepted). */
export interface KeyChord {
  /** `KeyboardEvent.key`, lower-case for letters (`z`), as is for others (`Delete`, `ArrowUp`, `?`, `+`). */
  readonly key: string;
  readonly mod?: boolean;
  /** Only for letters (a symbol like `?` or `+` already says whether Shift was down). */
  readonly shift?: boolean;
}

/** The parts of a key event a chord is matched against. */
export type KeyEventLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

const isLetter = (k: string): boolean => /^[a-z]$/i.test(k);

/** True when `e` is the chord: same key, Ctrl or ⌘ exactly when `mod`, Shift exactly when `shift` (letters), no Alt. */
export function chordMatches(ch: KeyChord, e: KeyEventLike): boolean {
  if (e.altKey) return false;
  if (!!ch.mod !== (e.ctrlKey || e.metaKey)) return false;
  if (isLetter(ch.key)) return e.key.toLowerCase() === ch.key && !!ch.shift === e.shiftKey;
  return e.key === ch.key;
}

const KEY_NAME: Readonly<Record<string, string>> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
  '-': '−',
  ' ': 'Space',
  '@': 'Shift + 2',
};

/** A chord as text, e.g. `Ctrl/⌘ + Shift + Z`, `?`, `↑`. */
export function chordLabel(ch: KeyChord): string {
  const key = KEY_NAME[ch.key] ?? (isLetter(ch.key) ? ch.key.toUpperCase() : ch.key);
  return [ch.mod ? 'Ctrl/⌘' : '', ch.shift ? 'Shift' : '', key].filter(Boolean).join(' + ');
}

/** Several chords of one command, e.g. `Delete / Backspace`. */
export const chordsLabel = (chords: readonly KeyChord[]): string => chords.map(chordLabel).join(' / ');
