// Konva needs a 2D canvas context; jsdom has none. The mock gives one (no pixels,
// no hit detection, measureText width = character count). See TOOLCHAIN.md §4.
import 'vitest-canvas-mock';
