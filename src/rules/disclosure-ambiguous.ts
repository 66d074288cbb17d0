import type { Rule } from '../check/rule.js';
import { describeClaim } from '../claims/claim.js';
import { flowDisclosures } from '../policy/disclosure-classes.js';

/** One statement of the policy denies what another discloses (PoliCheck's "ambiguous"). */
export const rule: Rule = {
  meta: {
    id: 'disclosure-ambiguous',
    scope: 'render',
    description: 'The policy does not both deny and disclose a declared flow.',
    source: 'GDPR Art. 5(1)(a), 12(1) (transparent, intelligible information); Cal. Civ. Code §1798.100(a), 11 CCR §7011(a); PIPL Art. 7, 17; PoliCheck (Andow et al., USENIX Security 2020): ambiguous disclosures',
    severity: 'error',
    messages: {
      policy: 'the policy says "{{statement}}" but also discloses flow "{{flow}}" ({{aspect}}) at line {{line}}: a reader cannot tell which holds',
    },
  },
  check(ctx) {
    if (!ctx.policy?.document) return;
    for (const d of flowDisclosures(ctx)) {
      if (d.class !== 'ambiguous' || d.aspect === 'purposes') continue;
      ctx.report({ messageId: 'policy', data: { class: 'ambiguous', flow: d.flow.id, aspect: d.aspect, statement: d.statement ?? '', line: d.related[0]?.line ?? '?', claim: d.claims.map(describeClaim).join('; '), related: d.related }, pos: d.pos, fix: 'Remove the blanket statement, or limit it ("except to the recipients named in section …").' });
    }
  },
};
