/**
 * Counts with the right plural form: "1 template", "2 templates", by the language's own rules
 * (Intl.PluralRules), for the command line's messages. Wording in the locales goes through
 * i18next, which picks `_one` / `_other` keys by the same rules.
 */
const rules = new Map<string, Intl.PluralRules>();

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form of `forms` that `n` takes in `lng`, falling back to `other`. */
export function pluralForm(n: number, forms: PluralForms, lng = 'en'): string {
  let r = rules.get(lng);
  if (!r) {
    r = new Intl.PluralRules(lng);
    rules.set(lng, r);
  }
  return forms[r.select(n)] ?? forms.other;
}

/** `n` and its noun in English: count(1, 'template') → "1 template", count(3, 'match', 'matches') → "3 matches". */
export function count(n: number, one: string, other = `${one}s`): string {
  return `${n} ${pluralForm(n, { one, other })}`;
}
