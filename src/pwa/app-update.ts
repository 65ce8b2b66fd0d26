/**
 * The service worker's side of the page: registers it (from this bundled
 * module, never an inline script, so the CSP holds) and tells the page when
 * the app works offline and when a new version is waiting. A new version is
 * never forced on an open page: it waits until the person chooses to reload.
 */
/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

export type AppUpdateState =
  | { kind: 'starting' }
  /** The whole app is cached: it opens and reads files with the network off. */
  | { kind: 'offline-ready' }
  /** A new version is installed and waits for a reload. */
  | { kind: 'update-ready' }
  /** No service worker (unsupported, blocked, or the site is not served over HTTPS): works online only. */
  | { kind: 'online-only'; reason: string };

type Listener = (state: AppUpdateState) => void;

/** How often an open page asks the server whether a new version was published. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

let state: AppUpdateState = { kind: 'starting' };
const listeners = new Set<Listener>();
let applyUpdate: (() => Promise<void>) | null = null;

function setState(next: AppUpdateState): void {
  state = next;
  for (const listener of listeners) listener(next);
}

export function currentAppUpdateState(): AppUpdateState {
  return state;
}

export function onAppUpdateState(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Activates the waiting version; the page reloads itself once the new version controls it. */
export async function reloadIntoNewVersion(): Promise<void> {
  await applyUpdate?.();
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) {
    setState({ kind: 'online-only', reason: 'This browser does not support offline use.' });
    return;
  }
  applyUpdate = registerSW({
    onOfflineReady: () => setState({ kind: 'offline-ready' }),
    onNeedRefresh: () => setState({ kind: 'update-ready' }),
    onRegisteredSW: (_url, registration) => {
      if (registration) checkForUpdatesPeriodically(registration);
    },
    onRegisterError: (err: unknown) =>
      setState({
        kind: 'online-only',
        reason: `Offline use could not be set up (${err instanceof Error ? err.message : String(err)}).`,
      }),
  });
}

/** A page left open for days still hears about a new version; the check fetches only our own sw.js. */
function checkForUpdatesPeriodically(registration: ServiceWorkerRegistration): void {
  setInterval(() => {
    if (navigator.onLine && !registration.installing) void registration.update().catch(() => undefined);
  }, UPDATE_CHECK_INTERVAL_MS);
}
