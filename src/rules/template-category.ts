import type { Rule } from '../check/rule.js';
import type { SourcePos } from '../model/types.js';
import { listFor } from '../load/lint-words.js';
import { findTerms } from '../lint/find-terms.js';
import { maskPlaceholders } from '../lint/mask-placeholders.js';
import { posIn } from '../lint/text-pos.js';

/**
 * A one-time password or verification code sent outside AUTHENTICATION: an OTP button on a
 * utility or marketing template, or a body that says it carries such a code (word lists per
 * language, `authentication:` in lint.yaml).
 */
export const rule: Rule = {
  meta: {
    id: 'template-category',
    scope: 'template',
    description: 'A template that sends a one-time password or verification code (an OTP button, or words such as "verification code" in its language) is an AUTHENTICATION template.',
    source: 'Meta WhatsApp authentication templates: "If your mobile app offers users the option to receive one-time passwords or verification codes via WhatsApp, you must use an authentication template"; OTP buttons belong to authentication templates (developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates, checked 2026-12-06)',
    severity: 'error',
    messages: {
      codeOutsideAuthentication: 'this {{category}} template sends a verification code ({{evidence}}); Meta wants one-time passwords and verification codes in AUTHENTICATION templates',
    },
  },
  check(ctx) {
    const t = ctx.template;
    if (t.category === 'authentication') return;
    const report = (evidence: string, pos: SourcePos | undefined) =>
      ctx.report({ messageId: 'codeOutsideAuthentication', data: { category: t.category, evidence }, pos, fix: 'Make it an authentication template in Meta\'s preset form (docs/meta.md), or remove the code.' });
    const otp = t.buttons.find((b) => b.type === 'otp');
    if (otp) {
      report(`an OTP button "${otp.text ?? ''}"`, otp.pos);
      return;
    }
    const list = listFor(ctx.catalog, t.language, (w) => w.authentication, { fallback: false });
    if (!list) return;
    const [m] = findTerms(maskPlaceholders(t.body), list.value, { wordBoundaries: list.wordBoundaries });
    if (m) report(`"${t.body.slice(m.start, m.end)}"`, posIn(t, 'body', m.start));
  },
};
