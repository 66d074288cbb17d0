import type { Rule } from '../check/rule.js';
import { describeClaim } from '../claims/claim.js';
import { flowDisclosures } from '../policy/disclosure-classes.js';
import { covers } from '../load/taxonomy.js';
import { describeClaimIn, messageLocalizer } from '../render/describe-claim.js';

/** A flow or footer claim with no matching statement in the policy clause. */
export const rule: Rule = {
  meta: {
    id: 'disclosure-omitted',
    scope: 'render',
    description: 'Every data flow and every footer statement has a matching statement in the policy clause.',
    source: 'GDPR Art. 13(1)(c)–(f), 13(2)(a); Cal. Civ. Code §1798.100(a); PIPL Art. 17; Meta template review (footer and policy must agree)',
    severity: 'error',
    messages: {
      flow: 'the clause does not say: {{said}} (declared in flow "{{flow}}")',
      footer: 'the footer says "{{said}}" but the clause has no matching statement',
      footerUndeclared: 'the footer says "{{said}}", which no flow declares',
      policy: 'the policy does not disclose flow "{{flow}}" ({{aspect}}): {{claimWords}}',
      otherName: 'the policy does not disclose flow "{{flow}}" ({{aspect}}): it gives the data to {{other}}, where the flow declares {{declared}} ("{{namedIn}}")',
    },
  },
  check(ctx) {
    // The message says each claim in a reviewer's words; data.claim keeps the keys for programs.
    const words = (c: Parameters<typeof describeClaim>[0]) => describeClaimIn(c, messageLocalizer(ctx.catalog));
    if (ctx.policy?.document) {
      for (const d of flowDisclosures(ctx)) {
        if (d.class !== 'omitted' || d.aspect === 'purposes') continue;
        // The policy gives the flow's data to another party it names (issue 18): the finding names both.
        if (d.named) ctx.report({ messageId: 'otherName', data: { class: 'omitted', flow: d.flow.id, aspect: d.aspect, claim: d.claims.map(describeClaim).join('; '), related: d.related, other: d.named.other, declared: d.named.declared, namedIn: d.related[d.related.length - 1]?.statement ?? '' }, pos: d.pos, fix: `Name ${d.named.declared} (or its role) as the recipient of this data, or declare ${d.named.other} in the flow if it is the one that gets the data.` });
        else ctx.report({ messageId: 'policy', data: { class: 'omitted', flow: d.flow.id, aspect: d.aspect, claim: d.claims.length ? d.claims.map(describeClaim).join('; ') : (d.said ?? ''), claimWords: d.claims.length ? d.claims.map(words).join('; ') : (d.said ?? ''), related: d.related }, pos: d.pos, fix: 'Add a statement to the policy that names this data, the recipient and the attribute (or add a managed clause with `disclose sync --write --add-missing`).' });
      }
      return;
    }
    const loc = messageLocalizer(ctx.catalog);
    const tax = ctx.catalog.taxonomy;
    for (const c of ctx.coverage?.() ?? []) {
      if (c.result.kind !== 'omitted') continue;
      // A footer statement about data no flow declares: the footer is wrong, not the clause.
      const declared = c.source === 'footer' && ctx.template.flows.some((f) => f.data.some((d) => covers(tax, 'data', c.claim.data, d) || covers(tax, 'data', d, c.claim.data)));
      const undeclared = c.source === 'footer' && !declared;
      ctx.report({
        messageId: undeclared ? 'footerUndeclared' : c.source,
        data: { claim: describeClaim(c.claim), said: describeClaimIn(c.claim, loc), flow: c.flow ?? '' },
        pos: c.pos,
        fix: undeclared
          ? 'Remove it from the footer, or declare the flow that carries this data (then the clause states it).'
          : 'Add a statement to the policy clause that names this data, recipient and attribute (or run `disclose sync --write`).',
      });
    }
  },
};
