/** A file that could not be read: which file, what went wrong, what to do. */
import type { ParseError } from '../core/errors';

export function ErrorNotice({ fileName, error }: { fileName: string; error: ParseError }) {
  // The reader puts the file's name in front of its messages; here the name is already the heading.
  const message = error.message.startsWith(`${fileName}: `)
    ? error.message.slice(fileName.length + 2)
    : error.message;
  return (
    <div class="error-notice" role="alert" data-code={error.code}>
      <p>
        <strong>{fileName}</strong> could not be read.
      </p>
      <p>{message}</p>
      <p class="muted">Error code: {error.code}</p>
    </div>
  );
}
