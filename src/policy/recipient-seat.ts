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
 * outside Indonesia"), a broader recipient term ("service providers are located in …": another
 * provider, maybe), and a place in a name ("Meta Platforms Ireland Limited" is a name: the claim
 * reader never reads it as a place).
 */
import type { Claim } from '../claims/claim.js';
import type { Mention, Sentence } from '../claims/read-claims.js';
import { covers } from '../load/taxonomy.js';
import type { Flow, Taxonomy } from '../model/types.js';

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
}

/** The flow's data the policy says one of its recipients gets (else "personal data", broader). */
export function dataGivenTo(flow: Flow, claims: readonly Claim[], tax: Taxonomy): string[] {
  const toFlow = (c: Claim) => !!c.recipient && flow.recipients.some((r) => (c.recipient!.type !== undefined && covers(tax, 'recipient', c.recipient!.type, r.type)) || (r.name !== undefined && c.recipient!.name === r.name));
  const data = flow.data.filter((d) => claims.some((c) => !c.negated && (c.action === 'share' || c.action === 'transfer') && c.data === d && toFlow(c)));
  return data.length ? data : ['user'];
}

/** Whether a place follows one of the words, with at most an article between ("in den USA", "en Estados Unidos"). */
function placedBy(s: Sentence, place: Mention, words: readonly string[], unspaced: boolean): number {
  const before = s.text.slice(0, place.start - s.start).replace(/\s+/g, ' ').trimEnd();
  let best = -1;
  for (const w of words) {
    const at = before.lastIndexOf(w);
    if (at < 0 || before.length - (at + w.length) > 5) continue;
    if (!unspaced && at > 0 && /[\p{L}\p{N}]/u.test(before[at - 1]!)) continue;
    best = Math.max(best, at + s.start);
  }
  return best;
}

/** Transfer claims each sentence that places one of the flow's recipients makes (its own claims not included). */
export function seatTransfers(flow: Flow, sentences: readonly Sentence[], claims: readonly Claim[], h: SeatHelpers): Map<Sentence, Claim[]> {
  const out = new Map<Sentence, Claim[]>();
  if (!h.words.length || !flow.recipients.length) return out;
  let given: string[] | undefined;
  sentences.forEach((s, i) => {
    if (h.isHeading(s.start) || h.kinds(s, 'negation').length || h.outside(s)) return;
    const places = h.kinds(s, 'place');
    if (!places.length) return;
    const recipients = [...h.kinds(s, 'recipient'), ...h.kinds(s, 'name')].filter((m) =>
      m.kind === 'name' ? flow.recipients.some((r) => r.name === m.value) : flow.recipients.some((r) => covers(h.tax, 'recipient', r.type, m.value)),
    );
    if (!recipients.length) return;
    const next = sentences[i + 1];
    const mechanism = (h.kinds(s, 'mechanism')[0] ?? (next && h.ownAt(next.start) === h.ownAt(s.start) ? h.kinds(next, 'mechanism')[0] : undefined))?.value as Claim['mechanism'];
    const made: Claim[] = [];
    for (const p of places) {
      const word = placedBy(s, p, h.words, h.unspaced);
      if (word < 0) continue;
      // The recipient the place is said of: the last one named before the word.
      const who = recipients.filter((m) => m.end <= word).pop();
      if (!who) continue;
      given ??= dataGivenTo(flow, claims, h.tax);
      const recipient = who.kind === 'name' ? { name: who.value } : { type: who.value };
      for (const d of given) made.push({ action: 'transfer', data: d, recipient, place: p.value, ...(mechanism ? { mechanism } : {}) });
    }
    if (made.length) out.set(s, made);
  });
  return out;
}
