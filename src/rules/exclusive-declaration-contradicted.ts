import type { Rule } from '../check/rule.js';
import { messageLocalizer } from '../render/describe-claim.js';

/**
 * A flow declares `exclusive: true` ("we use this data only for this purpose"), while another flow
 * of the project (any template in the run, or a channel's flows) uses some of that data for
 * something else. The renderer then leaves "only" out for that data, so no false sentence is
 * written; but the declaration itself is untrue, and a footer or policy written from it would be
 * too. Example: an order's delivery flow declared exclusive while the invoice flow keeps the same
 * postal address for tax records.
 */
export const rule: Rule = {
  meta: {
    id: 'exclusive-declaration-contradicted',
    scope: 'template',
    description: 'A flow declared `exclusive: true` uses data that no other flow of the project uses for another purpose.',
    source: 'GDPR Art. 5(1)(a)–(b) (fair and transparent processing, purpose limitation), Art. 13(1)(c); Cal. Civ. Code §1798.100(a)(1), (c); PIPL Art. 6, 7',
    severity: 'warning',
    messages: {
      contradicted: 'flow "{{flow}}" declares exclusive use of your {{dataLabel}} for {{purposeLabel}}, but template "{{template}}" (flow "{{otherFlow}}") also uses that data for {{otherLabel}}; the clause does not say "only" for it',
    },
  },
  check(ctx) {
    const flows = ctx.template.flows.filter((f) => f.exclusive);
    if (flows.length === 0 || !ctx.uses) return;
    const tax = ctx.catalog.taxonomy;
    const en = messageLocalizer(ctx.catalog);
    for (const flow of flows) {
      // One finding per other use, naming all the data it shares with the flow.
      const byUse = new Map<string, { use: { template: string; flow: string; purpose: string }; data: string[] }>();
      for (const data of flow.data) {
        const others = ctx.uses.otherPurposes(tax, data, flow.purpose);
        // The nearest other use: this template's own first, then the others in project order.
        const other = others.find((u) => u.template === ctx.template.id) ?? others[0];
        if (!other) continue;
        const key = `${other.template}|${other.flow}|${other.purpose}`;
        const entry = byUse.get(key) ?? { use: other, data: [] };
        entry.data.push(data);
        byUse.set(key, entry);
      }
      for (const { use, data } of byUse.values()) {
        const dataLabel = en.list(data.map((d) => en.label('data', d)));
        ctx.report({
          messageId: 'contradicted',
          data: {
            flow: flow.id,
            data,
            purpose: flow.purpose,
            template: use.template,
            otherFlow: use.flow,
            other: use.purpose,
            dataLabel,
            purposeLabel: en.label('purpose', flow.purpose),
            otherLabel: en.label('purpose', use.purpose),
          },
          pos: flow.pos ?? ctx.template.positions['flows'],
          fix: `Remove \`exclusive: true\` from flow "${flow.id}", or stop using the ${dataLabel} for ${en.label('purpose', use.purpose)} in template "${use.template}".`,
        });
      }
    }
  },
};
