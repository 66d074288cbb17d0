import type { Rule } from '../check/rule.js';
import { messageLocalizer } from '../render/describe-claim.js';

/**
 * A recipient outside the region, in a region that must name each overseas recipient with its
 * contact (PIPL Art. 39), declares no contact of its own. Never filled with ours.
 */
export const rule: Rule = {
  meta: {
    id: 'recipient-contact-missing',
    scope: 'render',
    description: 'Every overseas recipient the region requires to be named comes with its own contact details.',
    source: 'PIPL Art. 39 (name and contact of the overseas recipient, purpose, method, categories, and how to exercise rights against it)',
    severity: 'error',
    messages: {
      missing: '{{region}} requires the contact of each overseas recipient ({{article}}); recipient {{recipient}} ({{place}}) in flow "{{flow}}" declares none',
    },
  },
  check(ctx) {
    if (!ctx.render || !ctx.region) return;
    const el = ctx.region.elements.find((e) => e.snippet === 'overseas_recipients');
    for (const m of ctx.render.missingContacts) {
      const flow = ctx.template.flows.find((f) => f.id === m.flow);
      const r = flow?.recipients.find((x) => (x.name ?? x.type) === m.recipient);
      ctx.report({
        messageId: 'missing',
        data: { region: ctx.region.id, article: el?.article ?? 'PIPL Art. 39', recipient: m.recipient, place: messageLocalizer(ctx.catalog).country(m.place), placeCode: m.place, flow: m.flow },
        pos: r?.pos ?? flow?.pos ?? ctx.template.positions['flows'],
        fix: `Add \`contact:\` to the recipient with its own contact point (an e-mail address, postal address or contact page); never ours.`,
      });
    }
  },
};
