import type { Rule } from '../check/rule.js';
import { footerReference } from './footer-reference.js';

/**
 * The footer cites a clause number that is not the clause's number. The footer's references are
 * read in its language's forms ("Privacy §5.2", "Datenschutzhinweise Ziff. 5.2", "隐私政策第5.2条":
 * locales/<lng>/references.yaml, src/claims/clause-references.ts).
 */
export const rule: Rule = {
  meta: {
    id: 'clause-reference-mismatch',
    scope: 'render',
    description: 'The footer cites the number the clause really has in the policy, in whatever form its language writes it ("§5.2", "Ziff. 5.2", "point 5.2", "第5.2条").',
    source: 'Meta template review (the footer must point to the matching policy clause); 11 CCR §7012 (notice links to the policy)',
    severity: 'error',
    messages: {
      stale: 'the footer cites §{{cited}} but the clause "{{clause}}" is §{{actual}}',
      none: 'the footer does not cite the clause number §{{actual}}',
      template: 'the template gives clause.number §{{cited}} but the policy numbers the clause "{{clause}}" §{{actual}}',
      unrelated: '§{{number}} is "{{title}}", not {{clause}}',
    },
  },
  check(ctx) {
    const unrelated = ctx.policy?.document?.unrelated;
    if (unrelated) {
      const t = ctx.template.clause.title;
      const clause = (typeof t === 'string' ? t : t ? (t[ctx.locale ?? ''] ?? Object.values(t)[0]) : undefined) ?? ctx.template.clause.id;
      ctx.report({ messageId: 'unrelated', data: { number: unrelated.number, title: unrelated.title, clause: clause.toLowerCase() }, pos: unrelated.pos, fix: `Cite the section that discloses ${ctx.template.clause.id} in the footer (clause.number), or number that section §${unrelated.number}.` });
      return;
    }
    const number = ctx.policy?.number ?? ctx.render?.clause.number;
    if (!number || !ctx.footerRead) return;
    const pos = ctx.template.positions['footer.value'] ?? ctx.template.positions['clause'];
    const cited = ctx.footerRead.references.map((r) => r.number);
    for (const c of new Set(cited)) {
      if (c !== number) ctx.report({ messageId: 'stale', data: { cited: c, actual: number, clause: ctx.template.clause.id }, pos, fix: `Cite "${footerReference(ctx, number)}".` });
    }
    if (cited.length === 0 && ctx.template.footer !== undefined) {
      ctx.report({ messageId: 'none', data: { actual: number }, pos, fix: `Add "${footerReference(ctx, number)}" to the footer.` });
    }
    // Footers rendered without the policy (render, export, Meta submission) cite the template's own number.
    const own = ctx.template.clause.number;
    if (ctx.policy?.number && own !== undefined && own !== ctx.policy.number) {
      ctx.report({ messageId: 'template', data: { cited: own, actual: ctx.policy.number, clause: ctx.template.clause.id }, pos: ctx.template.positions['clause'], fix: `Set clause.number to "${ctx.policy.number}".` });
    }
  },
};

