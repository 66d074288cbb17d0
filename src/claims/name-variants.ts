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
