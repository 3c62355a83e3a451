/**
 * The panel error boundary: a panel that throws shows its own "stopped" box with Reload and Save
 * to file while its sibling panel stays; Reload mounts the panel afresh.
 */
import { act, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from './PanelBoundary';
import { injectPanelFault } from './panelFaults';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const mounts = { count: 0 };
function Counter({ label }: { label: string }) {
  useEffect(() => {
    mounts.count += 1;
  }, []);
  return <p>{label} works</p>;
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('PanelBoundary', () => {
  it('contains a failing panel; the sibling stays; Reload remounts the panel', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () =>
      root.render(
        <>
          <PanelBoundary name="Analysis">
            <Counter label="Analysis" />
          </PanelBoundary>
          <PanelBoundary name="Inspector">
            <Counter label="Inspector" />
          </PanelBoundary>
        </>,
      ),
    );
    expect(host.textContent).toBe('Analysis worksInspector works');
    await act(async () => injectPanelFault('Analysis'));
    const box = host.querySelector('[data-testid="panel-failed"]');
    expect(box?.getAttribute('aria-label')).toBe('Analysis stopped');
    expect(box?.textContent).toContain('Injected fault in Analysis');
    expect(host.textContent).toContain('Inspector works');
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Reload this panel',
      'Save to file',
    ]);
    const before = mounts.count;
    await act(async () => (host.querySelector('button') as HTMLButtonElement).click());
    expect(host.textContent).toBe('Analysis worksInspector works');
    expect(mounts.count).toBeGreaterThan(before);
    await act(async () => root.unmount());
  });
});
