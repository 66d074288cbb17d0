/**
 * Whether an identifier says nothing about what it holds: one of its parts marks it as a stand-in
 * (`random_user`, `unknown_item`), or all its parts are vague (`var1`, `x`, `value`).
 */
export interface GenericWords {
  generic: readonly string[];
  vague: readonly string[];
}

export function isGenericName(name: string, words: GenericWords): boolean {
  const parts = name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u)
    .filter((p) => p && !/^\d+$/.test(p));
  if (parts.length === 0) return false;
  if (parts.some((p) => words.generic.includes(p))) return true;
  return parts.every((p) => words.vague.includes(p));
}
