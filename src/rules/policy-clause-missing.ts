import type { Rule } from '../check/rule.js';

/** The policy document has no clause for the template (no managed block with its id, no section with its number). */
export const rule: Rule = {
  meta: {
    id: 'policy-clause-missing',
    scope: 'render',
    description: 'The privacy policy has a clause for every template purpose.',
    source: 'GDPR Art. 13; Cal. Civ. Code §1798.130(a)(5), 11 CCR §7011; PIPL Art. 17; Meta template review (the footer points to a policy clause)',
    severity: 'error',
    messages: {
      missing: 'the policy {{file}} has no clause "{{clause}}" (no managed block with that id and no section §{{number}})',
      number: 'the footer cites §{{number}} for "{{clause}}" but the policy {{file}} has no §{{number}} (its statements were read from the whole policy)',
      numberNoFooter: 'the template sends no footer, but its notice is clause §{{number}} ("{{clause}}", clause.number) and the policy {{file}} has no §{{number}} (its statements were read from the whole policy)',
    },
  },
  check(ctx) {
    const doc = ctx.policy?.document;
    if (doc?.missingNumber) {
      // With no footer (the channel takes none for this category) nothing "cites" the number: the
      // clause number is still where the notice shown on the requesting screen points.
      const messageId = ctx.render?.footer.variant === 'none' ? 'numberNoFooter' : 'number';
      ctx.report({ messageId, data: { file: ctx.policy!.file, clause: ctx.template.clause.id, number: doc.missingNumber }, pos: ctx.template.positions['clause'], fix: messageId === 'number'
        ? 'Number the policy section that covers this template as the footer cites it, or set clause.number to the section it is in.'
        : 'Number the policy section that covers this template as clause.number says, or set clause.number to the section it is in.' });
      return;
    }
    if (!ctx.policyMissing) return;
    ctx.report({ messageId: 'missing', data: { file: ctx.policyMissing.file, clause: ctx.template.clause.id, number: ctx.template.clause.number ?? '?' }, pos: ctx.template.positions['clause'], fix: 'Run `disclose sync <policy> --write --add-missing`, or add the clause by hand.' });
  },
};
