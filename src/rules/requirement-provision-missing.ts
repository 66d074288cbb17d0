import type { Rule } from '../check/rule.js';

/**
 * A flow on a legal obligation says only that the law requires us to process (or keep) the data. Whether
 * the person is obliged to provide them, and what happens if they do not, are facts the flow declares
 * (`required`, `consequence`); the notice states them where the region's law asks (GDPR Art. 13(2)(e),
 * Act 709 s.7(1)(g)-(h), Thai PDPA s.23(2)), and no sentence guesses them (issue 17).
 */
export const rule: Rule = {
  meta: {
    id: 'requirement-provision-missing',
    scope: 'render',
    description: 'A flow on a legal obligation declares whether the person must provide the data and, if so, the consequence of not providing them.',
    source: 'GDPR Art. 13(2)(e); Malaysia PDPA 2010 (Act 709) s.7(1)(g)-(h); Thailand PDPA B.E. 2562 s.23(2)',
    severity: 'warning',
    messages: {
      required: 'flow "{{flow}}" rests on a legal obligation but does not declare whether the person must provide its data ({{region}} asks)',
      consequence: 'flow "{{flow}}" says the person must provide its data but declares no consequence of not providing them in {{locale}} ({{region}} asks)',
    },
  },
  check(ctx) {
    if (!ctx.render) return;
    for (const m of ctx.render.missingProvisions ?? []) {
      const flow = ctx.template.flows.find((f) => f.id === m.flow);
      ctx.report({
        messageId: m.missing,
        data: { flow: m.flow, region: ctx.render.region, locale: m.locale ?? ctx.render.locale },
        pos: flow?.pos ?? ctx.template.positions['flows'],
        fix:
          (m.missing === 'required'
            ? 'Add `required: false` where no law obliges the person to provide the data, or `required: true` with `consequence:` (what the person loses if they do not).'
            : 'Add `consequence:` (what the person loses if they do not provide the data), as one text in the template\'s language or a map from locale to text.') +
          // A flow the channel adds (it takes the basis of the template's flow) is changed by declaring it.
          (flow?.basisFrom !== undefined ? ` Flow "${m.flow}" comes from the channel and takes the basis of flow "${flow.basisFrom}": declare it under \`flows:\` with the same id to add the field.` : ''),
      });
    }
  },
};
