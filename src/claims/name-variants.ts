/**
 * The same organization written with its legal form spelled out or abbreviated: "Meta Platforms
 * Ireland Limited" is "Meta Platforms Ireland Ltd." in a policy people wrote, "Zendesk, Inc." is
 * "Zendesk, Incorporated". The policy reader finds a declared recipient's name in either form and
 * reads it as the declared name (never the text disclose writes, which spells names as declared).
 */

/** Forms of one legal form, longest first within each group. */
const FORMS: readonly (readonly string[])[] = [
  ['Limited', 'Ltd.', 'Ltd'],
  ['Incorporated', 'Inc.', 'Inc'],
  ['Corporation', 'Corp.', 'Corp'],
  ['Company', 'Co.', 'Co'],
  ['Public Limited Company', 'PLC', 'plc'],
];

/** The name with its trailing legal form written in each other way of that group (none if it ends in none). */
export function legalFormVariants(name: string): string[] {
  const n = name.trim();
  for (const group of FORMS) {
    for (const form of group) {
      const at = n.length - form.length;
      if (at <= 0 || n.slice(at).toLowerCase() !== form.toLowerCase() || !/[\s,]/.test(n[at - 1]!)) continue;
      const stem = n.slice(0, at);
      return group.filter((f) => f.toLowerCase() !== form.toLowerCase()).map((f) => stem + f).sort((a, b) => b.length - a.length);
    }
  }
  return [];
}

/** Legal forms a short name leaves off ("Sinch Sweden AB" → "Sinch Sweden"), as `coreName` in src/policy/names.ts. */
const TRAILING_FORM = /[,\s]+(?:inc\.?|incorporated|ltd\.?|limited|llc|l\.l\.c\.|gmbh|ag|ab|s\.a\.?|s\.r\.l\.?|b\.v\.?|n\.v\.?|pte\.?|plc|corp\.?|corporation|co\.?|sdn\.? bhd\.?|tbk\.?)$/i;

/**
 * The short names a policy people wrote uses for a declared recipient (issue 18): the name without
 * its legal form ("Zendesk" for "Zendesk, Inc."), and the first word of a name of several words
 * ("Meta" for "Meta Platforms Ireland Limited", "Sinch" for "Sinch Sweden"), once it is four
 * letters or more and not one of the reader's words (`common`: "Deutsche" in "Deutsche Post" is
 * an adjective of the language, no name). Longest first; none that is the name itself.
 */
export function shortNames(name: string, common: (word: string) => boolean = () => false): string[] {
  let core = name.trim();
  for (let i = 0; i < 3; i++) core = core.replace(TRAILING_FORM, '');
  const out: string[] = [];
  if (core.length >= 3 && core !== name.trim() && !common(core)) out.push(core);
  const first = core.split(/\s+/)[0]!;
  if (first !== core && first.length >= 4 && /\p{L}/u.test(first) && !common(first)) out.push(first);
  return out;
}
