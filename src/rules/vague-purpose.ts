import type { DocumentReview, Rule } from '../check/rule.js';
import type { ReadResult, Sentence } from '../claims/read-claims.js';
import type { LocaleData } from '../load/locales.js';
import { topicOf } from '../policy/sections.js';

/**
 * "To improve our services" and its equivalents: a purpose too broad to inform anyone. A phrase a
 * negation in its own clause denies ("Nous ne transmettons jamais vos données de santé à des fins
 * commerciales") states no purpose. In a policy (`check --policy`) the finding says "policy", not
 * "clause": a policy people wrote has no clause of ours.
 *
 * Nor does a phrase that names no use the policy claims (stop 27, RG; the stop-26 reviewer's audit of
 * the corpus runs found four such messages false): one in a condition that opens its sentence ("If we
 * want to use your data for other purposes, or …, we will ask for your consent first": a promise about
 * a use not made; `policy.conditions`, the clause running on past a comma only after an "or",
 * `policy.alternatives`); one that, with a verb of collecting, modifies data beside it ("other data
 * collected for other purposes": where those data came from); and one in a policy's section on
 * security, whose sentences say who inside may see the data ("we restrict access to employees who need
 * it to improve our services"), not what the data are used for; nor one in a heading, the title of its section.
 */
export const rule: Rule = {
  meta: {
    id: 'vague-purpose',
    scope: 'render',
    description: 'Purposes are specific to the business scenario; "to improve our services" and the like are findings in every locale.',
    source: 'GDPR Art. 5(1)(b), 13(1)(c) (specified purposes; WP29 Guidelines on transparency, para. 12); Cal. Civ. Code §1798.100(a)(1); PIPL Art. 6, 17',
    severity: 'warning',
    messages: {
      phrase: 'vague purpose "{{phrase}}" in the {{where}}',
      flow: 'flow "{{flow}}" declares the vague purpose {{purpose}}',
    },
  },
  check(ctx) {
    const where = ctx.policy?.document ? 'policy' : 'clause';
    const locale = ctx.policy?.locale ?? ctx.loc?.data;
    for (const v of ctx.clauseRead?.vague ?? []) {
      // The phrase's sentence, looked up once for the tests below.
      const s = ctx.clauseRead && sentenceAt(ctx.clauseRead, v.start);
      if (ctx.clauseRead && denied(s, v.start, ctx.clauseText ?? '')) continue;
      if (ctx.clauseRead && locale && conditional(ctx.clauseRead, s, v.start, ctx.clauseText ?? '', locale, ctx.policy?.document)) continue;
      if (ctx.clauseRead && modifiesData(s, v.start, v.start + v.phrase.length, ctx.clauseText ?? '')) continue;
      if (ctx.policy?.document && ctx.clauseRead && onSecurity(ctx.policy.document, s, v.start, locale)) continue;
      // A heading names what its section is about ("Who receives data for ordinary business purposes", the CCPA's term).
      if (ctx.policy?.document?.isHeading(v.start)) continue;
      ctx.report({ messageId: 'phrase', data: { phrase: v.phrase, where }, pos: ctx.clausePos(v.start), fix: 'Name the concrete purpose (e.g. "order delivery", "fraud checks on card payments").' });
    }
    for (const v of ctx.footerRead?.vague ?? []) {
      if (ctx.footerRead && denied(sentenceAt(ctx.footerRead, v.start), v.start, ctx.render?.footer.text ?? '')) continue;
      ctx.report({ messageId: 'phrase', data: { phrase: v.phrase, where: 'footer' }, pos: ctx.template.positions['footer.value'], fix: 'Name the concrete purpose.' });
    }
    for (const flow of ctx.template.flows) {
      if (ctx.catalog.taxonomy.purpose.get(flow.purpose)?.vague) {
        ctx.report({ messageId: 'flow', data: { flow: flow.id, purpose: flow.purpose }, pos: flow.pos, fix: 'Choose a specific purpose from taxonomy/purposes.yaml.' });
      }
    }
  },
};

// What ends a clause: a negation before one of these does not reach the phrase after it.
const CLAUSE_END = /[,;:，；：、]/;

/**
 * Whether a negation of the phrase's sentence stands before it in its clause, with no second verb between
 * ("we never share it for commercial purposes"; not "we do not sell it and use it to improve our services").
 */
function denied(s: Sentence | undefined, at: number, text: string): boolean {
  if (!s) return false;
  return s.mentions.some((m) => m.kind === 'negation' && m.end <= at && !CLAUSE_END.test(text.slice(m.end, at)) && s.mentions.filter((a) => a.kind === 'action' && a.start >= m.end && a.end <= at).length <= 1);
}

/** The sentence of the read text that holds offset `at`. */
const sentenceAt = (read: ReadResult, at: number): Sentence | undefined => read.sentences.find((x) => x.start <= at && at < x.end);

/** A word of `words` in `text` at `at`, as a whole word where the language spaces its words. */
function wordsIn(text: string, words: readonly string[], lng: string): Array<{ start: number; end: number }> {
  const low = text.toLocaleLowerCase(lng);
  const out: Array<{ start: number; end: number }> = [];
  for (const w of words) {
    const word = w.toLocaleLowerCase(lng);
    if (!word) continue;
    for (let i = low.indexOf(word); i >= 0; i = low.indexOf(word, i + 1)) {
      const before = low[i - 1] ?? ' ';
      const after = low[i + word.length] ?? ' ';
      const spaced = /[\p{L}\p{N}]/u;
      if (/^[\p{Script=Han}\p{Script=Thai}]/u.test(word) || (!spaced.test(before) && !spaced.test(after))) out.push({ start: i, end: i + word.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether the phrase stands in a condition that opens its sentence, before the main clause: a word of
 * `policy.conditions` before it, and every clause break between them followed by a word of
 * `policy.alternatives` ("若我们将信息用于…, 或者…用于其他目的, 均会事先获得您的同意").
 */
function conditional(read: ReadResult, s: Sentence | undefined, at: number, text: string, locale: LocaleData, doc: DocumentReview | undefined): boolean {
  const words = locale.reader.policy?.conditions ?? [];
  if (!words.length) return false;
  if (!s) return false;
  const lng = locale.lng;
  const head = text.slice(doc ? openedAt(read, s, text, doc) : s.start, at);
  // It opens the sentence: before it only a number, a bullet or one word ("4.2若我们…", "However, if we …").
  const open = wordsIn(head, words, lng).find((c) => {
    const before = head.slice(0, c.start).replace(/^[\s\d.)(\]\[*•-]+/u, '');
    return before.trim().split(/\s+/u).filter(Boolean).length <= 1 && before.length <= 12;
  });
  if (!open) return false;
  const alternatives = locale.reader.policy?.alternatives ?? [];
  const rest = head.slice(open.end);
  for (const m of rest.matchAll(new RegExp(CLAUSE_END.source, 'gu'))) {
    const after = rest.slice(m.index! + 1).trimStart();
    if (!wordsIn(after, alternatives, lng).some((w) => w.start === 0)) return false;
  }
  return true;
}

/**
 * Where the sentence begins: at its own start, or, when the text before it is a sentence left open (a
 * paragraph broken inside a sentence: "…如果我们要将您" / "的个人信息用于…"; no heading), at that one's start.
 */
function openedAt(read: ReadResult, s: Sentence, text: string, doc: DocumentReview): number {
  const before = read.sentences.filter((x) => x.end <= s.start).at(-1);
  if (!before || doc.isHeading(before.start) || doc.isHeading(s.start) || text.slice(before.end, s.start).trim() || SENTENCE_END.test(text.slice(before.start, before.end).trimEnd())) return s.start;
  return before.start;
}

const SENTENCE_END = /[.!?。！？:：;；]$/u;

/**
 * Whether the phrase, with a verb of collecting beside it, modifies data named right beside them ("other
 * data collected for other purposes", "für andere Zwecke erhobene Daten"): it says where those data came
 * from, not what the policy uses them for. Only a short word (a preposition) may stand between.
 */
function modifiesData(s: Sentence | undefined, start: number, end: number, text: string): boolean {
  if (!s) return false;
  const near = (a: number, b: number) => a <= b && /^\s*(\S{1,4}\s*)?$/u.test(text.slice(a, b));
  // Before the participle only a space: "für andere Zwecke erhobene Daten"; a word between is a subject
  // ("for improving our services we process your e-mail address": the purpose of the main clause).
  const adjacent = (a: number, b: number) => a <= b && /^\s*$/u.test(text.slice(a, b));
  const collects = s.mentions.filter((m) => m.kind === 'action' && m.value === 'collect');
  const data = s.mentions.filter((m) => m.kind === 'data');
  return collects.some((c) => (near(c.end, start) && data.some((d) => near(d.end, c.start))) || (adjacent(end, c.start) && data.some((d) => near(c.end, d.start))));
}

/**
 * Whether the phrase sits in the policy's section on security: its heading's title, or the lead-in its list
 * item is read after ("6. Information Security" / "* We restrict access …"), says so.
 */
function onSecurity(doc: DocumentReview, s: Sentence | undefined, at: number, locale: LocaleData | undefined): boolean {
  if (doc.titleTopicAt(at) === 'security') return true;
  const own = doc.ownAt(at);
  return !!s && s.start < own && topicOf(doc.written(s.start, own), locale?.reader.policy) === 'security';
}
