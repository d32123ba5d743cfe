/**
 * An error meant for the analyst: `message` says what was wrong and what to do.
 * `code` lets callers (CLI exit codes, the UI) react without parsing text.
 */
export class AssayError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AssayError';
    this.code = code;
  }
}

/** True for errors raised on purpose by Assay, as opposed to bugs. */
export function isAssayError(error: unknown): error is AssayError {
  return error instanceof Error && (error as { name?: string }).name === 'AssayError';
}
