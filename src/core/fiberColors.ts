/**
 * TIA-598 fiber colour code (REFERENCE §2, [S1]).
 *
 * Colour is a property of a fiber in a cable (its fiber number), not of a position: after a
 * Type-B cable the blue fiber at end-1 position 1 sits in position 12 at end 2.
 */

/** One TIA-598 base colour with a CSS colour for display. */
export interface FiberColor {
  /** TIA-598 name, e.g. "Blue". */
  readonly name: string;
  /** CSS colour used to draw it. */
  readonly css: string;
}

/** The twelve base colours, fibers 1–12 (§2). */
export const TIA598_COLORS: readonly FiberColor[] = [
  { name: 'Blue', css: '#1f5fd6' },
  { name: 'Orange', css: '#f07f12' },
  { name: 'Green', css: '#1f9d3a' },
  { name: 'Brown', css: '#8a5a2b' },
  { name: 'Slate', css: '#7b8794' },
  { name: 'White', css: '#f4f4f4' },
  { name: 'Red', css: '#d62828' },
  { name: 'Black', css: '#1a1a1a' },
  { name: 'Yellow', css: '#f2d21b' },
  { name: 'Violet', css: '#7b3fbf' },
  { name: 'Rose', css: '#f19cbb' },
  { name: 'Aqua', css: '#2ec4c4' },
];

/** The colour of one fiber with its tracer (stripe) if any. */
export interface FiberMarking {
  /** Fiber number in its cable, 1-based. */
  readonly fiber: number;
  readonly base: FiberColor;
  /** Tracer colour name, or null for fibers 1–12. */
  readonly tracer: string | null;
  /** Number of 12-fiber groups before this one (0 for 1–12, 1 for 13–24, …). */
  readonly group: number;
  /** Display label, e.g. "Blue", "Black/yellow stripe", "Blue (group 3)". */
  readonly label: string;
}

/**
 * Colour of fiber number `fiber` (1-based) per TIA-598-C: 1–12 plain; 13–24 the same colours
 * with a black tracer, except fiber 20 (black) which gets a yellow tracer (§2). Above 24 the
 * group number is shown, since the marking style there is vendor-specific (UNVERIFIED, §2).
 * @throws RangeError when `fiber` is not a positive integer.
 */
export function fiberMarking(fiber: number): FiberMarking {
  if (!Number.isInteger(fiber) || fiber < 1)
    throw new RangeError(`fiber number must be a positive integer, got ${fiber}`);
  const group = Math.floor((fiber - 1) / 12);
  const base = TIA598_COLORS[(fiber - 1) % 12] as FiberColor;
  if (group === 0) return { fiber, base, tracer: null, group, label: base.name };
  const tracer = base.name === 'Black' ? 'yellow' : 'black';
  const label = group === 1 ? `${base.name}/${tracer} stripe` : `${base.name}/${tracer} stripe (group ${group + 1})`;
  return { fiber, base, tracer, group, label };
}
