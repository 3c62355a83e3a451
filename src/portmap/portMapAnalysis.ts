/**
 * The analysis the port map asks (`store/analysisAsk.ts`): the designer's own binding for the
 * local design (its worker already follows every edit), or, for a shared design shown read-only,
 * a binding of that design with a worker of its own (one at a time: opening another shared design
 * stops the previous one). Nothing of the port map analyses the design on the main thread.
 */
import { useEffect, useMemo } from 'react';
import type { Design } from '../core/design';
import { appAnalysis, bindAnalysis, workerEngine, type AnalysisBinding } from '../store/analysisState';

let shared: { design: Design; binding: AnalysisBinding; users: number } | null = null;

/** A binding of a design that never changes (a shared link's). */
function bindStatic(design: Design): AnalysisBinding {
  if (shared?.design === design) return shared.binding;
  shared?.binding.stop();
  const state = { doc: design };
  const binding = bindAnalysis({ getState: () => state, subscribe: () => () => undefined }, workerEngine());
  shared = { design, binding, users: 0 };
  return binding;
}

/**
 * The analysis binding the port map of `design` asks: the app's (it follows the designer's
 * design) unless `isShared` or no app binding exists; then a binding of `design` of its own,
 * stopped (its worker ended) when no port map shows it any more.
 */
export function usePortMapAnalysis(design: Design, isShared: boolean): AnalysisBinding {
  const app = isShared ? null : appAnalysis();
  const binding = useMemo(() => app ?? bindStatic(design), [app, design]);
  useEffect(() => {
    const mine = shared?.binding === binding ? shared : null;
    if (!mine) return;
    mine.users += 1;
    return () => {
      mine.users -= 1;
      // After a remount (React's strict mode, a new `#port=`) the binding is in use again.
      setTimeout(() => {
        if (mine.users === 0 && shared === mine) {
          mine.binding.stop();
          shared = null;
        }
      }, 0);
    };
  }, [binding]);
  return binding;
}
