/**
 * CommitInput with a schema rule (jsdom): shows the constraint, refuses an out-of-range value in
 * place with the rule and sends nothing; a legal value commits once; Escape reverts.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIELD_RULES } from '../io/fieldRules';
import { CommitInput } from './fields';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

/** Types `text` into the input the way a user does (React listens to the native input event). */
function type(input: HTMLInputElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const key = (input: HTMLInputElement, k: string) =>
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  });

function render(onCommit: (v: string) => void) {
  act(() =>
    root.render(
      <CommitInput
        label="Length"
        type="number"
        value="30"
        suffix="m"
        rule={FIELD_RULES.cableLength}
        onCommit={onCommit}
      />,
    ),
  );
  return host.querySelector('input') as HTMLInputElement;
}

describe('CommitInput with a rule', () => {
  it('shows the constraint from the schema and the limits as attributes', () => {
    const input = render(() => {});
    expect(host.querySelector('.field-hint')?.textContent).toBe('0–100,000 m');
    expect(input.getAttribute('max')).toBe('100000');
    expect(input.getAttribute('min')).toBe('0');
  });

  it('refuses 200000 in place with the rule and sends nothing', () => {
    const onCommit = vi.fn();
    const input = render(onCommit);
    type(input, '200000');
    key(input, 'Enter');
    expect(onCommit).not.toHaveBeenCalled();
    expect(host.querySelector('[role="alert"]')?.textContent).toBe(
      'Not saved: length must be 0–100,000 m; received 200000',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.value).toBe('200000');
    key(input, 'Escape');
    expect(input.value).toBe('30');
    expect(host.querySelector('[role="alert"]')).toBeNull();
  });

  it('commits a legal value once', () => {
    const onCommit = vi.fn();
    const input = render(onCommit);
    type(input, '99999.5');
    key(input, 'Enter');
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(onCommit).toHaveBeenCalledWith('99999.5');
    expect(host.querySelector('[role="alert"]')).toBeNull();
  });
});
