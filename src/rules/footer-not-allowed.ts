import path from 'node:path';
import type { Rule } from '../check/rule.js';

/**
 * A template whose category takes no footer text of ours on its channel (WhatsApp authentication
 * templates: Meta's preset text, expiry footer and OTP button only) gets no disclosure footer: this
 * says so, and where the notice is instead: the clause disclose writes, or, checked against a policy
 * (`check --policy`), that policy — its part the clause number names only where that part is there and
 * about the template's clause (a policy people wrote may have no §5.4, or a §5.4 on something else).
 */
export const rule: Rule = {
  meta: {
    id: 'footer-not-allowed',
    scope: 'render',
    description: 'A template category that takes no footer text of the business\'s own on its channel gets no disclosure footer; the notice is the clause, shown where the person asks for the message.',
    source: 'Meta WhatsApp authentication templates: fixed preset text, optional security recommendation, optional expiration footer (code_expiration_minutes), OTP button; "URLs, media, and emojis are not supported" (developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/authentication-templates, checked 2026-12-06); channels/<id>.yaml footer.notAllowedFor',
    severity: 'info',
    messages: {
      none: 'this {{category}} template on {{channel}} takes no footer text of our own, so no disclosure footer is written; the notice is {{notice}} only — show it (or a link to it) where the person asks for the message, e.g. the sign-in screen that sends the code',
    },
  },
  check(ctx) {
    const f = ctx.render?.footer;
    if (!f || f.variant !== 'none') return;
    const number = ctx.render?.clause.number;
    const clause = number ? `§${number}` : ctx.render!.clause.id;
    ctx.report({
      messageId: 'none',
      data: { category: ctx.template.category, channel: ctx.template.channel, clause, notice: notice(ctx, clause) },
      pos: ctx.template.positions['category'] ?? ctx.template.positions['body'],
      fix: 'Put the notice (or the privacy-policy link with the clause number) on the screen where the person requests the message; keep the clause in the privacy policy (disclose sync).',
    });
  },
};

/** Where the notice is: the clause disclose writes, or the policy checked, by the part of it that is the clause where it has one. */
function notice(ctx: Parameters<Rule['check']>[0], clause: string): string {
  const policy = ctx.policy;
  if (!policy) return `clause ${clause}`;
  const doc = policy.document;
  const file = path.basename(policy.file);
  // A policy people wrote, read as a whole: its part the number names counts only when it is there and about the clause.
  if (doc) return ctx.template.clause.number && !doc.unrelated && !doc.missingNumber ? `the privacy policy ${file} (its §${ctx.template.clause.number})` : `the privacy policy ${file}`;
  return policy.number ? `§${policy.number} of the privacy policy ${file}` : `the privacy policy ${file} (its clause ${policy.id})`;
}
