import type { Rule } from '../check/rule.js';

/**
 * A flow on a legal basis the region's law does not offer: Malaysia and Vietnam have no
 * legitimate-interests basis (Act 709 s.6; Law 91/2025/QH15 Điều 19), China has neither legitimate
 * interests nor a public-task basis for a company (PIPL Art. 13). The region's profile lists the bases
 * its law offers as `legalBasisArticles` (each with its provision); a region that lists none (the
 * CCPA has no legal bases) is not checked. The profile's `unsettled: { basis.<key> }` note, when
 * there is one, says why.
 */
export const rule: Rule = {
  meta: {
    id: 'legal-basis-unavailable',
    scope: 'render',
    description: 'Every flow rests on a legal basis the region\'s law offers.',
    source: 'Act 709 s.6 (MY); Law 91/2025/QH15 Điều 19 (VN); PIPL Art. 13 (CN); the region profile\'s legalBasisArticles',
    severity: 'error',
    messages: {
      unavailable: 'flow "{{flow}}" rests on {{basis}}, a legal basis {{law}} does not offer (offered: {{offered}}){{why}}',
    },
  },
  check(ctx) {
    const region = ctx.region;
    if (!region) return;
    const offered = Object.keys(region.citations?.basis ?? region.legalBasisArticles ?? {});
    if (offered.length === 0) return;
    for (const f of ctx.template.flows) {
      if (offered.includes(f.legalBasis) || (f.legalBasis as string) === 'inherit') continue;
      const note = region.unsettled?.[`basis.${f.legalBasis}`];
      ctx.report({
        messageId: 'unavailable',
        data: { flow: f.id, basis: f.legalBasis, law: region.law.short, offered: offered.join(', '), why: note ? `: ${note}` : '' },
        pos: f.pos ?? ctx.template.positions['flows'],
        fix: `Rest the flow on one of the bases ${region.law.short} offers (${offered.join(', ')}), usually consent, or do not send it to ${region.name}.`,
      });
    }
  },
};
