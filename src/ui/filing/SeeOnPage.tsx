/**
 * When the PDF page sits below the tables (narrow windows), a selected value's
 * highlight is out of sight: this button, pinned to the bottom of the window,
 * takes the reader to it, and the pane's "Back to the value" returns.
 */
import { useEffect, useState } from 'preact/hooks';

export function SeeOnPage({ pane, label }: { pane: HTMLElement | null; label: string }) {
  const [paneVisible, setPaneVisible] = useState(false);
  useEffect(() => {
    if (!pane) return;
    const observer = new IntersectionObserver(([entry]) => setPaneVisible(entry?.isIntersecting ?? false), {
      threshold: 0.25,
    });
    observer.observe(pane);
    return () => observer.disconnect();
  }, [pane]);
  if (!pane || paneVisible) return null;
  return (
    <button
      type="button"
      class="see-on-page"
      aria-label={`Show ${label} on the PDF page`}
      onClick={() => {
        pane.scrollIntoView({ block: 'start', behavior: 'smooth' });
        pane.querySelector<HTMLElement>('.pdf-scroll')?.focus({ preventScroll: true });
      }}
    >
      Show on the PDF page ↓
    </button>
  );
}
