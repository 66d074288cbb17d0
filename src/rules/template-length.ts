import type { Rule } from '../check/rule.js';
import { expandedBodyLength } from '../lint/expanded-body.js';
import { characterCount } from '../render/message-length.js';

/** Body, header, footer and buttons within the channel's limits (`channels/<id>.yaml` `limits`). */
export const rule: Rule = {
  meta: {
    id: 'template-length',
    scope: 'template',
    description: 'Body (with every variable at its maxLength), header, footer, button texts and the number of buttons fit the channel limits.',
    source: "Meta WhatsApp message templates, component reference: body at most 1024 characters, header and footer at most 60, button text at most 25, at most 10 buttons; SMS segments per 3GPP TS 23.038",
    severity: 'error',
    messages: {
      body: 'the body is {{length}} characters with every variable at its maximum length; the {{channel}} limit is {{limit}}',
      bodySegments: 'the body takes {{segments}} {{encoding}} segments with every variable at its maximum length; the {{channel}} limit is {{limit}}',
      header: 'the header is {{length}} characters; the {{channel}} limit is {{limit}}',
      footer: 'the footer is {{length}} characters; the {{channel}} limit is {{limit}}',
      buttonText: 'the button text "{{text}}" is {{length}} characters; the {{channel}} limit is {{limit}}',
      buttons: 'the template has {{count}} buttons; {{channel}} allows {{limit}}',
    },
  },
  check(ctx) {
    const t = ctx.template;
    const channel = ctx.catalog.channels.get(t.channel);
    if (!channel) return;
    const limits = channel.limits;
    const data = { channel: channel.id };
    // Measured, not built: with every variable at its maxLength a body can outgrow any string.
    const body = expandedBodyLength(t);
    if (channel.counting === 'sms-segments') {
      const len = body.sms;
      if (limits['segments'] !== undefined && len.segments > limits['segments']) {
        ctx.report({ messageId: 'bodySegments', data: { ...data, segments: len.segments, encoding: len.encoding, limit: limits['segments'] }, pos: t.positions['body'], fix: 'Shorten the body or the variables\' maxLength; a character outside GSM-7 makes every segment UCS-2 (70 characters).' });
      }
    } else if (limits['body'] !== undefined && body.characters > limits['body']) {
      ctx.report({ messageId: 'body', data: { ...data, length: body.characters, limit: limits['body'] }, pos: t.positions['body'], fix: 'Shorten the body or lower the variables\' maxLength.' });
    }
    if (t.header !== undefined && limits['header'] !== undefined && characterCount(t.header) > limits['header']) {
      ctx.report({ messageId: 'header', data: { ...data, length: characterCount(t.header), limit: limits['header'] }, pos: t.positions['header'] });
    }
    if (t.footer !== undefined && channel.counting === 'characters' && limits['footer'] !== undefined && characterCount(t.footer) > limits['footer']) {
      ctx.report({ messageId: 'footer', data: { ...data, length: characterCount(t.footer), limit: limits['footer'] }, pos: t.positions['footer'], fix: 'Shorten the footer, or remove it and let disclose generate one that fits.' });
    }
    if (limits['buttons'] !== undefined && t.buttons.length > limits['buttons']) {
      ctx.report({ messageId: 'buttons', data: { ...data, count: t.buttons.length, limit: limits['buttons'] }, pos: t.positions['buttons'] });
    }
    const buttonLimit = limits['button'];
    if (buttonLimit === undefined) return;
    for (const b of t.buttons) {
      const length = characterCount(b.text);
      if (length > buttonLimit) ctx.report({ messageId: 'buttonText', data: { ...data, text: b.text, length, limit: buttonLimit }, pos: b.pos });
    }
  },
};
