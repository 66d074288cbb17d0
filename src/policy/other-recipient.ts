/**
 * Another party named for a flow's recipient (issue 18): "We give your name, address and phone
 * number to our courier Parcelink Express" against a courier flow that declares SwiftShip
 * Logistics. The policy tells who plays the role (a courier) but names a different party for it;
 * unless it also names the declared recipient somewhere, a reviewer reads the flow as disclosed at
 * best in broader terms (PoliCheck's vague: the role is said, the recipient is not), never clear.
 *
 * A name is found right beside a mention of the role in a sentence that discloses the flow: after
 * it ("our courier Parcelink Express", "unser Paketdienst DHL", "快递服务商中国邮政…", "Syarikat kurier
 * kami, Parcelink") or before it with a comma, bracket or dash between ("Parcelink Express (courier)",
 * "Parcelink Express, our courier,"). A name is a run of capitalised words none of which is one of
 * the reader's words or a function word (German capitalises every noun: "Ihre Adresse" is no name),
 * or, in a script without spaces, a name src/policy/names.ts finds there. A name that is, or shares
 * its first word with, any recipient the template declares ("Meta" for "Meta Platforms Ireland
 * Limited") is no other party.
 */
import type { Mention, Sentence } from '../claims/read-claims.js';
import { lexiconFor } from '../claims/read-claims.js';
import { normalize, wordMap } from '../claims/lexicon.js';
import type { LocaleData } from '../load/locales.js';
import type { Flow } from '../model/types.js';
import { covers } from '../load/taxonomy.js';
import { escapeRegExp } from '../util/escape-regexp.js';
import { coreName, organizationNames } from './names.js';

export interface OtherRecipient {
  sentence: Sentence;
  /** The name the policy gives, as written. */
  named: string;
  /** The name the flow declares for that recipient. */
  declared: string;
}

export interface OtherRecipientHelpers {
  /** The document's text between two offsets, as written (names unmasked). */
  quote(start: number, end: number): string;
  ownAt(offset: number): number;
  isHeading(offset: number): boolean;
  kinds(s: Sentence, k: Mention['kind']): Mention[];
  tax: Parameters<typeof covers>[0];
  locale: LocaleData;
  /** Every recipient name the template declares, in any flow: none of them is another party. */
  names: readonly string[];
  /** Whether a sentence discloses the flow on this aspect (its claims cover some of the flow's, exactly or vaguely). */
  discloses(s: Sentence): boolean;
}

const LEGAL = /^(?:inc|incorporated|ltd|limited|llc|gmbh|ag|sa|srl|bv|nv|pte|plc|corp|corporation|co|se|kg|ohg|tbk|bhd|sdn|spa|s\.?p\.?a|sp\.?\s?z\.?\s?o\.?\s?o)\.?$/i;
const CONNECTOR = /^(?:&|and|und|of|de|do|da|del|la|y|e|für|von|van|en|et)$/;
const TOKEN = /[\p{L}\p{M}\p{N}&'’.-]+/uy;

/** Words of a name, without its legal form, lower case, of three letters or more. */
function nameWords(name: string): string[] {
  return coreName(name)
    .split(/[\s\u02bc,]+/)
    .filter((w) => w.length >= 3);
}

/** Whether two names are one party: one holds the other, or they start with the same word ("Meta", "Meta Platforms Ireland Limited"). */
export function sameParty(a: string, b: string): boolean {
  const ca = coreName(a).replace(/\u02bc/g, ' ');
  const cb = coreName(b).replace(/\u02bc/g, ' ');
  if (!ca || !cb) return false;
  if (ca.includes(cb) || cb.includes(ca)) return true;
  const [fa] = nameWords(a);
  const [fb] = nameWords(b);
  return !!fa && fa === fb;
}

export function otherRecipient(flow: Flow, sentences: readonly Sentence[], h: OtherRecipientHelpers): OtherRecipient | undefined {
  const declared = flow.recipients.filter((r) => r.name);
  if (!declared.length) return undefined;
  const text = sentences.map((s) => s.text.replace(/\u02bc/g, ' ')).join('\n');
  // A declared recipient the policy names anywhere (in full, without its legal form, or by its first word) is disclosed by name.
  const namedInPolicy = (name: string) => {
    const words = [coreName(name), ...nameWords(name).slice(0, 1).filter((w) => w.length >= 4)];
    return words.some((w) => w && new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(w)}([^\\p{L}\\p{N}]|$)`, 'u').test(text));
  };
  const unnamed = declared.filter((r) => !namedInPolicy(r.name!));
  if (!unnamed.length) return undefined;
  const finder = nameFinder(h.locale);
  const owner = ownerName(sentences, h, finder);
  for (const s of sentences) {
    if (h.isHeading(s.start) || !h.discloses(s)) continue;
    const own = h.ownAt(s.start);
    for (const m of h.kinds(s, 'recipient')) {
      if (m.start < own) continue;
      // The role as specific as the recipient's, or more ("courier" for a courier; not "service providers").
      const r = unnamed.find((x) => covers(h.tax, 'recipient', x.type, m.value));
      if (!r) continue;
      const named = finder.after(h.quote(m.end, s.end)) ?? finder.before(h.quote(own, m.start));
      if (!named || h.names.some((n) => sameParty(n, named)) || (owner && sameParty(owner, named))) continue;
      return { sentence: s, named, declared: r.name! };
    }
  }
  return undefined;
}

/**
 * A party named, with no role, as the one that gets the flow's data: "We hand your name, address
 * and phone number to Parcelink Express" against a courier flow declaring SwiftShip Logistics. The
 * flow stays omitted (the policy says nothing of its recipient's role), and the finding names the
 * other party. The sentence shares or transfers, denies nothing, names the flow's data and no
 * recipient type; the name is the first run of capitalised words after the verb (in German, where
 * every noun is capitalised, only a run of two or more words, or one written in capitals or with a
 * capital inside: "DHL", "PostNL").
 */
export function namedInstead(flow: Flow, sentences: readonly Sentence[], h: OtherRecipientHelpers & { coversFlowData(s: Sentence): boolean }): OtherRecipient | undefined {
  const declared = flow.recipients.find((r) => r.name);
  if (!declared) return undefined;
  const finder = nameFinder(h.locale);
  const owner = ownerName(sentences, h, finder);
  const nouns = (h.locale.reader.policy as { capitalisedNouns?: boolean } | undefined)?.capitalisedNouns === true;
  for (const s of sentences) {
    if (h.isHeading(s.start) || h.kinds(s, 'negation').length || h.kinds(s, 'recipient').length || h.kinds(s, 'name').length) continue;
    const verb = h.kinds(s, 'action').find((a) => a.value === 'share' || a.value === 'transfer');
    if (!verb || !h.kinds(s, 'data').length || !h.coversFlowData(s)) continue;
    // A name with a possessive is whose data they are, not who gets them ("PayFast may share a User's contact
    // information with other registered Users": the Users, not "User's"; stop 27, RG).
    const named = finder.first(h.quote(Math.max(verb.end, h.ownAt(s.start)), s.end).replace(/[\p{Lu}][\p{L}\p{N}]*['’]s(?![\p{L}])/gu, (m) => ' '.repeat(m.length)));
    if (!named || h.names.some((n) => sameParty(n, named)) || (owner && sameParty(owner, named))) continue;
    if (nouns && !/\s/.test(named) && !/^\p{Lu}{2,}$|^\p{Lu}\p{Ll}+\p{Lu}/u.test(named)) continue;
    return { sentence: s, named, declared: declared.name! };
  }
  return undefined;
}

/**
 * The name in the policy's title, its first heading ("Zalora Personal Data Protection Policy"): the
 * company whose policy it is, never another party for the flow's recipient ("operational services to
 * Zalora, such as courier services" named Zalora as the courier; stop 26 reviewer's audit, corpus zalora).
 */
function ownerName(sentences: readonly Sentence[], h: Pick<OtherRecipientHelpers, 'isHeading' | 'quote'>, finder: NameFinder): string | undefined {
  const title = sentences.find((s) => h.isHeading(s.start));
  return title ? finder.first(h.quote(title.start, title.end)) : undefined;
}

interface NameFinder {
  /** The first name anywhere in `text`, if any. */
  first(text: string): string | undefined;
  /** The name that opens `text` (after separators and up to two function words), if any. */
  after(text: string): string | undefined;
  /** The name that ends `text` before a comma, bracket or dash (and up to two function words), if any. */
  before(text: string): string | undefined;
}

function nameFinder(locale: LocaleData): NameFinder {
  const lex = lexiconFor(locale, true);
  const functionWords = new Set((locale.reader.policy?.functionWords ?? []).map((w) => w.toLocaleLowerCase(locale.lng)));
  const low = (w: string) => w.toLocaleLowerCase(locale.lng);
  // One of the reader's words (a data word, a recipient type, a verb, a country …), or a compound ending in one: no name.
  const readerWord = (w: string) => {
    const norm = normalize(w, locale.lng);
    const map = wordMap(norm);
    const hit = lex.longestAt(norm, 0, map);
    if (hit && hit.end === norm.length && hit.entries.some((e) => e.kind !== 'literal' && e.kind !== 'name')) return true;
    return lex.headAt(norm, 0, map) === norm.length;
  };
  const nameToken = (w: string, first: boolean) => {
    const bare = w.replace(/[.’']+$/, '');
    if (!bare || !/^[\p{Lu}\p{N}]/u.test(bare) || (first && !/^\p{Lu}/u.test(bare))) return false;
    if (LEGAL.test(bare)) return !first;
    return !functionWords.has(low(bare)) && !readerWord(bare);
  };
  /** The name made of `words` from their start: capitalised words, connectors between, a legal form at the end. */
  const take = (words: string[]): string[] => {
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (nameToken(w, out.length === 0)) out.push(w);
      else if (out.length && CONNECTOR.test(low(w)) && words[i + 1] && nameToken(words[i + 1]!, false)) out.push(w);
      else break;
    }
    while (out.length && CONNECTOR.test(low(out[out.length - 1]!))) out.pop();
    // A full stop after the last word ends the sentence, unless the word is a legal form ("Inc.").
    const last = out[out.length - 1];
    if (last && /[.’']$/.test(last) && !LEGAL.test(last)) out[out.length - 1] = last.replace(/[.’']+$/, '');
    return out;
  };
  const words = (text: string): string[] => {
    const out: string[] = [];
    for (let i = 0; i < text.length; ) {
      TOKEN.lastIndex = i;
      const t = TOKEN.exec(text);
      if (t) {
        out.push(t[0]);
        i += t[0].length;
      } else {
        const ch = text[i]!;
        if (!/\s/u.test(ch)) out.push(ch);
        i++;
      }
    }
    return out;
  };
  const SEPARATOR = /^[,(:–—-]$/;
  const spaced = lex.spaced;
  return {
    first(text) {
      const ws = words(text);
      for (let i = 0; i < ws.length; i++) {
        if (!nameToken(ws[i]!, true)) continue;
        const name = take(ws.slice(i));
        if (name.length) return name.join(' ');
      }
      return undefined;
    },
    after(text) {
      let rest = text;
      if (!spaced) rest = rest.replace(/^[\s\p{P}]*/u, '');
      // A name the reader finds as one ("India Post", "中国邮政…"), after separators and function words only.
      const span = organizationNames(rest, locale).find(([s]) => words(rest.slice(0, s)).every((w) => SEPARATOR.test(w) || functionWords.has(low(w))));
      if (span && words(rest.slice(0, span[0])).length <= 3) return rest.slice(span[0], span[1]);
      const ws = words(rest);
      let i = 0;
      let skipped = 0;
      while (i < ws.length && skipped < 3 && (SEPARATOR.test(ws[i]!) || (functionWords.has(low(ws[i]!)) && !/^\p{Lu}/u.test(ws[i]!)))) {
        i++;
        skipped++;
      }
      const name = take(ws.slice(i));
      return name.length ? name.join(' ').replace(/ ,/g, ',') : undefined;
    },
    before(text) {
      const ws = words(text);
      let j = ws.length;
      let separator = false;
      while (j > 0 && (SEPARATOR.test(ws[j - 1]!) || functionWords.has(low(ws[j - 1]!)))) {
        if (SEPARATOR.test(ws[j - 1]!)) separator = true;
        j--;
      }
      if (!separator) return undefined;
      // The longest run of name words that ends at j.
      let k = j;
      while (k > 0 && (nameToken(ws[k - 1]!, false) || CONNECTOR.test(low(ws[k - 1]!)))) k--;
      while (k < j && CONNECTOR.test(low(ws[k]!))) k++;
      const name = take(ws.slice(k, j));
      return name.length && name.length === j - k ? name.join(' ') : undefined;
    },
  };
}
