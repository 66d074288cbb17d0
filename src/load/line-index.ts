/** Offsets to 1-based line and column: the start offset of every line, and a binary search over them. */
import type { SourcePos } from '../model/types.js';

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** The index of the last of the sorted `starts` at or before `offset` (0 when none is). */
export function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function positionIn(starts: number[], file: string, offset: number): SourcePos {
  const lo = lastAtOrBefore(starts, offset);
  return { file, line: lo + 1, column: offset - starts[lo]! + 1 };
}
