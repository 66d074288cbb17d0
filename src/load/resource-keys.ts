/**
 * The keys of a resource tree (wording.yaml, reader.yaml): its own module, with no imports, so that
 * the bench (bench/run.ts) can use it without the loaders.
 */

/** Every dotted key of a resource tree (leaves only; a list is a leaf). */
export function resourceKeys(res: Record<string, unknown>, prefix = ''): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(res)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) out.push(...resourceKeys(v as Record<string, unknown>, key));
    else out.push(key);
  }
  return out;
}
