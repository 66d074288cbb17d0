import type { Rule } from '../check/rule.js';
import type { ReadResult } from '../claims/read-claims.js';

/**
 * "To improve our services" and its equivalents: a purpose too broad to inform anyone. A phrase a
 * negation in its own clause denies ("Nous ne transmettons jamais vos données de santé à des fins
 * commerciales") states no purpose. In a policy (`check --policy`) the finding says "policy", not
 * "clause": a policy people wrote has no clause of ours.
 */
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
    const where = ctx.policy?.document ? 'policy' : 'clause';
    for (const v of ctx.clauseRead?.vague ?? []) {
      if (ctx.clauseRead && denied(ctx.clauseRead, v.start, ctx.clauseText ?? '')) continue;
      ctx.report({ messageId: 'phrase', data: { phrase: v.phrase, where }, pos: ctx.clausePos(v.start), fix: 'Name the concrete purpose (e.g. "order delivery", "fraud checks on card payments").' });
    }
    for (const v of ctx.footerRead?.vague ?? []) {
      if (ctx.footerRead && denied(ctx.footerRead, v.start, ctx.render?.footer.text ?? '')) continue;
      ctx.report({ messageId: 'phrase', data: { phrase: v.phrase, where: 'footer' }, pos: ctx.template.positions['footer.value'], fix: 'Name the concrete purpose.' });
    }
    for (const flow of ctx.template.flows) {
      if (ctx.catalog.taxonomy.purpose.get(flow.purpose)?.vague) {
        ctx.report({ messageId: 'flow', data: { flow: flow.id, purpose: flow.purpose }, pos: flow.pos, fix: 'Choose a specific purpose from taxonomy/purposes.yaml.' });
      }
    }
  },
};

// What ends a clause: a negation before one of these does not reach the phrase after it.
const CLAUSE_END = /[,;:，；：、]/;

/**
 * Whether a negation of the phrase's sentence stands before it in its clause, with no second verb between
 * ("we never share it for commercial purposes"; not "we do not sell it and use it to improve our services").
 */
function denied(read: ReadResult, at: number, text: string): boolean {
  const s = read.sentences.find((x) => x.start <= at && at < x.end);
  if (!s) return false;
  return s.mentions.some((m) => m.kind === 'negation' && m.end <= at && !CLAUSE_END.test(text.slice(m.end, at)) && s.mentions.filter((a) => a.kind === 'action' && a.start >= m.end && a.end <= at).length <= 1);
}
