/**
 * Errors meant for users: a stable code, a message that says what went wrong, and what to do.
 * Anything else that escapes is a bug and is reported as an internal error.
 */
export type DyadErrorCode =
  | 'E_USAGE'
  | 'E_INPUT_EMPTY'
  | 'E_INPUT_BINARY'
  | 'E_INPUT_TOO_LARGE'
  | 'E_INPUT_ENCODING'
  | 'E_INPUT_UNREADABLE'
  | 'E_INPUT_NOT_FOUND'
  | 'E_LANG_UNSUPPORTED'
  | 'E_PIPELINE'
  | 'E_KB'
  | 'E_STORE';

export class DyadError extends Error {
  readonly code: DyadErrorCode;
  readonly hint: string | undefined;

  constructor(code: DyadErrorCode, message: string, hint?: string) {
    super(message);
    this.name = 'DyadError';
    this.code = code;
    this.hint = hint;
  }

  /** One line for people: what went wrong, then what to do. */
  describe(): string {
    return this.hint ? `${this.message} (${this.hint})` : this.message;
  }
}

export function isDyadError(error: unknown): error is DyadError {
  return error instanceof DyadError;
}
