import type { Rule } from '../check/rule.js';

/** Special categories of data under the GDPR with no Art. 9(2) condition declared on the flow. */
export const rule: Rule = {
  meta: {
    id: 'sensitive-condition-missing',
    scope: 'render',
    description: 'A flow with special categories of personal data names the GDPR Art. 9(2) condition it rests on, stated next to its Art. 6 basis.',
    source: 'GDPR Art. 9(1)–(2) (processing of special categories prohibited unless a condition of Art. 9(2) applies), Art. 13(1)(c)',
    severity: 'error',
    messages: {
      missing: 'flow "{{flow}}" carries special categories of personal data ({{data}}) but names no Art. 9(2) GDPR condition',
    },
  },
  check(ctx) {
    if (!ctx.render) return;
    for (const id of ctx.render.missingConditions ?? []) {
      const flow = ctx.template.flows.find((f) => f.id === id);
      const data = ctx.render.facts.sensitiveData.filter((d) => flow?.data.includes(d));
      ctx.report({
        messageId: 'missing',
        data: { flow: id, data: data.join(', ') },
        pos: flow?.pos ?? ctx.template.positions['flows'],
        fix: 'Add `sensitive: { gdprCondition: a }` (explicit consent) or the letter that applies (c vital interests, f legal claims, h health or social care).',
      });
    }
  },
};
