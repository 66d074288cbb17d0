import type { Rule } from '../check/rule.js';

/** "To improve our services" and its equivalents: a purpose too broad to inform anyone. */
export const rule: Rule = {
  meta: {
    id: 'vague-purpose',
    scope: 'render',
    description: 'Purposes are specific to the business scenario; "to improve our services" and the like are findings in every locale.',
    source: 'GDPR Art. 5(1)(b), 13(1)(c) (specified purposes; WP29 Guidelines on transparency, para. 12); Cal. Civ. Code §1798.100(a)(1); PIPL Art. 6, 17',
    severity: 'warning',
    messages: {
      phrase: 'vague purpose "{{phrase}}" in the {{where}}',
      flow: 'flow "{{flow}}" declares the vague purpose {{purpose}}',
    },
  },
  check(ctx) {
    for (const v of ctx.clauseRead?.vague ?? []) {
      ctx.report({ messageId: 'phrase', data: { phrase: v.phrase, where: 'clause' }, pos: ctx.clausePos(v.start), fix: 'Name the concrete purpose (e.g. "order delivery", "fraud checks on card payments").' });
    }
    for (const v of ctx.footerRead?.vague ?? []) {
      ctx.report({ messageId: 'phrase', data: { phrase: v.phrase, where: 'footer' }, pos: ctx.template.positions['footer.value'], fix: 'Name the concrete purpose.' });
    }
    for (const flow of ctx.template.flows) {
      if (ctx.catalog.taxonomy.purpose.get(flow.purpose)?.vague) {
        ctx.report({ messageId: 'flow', data: { flow: flow.id, purpose: flow.purpose }, pos: flow.pos, fix: 'Choose a specific purpose from taxonomy/purposes.yaml.' });
      }
    }
  },
};
