import type { Rule } from '../check/rule.js';
import { covers } from '../load/taxonomy.js';

/** "Only for delivery" in the footer or clause while the flows also use the data for something else. */
export const rule: Rule = {
  meta: {
    id: 'exclusivity-contradicted',
    scope: 'render',
    description: 'A statement that data is used "only" for a purpose holds for every declared flow.',
    source: 'GDPR Art. 5(1)(b) (purpose limitation), 13(1)(c); Cal. Civ. Code §1798.100(c); PIPL Art. 6',
    severity: 'error',
    messages: {
      broken: 'the text says {{data}} is used only for {{purpose}}, but flow "{{flow}}" uses it for {{other}}',
    },
  },
  check(ctx) {
    const tax = ctx.catalog.taxonomy;
    const texts = [
      { read: ctx.clauseRead, pos: (o: number) => ctx.clausePos(o) },
      { read: ctx.footerRead, pos: () => ctx.template.positions['footer.value'] ?? ctx.template.positions['body']! },
    ];
    const seen = new Set<string>();
    for (const { read, pos } of texts) {
      if (!read || !read.claims.some((c) => c.exclusive && c.purpose && !c.negated)) continue;
      for (const sentence of read.sentences) {
        for (const only of sentence.claims.filter((c) => c.exclusive && c.purpose && !c.negated)) {
          for (const flow of ctx.template.flows) {
            if (tax.purpose.get(flow.purpose)?.ancillary) continue;
            if (covers(tax, 'purpose', only.purpose!, flow.purpose)) continue;
            if (only.action === 'share' && only.recipient?.type && !flow.recipients.some((r) => covers(tax, 'recipient', only.recipient!.type!, r.type))) continue;
            const hit = flow.data.find((d) => covers(tax, 'data', only.data, d) || covers(tax, 'data', d, only.data));
            if (!hit) continue;
            const key = `${sentence.start}|${only.data}|${flow.id}`;
            if (seen.has(key)) continue;
            seen.add(key);
            ctx.report({ messageId: 'broken', data: { data: only.data, purpose: only.purpose, flow: flow.id, other: flow.purpose }, pos: pos(sentence.start), fix: `Drop "only", or name every purpose the data serves (${flow.purpose}).` });
          }
        }
      }
    }
  },
};
