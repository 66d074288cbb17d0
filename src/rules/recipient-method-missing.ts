import type { Rule } from '../check/rule.js';
import { messageLocalizer } from '../render/describe-claim.js';

/**
 * A recipient that processes the data for its own purposes (another handler) declares no processing
 * method in the text's locale, where the region lists each recipient with its method (PIPL Art. 23,
 * 39; 《网络数据安全管理条例》第二十一条第二款). The clause writes none for it rather than invent one.
 * Entrusted processors need none: their method follows from our instructions (Art. 21).
 */
export const rule: Rule = {
  meta: {
    id: 'recipient-method-missing',
    scope: 'render',
    description: 'Every recipient processing for its own purposes that the region lists comes with its processing method.',
    source: 'PIPL Art. 23, 39 (name, contact, purpose, processing method and categories of the recipient); 《网络数据安全管理条例》Art. 21(2) (purposes, methods, categories and recipients, as a list)',
    severity: 'warning',
    messages: {
      missing: '{{region}} lists each recipient with its processing method ({{article}}); recipient {{recipient}} ({{place}}) in flow "{{flow}}" declares no processingMethod for {{locale}}, so its row states none',
    },
  },
  check(ctx) {
    if (!ctx.render || !ctx.region) return;
    const el = ctx.region.elements.find((e) => e.id === 'recipients') ?? ctx.region.elements.find((e) => e.snippet === 'recipient_list');
    for (const m of ctx.render.missingMethods ?? []) {
      const flow = ctx.template.flows.find((f) => f.id === m.flow);
      const r = flow?.recipients.find((x) => (x.name ?? x.type) === m.recipient);
      ctx.report({
        messageId: 'missing',
        data: { region: ctx.region.id, article: el?.article ?? 'PIPL Art. 23', recipient: m.recipient, place: messageLocalizer(ctx.catalog).country(m.place), placeCode: m.place, flow: m.flow, locale: ctx.render.locale },
        pos: r?.pos ?? flow?.pos ?? ctx.template.positions['flows'],
        fix: `Add \`processingMethod: { ${ctx.render.locale}: "…" }\` to the recipient: one sentence, in that language, on how the recipient itself processes the data (e.g. receives it electronically and uses it to …), as the recipient's terms say; never invented.`,
      });
    }
  },
};
