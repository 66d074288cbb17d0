/**
 * Whether each category is sold or shared (Cal. Civ. Code §1798.100(a)(1)): the denials "we do not
 * sell or share …" and "we do not sell …", for the data whose sale the flows decide.
 */
import { flowSells, saleOf } from '../sale.js';
import type { StatementContext } from './context.js';

const orFormats = new Map<string, Intl.ListFormat>();
/** Items joined with the locale's "or" (Intl disjunction list). */
function orFormat(lng: string, items: string[]): string {
  if (items.length === 1) return items[0]!;
  let f = orFormats.get(lng);
  if (!f) orFormats.set(lng, (f = new Intl.ListFormat(lng, { type: 'disjunction', style: 'long' })));
  return f.format(items);
}

/** The sale denials of the template's flows. */
export function noSaleStatements(ctx: StatementContext): void {
  const { s, loc, flows } = ctx;
  // Whether each category is sold or shared (Cal. Civ. Code §1798.100(a)(1)).
  // Data a third party receives with no declared sale (recipient `sold`) get no denial: whether it is a
  // sale depends on the contract, which only the business knows (review CA-A; check: sale-undeclared).
  const sold = new Set(flows.filter((f) => flowSells(f)).flatMap((f) => f.data));
  const shared = new Set(flows.filter((f) => f.shared).flatMap((f) => f.data));
  const undecided = new Set(flows.filter((f) => f.recipients.some((r) => saleOf(f, r) === undefined)).flatMap((f) => f.data));
  const all = [...new Set(flows.flatMap((f) => f.data))].filter((d) => !undecided.has(d));
  const neither = all.filter((d) => !sold.has(d) && !shared.has(d));
  const sharedOnly = all.filter((d) => !sold.has(d) && shared.has(d));
  // A denial lists its data with "or" ("We do not sell or share your name, phone number or
  // appointment details"; review CA-8): "and" would deny only the combination.
  const orList = (keys: string[]) => orFormat(loc.lng, keys.map((k) => loc.label('data', k)));
  if (neither.length) {
    s.noSale.push({ key: 'statement.noSale', values: { data: orList(neither) }, claims: neither.map((d) => ({ action: 'sell', data: d, negated: true })), asserts: { kind: 'noSale', flows: [], data: neither } });
  }
  if (sharedOnly.length) {
    s.noSale.push({ key: 'statement.noSaleOnly', values: { data: orList(sharedOnly) }, claims: sharedOnly.map((d) => ({ action: 'sell', data: d, negated: true })), asserts: { kind: 'noSale', flows: [], data: sharedOnly } });
  }
}
