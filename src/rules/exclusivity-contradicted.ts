import type { Rule } from '../check/rule.js';
import { covers } from '../load/taxonomy.js';
import { labelIn, messageLocalizer } from '../render/describe-claim.js';
import { ProjectUses } from '../render/project-uses.js';
import { aboutPerson, personWords, restriction } from './exclusivity-person.js';

/**
 * "Only for delivery" in a footer, a generated clause or a policy, while a flow anywhere in the
 * project (any template, or the flows a channel adds) uses that data for something else. Carrying
 * the message counts: the phone number WhatsApp delivers to is not used "only" for delivery.
 * An "only" whose subject is the person the text speaks to ("verification is done solely by the
 * user") promises nothing about the business's use (src/rules/exclusivity-person.ts). In a text the
 * reader reads, the purpose must be the "only" clause's own ("only for order delivery", or "only for
 * the following purposes:" over the list that names it): a purpose read from a list item under
 * "We collect only what we need to quote:" or from the label before "…, used only for dispatch" is
 * no restriction the text makes. The finding quotes the text's own words for the restriction.
 */
export const rule: Rule = {
  meta: {
    id: 'exclusivity-contradicted',
    scope: 'render',
    description: 'A statement that data is used "only" for a purpose holds for every flow of the project (every template and the channel flows).',
    source: 'GDPR Art. 5(1)(a)–(b) (fair and transparent, purpose limitation), 13(1)(c); Cal. Civ. Code §1798.100(a)(1), (c); PIPL Art. 6, 7',
    severity: 'error',
    messages: {
      broken: 'the text restricts your {{dataLabel}}: "{{quote}}", but flow "{{flow}}" uses it for {{otherLabel}}',
      brokenElsewhere: 'the text restricts your {{dataLabel}}: "{{quote}}", but template "{{template}}" (flow "{{flow}}") uses it for {{otherLabel}}',
    },
  },
  check(ctx) {
    const tax = ctx.catalog.taxonomy;
    const loc = messageLocalizer(ctx.catalog);
    const uses = (ctx.uses ?? ProjectUses.of([])).with(ctx.template);
    const label = (kind: 'data' | 'purpose', key: string) => labelIn(loc, kind, key);
    // Each text with its words as written, for the quote (a list item's with the lead-in read before it;
    // a policy's through its document, where the reading text masks names).
    const clauseText = ctx.clauseText ?? '';
    const document = ctx.policy?.document;
    const clauseQuote = (a: number, b: number) => (document ? document.written(a, b) : clauseText.slice(a, b));
    const footerText = ctx.render?.footer.text ?? '';
    const texts = [
      { read: ctx.clauseRead, pos: (o: number) => ctx.clausePos(o), quote: clauseQuote },
      { read: ctx.footerRead, pos: () => ctx.template.positions['footer.value'] ?? ctx.template.positions['body']!, quote: (a: number, b: number) => footerText.slice(a, b) },
    ];
    const seen = new Set<string>();
    const person = personWords(ctx.catalog, ctx.loc?.lng ?? ctx.locale ?? 'en');
    for (const { read, pos, quote } of texts) {
      if (!read || !read.claims.some((c) => c.exclusive && c.purpose && !c.negated)) continue;
      for (const sentence of read.sentences) {
        // Every "only" of the sentence about what the user does: no promise of ours.
        const onlys = sentence.mentions.filter((m) => m.kind === 'exclusive');
        const ours = onlys.filter((m) => !aboutPerson(sentence, m, person));
        if (onlys.length && !ours.length) continue;
        for (const only of sentence.claims.filter((c) => c.exclusive && c.purpose && !c.negated)) {
          // The words that restrict the data to this purpose. A sentence of ours taken from the
          // renderer's record has no mentions: it is the restriction as a whole.
          const said = onlys.length ? restriction(sentence, ours, only.purpose!, person) : { only: undefined, from: sentence.start, to: sentence.end };
          if (!said) continue;
          // The finding points at the restricting word itself: in a policy, an "only" in a list's
          // lead-in ("We pass on your data only in these cases:") is on the lead-in's line, not the item's.
          const at = said.only?.start ?? sentence.start;
          const words = quote(said.from, said.to).replace(/\s+/g, ' ').trim();
          const report = (flow: string, other: string, template: string) => {
            const key = `${sentence.start}|${only.data}|${template}|${flow}`;
            if (seen.has(key)) return;
            seen.add(key);
            const here = template === ctx.template.id;
            ctx.report({
              messageId: here ? 'broken' : 'brokenElsewhere',
              data: { data: only.data, purpose: only.purpose, flow, other, template, quote: words, dataLabel: label('data', only.data), purposeLabel: label('purpose', only.purpose!), otherLabel: label('purpose', other) },
              pos: pos(at),
              fix: `Drop "only", or name every purpose the data serves (${label('purpose', other)}).`,
            });
          };
          if (only.action === 'share' && only.recipient?.type) {
            // "We share … only with X for Y": about this template's recipients of that type.
            for (const flow of ctx.template.flows) {
              if (covers(tax, 'purpose', only.purpose!, flow.purpose)) continue;
              if (!flow.recipients.some((r) => covers(tax, 'recipient', only.recipient!.type!, r.type))) continue;
              if (!flow.data.some((d) => covers(tax, 'data', only.data, d) || covers(tax, 'data', d, only.data))) continue;
              report(flow.id, flow.purpose, ctx.template.id);
            }
            continue;
          }
          // "We use … only for Y": against every use in the project, this template's first.
          const others = uses.otherPurposes(tax, only.data, only.purpose!);
          others.sort((a, b) => Number(b.template === ctx.template.id) - Number(a.template === ctx.template.id));
          // One finding per statement and data category, naming the nearest other use.
          const first = others[0];
          if (first) report(first.flow, first.purpose, first.template);
        }
      }
    }
  },
};

