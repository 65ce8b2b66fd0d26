/**
 * A small notice at the bottom of the page: once when the app becomes
 * available offline, and whenever a new version is ready (applied on reload).
 */
import { useEffect, useState } from 'preact/hooks';
import {
  currentAppUpdateState,
  onAppUpdateState,
  reloadIntoNewVersion,
  type AppUpdateState,
} from './app-update';
import './pwa.css';

export function UpdateNotice() {
  const [state, setState] = useState<AppUpdateState>(currentAppUpdateState);
  const [dismissed, setDismissed] = useState<AppUpdateState['kind'] | null>(null);
  const [reloading, setReloading] = useState(false);
  useEffect(() => onAppUpdateState(setState), []);

  if (state.kind === dismissed) return null;
  if (state.kind === 'update-ready') {
    return (
      <div class="app-notice" role="status" data-state="update-ready">
        <span>A new version of Form 4 Reader is ready.</span>
        <button
          type="button"
          disabled={reloading}
          onClick={() => {
            setReloading(true);
            void reloadIntoNewVersion();
          }}
        >
          {reloading ? 'Reloading…' : 'Reload to update'}
        </button>
        <button type="button" class="quiet" onClick={() => setDismissed(state.kind)}>
          Later
        </button>
      </div>
    );
  }
  if (state.kind === 'offline-ready') {
    return (
      <div class="app-notice" role="status" data-state="offline-ready">
        <span>Form 4 Reader now works offline: it opens and reads files without a network.</span>
        <button type="button" class="quiet" onClick={() => setDismissed(state.kind)}>
          OK
        </button>
      </div>
    );
  }
  return null;
}
