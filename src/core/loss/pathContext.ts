/**
 * The path context of a loss computation (REFERENCE §7.1, §7.2): one per design index, loss mode,
 * multimode attenuation model and wavelength set, holding the memo tables of the per-hop lines
 * (fiber segments, device port pairs, splices) and the worst attenuation per medium over the
 * wavelengths. Contexts live exactly as long as their index (a `WeakMap` keyed by the index); the
 * index is immutable, so memo entries never go stale.
 */
import { FIBER_MODE, type FiberType } from '../connectors';
import type { Cable, LossMode, MultimodeAttenuationModel } from '../design';
import type { DesignIndex } from '../engine/designIndex';
import { worstAttenuation, type AttenuationMedium, type AttenuationValue } from './attenuation';
import type { PathContext } from './lossLines';

/**
 * The contexts of one index: by `lossMode|model|wavelengths` key, and by wavelength array object
 * (most channels pass the application's own shared array). Both live as long as the index: a
 * table keyed by the long-lived array itself would keep the last analysis's index (and all it
 * reaches) alive into the next analysis, where the collector copies it again.
 */
interface IndexContexts {
  readonly byKey: Map<string, PathContext>;
  readonly byArray: Map<readonly number[], PathContext>;
}

const contexts = new WeakMap<DesignIndex, IndexContexts>();

/**
 * The (memoised) path context of an index for a loss mode, attenuation model and wavelength set.
 * Contexts live as long as the index; the index is immutable, so memo entries never go stale.
 */
export function pathContext(
  index: DesignIndex,
  lossMode: LossMode,
  model: MultimodeAttenuationModel,
  wavelengthsNm: readonly number[],
): PathContext {
  let c = contexts.get(index);
  if (!c) contexts.set(index, (c = { byKey: new Map(), byArray: new Map() }));
  // Looked up by array identity first (checked against mode and model before use).
  const fast = c.byArray.get(wavelengthsNm);
  if (fast && fast.lossMode === lossMode && fast.model === model) return fast;
  const key = `${lossMode}|${model}|${wavelengthsNm.join(',')}`;
  const hit = c.byKey.get(key);
  if (hit) {
    c.byArray.set(wavelengthsNm, hit);
    return hit;
  }
  const ctx: PathContext = {
    index,
    lossMode,
    model,
    wavelengthsNm,
    segments: new Map(),
    attenuation: new Map(),
    devices: new Map(),
    pairs: new Map(),
    pairNumbers: new Map(),
    fixedPairs: new Map(),
  };
  c.byKey.set(key, ctx);
  c.byArray.set(wavelengthsNm, ctx);
  return ctx;
}

/**
 * The worst attenuation of a medium over the context's wavelengths (memoised per context), or
 * null when a wavelength has none (REFERENCE §7.2).
 */
export function attenuationOf(ctx: PathContext, ft: AttenuationMedium): AttenuationValue | null {
  let v = ctx.attenuation.get(ft);
  if (v === undefined) {
    v = worstAttenuation(ft, ctx.wavelengthsNm, ctx.model) ?? null;
    ctx.attenuation.set(ft, v);
  }
  return v;
}

/**
 * The attenuation medium of a cable (its record, or a resolved cable's copy of the two fields):
 * its fiber type, or single-mode indoor/outdoor (REFERENCE §7.2 [S34][S35]).
 */
export const mediumOf = (c: {
  readonly fiberType: FiberType;
  readonly construction?: Cable['construction'] | undefined;
}): AttenuationMedium =>
  c.construction === 'indoor-outdoor' && FIBER_MODE[c.fiberType] === 'single-mode' ? 'SM-indoor-outdoor' : c.fiberType;
