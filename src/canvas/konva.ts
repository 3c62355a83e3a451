/**
 * The only Konva entry point of the app: Konva's core (Stage, Layer, Shape) through
 * react-konva's core build (and Group), with no built-in shape classes registered. Every shape is a `Shape`
 * with a scene function, which keeps the bundle small (TOOLCHAIN §3) and the node count low.
 */
export { Group, Layer, Shape, Stage } from 'react-konva/lib/ReactKonvaCore';
export { default as Konva } from 'konva/lib/Core';
