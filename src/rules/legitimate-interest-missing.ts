import type { Rule } from '../check/rule.js';

/** A flow on legitimate interests that does not say which interest it pursues. */
export const rule: Rule = {
  meta: {
    id: 'legitimate-interest-missing',
    scope: 'template',
    description: 'A flow whose legal basis is legitimate interests names the interest pursued.',
    source: 'GDPR Art. 13(1)(d), Art. 6(1)(f)',
    severity: 'error',
    messages: {
      missing: 'flow "{{flow}}" rests on legitimate interests but does not name them',
    },
  },
  check(ctx) {
    for (const f of ctx.template.flows) {
      if (f.legalBasis !== 'legitimate_interests' || f.legitimateInterest?.trim()) continue;
      ctx.report({ messageId: 'missing', data: { flow: f.id }, pos: f.pos ?? ctx.template.positions['flows'], fix: 'Add `legitimateInterest:` with the interest pursued, in the template\'s language.' });
    }
  },
};
