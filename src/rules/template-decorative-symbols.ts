import type { Rule } from '../check/rule.js';
import type { Category, SourcePos, TextField } from '../model/types.js';
import { findSymbols } from '../lint/symbols.js';
import { posIn } from '../lint/text-pos.js';

/**
 * Categories whose templates take no emoji or decorative symbols: authentication ("URLs, media,
 * and emojis are not supported"). Meta approves utility templates with emoji (measured corpus,
 * eval/templates), so they are not reported there.
 */
const PLAIN: readonly Category[] = ['authentication'];
const FIELDS: readonly TextField[] = ['body', 'header', 'footer'];

/** Emoji and decorative symbols (★ ♪ → ❗ 🔥 ✔️) in utility and authentication templates. */
export const rule: Rule = {
  meta: {
    id: 'template-decorative-symbols',
    scope: 'template',
    description: 'Authentication templates use no emoji, arrows, stars or dingbats; no template exceeds the channel\'s emoji limit.',
    source: 'Meta WhatsApp authentication templates: "URLs, media, and emojis are not supported" (developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates, checked 2026-12-06); Meta WhatsApp template review (a body may hold at most 10 emoji)',
    severity: 'error',
    messages: {
      symbol: 'decorative symbol "{{symbol}}" in the {{field}} of a {{category}} template',
      buttonSymbol: 'decorative symbol "{{symbol}}" in the button "{{text}}" of a {{category}} template',
      tooManyEmoji: 'the body holds {{count}} emoji; {{channel}} allows {{limit}}',
    },
  },
  check(ctx) {
    const t = ctx.template;
    const plain = PLAIN.includes(t.category);
    const seen = new Set<string>();
    const once = (symbol: string, pos: SourcePos | undefined) => {
      const key = `${symbol}|${pos?.line}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    for (const field of FIELDS) {
      const text = t[field];
      if (text === undefined) continue;
      const found = findSymbols(text);
      if (plain) {
        for (const s of found) {
          const pos = posIn(t, field, s.start);
          if (once(s.symbol, pos)) ctx.report({ messageId: 'symbol', data: { symbol: s.symbol, field, category: t.category }, pos, fix: 'Remove the symbol or write it out in words.' });
        }
      }
      const limit = ctx.catalog.channels.get(t.channel)?.limits['emoji'];
      const emoji = found.filter((s) => s.emoji).length;
      if (field === 'body' && limit !== undefined && emoji > limit) {
        ctx.report({ messageId: 'tooManyEmoji', data: { count: emoji, limit, channel: t.channel }, pos: t.positions['body'] });
      }
    }
    if (!plain) return;
    for (const b of t.buttons) {
      for (const s of findSymbols(b.text)) {
        if (once(s.symbol, b.pos)) ctx.report({ messageId: 'buttonSymbol', data: { symbol: s.symbol, text: b.text, category: t.category }, pos: b.pos });
      }
    }
  },
};
