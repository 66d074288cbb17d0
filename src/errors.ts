/**
 * Typed errors with a stable code and, where known, the file, line and column at fault. Every
 * input or usage problem becomes one of these; the CLI prints it and exits 2.
 */
export type ErrorCode =
  | 'E_USAGE'
  | 'E_FILE_NOT_FOUND'
  | 'E_FILE_TOO_LARGE'
  | 'E_ENCODING'
  | 'E_YAML_SYNTAX'
  | 'E_YAML_DUPLICATE_KEY'
  | 'E_YAML_ALIAS_LIMIT'
  | 'E_YAML_DEPTH'
  | 'E_YAML_FORBIDDEN_KEY'
  | 'E_YAML_KEY_TYPE'
  | 'E_SCHEMA'
  | 'E_UNKNOWN_REGION'
  | 'E_UNKNOWN_LOCALE'
  | 'E_UNKNOWN_CATEGORY'
  | 'E_UNKNOWN_PURPOSE'
  | 'E_UNKNOWN_RECIPIENT'
  | 'E_UNKNOWN_CHANNEL'
  | 'E_DUPLICATE_ID'
  | 'E_REGION_EXTENDS'
  | 'E_POLICY_MARKER'
  | 'E_PATH'
  | 'E_WRITE'
  | 'E_CONFLICT'
  | 'E_BUSY'
  | 'E_JSON'
  | 'E_WORDING_MISSING';

export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
}

const BRAND = Symbol.for('disclose.DiscloseError');

export class DiscloseError extends Error {
  readonly code: ErrorCode;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** What the user can do about it. */
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, where: ErrorLocation = {}, hint?: string) {
    super(message);
    this.name = 'DiscloseError';
    this.code = code;
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.hint = hint;
  }

  /** `file:line:column: message (code)` followed by the hint, as the CLI prints it. */
  format(): string {
    const where = this.file
      ? `${this.file}${this.line ? `:${this.line}:${this.column ?? 1}` : ''}: `
      : '';
    return `${where}error: ${this.message} [${this.code}]${this.hint ? `\n  ${this.hint}` : ''}`;
  }
}
Object.defineProperty(DiscloseError.prototype, BRAND, { value: true });

/**
 * True for a DiscloseError, also one made by another copy of this module: the command-line bundle
 * runs the options and the commands as two scripts, each with its own copy (and a program may load
 * two copies of the package).
 */
export function isDiscloseError(e: unknown): e is DiscloseError {
  return e instanceof DiscloseError || (e instanceof Error && (e as unknown as Record<symbol, unknown>)[BRAND] === true);
}
