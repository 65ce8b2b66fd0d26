/**
 * "Share link" for one filing: the Filing (not the PDF) packed into the
 * address fragment, so whoever opens the link sees it and no server ever
 * does. Links above about 8 KB are cut by many mail and chat apps: for those
 * the button says so and offers the JSON file instead.
 */
import { useState } from 'preact/hooks';
import type { Filing } from '../../core/filing';
import { toJson } from '../../core/export/to-json';
import {
  SHARE_LINK_SOFT_LIMIT,
  ShareFailure,
  buildShareLink,
  encodeShareFragment,
  exceedsShareLinkSoftLimit,
} from '../../core/share/share-link';
import { downloadText } from '../export/download';
import { exportFileName } from '../export/file-name';
import './share.css';

type ShareState =
  | { kind: 'idle' }
  | { kind: 'making' }
  | { kind: 'ready'; link: string; copied: boolean }
  | { kind: 'too-long'; length: number }
  | { kind: 'failed'; message: string };

export function kilobytes(length: number): string {
  return `${(length / 1024).toFixed(1)} KB`;
}

async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // no permission, or not focused: the link is shown to copy by hand
  }
}

export async function makeShareLink(filing: Filing, pageUrl: string): Promise<ShareState> {
  try {
    const link = buildShareLink(pageUrl, await encodeShareFragment(filing));
    if (exceedsShareLinkSoftLimit(link)) return { kind: 'too-long', length: link.length };
    return { kind: 'ready', link, copied: await copyToClipboard(link) };
  } catch (err) {
    if (err instanceof ShareFailure) return { kind: 'failed', message: err.message };
    const detail = err instanceof Error ? err.message : String(err);
    return { kind: 'failed', message: `The share link could not be made (${detail}).` };
  }
}

export function ShareButton({ filing }: { filing: Filing }) {
  const [state, setState] = useState<ShareState>({ kind: 'idle' });
  const share = async () => {
    setState({ kind: 'making' });
    setState(await makeShareLink(filing, location.href));
  };
  return (
    <div class="share-link" data-state={state.kind}>
      <button type="button" disabled={state.kind === 'making'} onClick={() => void share()}>
        {state.kind === 'making' ? 'Making link…' : 'Share link'}
      </button>
      {state.kind === 'ready' && <ReadyLink link={state.link} copied={state.copied} />}
      {state.kind === 'too-long' && <TooLong filing={filing} length={state.length} />}
      {state.kind === 'failed' && (
        <p class="share-problem" role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}

function ReadyLink({ link, copied }: { link: string; copied: boolean }) {
  return (
    <div class="share-ready" role="status">
      <input
        class="share-url"
        type="text"
        readOnly
        value={link}
        aria-label="Share link"
        onFocus={(event) => event.currentTarget.select()}
      />
      <p class="muted">
        {copied ? 'Link copied. ' : 'Copy the link above. '}
        {kilobytes(link.length)}. The filing travels inside the link, after the “#”, which browsers never send
        to a server. Anyone with the link can read this filing.
      </p>
    </div>
  );
}

function TooLong({ filing, length }: { filing: Filing; length: number }) {
  return (
    <div class="share-too-long" role="alert">
      <p>
        This filing makes a {kilobytes(length)} link; links over about {kilobytes(SHARE_LINK_SOFT_LIMIT)} are
        often cut short by mail and chat apps. Send the filing as a file instead.
      </p>
      <button
        type="button"
        onClick={() => downloadText(toJson(filing), exportFileName(filing, 'json'), 'application/json')}
      >
        Export as JSON file
      </button>
    </div>
  );
}
