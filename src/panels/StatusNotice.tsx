/**
 * The status bar's notice: the last notice's text in one line (a refusal in red, a confirmation in
 * green), the polite live region screen readers hear. When the text is cut (wider than its slot:
 * the tablet's 16 px text), a transparent button over it — the bar's whole height, a 44 px target
 * on touch, never reaching past the bar — opens the whole text
 * in a panel above the bar; its Close, Escape or a press outside closes it and the focus goes back.
 * The panel is not a live region: the text is announced once, by the notice itself.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Notice } from '../store/session';
import { useMenu } from './useMenu';

/**
 * Whether the one-line element `el` shows less than its text: measured when the text changes
 * (before paint) and when the element resizes (one observer for the element's life, not one per
 * notice: every edit posts a notice).
 */
function useCut(el: RefObject<HTMLElement | null>, text: string): boolean {
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    const node = el.current;
    if (!node) return;
    const measure = () => setCut(node.scrollWidth > node.clientWidth + 1);
    measure();
  }, [el, text]);
  useLayoutEffect(() => {
    const node = el.current;
    if (!node || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setCut(node.scrollWidth > node.clientWidth + 1));
    ro.observe(node);
    return () => ro.disconnect();
  }, [el]);
  return cut;
}

/** The notice slot of the status bar. */
export function StatusNotice({ notice }: { notice: Notice | null }) {
  const text = notice?.text ?? '';
  const line = useRef<HTMLSpanElement>(null);
  const cut = useCut(line, text);
  const { open, setOpen, box, opener, close, onKeyDown } = useMenu();
  // A new notice closes the panel of the last one (its Escape is then not swallowed).
  const [seen, setSeen] = useState(text);
  if (seen !== text) {
    setSeen(text);
    if (open) setOpen(false);
  }
  const shown = open && cut && text !== '';
  return (
    <div className="notice-slot" ref={box} onKeyDown={onKeyDown}>
      <span ref={line} className={`notice ${notice?.tone ?? ''}`} role="status" aria-live="polite" data-testid="notice">
        {text}
      </span>
      {cut && text !== '' && (
        <button
          ref={opener}
          type="button"
          className="notice-open"
          aria-label="Read the whole notice"
          aria-expanded={shown}
          title={text}
          onClick={() => setOpen((o) => !o)}
        />
      )}
      {shown && (
        <div className={`notice-full ${notice?.tone ?? ''}`} data-testid="notice-full">
          <p>{text}</p>
          <button type="button" className="btn" autoFocus onClick={close}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
