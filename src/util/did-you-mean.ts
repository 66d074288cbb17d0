/**
 * "Did you mean …?" for a name that is not one of the known ones (a region, locale, command or
 * file): the closest by edit distance (Damerau–Levenshtein with adjacent swaps), when it is close
 * enough to be a slip — at most a third of the longer name's length, and 3 edits.
 */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[m]![n]!;
}

/** The known name closest to `input`, or undefined when none is close. */
export function closest(input: string, known: Iterable<string>): string | undefined {
  const lower = input.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    if (name === input) return undefined;
    const distance = editDistance(lower, name.toLowerCase());
    const limit = Math.min(3, Math.max(1, Math.floor(Math.max(input.length, name.length) / 3)));
    if (distance <= limit && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** ` Did you mean "eu"?` (with a leading space), or '' when nothing is close. */
export function didYouMean(input: string, known: Iterable<string>): string {
  const c = closest(input, known);
  return c === undefined ? '' : ` Did you mean "${c}"?`;
}

/** `Did you mean "eu"? ` to start a hint with, or '' when nothing is close. */
export function suggestion(input: string, known: Iterable<string>): string {
  const c = closest(input, known);
  return c === undefined ? '' : `Did you mean "${c}"? `;
}
