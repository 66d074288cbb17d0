/** Parses JSON text, turning a syntax error into a typed error at its line and column. */
import { DiscloseError } from '../errors.js';
import { jsonErrorOffset } from './json-error-offset.js';

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const offset = jsonErrorOffset(text);
    const at = offset < 0 ? text.length : offset;
    const found = at >= text.length ? 'the text ends too early' : `unexpected ${JSON.stringify(text[at])}`;
    throw new DiscloseError('E_JSON', `JSON syntax error: ${found}`, { file, ...lineColumn(text, at) }, `Fix the JSON at this position (${(e as Error).message.split('\n')[0]}).`);
  }
}
