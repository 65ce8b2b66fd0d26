/** The shared view's "Save to my library" button and what became of the save. */
import { useState } from 'preact/hooks';
import type { Filing } from '../../core/filing';
import { saveSharedFiling, type SaveOutcome } from './save-shared';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | SaveOutcome;

export function SaveToLibrary({ filing, onOpenLibrary }: { filing: Filing; onOpenLibrary: () => void }) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const save = async () => {
    setState({ kind: 'saving' });
    try {
      setState(await saveSharedFiling(filing));
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      setState({ kind: 'failed', message: `The filing could not be saved (${detail}).` });
    }
  };

  if (state.kind === 'saved' || state.kind === 'already-saved') {
    return (
      <span class="save-outcome" role="status" data-state={state.kind}>
        {state.message}{' '}
        <button type="button" onClick={onOpenLibrary}>
          Open my library
        </button>
      </span>
    );
  }
  return (
    <>
      <button type="button" disabled={state.kind === 'saving'} onClick={() => void save()}>
        {state.kind === 'saving' ? 'Saving…' : 'Save to my library'}
      </button>
      {(state.kind === 'failed' || state.kind === 'not-kept') && (
        <span class="save-outcome problem" role="alert" data-state={state.kind}>
          {state.message}
        </span>
      )}
    </>
  );
}
