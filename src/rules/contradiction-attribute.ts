/** Shared by the three rules that report a covering statement with a different attribute. */
import type { Rule } from '../check/rule.js';
import { describeClaim } from '../claims/claim.js';

export function attributeRule(id: string, attribute: 'retention' | 'place' | 'mechanism', what: string, source: string, fix: string): Rule {
  return {
    meta: {
      id,
      scope: 'render',
      description: `The ${what} the clause or footer states is the one the flows declare.`,
      source,
      severity: 'error',
      messages: { differs: `${what} differs: the flows declare "{{claim}}", the text says "{{by}}"` },
    },
    check(ctx) {
      // A policy read as a whole reports conflicts once per flow, as disclosure-incorrect.
      if (ctx.policy?.document) return;
      for (const c of ctx.coverage?.() ?? []) {
        if (c.result.kind !== 'conflict' || c.result.attribute !== attribute) continue;
        ctx.report({ messageId: 'differs', data: { claim: describeClaim(c.claim), by: describeClaim(c.result.by), source: c.source }, pos: c.source === 'footer' ? c.pos : ctx.clausePos(c.offset), fix });
      }
    },
  };
}
