import type { Rule } from '../check/rule.js';
import { findPlaceholders, VALID_NAME } from '../lint/placeholders.js';
import { templatePlaceholders } from '../lint/template-placeholders.js';
import { posIn } from '../lint/text-pos.js';

/**
 * What may stand between the edge of the body and a parameter that is still "leading or trailing"
 * to Meta: white space and WhatsApp's formatting marks (*bold*, _italic_, ~strike~, ```mono```),
 * which are no text. Punctuation is text: Meta approved bodies ending "… on {{3}}." (measured corpus).
 */
const EDGE = /^[\s*_~`]*$/u;

/** How placeholders are written and placed: names, numbering, position in the body. */
export const rule: Rule = {
  meta: {
    id: 'template-variable-format',
    scope: 'template',
    description: 'Placeholders are {{1}}…{{n}} without gaps, in order, or lowercase names, never both; where the channel says so (`placement`), the body neither starts nor ends with one and none stand side by side; a header holds at most the channel\'s number of them.',
    source: 'Meta WhatsApp message templates: parameter format POSITIONAL ({{1}}, {{2}} …) or NAMED; "Leading or trailing params not allowed" (error 100, subcode 2388299: the first or last token of the body; punctuation after a parameter is text, formatting marks are not); parameters "placed next to each other (like {{1}}{{2}}) without text or punctuation between them" are rejected as INVALID_FORMAT (Meta\'s rejection_info); a text header takes at most one parameter; only URL buttons take a parameter',
    severity: 'error',
    messages: {
      invalidName: 'the placeholder {{variable}} is neither a number from 1 nor a lowercase name',
      mixed: 'the template mixes positional ({{positional}}) and named ({{named}}) placeholders',
      gap: 'the body numbers its placeholders {{numbers}}; {{missing}} is missing',
      order: 'the placeholder {{variable}} appears where {{previous}} is expected; number placeholders in reading order',
      leading: 'the body starts with the placeholder {{variable}}',
      trailing: 'the body ends with the placeholder {{variable}}',
      adjacent: 'the placeholders {{first}} and {{second}} stand side by side',
      headerVariables: 'the header holds {{count}} placeholders; {{channel}} allows {{limit}}',
      buttonText: 'the button "{{text}}" holds the placeholder {{variable}}; only a URL button takes a parameter (at the end of its URL)',
    },
  },
  check(ctx) {
    const t = ctx.template;
    const all = templatePlaceholders(t);
    for (const p of all) {
      if (!VALID_NAME.test(p.name)) ctx.report({ messageId: 'invalidName', data: { variable: `{{${p.name}}}` }, pos: p.pos, fix: 'Write {{1}}, {{2}} … or a lowercase name such as {{order_number}}.' });
    }
    const positional = all.find((p) => p.positional);
    const named = all.find((p) => !p.positional && VALID_NAME.test(p.name));
    if (positional && named) {
      const later = positional.start <= named.start && positional.where === named.where ? named : positional;
      ctx.report({ messageId: 'mixed', data: { positional: `{{${positional.name}}}`, named: `{{${named.name}}}` }, pos: later.pos, fix: 'Use one format throughout the template.' });
    }
    const body = findPlaceholders(t.body);
    const numbers = [...new Set(body.filter((p) => p.positional).map((p) => Number(p.name)))];
    const sorted = [...numbers].sort((a, b) => a - b);
    const missing = sorted.length ? Array.from({ length: sorted[sorted.length - 1]! }, (_, i) => i + 1).filter((n) => !numbers.includes(n)) : [];
    if (missing.length) {
      ctx.report({ messageId: 'gap', data: { numbers: sorted.map((n) => `{{${n}}}`).join(', '), missing: missing.map((n) => `{{${n}}}`).join(', ') }, pos: t.positions['body'], fix: 'Number the placeholders 1 to n without gaps.' });
    } else {
      const firstOut = numbers.findIndex((n, i) => n !== i + 1);
      if (firstOut >= 0) {
        const p = body.find((x) => x.positional && Number(x.name) === numbers[firstOut])!;
        ctx.report({ messageId: 'order', data: { variable: `{{${p.name}}}`, previous: `{{${firstOut + 1}}}` }, pos: posIn(t, 'body', p.start), fix: 'Number the placeholders in the order they appear.' });
      }
    }
    const placement = ctx.catalog.channels.get(t.channel)?.placement ?? {};
    if (placement.edgeVariables === false && t.category !== 'authentication' && body.length) {
      const first = body[0]!;
      const last = body[body.length - 1]!;
      if (EDGE.test(t.body.slice(0, first.start))) ctx.report({ messageId: 'leading', data: { variable: `{{${first.name}}}` }, pos: posIn(t, 'body', first.start), fix: 'Start the body with text, e.g. "Hello {{1}}".' });
      if (EDGE.test(t.body.slice(last.end))) ctx.report({ messageId: 'trailing', data: { variable: `{{${last.name}}}` }, pos: posIn(t, 'body', last.start), fix: 'End the body with text after the last placeholder.' });
    }
    for (let i = 1; placement.adjacentVariables === false && i < body.length; i++) {
      const a = body[i - 1]!;
      const b = body[i]!;
      if (t.body.slice(a.end, b.start).trim() === '') ctx.report({ messageId: 'adjacent', data: { first: `{{${a.name}}}`, second: `{{${b.name}}}` }, pos: posIn(t, 'body', b.start), fix: 'Put words between the placeholders, or merge them into one.' });
    }
    for (const b of t.buttons) {
      if (b.type === 'url' || b.type === 'copy_code') continue;
      for (const p of findPlaceholders(b.text ?? '')) ctx.report({ messageId: 'buttonText', data: { text: b.text, variable: `{{${p.name}}}` }, pos: b.pos, fix: 'Write the button text out; personalise the body instead.' });
    }
    const headerLimit = ctx.catalog.channels.get(t.channel)?.limits['headerVariables'];
    const inHeader = all.filter((p) => p.where === 'header').length;
    if (t.header !== undefined && headerLimit !== undefined && inHeader > headerLimit) {
      ctx.report({ messageId: 'headerVariables', data: { count: inHeader, limit: headerLimit, channel: t.channel }, pos: t.positions['header'] });
    }
  },
};
