/**
 * Whether a policy people wrote shows a region element (src/rules/region-element-missing.ts), by what its
 * text says: not by the organization file's values (the policy may be another company's, or write the
 * name otherwise: "GmbH & Co. KG", "&amp;"), nor only by the reader's claims about the template's own data.
 *
 * - An element the profile finds by organization text (`detect.orgText`) is shown by the kind of thing the
 *   article asks for (`detect.written`): the controller named with a way to reach it (a `controller` cue, or
 *   an e-mail address, phone number or web address in the document); a data protection officer with a
 *   way to reach them (a `dpo` cue with an e-mail address or phone number in the same passage); a contact
 *   (any of those); the right to complain to the authority (a `complaint` or `authority` cue); a
 *   representative (a `representative` cue); a toll-free number; the two California links by their titles.
 * - An element found by claims (`detect.claims`) is shown by a claim of that action about any data, or by
 *   a section whose title is on the topic (the purposes or collection for `collect`/`use`, the recipients
 *   for `share`, retention for `retain`, transfers for `store`/`transfer`) with text under it; a transfer
 *   also by a transfer mechanism the policy names (`policy.mechanisms`).
 * - Cues (`detect.cue`) by the phrases of a clause disclose writes (locales/<lng>/reader.yaml `cues`) and those
 *   people write (`policy.cues`: "Art. 6 Abs. 1 lit. b DSGVO" is a legal basis); a way to withdraw also by a
 *   reply keyword of the channel or organization written as such ("Reply STOP to any offer");
 *   the rights also by a section on them with text ("5.1 Access and correction. You may ask to see …").
 * What the text does not show is reported as not found, not as absent: the reader knows only some of the
 * ways people write each element.
 */
import type { DocumentReview } from '../check/rule.js';
import type { Mention, ReadResult, Sentence } from '../claims/read-claims.js';
import { namedBefore } from './described-retention.js';
import { normalizeText } from '../claims/lexicon.js';
import { foldText } from '../util/fold-marks.js';
import { escapeRegExp } from '../util/escape-regexp.js';
import type { LocaleData } from '../load/locales.js';
import type { ElementDetect } from '../model/types.js';

export type WrittenKind = NonNullable<ElementDetect['written']>;

/** The policy as the rule sees it: its read text, the reader's result, its sections and its language. */
export interface WrittenPolicy {
  text: string;
  read: ReadResult;
  document: DocumentReview;
  locale: LocaleData;
  /** The reply keywords that stop the messages (the channel's `stopKeywords`, the organization's `replyKeywords`): "reply STOP" is a way to withdraw. */
  keywords?: readonly string[];
  /** The region's own places (its area, else its countries): data kept anywhere else are abroad. */
  area?: readonly string[];
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const WEB = /\bhttps?:\/\/[^\s<>"')]+|\bwww\.[^\s<>"')]+/g;
// A phone number: digits with spaces, dots, dashes or brackets between them, 8 digits or more; not a date.
const PHONE = /\+?\(?\d[\d\s().-]{6,}\d/g;
const DATE = /^\d{4}-\d{2}-\d{2}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;
const TOLL_FREE = /(?:^|[^\d])(?:\+?1[\s.-]?)?\(?8(?:00|88|77|66|55|44|33)\)?[\s.-]?\d{3}[\s.-]?\d{4}(?!\d)/;
/** How far from a cue (characters, either way, in one unit of the document) a way to reach the person it names still belongs to it. */
const NEAR = 240;

/** Offsets of the ways to reach someone the text gives: e-mail and web addresses, phone numbers. */
function meansAt(text: string): number[] {
  const at: number[] = [];
  for (const m of text.matchAll(EMAIL)) at.push(m.index);
  for (const m of text.matchAll(WEB)) at.push(m.index);
  for (const m of text.matchAll(PHONE)) {
    const s = m[0].trim();
    if ((s.match(/\d/g) ?? []).length >= 8 && !DATE.test(s)) at.push(m.index);
  }
  return at.sort((a, b) => a - b);
}

/**
 * Whether the policy's language spaces its words (not Thai or Simplified Chinese): a phrase is then
 * found as whole words only.
 */
const spacesWords = (p: WrittenPolicy): boolean => !['th', 'zh-CN'].includes(p.locale.lng);

/** A phrase of the locale as the text is compared: lower-cased, and folded for a policy typed without diacritics. */
function phraseNorm(p: WrittenPolicy, phrase: string): string {
  const n = normalizeText(phrase, p.locale.lng).norm;
  return p.locale.accentless ? foldText(n) : n;
}

/** A cue's phrases: those a clause disclose writes shows it by (`cues`) and those of policies people wrote (`policy.cues`). */
function cuePhrases(p: WrittenPolicy, id: string): string[] {
  return [...(p.locale.reader.cues[id] ?? []), ...(p.locale.reader.policy?.cues?.[id] ?? [])];
}

/** Offsets where a cue's phrases occur in the text (locales/<lng>/reader.yaml), as whole words where the script spaces them. */
function cueAt(p: WrittenPolicy, ids: readonly string[], norm: string): number[] {
  const out: number[] = [];
  const spaced = spacesWords(p);
  for (const id of ids) {
    for (const phrase of cuePhrases(p, id)) {
      const ph = phraseNorm(p, phrase);
      if (!ph) continue;
      for (let i = norm.indexOf(ph); i >= 0; i = norm.indexOf(ph, i + ph.length)) {
        if (spaced && (/\p{L}/u.test(norm.charAt(i - 1)) || /\p{L}/u.test(norm.charAt(i + ph.length)))) continue;
        out.push(i);
      }
    }
  }
  return out;
}

/**
 * The read text with the names the reader masked as written again (src/policy/names.ts maskNames joins a
 * name's words with U+02BC, or fills a Chinese or Thai one with it): the line as the document quotes it,
 * where that keeps its length, else the mark read as a space. Offsets stay the text's.
 */
function unmasked(p: WrittenPolicy): string {
  if (!p.text.includes('\u02bc')) return p.text;
  let at = 0;
  return p.text.split('\n').map((line) => {
    const from = at;
    at += line.length + 1;
    if (!line.includes('\u02bc')) return line;
    const quoted = p.document.quote(from, from + line.length);
    return quoted.length === line.length ? quoted : line.replace(/\u02bc/g, ' ');
  }).join('\n');
}

/**
 * The policy's text as the document writes it, offsets kept: the flow reader blanks what discloses no flow
 * (a sentence on anonymised data, a definition's line, the negation of an exceptions lead-in), and such a
 * sentence may be the element itself ("期限届满后，我们将删除或匿名化处理": what happens when the period
 * ends: NDSR 21(1)(3)); the element is read in the words a reviewer reads (folded like the read text where
 * the policy is typed without diacritics). Where the document gives no text of the same length, the read
 * text with its names unmasked.
 */
function asWritten(p: WrittenPolicy): string {
  const written = p.document.written(0, p.text.length);
  return written.length === p.text.length ? written : unmasked(p);
}

// Per policy read (one per template run), the text as written (names unmasked: "Autoriteit Persoonsgegevens"
// is a name to the claim reader, and the authority here), lower-cased, and where it gives ways to reach someone.
// Beside them, per read of the policy (its sentences and mentions), the answers of the sentence checks that
// search the whole text (rightsListed, consequenceOfNotGiving): writtenCue asks them again for each element.
interface Facts { norm: string; means: number[]; text: string; checks: WeakMap<ReadResult, Map<string, boolean>> }
const memo = new WeakMap<DocumentReview, Facts>();
function facts(p: WrittenPolicy): Facts {
  let f = memo.get(p.document);
  if (!f) {
    const text = asWritten(p);
    // A policy typed without diacritics is read with its locale's words folded: its text is folded too.
    const norm = normalizeText(text, p.locale.lng).norm;
    memo.set(p.document, (f = { text, norm: p.locale.accentless ? foldText(norm) : norm, means: meansAt(text), checks: new WeakMap() }));
  }
  return f;
}

/** A sentence check's answer for this read of the policy, worked out once. */
function checked(p: WrittenPolicy, name: string, check: () => boolean): boolean {
  const { checks } = facts(p);
  let byName = checks.get(p.read);
  if (!byName) checks.set(p.read, (byName = new Map()));
  let answer = byName.get(name);
  if (answer === undefined) byName.set(name, (answer = check()));
  return answer;
}

/** Whether the text shows what an organization-text element asks for (see the module's comment). */
export function writtenShows(kind: WrittenKind, p: WrittenPolicy): boolean {
  const { norm, means } = facts(p);
  // In the same paragraph, list item or table row (the document's unit), and close.
  const near = (ids: string[]) => cueAt(p, ids, norm).some((c) => means.some((m) => Math.abs(m - c) <= NEAR && p.document.ownAt(m) === p.document.ownAt(c)));
  switch (kind) {
    case 'controller':
      return means.length > 0 || cueAt(p, ['controller'], norm).length > 0;
    case 'dpo':
      return near(['dpo']);
    case 'contact':
      return means.length > 0;
    case 'authority':
      return writtenCue(['complaint', 'authority'], p);
    case 'representative':
      return cueAt(p, ['representative'], norm).length > 0;
    case 'tollFree':
      return TOLL_FREE.test(facts(p).text);
    case 'optOutLink':
      return cueAt(p, ['opt_out_link'], norm).length > 0;
    case 'limitLink':
      return cueAt(p, ['limit_sensitive_link'], norm).length > 0;
    case 'abroad':
      // Data provided outside the country (PIPL 38(1)): a transfer stated, as writtenStates reads one.
      return writtenStates(['transfer'], p);
  }
}

/** Whether the text has one of the cues, in the words of a clause disclose writes or of policies people wrote. */
export function writtenCue(ids: readonly string[], p: WrittenPolicy): boolean {
  if (ids.some((id) => p.read.cues.has(id)) || cueAt(p, ids, facts(p).norm).length > 0) return true;
  // The right to complain to the authority: the authority named ("you may also take it to the PDPC"), as
  // the `authority` kind of an organization-text element reads it; a policy names its authority for that.
  if (ids.includes('complaint') && cueAt(p, ['authority'], facts(p).norm).length > 0) return true;
  // A way to withdraw: a reply keyword as written, in capitals, a word of its own ("Reply STOP to any offer").
  if (ids.includes('withdraw') && (p.keywords ?? []).some((k) => k.length >= 3 && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(k)}(?![\\p{L}\\p{N}])`, 'u').test(facts(p).text))) return true;
  // A legal basis: the GDPR's articles on it cited, in any language ("Art. 6 Abs. 1 lit. b DSGVO", "art. 6.1.b
  // GDPR", "art. 9 ust. 2 lit. a RODO"), over a line break where the text is wrapped.
  if (ids.includes('legal_basis') && GDPR_BASIS.test(facts(p).text.replace(/\s+/g, ' '))) return true;
  // Consent as the basis: processing said to need the person's consent ("only with your consent", "without
  // your written consent": the locale's `policy.consentOnly`), or consent the person may withdraw (the
  // `withdraw` cue): the processing rests on it (GDPR 6(1)(a), PDPA (TH) s.19, UU PDP Pasal 20(2)(a), DPA (PH)
  // s.12(a), Law 91/2025 Điều 9).
  if (ids.includes('legal_basis') && (cueAt(p, ['withdraw'], facts(p).norm).length > 0 || ['withdraw'].some((id) => p.read.cues.has(id)) || consentOnlyAt(p))) return true;
  // What happens when the period ends (NDSR 21(1)(3)): data said to be deleted with the period or moment
  // that ends their keeping ("保存 24 小时后删除", "会员注销后30日内删除", "工单关闭后两年，Zendesk 删除该工单").
  if (ids.includes('retention_expiry') && deletedAtTheEnd(p)) return true;
  // The rights by what the person may do, however the heading reads ("Ce que vous pouvez demander": "consulter vos
  // données, d'en obtenir la correction ou la suppression …"; "ลูกค้าขอดูข้อมูลของตนหรือขอสำเนาได้ ให้แก้ไขหรือลบ").
  if (ids.includes('rights') && rightsListed(p)) return true;
  // Whether the data must be given, by what follows without them ("sans eux, la commande ne peut pas être expédiée",
  // "bez tych danych nie przyjmiemy zlecenia", "Tanpanya, kami tidak dapat mendaftarkan pelajar").
  if (ids.includes('requirement') && consequenceOfNotGiving(p)) return true;
  const topics = new Set(ids.flatMap((id) => (CUE_TOPICS[id] ? [CUE_TOPICS[id]] : [])));
  return topics.size > 0 && sectionText(p, topics);
}

/** What the person may do with their data, by the rights of GDPR 15-21 (the cues `right_<act>` of the locale's `policy.cues`). */
const RIGHT_ACTS = ['right_correct', 'right_erase', 'right_restrict', 'right_object', 'right_port'];

/** Offsets in `norm` where a word of the cue starts (a word start where the script spaces words: "rectif" is rectify and rectification). */
function startsAt(p: WrittenPolicy, id: string, norm: string, from: number, to: number): Array<{ at: number; end: number }> {
  const spaced = spacesWords(p);
  const out: Array<{ at: number; end: number }> = [];
  for (const phrase of cuePhrases(p, id)) {
    const ph = phraseNorm(p, phrase);
    if (!ph) continue;
    // Searched in the span only (not on to the end of the policy); the word start is tested on the whole text.
    const span = norm.slice(from, to);
    for (let j = span.indexOf(ph); j >= 0; j = span.indexOf(ph, j + ph.length)) {
      const i = from + j;
      if (spaced && /\p{L}/u.test(norm.charAt(i - 1))) continue;
      out.push({ at: i, end: i + ph.length });
    }
  }
  return out;
}

/**
 * Whether a sentence states the person's rights by what they may do: access to the data (seeing them, a copy)
 * and one more of correcting, erasing, restricting, objecting or taking them away, outside a section on
 * security ("only staff have access … and we delete …" is no right).
 */
function rightsListed(p: WrittenPolicy): boolean {
  const { norm } = facts(p);
  return checked(p, 'rights', () => p.read.sentences.some((s) => {
    if (p.document.titleTopicAt(s.start) === 'security') return false;
    if (!startsAt(p, 'right_access', norm, s.start, s.end).length) return false;
    return RIGHT_ACTS.some((id) => startsAt(p, id, norm, s.start, s.end).length > 0);
  }));
}

/**
 * Whether a sentence says what follows when the data are not given: "without" with a word for the data or
 * what refers back to them ("sans eux", "bez tych danych", "tanpanya", "if you do not provide"; the locale's
 * `policy.cues.without`), and a negation after it ("… ne peut pas …", "nie …", "tidak dapat …"); not consent
 * ("without your consent we do not …" is a condition of consent: the locale's `policy.consentOnly`, explicit
 * consent named), nor "sans cookie".
 */
function consequenceOfNotGiving(p: WrittenPolicy): boolean {
  const { norm } = facts(p);
  return checked(p, 'requirement', () => {
    const consent = (p.locale.reader.policy?.consentOnly ?? []).map((w) => phraseNorm(p, w)).filter(Boolean);
    return p.read.sentences.some((s) => {
      const at = startsAt(p, 'without', norm, s.start, s.end);
      if (!at.length) return false;
      const text = norm.slice(s.start, s.end);
      // Consent, however said ("Sans votre accord explicite, aucune information … ne sort"): a condition of consent.
      if (consent.some((c) => text.includes(c)) || s.mentions.some((m) => m.kind === 'mechanism' && m.value === 'explicit_consent')) return false;
      const negations = s.mentions.filter((m) => m.kind === 'negation');
      return at.some((w) => negations.some((n) => n.start >= w.end));
    });
  });
}

/** Whether the text says something is done only with, or never without, the person's consent (the locale's `policy.consentOnly`). */
function consentOnlyAt(p: WrittenPolicy): boolean {
  const norm = facts(p).norm;
  return (p.locale.reader.policy?.consentOnly ?? []).some((w) => {
    const ph = phraseNorm(p, w);
    return ph.length > 0 && norm.includes(ph);
  });
}

/** A citation of the GDPR's legal bases (Art. 6, Art. 9(2)) by its name in the EU's languages. */
const GDPR_BASIS = /\b(?:art(?:icle|ikel|ículo|icolo|ykuł|\.)?|artt?\.)\s*[69](?!\d)[^\n]{0,40}?\b(?:gdpr|dsgvo|ds-gvo|rgpd|avg|rodo|2016\/679)\b/iu;

/** Whether a sentence says data are deleted (the locale's deletion verbs) with a period, or in a retention section. */
function deletedAtTheEnd(p: WrittenPolicy): boolean {
  const deletion = (p.locale.reader.policy?.deletion ?? []).map((w) => phraseNorm(p, w)).filter(Boolean);
  if (!deletion.length) return false;
  const spaced = spacesWords(p);
  const has = (norm: string) => deletion.some((w) => (spaced ? new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'u').test(norm) : norm.includes(w)));
  return p.read.sentences.some((s) => s.durations.length > 0 && has(normalizeText(s.text, p.locale.lng).norm));
}

/** The section topics whose text shows a statement of each action (src/policy/sections.ts topics). */
const TOPICS: Partial<Record<NonNullable<ElementDetect['claims']>[number], string[]>> = {
  collect: ['purposes', 'collection'],
  use: ['purposes'],
  share: ['recipients'],
  retain: ['retention'],
  // Not `store`: a section on transfers need not say where the data are kept.
  transfer: ['transfers'],
};

/** The section topics whose text shows a cue (a section on the person's rights states them). */
const CUE_TOPICS: Record<string, string> = {
  rights: 'rights',
  // The categories of personal information collected (Cal. Civ. Code 1798.100(a)(1)): a section on what the
  // business collects lists them, whatever it calls them ("Contact details — name, phone …", a table of kinds).
  ccpa_categories: 'collection',
};

/**
 * Whether the text shows one of the actions: a claim about any data; a section on its topic with text; a
 * sentence with the action's verb (any data, any recipient: "Our SMS provider, Sinch Sweden AB, receives
 * your name"), for keeping only with a period or how long ("as long as the law requires"), for storing
 * only with a place ("our booking system is hosted in Germany", "servers in Frankfurt"); a transfer
 * mechanism named.
 */
export function writtenStates(actions: NonNullable<ElementDetect['claims']>, p: WrittenPolicy, own = false): boolean {
  // The business's own storage (`detect.own`) is read sentence by sentence below: a store claim of a policy
  // people wrote has no recipient where the sentence names the one that keeps the data ("disimpan oleh … Stripe").
  if (p.read.claims.some((c) => actions.includes(c.action as never) && !(own && c.action === 'store'))) return true;
  const topics = new Set(actions.flatMap((a) => TOPICS[a] ?? []));
  if (topics.size && sectionText(p, topics)) return true;
  const policy = p.locale.reader.policy;
  const lng = p.locale.lng;
  const phrases = (list: readonly string[] | undefined) => (list ?? []).map((w) => phraseNorm(p, w)).filter(Boolean);
  const facilities = phrases(policy?.facilities);
  const howLong = phrases([...(policy?.keptWhile ?? []), ...cuePhrases(p, 'statutory')]);
  const storing = phrases(cuePhrases(p, 'storage'));
  const outside = phrases([...(policy?.outside ?? []), ...(policy?.outsideWords ?? [])]);
  const area = new Set(p.area ?? []);
  const sentences = p.read.sentences;
  // What namedBefore asks of the document, the same for every sentence.
  const helpers = { kinds, ownAt: (at: number) => p.document.ownAt(at), isHeading: (at: number) => p.document.isHeading(at), ours: oursIn(p) };
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const verbs = new Set(sentence.mentions.flatMap((m) => (m.kind === 'action' ? [m.value] : [])));
    const place = sentence.mentions.some((m) => m.kind === 'place');
    // Someone other than the business in the sentence: a name, or a recipient other than the host of our own systems.
    const someoneElse = () => sentence.mentions.some((m) => m.kind === 'name' || (m.kind === 'recipient' && m.value !== HOSTING));
    // Normalized once a sentence, when a word list is first compared with it.
    let normed: string | undefined;
    const norm = () => (normed ??= normalizeText(sentence.text, lng).norm);
    for (const a of actions) {
      // A transfer: a mechanism named, or data said to go or be kept abroad ("… disimpan atau diproses di luar negara").
      if (a === 'transfer' && (sentence.mentions.some((m) => m.kind === 'mechanism') || (verbs.size > 0 && outside.some((w) => norm().includes(w))))) return true;
      // A transfer: data kept in a place outside the region ("Data ini disimpan oleh … Stripe, Inc., di Amerika
      // Syarikat", "Meta เก็บข้อความไว้ที่สหรัฐอเมริกา", "存储在美国的服务器上"): storage abroad is sending them there.
      if (a === 'transfer' && area.size > 0 && sentence.claims.some((c) => c.action === 'store' && !c.negated && c.place !== undefined && !area.has(c.place))) return true;
      if (a === 'store') {
        // Data kept in a place; ours only: no one else named in the sentence, nor in the one before it that a
        // sentence with no "we" refers back to ("… chuyển cho các đối tác của chúng tôi. Đơn vị này … lưu dữ liệu
        // trên máy chủ ở Đức"). The cheap test first.
        if (place && (verbs.has('store') || [...facilities, ...storing].some((f) => norm().includes(f))) && !(own && (someoneElse() || namedBefore(sentences, i, helpers)))) return true;
        continue;
      }
      if (!verbs.has(a)) continue;
      if (a === 'retain' && !(sentence.durations.length || howLong.some((w) => norm().includes(w)))) continue;
      return true;
    }
  }
  return false;
}

const kinds = (s: Sentence, k: Mention['kind']): Mention[] => s.mentions.filter((m) => m.kind === k);

/** Whether a sentence is the business's own: "we" or "our" in it (the locale's `policy.markers`, `possessives`); the words normalized and compiled once. */
function oursIn(p: WrittenPolicy): (s: Sentence) => boolean {
  const words = [...(p.locale.reader.policy?.markers ?? []), ...(p.locale.reader.policy?.possessives ?? [])].map((w) => phraseNorm(p, w)).filter(Boolean);
  const { norm } = facts(p);
  const whole = spacesWords(p) ? words.map((w) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'u')) : undefined;
  return (s) => {
    const text = norm.slice(s.start, s.end);
    return whole ? whole.some((re) => re.test(text)) : words.some((w) => text.includes(w));
  };
}

/** The category of a provider that hosts the business's own systems (as src/policy/own-storage.ts reads it). */
const HOSTING = 'recipient.service_provider.hosting';

/** Whether a line of body text (not a heading) sits under a title on one of the topics. */
function sectionText(p: WrittenPolicy, topics: Set<string>): boolean {
  const { text, document } = p;
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at);
    const stop = end < 0 ? text.length : end;
    const line = text.slice(at, stop);
    if ((line.match(/\p{L}/gu) ?? []).length >= 3) {
      const first = at + line.search(/\S/);
      const topic = document.titleTopicAt(first);
      if (topic && topics.has(topic) && !document.isHeading(first)) return true;
    }
    at = stop + 1;
  }
  return false;
}
