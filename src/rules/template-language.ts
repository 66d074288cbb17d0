import type { Rule } from '../check/rule.js';
import { isPresetAuthentication } from '../lint/authentication.js';
import { maskPlaceholders } from '../lint/mask-placeholders.js';

/** The script a language is written in, for the languages whose script is not Latin. */
const SCRIPTS: Record<string, { name: string; re: RegExp }> = {
  zh: { name: 'Chinese characters', re: /\p{Script=Han}/u },
  ja: { name: 'Japanese script', re: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u },
  ko: { name: 'Hangul', re: /\p{Script=Hangul}/u },
  ar: { name: 'Arabic script', re: /\p{Script=Arabic}/u },
  fa: { name: 'Arabic script', re: /\p{Script=Arabic}/u },
  ur: { name: 'Arabic script', re: /\p{Script=Arabic}/u },
  he: { name: 'Hebrew script', re: /\p{Script=Hebrew}/u },
  hi: { name: 'Devanagari', re: /\p{Script=Devanagari}/u },
  mr: { name: 'Devanagari', re: /\p{Script=Devanagari}/u },
  ne: { name: 'Devanagari', re: /\p{Script=Devanagari}/u },
  bn: { name: 'Bengali script', re: /\p{Script=Bengali}/u },
  ta: { name: 'Tamil script', re: /\p{Script=Tamil}/u },
  te: { name: 'Telugu script', re: /\p{Script=Telugu}/u },
  th: { name: 'Thai script', re: /\p{Script=Thai}/u },
  ru: { name: 'Cyrillic', re: /\p{Script=Cyrillic}/u },
  uk: { name: 'Cyrillic', re: /\p{Script=Cyrillic}/u },
  bg: { name: 'Cyrillic', re: /\p{Script=Cyrillic}/u },
  el: { name: 'Greek script', re: /\p{Script=Greek}/u },
};

/**
 * A body that is not written in the template's declared language, where the script shows it: a
 * zh_CN template with no Chinese character, a Latin-script language with a body in another script.
 */
export const rule: Rule = {
  meta: {
    id: 'template-language',
    scope: 'template',
    description: 'The body is written in the template\'s language as far as the script shows: a language written in its own script (Chinese, Arabic, Hindi, Thai …) has letters of that script; a Latin-script language has mostly Latin letters.',
    source: 'Meta WhatsApp template review: the language selected must match the content of the template (a template in another language than the one declared is rejected); rejection causes reported for template review ("language defined does not match content")',
    severity: 'error',
    messages: {
      script: 'the body of this {{language}} template has no {{script}}; Meta rejects a template whose text is not in its language',
      latin: 'the body of this {{language}} template is mostly in another script than Latin; Meta rejects a template whose text is not in its language',
    },
  },
  check(ctx) {
    const t = ctx.template;
    // Meta writes the preset authentication text in the template's language; ours is a stand-in.
    if (isPresetAuthentication(t)) return;
    const letters = (maskPlaceholders(t.body).match(/\p{L}/gu) ?? []).join('');
    if (letters.length < 4) return;
    const base = t.language.split('-')[0]!.toLowerCase();
    const script = SCRIPTS[base];
    if (script) {
      if (!script.re.test(letters)) ctx.report({ messageId: 'script', data: { language: t.language, script: script.name }, pos: t.positions['body'], fix: `Write the body in ${t.language}, or declare the language it is written in.` });
      return;
    }
    const latin = (letters.match(/\p{Script=Latin}/gu) ?? []).length;
    if (latin * 2 < letters.length) ctx.report({ messageId: 'latin', data: { language: t.language }, pos: t.positions['body'], fix: `Write the body in ${t.language}, or declare the language it is written in.` });
  },
};
