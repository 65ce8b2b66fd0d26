/**
 * Errors as typed values: every failure the UI or CLI must explain has a code
 * here. Messages name what went wrong and what the person can do about it.
 */
export type ParseErrorCode =
  | 'not-pdf' // bytes are neither a PDF nor ownership XML
  | 'empty-file'
  | 'unreadable-file' // the file itself could not be read (missing, permissions)
  | 'damaged-pdf' // pdf.js could not open it (truncated, broken xref)
  | 'password-required'
  | 'wrong-password'
  | 'not-ownership-form' // a real PDF/XML but not an SEC Form 3/4/5
  | 'no-text-layer' // scanned image, nothing to read
  | 'too-large'
  | 'malformed-xml'
  | 'forbidden-xml' // DOCTYPE / entity declarations: never expanded
  | 'cancelled'
  | 'worker-crashed'
  | 'timeout'
  | 'internal';

export interface ParseError {
  code: ParseErrorCode;
  message: string;
}

export class ParseFailure extends Error {
  readonly code: ParseErrorCode;
  constructor(code: ParseErrorCode, message: string) {
    super(message);
    this.name = 'ParseFailure';
    this.code = code;
  }
  toJSON(): ParseError {
    return { code: this.code, message: this.message };
  }
}

/** Turn anything thrown into a ParseError, keeping our own codes. */
export function toParseError(err: unknown): ParseError {
  if (err instanceof ParseFailure) return err.toJSON();
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'internal', message: `Unexpected error while reading: ${message}` };
}
