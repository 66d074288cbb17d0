/**
 * Maps an offset in a YAML scalar's value back to the line and column of the source, so findings
 * inside a message body point at the character at fault. Block scalars (`|`, `>`) and quoted or
 * plain scalars are walked side by side with the value: every non-space character of the value is
 * found in the source in order; spaces and line breaks map to the source position reached so far.
 */
import type { SourcePos } from '../model/types.js';
import { lineStarts, positionIn } from './line-index.js';

export type PosAt = (offset: number) => SourcePos;

/** Offsets of the first character of every line of `text`. */
/** Source offset of each value character, for a scalar whose node starts at `start`. */
function align(text: string, from: number, value: string): number[] {
  let j = from;
  const head = text[j];
  if (head === '|' || head === '>') {
    const nl = text.indexOf('\n', j);
    j = nl < 0 ? text.length : nl + 1;
  } else if (head === '"' || head === "'") {
    j += 1;
  }
  const map: number[] = new Array<number>(value.length);
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (/\s/.test(ch)) {
      map[i] = j;
      if (j < text.length && /\s/.test(text[j]!)) j++;
      continue;
    }
    let k = j;
    while (k < text.length && text[k] !== ch) k++;
    if (k < text.length) j = k;
    map[i] = j;
    if (j < text.length) j++;
  }
  return map;
}

/** Positions inside the scalar value that starts at `start` (the node's first character) in `text`. */
export function scalarPositions(text: string, start: SourcePos, value: string): PosAt {
  let cache: { starts: number[]; from: number; map: number[] } | undefined;
  return (offset) => {
    if (!cache) {
      const starts = lineStarts(text);
      const from = (starts[start.line - 1] ?? 0) + start.column - 1;
      cache = { starts, from, map: align(text, from, value) };
    }
    const { starts, from, map } = cache;
    const at = map.length === 0 ? from : offset < map.length ? map[Math.max(0, offset)]! : map[map.length - 1]! + 1;
    return positionIn(starts, start.file, at);
  };
}
