/**
 * On what basis we use the data for a purpose (statement.basis, once per purpose and basis, with the
 * region's article), and the legitimate interest where that is the basis (statement.interest).
 */
import { isOutside, isSensitive, basisIn } from '../facts.js';
import { regionCitation } from '../citation.js';
import type { FlowContext, StatementContext } from './context.js';

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
        : loc.t(`basis.${legalBasis}`);
    const basis = sensitiveBasis ? withArticle(loc.t(`basis.${sensitiveKey}`), 'basis', sensitiveKey) : withArticle(basisText, 'basis', legalBasis);
    s.basis.push({ key: 'statement.basis', values: { purpose, basis }, claims: [], flow: flow.id, asserts: at('basis', { purpose: flow.purpose, basis: legalBasis }) });
  }
  if (flow.legalBasis === 'legitimate_interests') {
    if (flow.legitimateInterest?.trim()) s.interest.push({ key: 'statement.interest', values: { purpose, interest: flow.legitimateInterest }, claims: [], flow: flow.id, asserts: at('interest', { purpose: flow.purpose, basis: flow.legalBasis }) });
    else built.missingInterests.push(flow.id);
  }
}
