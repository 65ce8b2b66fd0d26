/**
 * A filing opened from a share link: decoded in this page from the address
 * fragment (no server ever sees it), validated like any untrusted input, and
 * shown read-only until the person saves it. A damaged, cut-off or oversized
 * link is named as such, with what to do.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Filing } from '../../core/filing';
import { decodeShareFragment, type ShareError, type ShareErrorCode } from '../../core/share/share-link';
import { FilingView } from '../filing/FilingView';
import { SaveToLibrary } from './SaveToLibrary';
import './share.css';

type View =
  | { kind: 'opening' }
  | { kind: 'shown'; filing: Filing; repaired: string[] }
  | { kind: 'failed'; error: ShareError };

const PROBLEM_HEADINGS: Record<ShareErrorCode, string> = {
  'not-share-link': 'This is not a filing share link',
  'newer-version': 'This link needs a newer version of Form 4 Reader',
  truncated: 'This share link is incomplete',
  damaged: 'This share link is damaged',
  'too-large': 'This share link is too large to open',
  'invalid-json': 'This share link does not hold a filing',
  'invalid-filing': 'This share link holds a filing that cannot be shown',
};

export function SharedFilingView({ fragment, onLeave }: { fragment: string; onLeave: () => void }) {
  const [view, setView] = useState<View>({ kind: 'opening' });
  useEffect(() => {
    let current = true;
    void decodeShareFragment(fragment).then((result) => {
      if (!current) return;
      setView(result.ok ? { kind: 'shown', ...result } : { kind: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [fragment]);

  return (
    <main class="shared-filing" data-state={view.kind}>
      <header class="app-header">
        <h1>Form 4 Reader</h1>
        <p class="muted">A filing someone shared with you as a link.</p>
      </header>
      {view.kind === 'opening' && <p class="muted">Opening the shared filing…</p>}
      {view.kind === 'failed' && <LinkProblem error={view.error} onLeave={onLeave} />}
      {view.kind === 'shown' && (
        <SharedFiling filing={view.filing} repaired={view.repaired} onLeave={onLeave} />
      )}
    </main>
  );
}

function SharedFiling({
  filing,
  repaired,
  onLeave,
}: {
  filing: Filing;
  repaired: string[];
  onLeave: () => void;
}) {
  return (
    <>
      <section class="shared-bar" aria-label="Shared filing">
        <p>
          <strong>Shared filing, read-only.</strong> It came inside the link itself: nothing was downloaded
          and nothing was sent. It is not in your library until you save it; the Export buttons below make
          files of it.
        </p>
        <div class="shared-actions">
          <SaveToLibrary filing={filing} onOpenLibrary={onLeave} />
          <button type="button" class="quiet" onClick={onLeave}>
            Open Form 4 Reader
          </button>
        </div>
        {repaired.length > 0 && (
          <p class="muted">
            The link left out {repaired.length === 1 ? 'one field' : `${repaired.length} fields`}; shown with
            their defaults.
          </p>
        )}
      </section>
      <FilingView filing={filing} idPrefix="shared" fileName="the shared link" />
    </>
  );
}

function LinkProblem({ error, onLeave }: { error: ShareError; onLeave: () => void }) {
  return (
    <div class="error-notice" role="alert" data-code={error.code}>
      <p>
        <strong>{PROBLEM_HEADINGS[error.code]}</strong>
      </p>
      <p>{error.message}</p>
      <p>
        <button type="button" onClick={onLeave}>
          Open Form 4 Reader
        </button>
      </p>
    </div>
  );
}
