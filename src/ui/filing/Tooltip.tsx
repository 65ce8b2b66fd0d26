/**
 * One floating note per filing view, shown next to whatever has focus or the
 * pointer: a footnote's text beside its marker, a warning beside its cell, a
 * transaction code's SEC wording beside the code. Positioned from the
 * anchor's box through the CSSOM (no style attributes: the app runs under a
 * strict CSP), kept inside the view, flipped above the anchor near the bottom
 * of the window. Screen readers get the same text through aria-describedby on
 * the anchor, so this copy is hidden from them.
 */
import type { ComponentChildren, RefObject } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface TipState {
  anchor: HTMLElement;
  content: ComponentChildren;
}

export interface TipControls {
  show(anchor: HTMLElement, content: ComponentChildren): void;
  /** Hide the note if it belongs to `anchor` (or whatever it belongs to, when omitted). */
  hide(anchor?: HTMLElement): void;
}

export function useTip(): [TipState | null, TipControls] {
  const [tip, setTip] = useState<TipState | null>(null);
  const show = useCallback(
    (anchor: HTMLElement, content: ComponentChildren) => setTip({ anchor, content }),
    [],
  );
  const hide = useCallback(
    (anchor?: HTMLElement) => setTip((current) => (anchor && current?.anchor !== anchor ? current : null)),
    [],
  );
  return [tip, { show, hide }];
}

const GAP = 6;
const EDGE = 4;

export function Tooltip({ tip, host }: { tip: TipState | null; host: RefObject<HTMLElement | null> }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (tip && ref.current && host.current) place(ref.current, tip.anchor, host.current);
  }, [tip, host]);
  useEffect(() => {
    if (!tip) return;
    const follow = () => {
      if (ref.current && host.current) place(ref.current, tip.anchor, host.current);
    };
    window.addEventListener('scroll', follow, true);
    window.addEventListener('resize', follow);
    return () => {
      window.removeEventListener('scroll', follow, true);
      window.removeEventListener('resize', follow);
    };
  }, [tip, host]);
  if (!tip) return null;
  return (
    <div ref={ref} class="tip" aria-hidden="true" data-testid="filing-tip">
      {tip.content}
    </div>
  );
}

/** A note about a table value stays over the tables' column, so it never hides the PDF page beside them. */
const KEEP_WITHIN = '.filing-main';

function place(tip: HTMLElement, anchor: HTMLElement, host: HTMLElement): void {
  const a = anchor.getBoundingClientRect();
  const h = host.getBoundingClientRect();
  const column = anchor.closest(KEEP_WITHIN)?.getBoundingClientRect() ?? h;
  const width = tip.offsetWidth;
  const height = tip.offsetHeight;
  const right = Math.max(column.right, column.left + width) - h.left;
  const left = Math.max(EDGE, Math.min(a.left - h.left, right - width - EDGE));
  const below = a.bottom + GAP + height <= window.innerHeight || a.top - GAP - height < 0;
  const top = below ? a.bottom - h.top + GAP : a.top - h.top - GAP - height;
  tip.style.setProperty('left', `${Math.round(left)}px`);
  tip.style.setProperty('top', `${Math.round(top)}px`);
}
