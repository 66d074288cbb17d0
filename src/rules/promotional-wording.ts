import type { Rule } from '../check/rule.js';
import type { SourcePos, TextField } from '../model/types.js';
import { listFor } from '../load/lint-words.js';
import { findTerms } from '../lint/find-terms.js';
import { maskPlaceholders, wordsOf } from '../lint/mask-placeholders.js';
import { posIn } from '../lint/text-pos.js';

const FIELDS: readonly TextField[] = ['body', 'header', 'footer'];

/** Below this many words, a MARKETING body made mostly of promotional words says nothing else. */
const SHORT_BODY_WORDS = 8;

/**
 * Promotional words in the template's own language. Promotion is what MARKETING templates are
 * for, so there only a body that is nothing but promotion is reported; in UTILITY and
 * AUTHENTICATION templates every promotional word is. Placeholders are never words
 * (`{{discount_code}}` is no "discount").
 */
export const rule: Rule = {
  meta: {
    id: 'promotional-wording',
    scope: 'template',
    description: 'Utility and authentication templates hold no promotional words (word lists per language: the template\'s own, never English in its place); a marketing template\'s body says more than promotional words; placeholders are not words.',
    source: 'Meta WhatsApp template categories (utility templates are non-promotional; "any templates that mix utility and marketing content will be classified as marketing"); Meta\'s rejection reason PROMOTIONAL; rejection causes reported for template review ("free", "discount", "limited time", "offer", "promotion")',
    severity: 'error',
    messages: {
      word: 'promotional word "{{word}}" in the {{where}} of a {{category}} template',
      density: 'promotional words make up {{percent}}% of the body ({{words}}); above {{limit}}% manual review is likely',
      onlyPromotion: 'the body of this marketing template is promotional words and little else ({{words}}); say what is offered, by whom, on which terms',
      noList: 'no promotional word list for {{language}}: promotional words were not checked',
    },
  },
  check(ctx) {
    const t = ctx.template;
    const list = listFor(ctx.catalog, t.language, (w) => w.promotional, { fallback: false });
    if (!list) {
      ctx.report({ messageId: 'noList', data: { language: t.language }, pos: t.positions['language'], severity: 'info', fix: `Add lint/${t.language}.yaml or locales/${t.language}/lint.yaml with its promotional words.` });
      return;
    }
    const options = { wordBoundaries: list.wordBoundaries };
    const body = maskPlaceholders(t.body);
    const matches = findTerms(body, list.value, options);
    if (t.category === 'marketing') {
      const words = wordsOf(t.body);
      const promo = matches.reduce((n, m) => n + (wordsOf(m.text).length || 1), 0);
      if (words.length > 0 && words.length < SHORT_BODY_WORDS && promo * 2 >= words.length) {
        ctx.report({ messageId: 'onlyPromotion', data: { words: [...new Set(matches.map((m) => m.text.toLowerCase()))].join(', ') }, pos: t.positions['body'], severity: 'warning', fix: 'Name the offer, its terms and the business, or send it as part of a fuller message.' });
      }
      return;
    }
    const report = (word: string, where: string, pos: SourcePos | undefined) =>
      ctx.report({ messageId: 'word', data: { word, where, category: t.category }, pos, fix: 'State only what the transaction needs, or make it a marketing template (with its own opt-in).' });
    for (const field of FIELDS) {
      const text = t[field];
      if (text === undefined) continue;
      for (const m of findTerms(maskPlaceholders(text), list.value, options)) report(text.slice(m.start, m.end), field, posIn(t, field, m.start));
    }
    for (const b of t.buttons) for (const m of findTerms(maskPlaceholders(b.text ?? ''), list.value, options)) report(m.text, `button "${b.text}"`, b.pos);
    const limit = ctx.catalog.channels.get(t.channel)?.limits['promotionalPercent'];
    if (limit === undefined || t.body.length === 0) return;
    const chars = matches.reduce((n, m) => n + (m.end - m.start), 0);
    const percent = (chars / t.body.length) * 100;
    if (percent > limit) {
      ctx.report({ messageId: 'density', data: { percent: Math.round(percent * 10) / 10, limit, words: [...new Set(matches.map((m) => m.text.toLowerCase()))].join(', ') }, pos: t.positions['body'], severity: 'warning' });
    }
  },
};
