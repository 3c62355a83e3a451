/**
 * Asking the analysis service on demand (`analysisQueries.ts`) from the main thread: the port
 * map's views and the exports ask for what they show, and an answer about a design the binding
 * no longer shows is dropped (its version differs from the shown view's). Nothing here analyses
 * the design on the main thread while a binding exists; without one (Node, a test of an export)
 * a one-shot service answers on this thread.
 */
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Design } from '../core/design';
import type { AnalysisQuery, Answer } from './analysisQueries';
import { createAnalysisService } from './analysisService';
import { appAnalysis, type AnalysisBinding } from './analysisState';

/** Times `askCurrent` asks again when the design changed under its question. */
const TRIES = 4;

/**
 * The answer to `query` about the design `binding` shows once it is settled (the source's
 * current design). Asked again (up to 4 times) when the design changed before the answer came;
 * after that, the last answer (of a design a few edits old) is returned. Rejects with the
 * engine's error.
 */
export async function askCurrent<Q extends AnalysisQuery>(binding: AnalysisBinding, query: Q): Promise<Answer<Q>> {
  for (let i = 1; ; i++) {
    await binding.settled();
    const r = await binding.engine.ask(query);
    if (r.version === binding.version() || i >= TRIES) return r.value;
  }
}

/**
 * The answer to `query` about `design` for a user-initiated export: asked of the app's analysis
 * binding (its worker) when there is one (the binding follows the designer's current design,
 * which is the one exported), else of a one-shot service on this thread.
 */
export async function askAbout<Q extends AnalysisQuery>(design: Design, query: Q): Promise<Answer<Q>> {
  const binding = appAnalysis();
  if (binding) return askCurrent(binding, query);
  const service = createAnalysisService();
  service.load(design);
  return service.ask(query).value;
}

/** The state of no binding (nothing is ever answered). */
const idle = createStore<{ readonly seq: number }>(() => ({ seq: 0 }));

/** What `useAnswer` gives a view. */
export interface AnswerState<T> {
  /** The newest answer for the view's key (kept while a newer design's answer is on its way), or null. */
  readonly value: T | null;
  /** True while there is no answer for the key yet, or the shown answer is of an older design. */
  readonly loading: boolean;
}

/**
 * Subscribes a view to the answer to `query` (null: nothing to ask), asked again after each
 * analysis the binding shows (no binding: never answered, e.g. a component test without the app's). `key` identifies the question (a new key shows no answer until its
 * own arrives; the same key keeps the previous answer while the next one is computed). Answers
 * about a design no longer shown, or for another key, are dropped. Engine errors leave the last
 * answer (and `loading`) as they were.
 */
export function useAnswer<Q extends AnalysisQuery>(
  binding: AnalysisBinding | null,
  query: Q | null,
  key: string,
): AnswerState<Answer<Q>> {
  const seq = useStore<StoreApi<{ readonly seq: number }>, number>(binding?.state ?? idle, (s) => s.seq);
  const [got, setGot] = useState<{ key: string; seq: number; value: Answer<Q> } | null>(null);
  // The query is identified by its key: a new object with the same key asks nothing new.
  const asked = useRef(query);
  asked.current = query;
  const wanted = query !== null;
  useEffect(() => {
    const q = asked.current;
    if (!wanted || !q || !binding) return;
    let live = true;
    binding.engine.ask(q).then(
      (r) => {
        if (live && r.version === binding.version()) setGot({ key, seq: binding.state.getState().seq, value: r.value });
      },
      () => undefined, // the engine failed: the binding starts over, and the next result asks again
    );
    return () => {
      live = false;
    };
  }, [binding, key, seq, wanted]);
  const mine = got && got.key === key ? got : null;
  return { value: mine?.value ?? null, loading: !mine || mine.seq !== seq };
}
