import type { Rule, RuleContext } from '../check/rule.js';
import type { ReadResult } from '../claims/read-claims.js';
import { readClaims } from '../claims/read-claims.js';
import { recipientNames } from '../check/run-rules.js';
import { lintWords } from '../load/lint-words.js';
import type { LocaleData } from '../load/locales.js';
import { findTerms } from '../lint/find-terms.js';
import { footerReference } from './footer-reference.js';

/** The hand-written footer read in the template's own language when disclose has it, else in the target's. */
function ownFooterRead(ctx: RuleContext, text: string): { read: ReadResult | undefined; locale: LocaleData | undefined } {
  const t = ctx.template;
  const base = (l: string) => l.split('-')[0]!.toLowerCase();
  if (ctx.locale && base(ctx.locale) === base(t.language)) return { read: ctx.footerRead, locale: ctx.loc?.data };
  if (ctx.catalog.locales.includes(t.language)) {
    const locale = ctx.catalog.locale(t.language);
    return { read: readClaims(text, locale, { names: recipientNames(t) }), locale };
  }
  return { read: ctx.footerRead, locale: ctx.loc?.data };
}

/** A claim read back, or at least an action word ("How we use your data: …", disclose's own shortest form). */
function statesUse(ctx: RuleContext, text: string, read: ReadResult | undefined, locale: LocaleData | undefined): boolean {
  if ((read?.claims.length ?? 0) > 0) return true;
  const words = Object.values(locale?.reader.actions ?? {}).flat();
  const wordBoundaries = locale ? (lintWords(ctx.catalog, locale.lng)?.wordBoundaries ?? true) : true;
  return findTerms(text, words, { wordBoundaries }).length > 0;
}

/** A hand-written footer is a data-processing summary: what the data is used for, and where to read more. */
export const rule: Rule = {
  meta: {
    id: 'data-processing-summary',
    scope: 'render',
    description: 'A template carries a short data-processing summary: the generated footer, or a footer of its own that states how the data is used (a statement the claim reader understands, or at least an action word such as "How we use your data") and points to the policy clause (its section number in the form the footer\'s language writes, e.g. "Privacy §5.2", "Datenschutzhinweise Ziff. 5.2", or the policy link).',
    source: 'GDPR Art. 12(1), 13 (layered notice pointing to the full information); Cal. Civ. Code §1798.100(a), 11 CCR §7012 (notice at collection links to the policy); template review practice: every template carries a summary such as "We use your address only for delivery. Details: privacy policy §5.2."',
    severity: 'error',
    messages: {
      noReference: 'the footer does not point to the privacy-policy clause (section {{number}} or the policy link)',
      noUse: 'the footer does not say how the personal data is used',
    },
  },
  check(ctx) {
    const t = ctx.template;
    if (t.footer === undefined) return;
    const { read, locale } = ownFooterRead(ctx, t.footer);
    const pos = t.positions['footer.value'] ?? t.positions['footer'];
    const number = ctx.policy?.number ?? ctx.render?.clause.number ?? t.clause.number;
    const links = [ctx.org.policyUrl, ctx.org.shortPolicyUrl].filter((u): u is string => Boolean(u)).map((u) => u.replace(/^https?:\/\//, ''));
    const points = (read?.references.length ?? 0) > 0 || links.some((u) => t.footer!.includes(u)) || /§\s*\d/.test(t.footer);
    if (!points) ctx.report({ messageId: 'noReference', data: { number: number ?? 'n' }, pos, fix: number ? `End the footer with "${footerReference(ctx, number, locale?.lng)}".` : 'Add the clause number or the policy link.' });
    if (!statesUse(ctx, t.footer, read, locale)) ctx.report({ messageId: 'noUse', pos, fix: 'Say in one sentence what the data is used for, e.g. "We use your address only for delivery."' });
  },
};
