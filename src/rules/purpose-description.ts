import type { Rule } from '../check/rule.js';
import { listFor, type PurposeWords } from '../load/lint-words.js';
import { findTerms } from '../lint/find-terms.js';
import { posIn } from '../lint/text-pos.js';

/** The parts a purpose description names, each found through a word list of the template's language. */
const PARTS = [
  { list: 'trigger', messageId: 'noTrigger' },
  { list: 'content', messageId: 'noContent' },
  { list: 'recipient', messageId: 'noRecipient' },
] as const;

/** The template's purpose says what triggers it, what it holds and who gets it, with a concrete figure. */
export const rule: Rule = {
  meta: {
    id: 'purpose-description',
    scope: 'template',
    description: 'The purpose description is long enough, avoids generic phrases, and names the trigger, the content elements, who receives the message and at least one concrete parameter (a number, a time, a threshold, a user action).',
    source: 'Rejection causes reported for template review (unclear purpose: a description should exceed 25 characters, hold a concrete parameter and name trigger, content and recipient; "important notifications", "regular updates", "account activity" are rejected); Meta WhatsApp template categories (a utility template is triggered by a user action or transaction)',
    severity: 'warning',
    messages: {
      short: 'the purpose is {{length}} characters; describe it in at least {{limit}}',
      generic: 'the purpose uses the generic phrase "{{phrase}}"',
      noTrigger: 'the purpose does not say what triggers the message',
      noContent: 'the purpose does not name what the message contains',
      noRecipient: 'the purpose does not say who receives the message',
      noParameter: 'the purpose holds no concrete parameter (a number, a time, a threshold, a user action)',
      noList: 'no purpose word lists for {{language}}: trigger, content, recipient and generic phrases were not checked',
    },
  },
  check(ctx) {
    const t = ctx.template;
    const text = t.purpose;
    const pos = t.positions['purpose'];
    // Word lists come from the template's language only (issue 19: English lists read a Portuguese
    // purpose as saying nothing); the length limit may come from English.
    const pick = <K extends keyof PurposeWords>(key: K) => listFor(ctx.catalog, t.language, (w) => w.purpose?.[key] as PurposeWords[K] | undefined, { fallback: false });
    const min = listFor(ctx.catalog, t.language, (w) => w.purpose?.minLength);
    if (!pick('trigger')) ctx.report({ messageId: 'noList', data: { language: t.language }, pos, severity: 'info', fix: `Add purpose: word lists for ${t.language} (lint/${t.language}.yaml or locales/${t.language}/lint.yaml).` });
    const length = [...text.trim()].length;
    if (min?.value !== undefined && length < min.value) {
      ctx.report({ messageId: 'short', data: { length, limit: min.value }, pos, fix: 'Say when it is sent, what it contains and to whom, e.g. "When delivery is delayed more than 2 hours, send the customer the new estimate."' });
    }
    const generic = pick('generic');
    if (generic) {
      for (const m of findTerms(text, generic.value, { wordBoundaries: generic.wordBoundaries })) {
        ctx.report({ messageId: 'generic', data: { phrase: m.text }, pos: posIn(t, 'purpose', m.start), fix: 'Name the concrete event and content instead.' });
      }
    }
    for (const part of PARTS) {
      const list = pick(part.list);
      if (list && findTerms(text, list.value, { wordBoundaries: list.wordBoundaries }).length === 0) ctx.report({ messageId: part.messageId, pos });
    }
    const parameter = pick('parameter');
    const hasNumber = /\p{Nd}/u.test(text);
    if (parameter && !hasNumber && findTerms(text, parameter.value, { wordBoundaries: parameter.wordBoundaries }).length === 0) {
      ctx.report({ messageId: 'noParameter', pos, fix: 'Add a figure: a time ("within 1 hour"), a threshold ("more than 2 hours") or the user action that triggers it.' });
    }
  },
};
