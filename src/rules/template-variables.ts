import type { Rule, RuleContext } from '../check/rule.js';
import { lintWords } from '../load/lint-words.js';
import { isGenericName, type GenericWords } from '../lint/generic-name.js';
import { templatePlaceholders } from '../lint/template-placeholders.js';
import { isPresetAuthentication } from '../lint/authentication.js';

/** The generic-name lists of English and of the template's language, together. */
function genericWords(ctx: RuleContext): GenericWords {
  const lists = [lintWords(ctx.catalog, 'en'), ctx.template.language === 'en' ? undefined : lintWords(ctx.catalog, ctx.template.language)];
  return {
    generic: lists.flatMap((w) => w?.variables?.generic ?? []),
    vague: lists.flatMap((w) => w?.variables?.vague ?? []),
  };
}

/** Variables declared and used alike, each with an example and a data source, none generic. */
export const rule: Rule = {
  meta: {
    id: 'template-variables',
    scope: 'template',
    description: 'Every variable used is declared and every declared one used; each has an example and a source binding and a name that says what it holds; the body stays within the channel\'s variable count.',
    source: 'Meta WhatsApp message templates (a parameter needs an example value); rejection causes reported for template review (variables not bound to a data source, generic placeholders, more than five variables)',
    severity: 'error',
    messages: {
      undeclared: 'the variable {{variable}} in the {{where}} is not declared under variables',
      unused: 'the variable {{variable}} is declared but not used',
      noExample: 'the variable {{variable}} has no example value',
      noSource: 'the variable {{variable}} is not bound to a data source',
      genericName: 'the variable name {{variable}} says nothing about what it holds',
      genericSource: 'the variable {{variable}} is bound to the generic source "{{source}}"',
      tooMany: 'the body uses {{count}} variables; more than {{limit}} invites manual review on {{channel}}',
    },
  },
  check(ctx) {
    const t = ctx.template;
    const used = templatePlaceholders(t);
    const declared = new Map(t.variables.map((v) => [v.name, v]));
    const reported = new Set<string>();
    for (const p of used) {
      const key = `${p.name}|${p.where}|${p.pos?.line}`;
      if (declared.has(p.name) || reported.has(key)) continue;
      reported.add(key);
      ctx.report({ messageId: 'undeclared', data: { variable: `{{${p.name}}}`, where: p.where }, pos: p.pos, fix: `Declare it: - { name: "${p.name}", source: …, maxLength: …, example: … }` });
    }
    const names = new Set(used.map((p) => p.name));
    const words = genericWords(ctx);
    for (const v of t.variables) {
      const variable = `{{${v.name}}}`;
      if (!names.has(v.name)) {
        ctx.report({ messageId: 'unused', data: { variable }, pos: v.pos, severity: 'warning', fix: 'Remove the declaration or use the variable.' });
        continue;
      }
      // Meta's preset authentication text carries no example: the code is filled in when sending.
      if ((v.example === undefined || v.example.trim() === '') && !isPresetAuthentication(t)) ctx.report({ messageId: 'noExample', data: { variable }, pos: v.pos, fix: 'Add example: with a realistic value.' });
      if (!/^\d+$/.test(v.name) && isGenericName(v.name, words)) ctx.report({ messageId: 'genericName', data: { variable }, pos: v.pos, fix: 'Name the field it holds, e.g. order_number.' });
      if (v.source === undefined || v.source.trim() === '') ctx.report({ messageId: 'noSource', data: { variable }, pos: v.pos, severity: 'warning', fix: 'Add source: naming the field it is filled from, e.g. order.number.' });
      else if (isGenericName(v.source, words)) ctx.report({ messageId: 'genericSource', data: { variable, source: v.source }, pos: v.pos, fix: 'Bind it to the field it is filled from, e.g. order.number.' });
    }
    const limit = ctx.catalog.channels.get(t.channel)?.limits['variables'];
    const inBody = new Set(used.filter((p) => p.where === 'body').map((p) => p.name));
    if (limit !== undefined && inBody.size > limit) {
      // Not a rule of Meta's: templates with more are approved (measured corpus); a note for the reviewer.
      ctx.report({ messageId: 'tooMany', data: { count: inBody.size, limit, channel: t.channel }, pos: t.positions['body'], severity: 'info', fix: 'Combine or drop variables.' });
    }
  },
};
