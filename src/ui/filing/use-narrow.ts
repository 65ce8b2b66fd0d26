/** Whether the tables and the PDF page are stacked (the window is narrower than the side-by-side layout). */
import { useEffect, useState } from 'preact/hooks';

/** Keep in step with the min-width media query of .filing-body.with-pdf in filing.css. */
const STACKED = '(max-width: 1639px)';

export function useStackedLayout(): boolean {
  const [stacked, setStacked] = useState(() => window.matchMedia(STACKED).matches);
  useEffect(() => {
    const query = window.matchMedia(STACKED);
    const update = () => setStacked(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return stacked;
}
