/** Clause numbers as policies write them: dotted whole numbers ("5", "5.2", "5.10"). */

/** The next number at the same level: 5.9 → 5.10, 7 → 8. */
export function increment(number: string): string {
  const parts = number.split('.');
  parts[parts.length - 1] = String(Number(parts[parts.length - 1]) + 1);
  return parts.join('.');
}

/** Document order: 5.2 < 5.10 < 6; a parent before its sub-clauses. */
export function compareNumbers(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d) return d;
  }
  return 0;
}

export function lastPart(number: string): number {
  return Number(number.split('.').pop());
}
