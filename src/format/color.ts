/**
 * Colour for terminals, by the usual conventions: on when the stream is a terminal; off with
 * NO_COLOR (https://no-color.org, any non-empty value) or --no-color; forced on with FORCE_COLOR
 * (any value but "0" or "false"), e.g. in CI logs that show ANSI colours. --no-color wins over
 * FORCE_COLOR, and FORCE_COLOR over NO_COLOR.
 */
export interface ColorInput {
  env?: Record<string, string | undefined>;
  isTTY: boolean;
  /** false for --no-color. */
  flag?: boolean;
}

export function colorEnabled({ env = {}, isTTY, flag }: ColorInput): boolean {
  if (flag === false) return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  if (env['NO_COLOR']) return false;
  return isTTY && env['TERM'] !== 'dumb';
}

export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  green(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const ON: Paint = { red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), dim: wrap(2, 22), bold: wrap(1, 22), green: wrap(32, 39) };
const same = (s: string) => s;
const OFF: Paint = { red: same, yellow: same, cyan: same, dim: same, bold: same, green: same };

export function paint(enabled: boolean): Paint {
  return enabled ? ON : OFF;
}
