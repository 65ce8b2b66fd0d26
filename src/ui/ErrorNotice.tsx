/** A file that could not be read: which file, what went wrong, what to do. */
import type { ParseError } from '../core/errors';

export function ErrorNotice({ fileName, error }: { fileName: string; error: ParseError }) {
  return (
    <div class="error-notice" role="alert" data-code={error.code}>
      <p>
        <strong>{fileName}</strong> could not be read.
      </p>
      <p>{error.message}</p>
      <p class="muted">Error code: {error.code}</p>
    </div>
  );
}
