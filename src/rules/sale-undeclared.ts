import type { Rule } from '../check/rule.js';
import { messageLocalizer } from '../render/describe-claim.js';
import { undeclaredSales } from '../render/sale.js';

/**
 * A third party receives personal information and the data do not say whether that is a sale (for
 * monetary or other valuable consideration, Cal. Civ. Code §1798.140(ad)(1)): a fact only the
 * business knows from its contract. The clause then states neither "we sell" nor "we do not sell"
 * for that data (review CA-A); this finding asks the business to declare it.
 */
export const rule: Rule = {
  meta: {
    id: 'sale-undeclared',
    scope: 'render',
    description: 'Every third party that receives personal information declares whether the disclosure is a sale (CCPA).',
    source: 'Cal. Civ. Code §1798.140(ad)(1) (sale: disclosure to a third party for monetary or other valuable consideration), §1798.100(a)(1) and 11 CCR §7012 (whether each category is sold or shared)',
    severity: 'warning',
    messages: {
      undeclared: '{{region}} states whether each category is sold ({{article}}); third party {{recipient}} ({{place}}) in flow "{{flow}}" does not declare whether it receives the data for consideration, so the clause says neither "we sell" nor "we do not sell" for {{data}}',
    },
  },
  check(ctx) {
    if (!ctx.render || !ctx.region || ctx.region.vocabulary !== 'ccpa') return;
    const en = messageLocalizer(ctx.catalog);
    for (const flow of ctx.template.flows) {
      for (const r of undeclaredSales(flow)) {
        ctx.report({
          messageId: 'undeclared',
          data: { region: ctx.region.id, article: 'Cal. Civ. Code §1798.100(a)(1), §1798.140(ad)(1)', recipient: r.name ?? r.type, place: en.country(r.country), placeCode: r.country, flow: flow.id, data: en.list(flow.data.map((d) => en.label('data', d))) },
          pos: r.pos ?? flow.pos ?? ctx.template.positions['flows'],
          fix: 'Add `sold: true` to the recipient if it gives anything of value for the data (payment, services, ad inventory, data in return; its contract says), else `sold: false`. With `sold: true` the clause says "We sell and share …" with the opt-out.',
        });
      }
    }
  },
};
