/**
 * The share route: a page address whose fragment is a share link payload
 * ("#f1.…") shows that filing instead of the app. The fragment is read here,
 * in the page, and never reaches any server. Leaving pushes the plain address,
 * so Back returns to the shared filing.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { isShareFragment } from '../../core/share/share-fragment';

export function shareFragmentOf(hash: string): string | null {
  const fragment = hash.replace(/^#/, '');
  return isShareFragment(fragment) ? fragment : null;
}

export function useShareRoute(): { fragment: string | null; leave: () => void } {
  const [fragment, setFragment] = useState(() => shareFragmentOf(location.hash));
  useEffect(() => {
    const follow = () => setFragment(shareFragmentOf(location.hash));
    window.addEventListener('hashchange', follow);
    window.addEventListener('popstate', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
      window.removeEventListener('popstate', follow);
    };
  }, []);
  const leave = useCallback(() => {
    if (shareFragmentOf(location.hash) === null) return;
    history.pushState(null, '', location.pathname + location.search);
    setFragment(null);
  }, []);
  return { fragment, leave };
}
