import type { Rule } from '../check/rule.js';

/**
 * A template that keeps a consent record (an opt-in list: whom it may message, until they withdraw)
 * but declares no flow of its own discloses our keeping of that list nowhere: every flow it has is
 * one the channel implies (the processor, the messenger). The purpose, the storage and the period of
 * our own processing go unstated in every region (review 5 CN5-1, service_hours_notice).
 */
export const rule: Rule = {
  meta: {
    id: 'consent-record-flow-missing',
    scope: 'template',
    description: 'A template that keeps a consent record declares the flow for the data it keeps about the people who consented (purpose, storage, retention until withdrawal), not only the flows its channel implies.',
    source: 'PIPL Art. 17(1)(2) (purpose, method, categories and retention of the processing); 《网络数据安全管理条例》Art. 21(1)(2)-(3); GDPR Art. 13(1)(c) and 13(2)(a); review 5 CN5-1 (2026-12-06)',
    severity: 'warning',
    messages: {
      noOwnFlow: 'the template keeps a consent record ({{identifier}}) but declares no flow of its own: the data it keeps about who opted in, and for how long, is disclosed nowhere',
    },
  },
  check(ctx) {
    const t = ctx.template;
    if (!t.consent) return;
    const implied = new Set((ctx.catalog.channels.get(t.channel)?.implies ?? []).map((f) => f.id));
    if (t.flows.some((f) => !implied.has(f.id))) return;
    ctx.report({
      messageId: 'noOwnFlow',
      data: { identifier: t.consent.userIdentifier ?? 'no identifier recorded' },
      pos: t.positions['consent'] ?? t.consent.pos,
      fix: 'Declare the flow of the opt-in list: the identifier\'s data, the purpose the messages serve, legalBasis: consent, storage, and retention from consent_withdrawal (e.g. { value: 30, unit: day, from: consent_withdrawal }).',
    });
  },
};
