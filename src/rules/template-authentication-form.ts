import type { Rule } from '../check/rule.js';
import { isPresetAuthentication } from '../lint/authentication.js';

/**
 * AUTHENTICATION templates in the only form Meta takes: its preset text, no header, one
 * one-time-password button and nothing else. A custom body, a header, a "Not me" quick reply or a
 * link are what Meta refuses (or, for older templates, no longer sends).
 */
export const rule: Rule = {
  meta: {
    id: 'template-authentication-form',
    scope: 'template',
    description: 'An authentication template has Meta\'s preset body (no text of its own), no header, and one OTP button (copy code, one-tap or zero-tap) and no other button.',
    source: 'Meta WhatsApp authentication templates: "Fixed, non-customizable preset text", optional security disclaimer and expiration warning, "either a one-tap autofill button, a copy code button, or no button at all if using zero-tap"; "URLs, media, and emojis are not supported"; since 1 April 2024 an authentication template without an OTP button can no longer be sent (developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates and …/copy-code-button-authentication-templates, checked 2026-12-06)',
    severity: 'error',
    messages: {
      customBody: 'the body of this authentication template is text of its own; Meta takes only its preset text ("<code> is your verification code.")',
      header: 'an authentication template has no header',
      noOtpButton: 'an authentication template needs a one-time-password button (OTP: copy code, one-tap or zero-tap)',
      extraButton: 'the {{type}} button "{{text}}" is not allowed in an authentication template (only one OTP button)',
    },
  },
  check(ctx) {
    const t = ctx.template;
    if (t.category !== 'authentication') return;
    if (!isPresetAuthentication(t)) ctx.report({ messageId: 'customBody', pos: t.positions['body'], fix: 'Write the preset text "{{1}} is your verification code." (and let meta: body: add_security_recommendation add the security sentence); move anything else out of the message.' });
    const meta = t.meta as { header?: unknown } | undefined;
    if (t.header !== undefined || meta?.header !== undefined) ctx.report({ messageId: 'header', pos: t.positions['header'] ?? t.positions['meta'], fix: 'Remove the header.' });
    const otp = t.buttons.filter((b) => b.type === 'otp');
    if (otp.length === 0) ctx.report({ messageId: 'noOtpButton', pos: t.positions['buttons'] ?? t.positions['body'], fix: 'Add - { type: otp, text: Copy code }.' });
    for (const b of t.buttons) {
      if (b.type !== 'otp') ctx.report({ messageId: 'extraButton', data: { type: b.type, text: b.text ?? '' }, pos: b.pos, fix: 'Remove the button; Meta adds its own "I didn\'t request a code" button where it offers one.' });
    }
    otp.slice(1).forEach((b) => ctx.report({ messageId: 'extraButton', data: { type: 'second OTP', text: b.text ?? '' }, pos: b.pos }));
  },
};
