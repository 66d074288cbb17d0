/**
 * The clause reference a rule's fix asks a footer to carry, as the footer's language writes it: the
 * rendered locale's footer wording ("Datenschutzhinweise Ziff. 5.2", "隐私政策第5.2条"), or, for a
 * footer in another language, that language's written form (locales/<lng>/references.yaml).
 */
import type { RuleContext } from '../check/rule.js';
import { writeReference } from '../claims/clause-references.js';

const base = (lng: string): string => lng.split('-')[0]!.toLowerCase();

export function footerReference(ctx: RuleContext, number: string, footerLng?: string): string {
  const sameLanguage = footerLng === undefined || (ctx.locale !== undefined && base(footerLng) === base(ctx.locale));
  if (sameLanguage && ctx.loc?.has('footer.reference')) return ctx.loc.t('footer.reference', { number });
  return writeReference(footerLng ?? ctx.locale ?? 'en', number);
}
