import type { Rule } from '../check/rule.js';
import type { TextField } from '../model/types.js';
import { posIn } from '../lint/text-pos.js';

const FIELDS: readonly TextField[] = ['body', 'header', 'footer'];

/** Blank lines between paragraphs, indented lines and trailing spaces in the message text. */
export const rule: Rule = {
  meta: {
    id: 'template-whitespace',
    scope: 'template',
    description: 'No more line breaks in a row than the channel allows (WhatsApp: two, i.e. one blank line between paragraphs), no lines indented with two or more spaces; trailing spaces are noted (info).',
    source: 'Meta WhatsApp template review: a body may not hold more than two consecutive newlines (one blank line between paragraphs is accepted: templates approved with it are in the measured corpus, eval/templates); parameter values may not hold new-line or tab characters or more than 4 consecutive spaces (Cloud API error 132018); rejection causes reported for template review (indentation of two or more spaces)',
    severity: 'error',
    messages: {
      blankLine: '{{breaks}} line breaks in a row in the {{field}}; {{channel}} templates allow {{limit}}',
      indent: 'a line of the {{field}} is indented with {{spaces}} spaces',
      trailing: 'trailing spaces at the end of a line of the {{field}}',
    },
  },
  check(ctx) {
    const t = ctx.template;
    const maxBreaks = ctx.catalog.channels.get(t.channel)?.limits['lineBreaks'];
    for (const field of FIELDS) {
      const text = t[field];
      if (text === undefined) continue;
      if (maxBreaks !== undefined) {
        for (const m of text.matchAll(/\n(?:[ \t]*\n)+/g)) {
          const breaks = m[0].split('\n').length - 1;
          if (breaks > maxBreaks) ctx.report({ messageId: 'blankLine', data: { field, breaks, limit: maxBreaks, channel: t.channel }, pos: posIn(t, field, m.index + 1), fix: 'Separate paragraphs with a single line break.' });
        }
      }
      for (const m of text.matchAll(/^( {2,}|\t+)(?=\S)/gm)) {
        ctx.report({ messageId: 'indent', data: { field, spaces: m[1]!.length }, pos: posIn(t, field, m.index + m[0].length), fix: 'Start the line at the margin.' });
      }
      for (const m of text.matchAll(/[ \t]+$/gm)) {
        // Meta approves templates with trailing spaces (measured corpus); worth tidying, not a review risk.
        ctx.report({ messageId: 'trailing', data: { field }, pos: posIn(t, field, m.index), severity: 'info', fix: 'Remove the spaces at the end of the line.' });
      }
    }
  },
};
