/**
 * Terms a policy defines and then uses: "Order data — your name, postal address and phone number",
 * "**Shipping details**: the name, address and phone number you give us", "Order data means …".
 * A later "we give your order data to the courier" speaks of the data the definition names, so the
 * claim reader reads the term as those data categories (or, for a term defined as a kind of
 * recipient, as that recipient). Found in the outline's units, each definition on its own line.
 */
import type { Entry } from '../claims/lexicon.js';
import { readClaims } from '../claims/read-claims.js';
import type { LocaleData } from '../load/locales.js';
import type { Outline } from './outline.js';

export interface DefinedTerm {
  /** The term as written ("Order data"). */
  term: string;
  /** What it reads as: the data categories (or recipient types) its definition names. */
  entries: Entry[];
  /** Offset of the definition in the outline's reading text. */
  at: number;
}

const DASH = /^(\p{L}[\p{L}\p{M}'’ -]{0,38}?)\s+[—–]\s+(\S.*)$/su;
// A full-width colon needs no space after it ("**下单信息**：收货人姓名、手机号码、收货地址").
const COLON = /^(\p{L}[\p{L}\p{M}'’ -]{0,38}?)\s*(?:[:：]\s+|：\s*)(\S.*)$/su;
const MAX_WORDS = 4;
const normalizedLength = (s: string) => s.trim().length;
const HEAD_WORDS = 3;

/**
 * The terms an outline defines: a unit that starts with a short term and a dash ("X — …"), a bold
 * label and a colon ("**X**: …"), or the term and a defining word of the locale ("X means …"),
 * whose definition names data categories (else recipient types). A term that is itself one of the
 * reader's words for a purpose, place, event or action ("Delivery: …") is a label, not a term.
 */
export function definedTerms(outline: Outline, locale: LocaleData): DefinedTerm[] {
  const words = ((locale.reader.policy as { definitions?: string[] } | undefined)?.definitions ?? []).map((w) => w.toLocaleLowerCase(locale.lng)).filter(Boolean);
  const out: DefinedTerm[] = [];
  const seen = new Set<string>();
  for (const u of outline.units) {
    if (u.kind !== 'paragraph' && u.kind !== 'item') continue;
    const text = u.text.replace(/\s+/g, ' ').trim();
    // "X — …" anywhere; "X: …" only after a bold label that is the term ("**X**: …"); "X means …".
    let m: RegExpExecArray | string[] | null = DASH.exec(text);
    if (!m && u.label !== undefined) {
      const c = COLON.exec(text);
      if (c && c[1]!.trim().toLocaleLowerCase(locale.lng) === u.label.replace(/[:：]$/, '').trim().toLocaleLowerCase(locale.lng)) m = c;
    }
    if (!m) {
      const low = text.toLocaleLowerCase(locale.lng);
      for (const w of words) {
        const at = low.indexOf(` ${w} `);
        if (at > 0 && at <= 40) {
          m = [text, text.slice(0, at), text.slice(at + w.length + 2)];
          break;
        }
      }
    }
    if (!m) continue;
    const term = m[1]!.trim();
    const body = m[2]!.split(/(?<=[.!?。])\s/)[0]!;
    if (term.split(/\s+/).length > MAX_WORDS || term.length < 3) continue;
    const key = term.toLocaleLowerCase(locale.lng);
    if (seen.has(key)) continue;
    // A label that is wholly one of the reader's words for a purpose, place, event or action
    // ("Delivery: …") is no term of the policy's; a term that only holds one ("Shipping details") is.
    const own = readClaims(term, locale, { policy: true }).sentences.flatMap((s) => s.mentions);
    const whole = own.length === 1 && own[0]!.start === 0 && own[0]!.end >= normalizedLength(term) ? own[0] : undefined;
    if (whole && ['purpose', 'place', 'event', 'action', 'name'].includes(whole.kind)) continue;
    const mentions = readClaims(body, locale, { policy: true }).sentences.flatMap((s) => s.mentions);
    // A term that is itself a word for data ("Chat messages: the updates we send you, with your
    // phone number") means that data and the data its definition adds, wherever these stand in it.
    const ownData = whole?.kind === 'data' ? [whole.value] : [];
    // A data word whose "definition" names no data or recipient ("Pozostałe dane – nie dłużej, niż
    // jest to konieczne", "Other data — no longer than we need it") labels a statement about that data: no term.
    if (ownData.length && !mentions.some((x) => x.kind === 'data' || x.kind === 'recipient')) continue;
    // Otherwise the definition names the data (or recipient) at its head ("your name, postal
    // address …"), not in a clause about something else ("a company that handles data for us").
    const first = mentions.find((x) => x.kind === 'data' || x.kind === 'recipient');
    if (!ownData.length && (!first || mentions[0] !== first || body.slice(0, first.start).trim().split(/\s+/).filter(Boolean).length > HEAD_WORDS)) continue;
    const data = [...new Set([...ownData, ...mentions.filter((x) => x.kind === 'data').map((x) => x.value)])];
    const recipients = [...new Set(mentions.filter((x) => x.kind === 'recipient').map((x) => x.value))];
    const entries: Entry[] = data.length ? data.map((value) => ({ kind: 'data', value, defined: true })) : recipients.slice(0, 1).map((value) => ({ kind: 'recipient', value, defined: true }));
    if (!entries.length) continue;
    seen.add(key);
    out.push({ term, entries, at: u.at });
  }
  return out;
}
