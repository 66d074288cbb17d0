/** Shared by the three rules that report a covering statement with a different attribute. */
import type { Rule } from '../check/rule.js';
import { describeClaim } from '../claims/claim.js';
import { describeClaimIn, messageLocalizer } from '../render/describe-claim.js';

export function attributeRule(id: string, attribute: 'retention' | 'place' | 'mechanism', what: string, source: string, fix: string): Rule {
  return {
    meta: {
      id,
      scope: 'render',
      description: `The ${what} the clause or footer states is the one the flows declare.`,
      source,
      severity: 'error',
      messages: {
        differs: `${what} differs: the flows declare "{{said}}", the text says "{{bySaid}}"`,
        // The footer's claim is the one that differs; the clause states what the flows declare.
        footer: `${what} differs: the footer says "{{said}}", the clause says "{{bySaid}}"`,
      },
    },
    check(ctx) {
      // A policy read as a whole reports conflicts once per flow, as disclosure-incorrect.
      if (ctx.policy?.document) return;
      for (const c of ctx.coverage?.() ?? []) {
        if (c.result.kind !== 'conflict' || c.result.attribute !== attribute) continue;
        const loc = messageLocalizer(ctx.catalog);
        ctx.report({
          messageId: c.source === 'footer' ? 'footer' : 'differs',
          // The message in words; `claim` and `by` keep the keys.
          data: { claim: describeClaim(c.claim), by: describeClaim(c.result.by), said: describeClaimIn(c.claim, loc), bySaid: describeClaimIn(c.result.by, loc), source: c.source },
          pos: c.source === 'footer' ? c.pos : ctx.clausePos(c.offset),
          fix: c.source === 'footer' ? 'Change the footer to what the clause and the flows say, or change the flow.' : fix,
        });
      }
    },
  };
}
