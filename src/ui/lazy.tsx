/**
 * Parts of the page the first paint does not need (the filing view with its
 * insights, form rendering and exports; the library totals; a shared filing)
 * are their own chunks, loaded on first use, so the drop zone, queue and
 * library list start from a small shell. The service worker precaches every
 * chunk, so they load offline too. A chunk that fails to load (a network
 * error without the service worker) is said in place and tried again on the
 * next mount.
 */
import { createElement, type ComponentType, type JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface LazyComponent<P> {
  (props: P): JSX.Element | null;
  /** Starts loading without rendering, so the first use does not wait. */
  preload(): Promise<ComponentType<P>>;
}

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (err: unknown) => {
        loading = null; // the next mount tries again
        throw err;
      },
    ));

  function Lazy(props: P) {
    // A counter, not the component: useState would call a function given to it.
    const [, rerender] = useState(0);
    const [failure, setFailure] = useState<string | null>(null);
    useEffect(() => {
      if (loaded) return;
      let mounted = true;
      preload().then(
        () => mounted && rerender((count) => count + 1),
        (err: unknown) => mounted && setFailure(err instanceof Error ? err.message : String(err)),
      );
      return () => {
        mounted = false;
      };
    }, []);
    if (failure) {
      return (
        <p class="banner error" role="alert">
          This part of the app could not be loaded ({failure}). Reload the page to try again.
        </p>
      );
    }
    return loaded ? createElement(loaded, props) : null;
  }
  Lazy.preload = preload;
  return Lazy;
}

/** Runs `work` once the page is idle after the first paint (or soon, where idle callbacks do not exist). */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 500);
  return () => clearTimeout(id);
}
