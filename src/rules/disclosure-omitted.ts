import type { Rule } from '../check/rule.js';
import { describeClaim } from '../claims/claim.js';

/** A flow or footer claim with no matching statement in the policy clause. */
export const rule: Rule = {
  meta: {
    id: 'disclosure-omitted',
    scope: 'render',
    description: 'Every data flow and every footer statement has a matching statement in the policy clause.',
    source: 'GDPR Art. 13(1)(c)–(f), 13(2)(a); Cal. Civ. Code §1798.100(a); PIPL Art. 17; Meta template review (footer and policy must agree)',
    severity: 'error',
    messages: {
      flow: 'the clause does not say: {{claim}} (declared in flow "{{flow}}")',
      footer: 'the footer says "{{claim}}" but the clause has no matching statement',
    },
  },
  check(ctx) {
    for (const c of ctx.coverage?.() ?? []) {
      if (c.result.kind !== 'omitted') continue;
      ctx.report({
        messageId: c.source,
        data: { claim: describeClaim(c.claim), flow: c.flow ?? '' },
        pos: c.pos,
        fix: 'Add a statement to the policy clause that names this data, recipient and attribute (or run `disclose sync --write`).',
      });
    }
  },
};
