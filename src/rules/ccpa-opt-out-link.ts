import type { Rule } from '../check/rule.js';
import { flowSellsOrShares } from '../render/project-uses.js';

/**
 * A business that sells or shares personal information gives the "Do Not Sell or Share My Personal
 * Information" link (or its Alternative Opt-out Link) in every California notice at collection, not
 * only in the one whose own data are sold or shared: the condition is on the business (Cal. Civ. Code
 * §1798.135(a)(1); 11 CCR §7012(e), §7013, §7015; review 5 CA-B). Without the link's address in the
 * organization file the clause cannot give it, and a clause with a placeholder would be no notice:
 * this finding asks for the address. The region's element says which rule reports it
 * (`reportedBy: ccpa-opt-out-link` in regions/california.yaml), so region-element-missing does not
 * report it again.
 */
export const rule: Rule = {
  meta: {
    id: 'ccpa-opt-out-link',
    scope: 'render',
    description: 'A business that sells or shares personal information declares its opt-out link, which every California notice at collection gives.',
    source: 'Cal. Civ. Code §1798.120, §1798.135(a)(1), (a)(3); 11 CCR §7012(e) (the link in the Notice at Collection), §7013, §7015 (Alternative Opt-out Link)',
    severity: 'error',
    messages: {
      missing:
        '{{region}}: the business sells or shares personal information ({{seller}}), so every notice at collection gives the "Do Not Sell or Share My Personal Information" link or the Alternative Opt-out Link ({{article}}); the organization file declares no {{fields}}, so this clause cannot give it',
    },
  },
  check(ctx) {
    const { region, render } = ctx;
    if (!region || !render || !render.facts.businessSellsOrShares) return;
    for (const el of region.elements) {
      if (el.reportedBy !== rule.meta.id) continue;
      const outcome = render.clause.elements.find((e) => e.id === el.id);
      if (!outcome || outcome.missing.length === 0) continue;
      ctx.report({
        messageId: 'missing',
        data: { region: region.id, element: el.id, article: el.article, fields: outcome.missing.join(', '), seller: sellerOf(ctx) },
        pos: ctx.org.positions?.['california'] ?? { file: ctx.org.file, line: 1, column: 1 },
        fix: `Add california.optOutUrl (the https page of the opt-out link; with california.alternativeOptOutLink when it is the "Your Privacy Choices" link) to ${ctx.org.file}.`,
      });
    }
  },
};

/** Who makes the business one that sells or shares: the organization's declaration, else a template's flow. */
function sellerOf(ctx: Parameters<Rule['check']>[0]): string {
  if (ctx.org.california?.sellsOrShares === true) return 'the organization declares california.sellsOrShares';
  // The project's first, so every template's finding names the same one (and is reported once).
  const use = ctx.uses?.projectSellerOf();
  if (use) return `template ${use.template}, flow ${use.flow}`;
  const own = ctx.template.flows.find(flowSellsOrShares);
  return own ? `template ${ctx.template.id}, flow ${own.id}` : 'a flow of the project';
}
