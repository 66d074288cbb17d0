import type { Rule } from '../check/rule.js';
import { describeClaim } from '../claims/claim.js';
import { flowDisclosures } from '../policy/disclosure-classes.js';

/** Where the policy discloses a flow clearly (PoliCheck's "clear"): a note, so a reviewer sees what was matched. */
export const rule: Rule = {
  meta: {
    id: 'disclosure-clear',
    scope: 'render',
    description: 'Notes the policy statement that discloses a declared flow as specifically as the flow is declared.',
    source: 'GDPR Art. 13(1)(e); Cal. Civ. Code §1798.110(c); PIPL Art. 17, 23; PoliCheck (Andow et al., USENIX Security 2020): clear disclosures',
    severity: 'info',
    messages: {
      policy: 'the policy discloses flow "{{flow}}" ({{aspect}}): "{{statement}}"',
    },
  },
  check(ctx) {
    if (!ctx.policy?.document) return;
    for (const d of flowDisclosures(ctx)) {
      if (d.class !== 'clear' || d.aspect === 'purposes') continue;
      ctx.report({ messageId: 'policy', data: { class: 'clear', flow: d.flow.id, aspect: d.aspect, statement: d.statement ?? '', claim: d.claims.map(describeClaim).join('; ') }, pos: d.pos });
    }
  },
};
