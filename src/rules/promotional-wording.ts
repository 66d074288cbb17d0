import type { Rule } from '../check/rule.js';
import type { Category, SourcePos, TextField } from '../model/types.js';
import { listFor } from '../load/lint-words.js';
import { findTerms } from '../lint/find-terms.js';
import { posIn } from '../lint/text-pos.js';

/** Categories a reviewer reclassifies as marketing when they read promotional words. */
const NON_PROMOTIONAL: readonly Category[] = ['utility', 'authentication'];
const FIELDS: readonly TextField[] = ['body', 'header', 'footer'];

/** Promotional words (free, discount, limited time, offer …) in the template's language. */
export const rule: Rule = {
  meta: {
    id: 'promotional-wording',
    scope: 'template',
    description: 'Utility and authentication templates hold no promotional words; in any template, promotional words above the channel\'s share of the body\'s characters make manual review likely.',
    source: 'Meta WhatsApp template categories (promotional content belongs in marketing templates); rejection causes reported for template review ("free", "immediately", "discount", "limited time", "free trial", "offer", "promotion"; about 5% of the characters triggers manual review)',
    severity: 'error',
    messages: {
      word: 'promotional word "{{word}}" in the {{where}} of a {{category}} template',
      density: 'promotional words make up {{percent}}% of the body ({{words}}); above {{limit}}% manual review is likely',
    },
  },
  check(ctx) {
    const t = ctx.template;
    const list = listFor(ctx.catalog, t.language, (w) => w.promotional);
    if (!list) return;
    const options = { wordBoundaries: list.wordBoundaries };
    const data = list.fallback ? { list: list.lng } : {};
    if (NON_PROMOTIONAL.includes(t.category)) {
      const report = (word: string, where: string, pos: SourcePos | undefined) =>
        ctx.report({ messageId: 'word', data: { ...data, word, where, category: t.category }, pos, fix: 'State only what the transaction needs, or make it a marketing template (with its own opt-in).' });
      for (const field of FIELDS) {
        const text = t[field];
        if (text === undefined) continue;
        for (const m of findTerms(text, list.value, options)) report(m.text, field, posIn(t, field, m.start));
      }
      for (const b of t.buttons) for (const m of findTerms(b.text, list.value, options)) report(m.text, `button "${b.text}"`, b.pos);
    }
    const limit = ctx.catalog.channels.get(t.channel)?.limits['promotionalPercent'];
    if (limit === undefined || t.body.length === 0) return;
    const matches = findTerms(t.body, list.value, options);
    const chars = matches.reduce((n, m) => n + (m.end - m.start), 0);
    const percent = (chars / t.body.length) * 100;
    if (percent > limit) {
      ctx.report({ messageId: 'density', data: { ...data, percent: Math.round(percent * 10) / 10, limit, words: [...new Set(matches.map((m) => m.text.toLowerCase()))].join(', ') }, pos: t.positions['body'], severity: 'warning' });
    }
  },
};
