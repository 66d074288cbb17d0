import type { Rule } from '../check/rule.js';

/**
 * A template whose category takes no footer text of ours on its channel (WhatsApp authentication
 * templates: Meta's preset text, expiry footer and OTP button only) gets no disclosure footer: this
 * says so, and where the notice is instead.
 */
export const rule: Rule = {
  meta: {
    id: 'footer-not-allowed',
    scope: 'render',
    description: 'A template category that takes no footer text of the business\'s own on its channel gets no disclosure footer; the notice is the clause, shown where the person asks for the message.',
    source: 'Meta WhatsApp authentication templates: fixed preset text, optional security recommendation, optional expiration footer (code_expiration_minutes), OTP button; "URLs, media, and emojis are not supported" (developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/authentication-templates, checked 2026-12-06); channels/<id>.yaml footer.notAllowedFor',
    severity: 'info',
    messages: {
      none: 'this {{category}} template on {{channel}} takes no footer text of our own, so no disclosure footer is written; the notice is clause {{clause}} only — show it (or a link to it) where the person asks for the message, e.g. the sign-in screen that sends the code',
    },
  },
  check(ctx) {
    const f = ctx.render?.footer;
    if (!f || f.variant !== 'none') return;
    const number = ctx.render?.clause.number;
    ctx.report({
      messageId: 'none',
      data: { category: ctx.template.category, channel: ctx.template.channel, clause: number ? `§${number}` : ctx.render!.clause.id },
      pos: ctx.template.positions['category'] ?? ctx.template.positions['body'],
      fix: 'Put the notice (or the privacy-policy link with the clause number) on the screen where the person requests the message; keep the clause in the privacy policy (disclose sync).',
    });
  },
};
