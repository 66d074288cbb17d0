import type { Rule, RuleContext } from '../check/rule.js';
import type { SourcePos, TextField } from '../model/types.js';
import { findLinks, parseLink, type Link } from '../lint/links.js';
import { findPlaceholders } from '../lint/placeholders.js';
import { posIn } from '../lint/text-pos.js';
import { scriptLinks } from '../load/insecure-link.js';

const FIELDS: readonly TextField[] = ['body', 'header', 'footer'];

function checkLink(ctx: RuleContext, link: Link, pos: SourcePos | undefined, where: string): void {
  const data = { url: link.text, where };
  if (link.scheme === 'http') ctx.report({ messageId: 'http', data, pos, severity: 'warning', fix: 'Use https://.' });
  else if (link.scheme === 'none') {
    ctx.report({ messageId: link.host.toLowerCase().startsWith('www.') ? 'bareWww' : 'noScheme', data, pos, fix: `Write https://${link.text}.` });
  }
  if (link.host.includes('{{')) ctx.report({ messageId: 'variableInHost', data, pos, fix: 'Keep the domain fixed; put the variable at the end of the path.' });
  if (link.path.includes('//')) ctx.report({ messageId: 'doubleSlash', data, pos, fix: 'Remove the doubled slash from the path.' });
}

/** Links in the text and in URL buttons: https, a full domain, a clean path, a fixed host. */
export const rule: Rule = {
  meta: {
    id: 'template-links',
    scope: 'template',
    description: 'Links begin with https:// (http:// is a warning); no javascript:, vbscript:, data: or file: links; no bare www. domains, no doubled slashes in the path, no variable in the host; URL buttons hold one variable, at the end.',
    source: 'Meta WhatsApp message templates: URL buttons take one variable, appended to the end of the URL, and the example is the full URL with a sample value; rejection causes reported for template review (links without https://, bare www. domains, doubled slashes in the path)',
    severity: 'error',
    messages: {
      http: 'the link {{url}} in the {{where}} uses http://; use https://',
      scriptScheme: 'the {{where}} holds the script or data link {{url}}; links must be https://',
      bareWww: 'the link {{url}} in the {{where}} is a bare www. domain without https://',
      noScheme: 'the link {{url}} in the {{where}} has no https://',
      doubleSlash: 'the link {{url}} in the {{where}} has a doubled slash in its path',
      variableInHost: 'the link {{url}} in the {{where}} has a variable in its domain',
      buttonNoUrl: 'the URL button "{{text}}" has no url',
      buttonVariables: 'the URL button "{{text}}" has {{count}} variables; a URL button takes at most one, at the end',
      buttonVariablePosition: 'the variable of the URL button "{{text}}" is not at the end of the URL',
      buttonExample: 'the example {{example}} of the URL button "{{text}}" does not start with the URL\'s fixed part {{prefix}}',
    },
  },
  check(ctx) {
    const t = ctx.template;
    for (const field of FIELDS) {
      const text = t[field];
      if (text === undefined) continue;
      for (const link of findLinks(text)) checkLink(ctx, link, posIn(t, field, link.start), field);
      for (const link of scriptLinks(text)) ctx.report({ messageId: 'scriptScheme', data: { url: link.text, where: field }, pos: posIn(t, field, link.start), fix: 'Remove the link, or write the https:// address.' });
    }
    for (const b of t.buttons) {
      if (b.type !== 'url') continue;
      if (!b.url) {
        ctx.report({ messageId: 'buttonNoUrl', data: { text: b.text }, pos: b.pos });
        continue;
      }
      if (scriptLinks(b.url).length) {
        ctx.report({ messageId: 'scriptScheme', data: { url: b.url.trim(), where: `button "${b.text}"` }, pos: b.pos, fix: 'Write the https:// address.' });
        continue;
      }
      checkLink(ctx, parseLink(b.url.trim()), b.pos, `button "${b.text}"`);
      const vars = findPlaceholders(b.url);
      const kept = (b.meta as { example?: unknown } | undefined)?.example;
      const example = Array.isArray(kept) ? kept[0] : kept;
      if (vars.length && typeof example === 'string' && !example.startsWith(b.url.slice(0, vars[0]!.start))) {
        ctx.report({ messageId: 'buttonExample', data: { text: b.text, example, prefix: b.url.slice(0, vars[0]!.start) }, pos: b.pos, fix: 'Give the full URL with a sample value in place of the variable.' });
      }
      if (vars.length > 1) ctx.report({ messageId: 'buttonVariables', data: { text: b.text, count: vars.length }, pos: b.pos });
      else if (vars.length === 1 && vars[0]!.end !== b.url.trimEnd().length) ctx.report({ messageId: 'buttonVariablePosition', data: { text: b.text }, pos: b.pos });
    }
  },
};
