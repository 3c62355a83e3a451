/**
 * The "new version — reload" prompt (issue 9 §4): shown in every open tab when a new build is
 * waiting. Reload flushes the open design and switches to the new build; Later hides it until the
 * next start.
 */
import { useState } from 'react';
import { useUpdateState } from './updateState';

/** The prompt (fixed at the bottom right of every screen). */
export function UpdatePrompt() {
  const ready = useUpdateState((s) => s.ready);
  const apply = useUpdateState((s) => s.apply);
  const [later, setLater] = useState(false);
  if (!ready || later) return null;
  return (
    <div className="update-prompt" role="alert" data-testid="update-prompt">
      <span>A new version of MPO Designer is ready.</span>
      <button type="button" className="btn small primary" onClick={() => void apply?.()}>
        Reload
      </button>
      <button type="button" className="btn small" onClick={() => setLater(true)}>
        Later
      </button>
    </div>
  );
}
