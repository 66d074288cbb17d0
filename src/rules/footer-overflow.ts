import type { Rule } from '../check/rule.js';

/** No footer variant fits the channel's limit, or a hand-written footer is too long. */
export const rule: Rule = {
  meta: {
    id: 'footer-overflow',
    scope: 'render',
    description: 'The footer fits the channel: WhatsApp at most 60 characters and no variables; SMS within one segment.',
    source: 'Meta WhatsApp message templates: footer component at most 60 characters, no parameters; SMS segment sizes (3GPP TS 23.038)',
    severity: 'error',
    messages: {
      long: 'the {{variant}} footer is {{length}} {{unit}} long; the {{channel}} limit is {{limit}}',
      variable: 'the footer contains a variable ({{variable}}); {{channel}} footers cannot',
    },
  },
  check(ctx) {
    const f = ctx.render?.footer;
    if (!f) return;
    const pos = ctx.template.positions['footer.value'] ?? ctx.template.positions['body'];
    if (!f.fits) ctx.report({ messageId: 'long', data: { variant: f.variant, length: f.length, unit: f.unit, limit: f.limit, channel: ctx.template.channel }, pos, fix: 'Shorten the footer; disclose falls back to a reference-only footer when it generates one.' });
    const channel = ctx.catalog.channels.get(ctx.template.channel);
    const variable = /\{\{\s*[\w.]+\s*\}\}/.exec(f.text);
    if (variable && channel && !channel.footer.variables) ctx.report({ messageId: 'variable', data: { variable: variable[0], channel: channel.id }, pos });
  },
};
