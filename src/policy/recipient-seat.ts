/**
 * Where a flow's recipient is, read as where its data goes: "SwiftShip Logistics has its seat in
 * the USA", "Zendesk, Inc. está en Estados Unidos y está certificada en el Data Privacy Framework",
 * "SwiftShip Logistics 位于美国". A policy that names the recipient a flow gives data to and says
 * where that recipient is established or located tells the reader the data goes there: a transfer
 * of the data the policy says the recipient gets, to that place, under the mechanism the sentence
 * (or the next one of its paragraph) names. Words in reader.yaml `policy.established` and
 * `policy.located`; the place must follow one of them closely, after the recipient.
 *
 * Not read: a denial, a sentence about other countries in general ("our other providers are
 * outside Indonesia"), a broader recipient term the policy gives none of the flow's data to ("service
 * providers are located in …": another provider, maybe; one it gives them to, "These partners are based
 * in Ireland", is read: `givenCategories`), and a place in a name ("Meta Platforms Ireland Limited" is a
 * name: the claim reader never reads it as a place).
 */
import type { Claim } from '../claims/claim.js';
import type { Mention, Sentence } from '../claims/read-claims.js';
import { covers } from '../load/taxonomy.js';
import type { Flow, Taxonomy } from '../model/types.js';
import { escapeRegExp } from '../util/escape-regexp.js';

export interface SeatHelpers {
  isHeading(offset: number): boolean;
  ownAt(offset: number): number;
  kinds(s: Sentence, k: Mention['kind']): Mention[];
  outside(s: Sentence): boolean;
  tax: Taxonomy;
  /** The locale's words for where someone is (established and located), lower-cased. */
  words: readonly string[];
  /** The locale writes without spaces between words (zh, th, ja). */
  unspaced: boolean;
  /** The locale's first-person markers (we, our), lower-cased: a subject with one is the business. */
  markers?: readonly string[];
  /** The places a sentence says of servers or data centres (where data are stored, not anyone's seat). */
  facility?: (s: Sentence) => Mention[];
}

/**
 * The flow's data the policy says one of its recipients gets (else "personal data", broader). Where
 * the policy names the recipient and gives it some of the flow's data, where that recipient is is
 * where all the flow gives it goes: which data it gets is the recipients aspect's question, not the
 * transfer's ("Zendesk, Inc. receives your name and messages … Zendesk, Inc. is in the United States").
 */
export function dataGivenTo(flow: Flow, claims: readonly Claim[], tax: Taxonomy): string[] {
  const toFlow = (c: Claim) => !!c.recipient && flow.recipients.some((r) => (c.recipient!.type !== undefined && covers(tax, 'recipient', c.recipient!.type, r.type)) || (r.name !== undefined && c.recipient!.name === r.name));
  const given = claims.filter((c) => !c.negated && (c.action === 'share' || c.action === 'transfer') && toFlow(c));
  const data = flow.data.filter((d) => given.some((c) => c.data === d));
  if (data.length && given.some((c) => c.recipient!.name !== undefined && flow.recipients.some((r) => r.name === c.recipient!.name))) return [...flow.data];
  return data.length ? data : ['user'];
}

/**
 * Whether a transfer claim says only where one of the flow's recipients is established, while the
 * data goes elsewhere to it ("Meta Platforms Ireland Limited … Ireland" for a recipient seated in
 * Ireland that stores in the United States): its seat, no statement of where the data goes.
 */
export function seatOnly(flow: Flow, c: Claim, tax: Taxonomy): boolean {
  if (c.action !== 'transfer' || !c.recipient || !c.place) return false;
  const who = c.recipient;
  return flow.recipients.some(
    (r) => (who.name ? r.name === who.name : who.type !== undefined && covers(tax, 'recipient', r.type, who.type)) && r.country === c.place && !!r.storage?.length && !r.storage.includes(c.place!),
  );
}

/** A town and a comma before the state or country it lies in ("headquartered in Austin, Texas"). */
export const TOWN = /^\s*[\p{L}\p{M}\u02bc'.-]+(\s+[\p{L}\p{M}\u02bc'.-]+){0,2},$/u;

/**
 * Whether the text between a word for where someone is and a place is a town said before the country
 * it lies in: with a comma ("in Austin, Texas"), with the country in brackets ("établi à New York
 * (États-Unis)", "con sede a Stoccolma (Svezia)") or after the word's own preposition again ("z
 * siedzibą w San Francisco w Stanach Zjednoczonych": the last word of one of `words`).
 */
export function townBefore(rest: string, words: readonly string[]): boolean {
  if (TOWN.test(rest)) return true;
  const m = /^\s*[\p{L}\p{M}\u02bc'.-]+(?:\s+[\p{L}\p{M}\u02bc'.-]+){0,2}(?:\s*\(|\s+([\p{L}\p{M}]+))$/u.exec(rest);
  if (!m) return false;
  if (m[1] === undefined) return true;
  const prep = m[1];
  return words.some((w) => w.split(/\s+/).pop() === prep);
}

/** Whether a place follows one of the words, with at most an article (or a town and a comma) between ("in den USA", "en Estados Unidos", "in Austin, Texas"). */
function placedBy(s: Sentence, place: Mention, words: readonly string[], unspaced: boolean): number {
  const before = s.text.slice(0, place.start - s.start).replace(/\s+/g, ' ').trimEnd();
  let best = -1;
  for (const w of words) {
    const at = before.lastIndexOf(w);
    if (at < 0 || (before.length - (at + w.length) > 5 && !townBefore(before.slice(at + w.length), words))) continue;
    if (!unspaced && at > 0 && /[\p{L}\p{N}]/u.test(before[at - 1]!)) continue;
    best = Math.max(best, at + s.start);
  }
  return best;
}

/**
 * The recipient named right before a place said as its address: in brackets after the name, a town and
 * a comma allowed before it ("Meta Platforms Ireland Limited (Dublin, Ireland)", a legal form after a comma
 * too: "Stripe Payments Europe, Limited (Ireland)"), or after the name and
 * a comma with the sentence or clause ending after it ("… oleh Meta Platforms Ireland Limited, Ireland.").
 * Only a name: a category with a place after it is a list, not an address.
 */
function besideName(s: Sentence, place: Mention, recipients: readonly Mention[]): Mention | undefined {
  const who = recipients.filter((m) => m.kind === 'name' && m.end <= place.start).pop();
  if (!who) return undefined;
  const between = s.text.slice(who.end - s.start, place.start - s.start);
  const after = s.text.slice(place.end - s.start);
  const town = "(?:[\\p{L}\\p{M}\\u02bc'.-]+(?:\\s+[\\p{L}\\p{M}\\u02bc'.-]+){0,2}\\s*,\\s*)?";
  if (new RegExp(`^(?:\\s*,\\s*[\\p{L}.]+)?\\s*,?\\s*\\(\\s*${town}$`, 'u').test(between) && /^\s*\)/.test(after)) return who;
  if (new RegExp(`^\\s*,\\s*${town}$`, 'u').test(between) && /^\s*([,.;]|$)/.test(after)) return who;
  return undefined;
}

/** Whether a name or recipient mention is one of the flow's recipients: by its name, or by its type or a broader one. */
function isFlowRecipient(m: Mention, flow: Flow, tax: Taxonomy): boolean {
  return m.kind === 'name' ? flow.recipients.some((r) => r.name === m.value) : flow.recipients.some((r) => covers(tax, 'recipient', r.type, m.value));
}

/**
 * The recipient categories broader than the flow's recipient that the policy gives the flow's data to
 * ("your number and the message go to our technology partners"): a sentence that then says where that
 * category is or keeps data ("These partners are based in Ireland and keep the messages in the United
 * States") says where the flow's data go, as one naming the recipient would. A broader category the
 * policy gives none of the flow's data to may be another provider, and stays unread.
 */
export function givenCategories(flow: Flow, claims: readonly Claim[], tax: Taxonomy): Set<string> {
  const out = new Set<string>();
  for (const c of claims) {
    const type = c.recipient?.type;
    if (!type || !givesFlowData(c, flow)) continue;
    if (flow.recipients.some((r) => r.type !== type && covers(tax, 'recipient', type, r.type))) out.add(type);
  }
  return out;
}

/** Whether a claim, not denied, shares or transfers one of the flow's data to a recipient known by no name (its category). */
export function givesFlowData(c: Claim, flow: Flow): boolean {
  return !c.negated && (c.action === 'share' || c.action === 'transfer') && c.recipient !== undefined && !c.recipient.name && flow.data.includes(c.data);
}

/**
 * The transfer mechanism a sentence that places a recipient states: its first after `after` (the recipient's
 * name), else the first of the next sentence of the same unit ("… in the United States. We rely on the
 * standard contractual clauses.").
 */
function mechanismOf(s: Sentence, next: Sentence | undefined, after: number, h: Pick<SeatHelpers, 'kinds' | 'ownAt'>): Claim['mechanism'] {
  return (h.kinds(s, 'mechanism').find((m) => m.start > after) ?? (next && h.ownAt(next.start) === h.ownAt(s.start) ? h.kinds(next, 'mechanism')[0] : undefined))?.value as Claim['mechanism'];
}

/** Transfer claims each sentence that places one of the flow's recipients makes (its own claims not included). */
export function seatTransfers(flow: Flow, sentences: readonly Sentence[], claims: readonly Claim[], h: SeatHelpers): Map<Sentence, Claim[]> {
  const out = new Map<Sentence, Claim[]>();
  if (!h.words.length || !flow.recipients.length) return out;
  let given: string[] | undefined;
  let categories: Set<string> | undefined;
  sentences.forEach((s, i) => {
    if (h.isHeading(s.start) || h.kinds(s, 'negation').length || h.outside(s)) return;
    const places = h.kinds(s, 'place');
    if (!places.length) return;
    // A category the policy gives the flow's data to counts as the sentence's subject, its first mention
    // ("Các đối tác này đặt trụ sở tại Ireland …": these partners are based in Ireland); a list item's or
    // table row's own first mention, not its lead-in's ("Los destinatarios son:").
    const opening = s.mentions.find((m) => m.start >= h.ownAt(s.start));
    const recipients = [...h.kinds(s, 'recipient'), ...h.kinds(s, 'name')].filter((m) => isFlowRecipient(m, flow, h.tax) || (m === opening && m.kind === 'recipient' && (categories ??= givenCategories(flow, claims, h.tax)).has(m.value)));
    if (!recipients.length) return;
    // The transfer's mechanism is said of it once the recipient is named, or in the next sentence of the unit: a
    // condition before the recipient ("Dengan persetujuan Anda, AdReach Media, … berkantor di Amerika Serikat",
    // "With your consent, …") is the consent the processing rests on, not the transfer's mechanism.
    const first = Math.min(...recipients.map((m) => m.start));
    const mechanism = mechanismOf(s, sentences[i + 1], first, h);
    const made: Claim[] = [];
    // "We transfer your number to Meta …, Ireland" (a table row read by its "Where" column): a transfer
    // to the recipient whose places follow it, of the data the sentence gives it.
    if (h.kinds(s, 'action').some((a) => a.value === 'transfer')) {
      const who = recipients[0]!;
      let data = [...new Set(s.claims.filter((c) => c.action === 'transfer' && c.recipient && !c.negated).map((c) => c.data))].filter((d) => flow.data.includes(d));
      // "Dữ liệu gửi cho AdReach Media được chuyển sang Hoa Kỳ", "The data we send to the courier is
      // transferred to the United States": a transfer that names the recipient and no data of its own
      // is that of the data the recipient gets.
      if (!data.length && h.kinds(s, 'data').every((m) => m.value === 'user')) data = (given ??= dataGivenTo(flow, claims, h.tax)).filter((d) => flow.data.includes(d));
      const recipient = who.kind === 'name' ? { name: who.value } : { type: who.value };
      for (const p of places.filter((x) => x.start > who.end && !x.seat && placedBy(s, x, h.words, h.unspaced) < 0)) for (const d of data) made.push({ action: 'transfer', data: d, recipient, place: p.value, ...(mechanism ? { mechanism } : {}) });
    }
    for (const p of places) {
      // "Zendesk, een Amerikaans bedrijf": the nationality says the seat by itself.
      const word = p.seat ? p.start : placedBy(s, p, h.words, h.unspaced);
      // "Meta Platforms Ireland Limited (Dublin, Ireland)", "Stripe Payments Europe, Limited (Ireland)",
      // "… Meta Platforms Ireland Limited, Ireland.": a place in brackets or between commas right after the name.
      const beside = word < 0 && !h.unspaced ? besideName(s, p, recipients) : undefined;
      if (word < 0 && !beside) continue;
      // The recipient the place is said of: the last one named before the word.
      const who = beside ?? recipients.filter((m) => m.end <= word).pop();
      if (!who) continue;
      given ??= dataGivenTo(flow, claims, h.tax);
      // "Zendesk, Inc., firma z siedzibą w San Francisco …, dostaje od nas Twoje imię, …": where no statement
      // the reader completed gives the recipient the flow's data, the flow's data this sentence names after
      // it are what the recipient it places gets (all of them, for a recipient named by name: `dataGivenTo`).
      const own = h.kinds(s, 'data').filter((m) => m.start > who.end && flow.data.includes(m.value));
      const data = given.every((d) => d === 'user') && own.length ? (who.kind === 'name' ? [...flow.data] : [...new Set(own.map((m) => m.value))]) : given;
      const recipient = who.kind === 'name' ? { name: who.value } : { type: who.value };
      for (const d of data) made.push({ action: 'transfer', data: d, recipient, place: p.value, ...(mechanism ? { mechanism } : {}) });
    }
    if (made.length) out.set(s, made);
  });
  // "SwiftShip Logistics erhält Ihren Namen … Das Unternehmen sitzt in den USA.", "Penyedia tersebut
  // berpangkalan di Ireland": a sentence that places someone by a short subject referring back (a noun
  // phrase or a pronoun: at most three words before the word for where someone is, none of them first
  // person, and no recipient, data, place or action named there), right after a sentence of the same
  // paragraph that names the flow's recipient, places that recipient: what it gets goes there.
  sentences.forEach((s, i) => {
    const prev = sentences[i - 1];
    if (h.unspaced || out.has(s) || !prev || h.isHeading(s.start) || h.ownAt(prev.start) !== h.ownAt(s.start)) return;
    if (h.kinds(s, 'negation').length || h.outside(s) || h.facility?.(s).length) return;
    const placed = h.kinds(s, 'place').map((p) => ({ p, word: p.seat ? p.start : placedBy(s, p, h.words, h.unspaced) })).filter((x) => x.word >= 0);
    if (!placed.length) return;
    const word = Math.min(...placed.map((x) => x.word));
    if (s.mentions.some((m) => m.start < word && ['recipient', 'name', 'data', 'place', 'action'].includes(m.kind))) return;
    const subject = s.text.slice(0, word - s.start).toLowerCase().trim();
    if (!subject || subject.split(/\s+/).length > 3) return;
    if ((h.markers ?? []).some((w) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(w)}([^\\p{L}]|$)`, 'u').test(subject))) return;
    const who = [...h.kinds(prev, 'recipient'), ...h.kinds(prev, 'name')]
      .filter((m) => isFlowRecipient(m, flow, h.tax) || (m.kind === 'recipient' && (categories ??= givenCategories(flow, claims, h.tax)).has(m.value)))
      .pop();
    if (!who) return;
    const mechanism = mechanismOf(s, sentences[i + 1], -1, h);
    given ??= dataGivenTo(flow, claims, h.tax);
    const recipient = who.kind === 'name' ? { name: who.value } : { type: who.value };
    out.set(s, placed.flatMap(({ p }) => given!.map((d): Claim => ({ action: 'transfer', data: d, recipient, place: p.value, ...(mechanism ? { mechanism } : {}) }))));
  });
  // "…, Ireland; messages may be stored in the United States": a sentence of keeping with no one
  // named, right after one that names the flow's recipient in the same paragraph or table row, is
  // that recipient's keeping — what it gets goes there. So is one whose subject is the flow's
  // recipient, named alone before the verb ("Meta keeps the messages in the United States …").
  sentences.forEach((s, i) => {
    const prev = sentences[i - 1];
    if (out.has(s) || h.isHeading(s.start)) return;
    // A verb of keeping with a place and a period says the storing too (its store claim: `claimsOf`).
    const storing = h.kinds(s, 'action').find((a) => a.value === 'store') ?? (s.claims.some((c) => c.action === 'store') ? h.kinds(s, 'action').find((a) => a.value === 'retain') : undefined);
    if (!storing || h.kinds(s, 'negation').length || h.outside(s)) return;
    const ours = (m: Mention) => isFlowRecipient(m, flow, h.tax) || (m.kind === 'recipient' && (categories ??= givenCategories(flow, claims, h.tax)).has(m.value));
    // "Meta menyimpan mesej di Amerika Syarikat …" ("Meta keeps the messages in the United States"): the
    // flow's recipient named alone before the verb of storing is the one who keeps, as one named just before.
    const lead = s.mentions.filter((m) => m.start < storing.start);
    const subject = lead.length === 1 && (lead[0]!.kind === 'name' || lead[0]!.kind === 'recipient') && ours(lead[0]!) ? lead[0]! : undefined;
    if (!subject && (h.kinds(s, 'recipient').length || h.kinds(s, 'name').length)) return;
    if (subject && s.mentions.some((m) => m.start > storing.start && (m.kind === 'name' || m.kind === 'recipient'))) return;
    const places = h.kinds(s, 'place');
    const data = [...new Set(h.kinds(s, 'data').map((m) => m.value))].filter((d) => flow.data.includes(d));
    if (!places.length || !data.length) return;
    if (!subject && (!prev || h.ownAt(prev.start) !== h.ownAt(s.start))) return;
    const who = subject ?? [...h.kinds(prev!, 'recipient'), ...h.kinds(prev!, 'name')].filter(ours).pop();
    if (!who) return;
    given ??= dataGivenTo(flow, claims, h.tax);
    const sent = data.every((d) => given!.includes(d)) ? [...new Set([...data, ...given])] : data;
    const recipient = who.kind === 'name' ? { name: who.value } : { type: who.value };
    out.set(s, places.flatMap((p) => sent.flatMap((d): Claim[] => [{ action: 'transfer', data: d, recipient, place: p.value }, { action: 'store', data: d, place: p.value }])));
  });
  return out;
}
