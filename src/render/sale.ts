/**
 * Whether a disclosure to a recipient is a sale under the CCPA (Cal. Civ. Code §1798.140(ad)(1):
 * disclosing personal information to a third party "for monetary or other valuable consideration").
 * That depends on the contract, a fact only the business knows (review CA-A): the recipient's
 * `sold`, else the flow's `sold: true`; a service provider or contractor (any recipient type outside
 * recipient.third_party) receives no sale; a third party with nothing declared is undecided, and no
 * "we do not sell" is written for its data (check: sale-undeclared).
 */
import type { Flow, Recipient } from '../model/types.js';

export function saleOf(flow: Pick<Flow, 'sold'>, r: Recipient): boolean | undefined {
  if (r.sold !== undefined) return r.sold;
  if (flow.sold) return true;
  return isThirdParty(r) ? undefined : false;
}

export function isThirdParty(r: Pick<Recipient, 'type'>): boolean {
  return r.type === 'recipient.third_party' || r.type.startsWith('recipient.third_party.');
}

/** Whether any recipient of the flow receives its data by sale. */
export function flowSells(flow: Flow): boolean {
  return flow.sold || flow.recipients.some((r) => saleOf(flow, r) === true);
}

/** Third parties of the flow whose sale the data does not declare. */
export function undeclaredSales(flow: Flow): Recipient[] {
  return flow.recipients.filter((r) => saleOf(flow, r) === undefined);
}
