/**
 * An element's own text citation (`cite:`) under a condition (`citeWhen:`): a provision that governs
 * only some of the cases an element's sentence speaks of is cited only where the clause has such a case.
 *
 * Decree 356/2025/NĐ-CP Điều 6 khoản 4 governs asking consent to process sensitive data ("Đối với việc
 * xin sự đồng ý xử lý dữ liệu cá nhân nhạy cảm, chủ thể dữ liệu phải được thông báo rằng dữ liệu cần xử
 * lý là dữ liệu cá nhân nhạy cảm"): the sensitive-data sentence cites it only where a flow carrying the
 * sensitive data it names rests on consent (appointment reminders, behavioural advertising), never for
 * card data processed to perform the contract (review 7 VN7-1). The element's citation in the review
 * pack drops the provision likewise.
 */
import type { Flow, LegalBasis, RegionElement, RegionProfile, Taxonomy } from '../model/types.js';
import { basisIn, isSensitive } from './facts.js';
import { purposeSensitive } from './sensitive-purpose.js';

export interface CiteWhen {
  /** The element's own cite holds where a flow its sentence speaks of rests on one of these bases (as stated in the region, basisIn). */
  legalBasis: LegalBasis[];
}

declare module '../model/types.js' {
  interface RegionElement {
    /** When the element's own text citation (`cite:`) is cited; always when absent (review 7 VN7-1). */
    citeWhen?: CiteWhen;
  }
}

/**
 * The flows an element's sentence speaks of: for the sensitive-data sentence those carrying the
 * sensitive data it names (by category, or for the purpose they serve); for any other, the clause's.
 */
function spokenOf(el: RegionElement, flows: readonly Flow[], region: RegionProfile, tax: Taxonomy): readonly Flow[] {
  if (el.id !== 'sensitive_data') return flows;
  return flows.filter((f) => f.data.some((d) => isSensitive(tax, region, d)) || purposeSensitive(region, [f]).length > 0);
}

/**
 * The element as this clause cites it: itself where its own cite holds for these flows; else without
 * its own cite, and without the cite's provisions in its citation (what the review pack shows).
 */
export function citedFor(el: RegionElement, flows: readonly Flow[], region: RegionProfile, tax: Taxonomy): RegionElement {
  const when = el.citeWhen;
  const own = el.textCitation;
  if (!when || !own) return el;
  if (spokenOf(el, flows, region, tax).some((f) => when.legalBasis.includes(basisIn(f, region)))) return el;
  const dropped = new Set(own.parts.flatMap((part) => part.provisions.map((p) => `${part.law.id} ${JSON.stringify(p)}`)));
  const copy: RegionElement = { ...el };
  delete copy.textCitation;
  if (el.citation) {
    const parts = el.citation.parts
      .map((part) => ({ ...part, provisions: part.provisions.filter((p) => !dropped.has(`${part.law.id} ${JSON.stringify(p)}`)) }))
      .filter((part) => part.provisions.length);
    if (parts.length) copy.citation = { ...el.citation, parts };
  }
  return copy;
}
