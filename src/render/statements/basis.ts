/**
 * On what basis we use the data for a purpose (statement.basis, once per purpose and basis, with the
 * region's article), and the legitimate interest where that is the basis (statement.interest).
 */
import { isOutside, isSensitive, basisIn } from '../facts.js';
import { regionCitation } from '../citation.js';
import type { FlowContext, StatementContext } from './context.js';

/**
 * A channel flow on the consent of a template's flow (basisFrom: the message transmission of a marketing
 * message rests on the consent to marketing messages and ends with it): that consent, by its purpose, where
 * the region words it (basis.consent_to; review 8 EU8-1: "your consent" alone named a third consent the
 * withdrawal line gives no way to withdraw, GDPR Art. 7(3), 13(2)(c)).
 */
function consentOf(ctx: StatementContext, fc: FlowContext): string | undefined {
  const { flow } = fc;
  const from = flow.basisFrom === undefined ? undefined : ctx.flows.find((f) => f.id === flow.basisFrom);
  if (!from || from.purpose === flow.purpose || flow.legalBasis !== 'consent' || from.legalBasis !== 'consent' || !ctx.loc.has('basis.consent_to')) return undefined;
  // A language that words the consent to one purpose as its own phrase (review 9 EU9-4: de "Ihre Einwilligung in
  // den Erhalt von Werbenachrichten", pl "Twoja zgoda na otrzymywanie wiadomości marketingowych").
  const own = `basis.consentToPurpose.${from.purpose}`;
  if (ctx.loc.has(own)) return ctx.loc.t(own);
  return ctx.loc.t('basis.consent_to', { purpose: ctx.loc.label('purpose', from.purpose, ctx.region.vocabulary) });
}

/** The basis sentence of a flow (unless one for its purpose and basis is written) and its interest. */
export function basisStatements(ctx: StatementContext, fc: FlowContext): void {
  const { s, loc, region, tax, withArticle, seenBasis, built } = ctx;
  const { flow, purpose, at } = fc;
  // A legal obligation under another state's law is stated on the basis the region's law gives it (X4).
  const legalBasis = basisIn(flow, region);
  const basisKey = `${flow.purpose}|${legalBasis}`;
  if (!seenBasis.has(basisKey)) {
    seenBasis.add(basisKey);
    // Where the region's law has its own condition for sensitive data on this basis (PH DPA s.13(a):
    // consent specific to the purpose), a flow with such data cites it (legalBasisArticles sensitive_<basis>).
    const sensitiveKey = `sensitive_${legalBasis}`;
    const sensitiveBasis = flow.data.some((d) => isSensitive(tax, region, d)) && regionCitation(region, 'basis', sensitiveKey, loc.lng);
    // A foreign tax-record duty stated on the sale agreement (Vietnam, foreignObligationBasis contract) says
    // that the agreement includes the invoices that law requires of us (review-3 VN3-3).
    const foreignTax = legalBasis === 'contract' && flow.legalBasis === 'legal_obligation' && flow.retention?.statutory?.country;
    // A legal obligation under another state's law said as such where the region writes it so
    // (profile wording: basis.legal_obligation_foreign; the Philippines, review-3 PH-3).
    const foreignLaw = legalBasis === 'legal_obligation' && flow.retention?.statutory?.country;
    const foreignObligation = foreignLaw && isOutside(foreignLaw, region) && loc.has('basis.legal_obligation_foreign') ? foreignLaw : undefined;
    const basisText = foreignTax
      ? loc.t('basis.contract_foreign_tax', { country: loc.country(foreignTax) })
      : foreignObligation
        ? loc.t('basis.legal_obligation_foreign', { country: loc.country(foreignObligation) })
        : (legalBasis === 'consent' ? consentOf(ctx, fc) : undefined) ?? loc.t(`basis.${legalBasis}`);
    const basis = sensitiveBasis ? withArticle(loc.t(`basis.${sensitiveKey}`), 'basis', sensitiveKey) : withArticle(basisText, 'basis', legalBasis);
    s.basis.push({ key: 'statement.basis', values: { purpose, basis }, claims: [], flow: flow.id, asserts: at('basis', { purpose: flow.purpose, basis: legalBasis }) });
  }
  if (flow.legalBasis === 'legitimate_interests') {
    if (flow.legitimateInterest?.trim()) s.interest.push({ key: 'statement.interest', values: { purpose, interest: flow.legitimateInterest }, claims: [], flow: flow.id, asserts: at('interest', { purpose: flow.purpose, basis: flow.legalBasis }) });
    else built.missingInterests.push(flow.id);
  }
}
