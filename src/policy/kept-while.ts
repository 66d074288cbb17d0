/**
 * A period of keeping stated by a criterion or an event, with no number: "Zendesk keeps the ticket for
 * as long as it is useful to us", "AdReach Media guarda estos datos … mientras dure la campaña", "Les
 * données … ne sont pas conservées plus longtemps que nécessaire", "trong thời gian cần thiết để giải
 * quyết yêu cầu" (reader.yaml `policy.keptWhile`). Such a sentence says how long data are kept, though
 * it names no period, and its verb may be one the claim reader takes for storage ("guarda … en
 * Alemania", "speichern", "lưu trữ"); the negation in "no longer than necessary" denies nothing. A flow
 * that declares a period has it disclosed in broader terms: vague (issue 18, held-out-3 to -10, RR-1).
 *
 * For a flow whose recipient keeps its data by criteria of its own (src/policy/criteria-retention.ts),
 * the recipient's keeping said with other criteria than the flow's — only its legal duties or fraud
 * prevention (a purpose named that is not the flow's), or a pointer to its own policy or to its own
 * say ("zie daarvoor zijn eigen privacybeleid", "ตามนโยบายของ Meta"; `policy.ownPolicy`) — tells that a
 * period exists, not what it is: vague, not clear (RR-2, the leftover RC-9 of held-out-8).
 */
import type { Claim } from '../claims/claim.js';
import type { Mention, Sentence } from '../claims/read-claims.js';
import { covers } from '../load/taxonomy.js';
import type { Flow } from '../model/types.js';
import { namesOtherPurpose, namesOtherRecipient, namesRecipient } from './described-retention.js';

export interface KeptWhileHelpers {
  kinds(s: Sentence, k: Mention['kind']): Mention[];
  /** Whether the sentence's text (lower case, names masked as words) holds one of the phrases. */
  has(s: Sentence, list: string[]): boolean;
  tax: Parameters<typeof covers>[0];
  ownAt?(offset: number): number;
  /** reader.yaml `policy.keptWhile` and `policy.ownPolicy`, lower case. */
  words: string[];
  /** Whether the sentence stands in a section whose title names the flow's purpose or a narrower one. */
  underPurpose?(s: Sentence): boolean;
}

/** Whether the sentence states how long data are kept by a criterion or an event, with no number, and a verb of keeping, storing or deleting. */
export function keptWhile(s: Sentence, h: Pick<KeptWhileHelpers, 'kinds' | 'has' | 'words'>): boolean {
  if (!h.words.length || s.durations.length || !h.has(s, h.words)) return false;
  return s.deletion === true || h.kinds(s, 'action').some((a) => a.value === 'retain' || a.value === 'store');
}

/**
 * Whether a sentence of keeping by criterion speaks of this flow's keeping: it names the flow's
 * recipient (by name, or by its type or a narrower one), or, naming no other recipient and no other
 * purpose, data of the flow's, or no data in a section titled for the flow's purpose ("Les données
 * utilisées pour les rappels ne sont pas conservées plus longtemps que nécessaire" under "Rappels de
 * rendez-vous par SMS").
 */
export function keptWhileForFlow(s: Sentence, flow: Flow, h: KeptWhileHelpers): boolean {
  if (!keptWhile(s, h)) return false;
  if (flow.recipients.length && namesRecipient(s, flow, h)) return true;
  if (namesOtherRecipient(s, flow, h) || namesOtherPurpose(s, flow, h)) return false;
  const said = h.kinds(s, 'data');
  if (!said.length) return h.underPurpose?.(s) === true;
  return said.some((m) => flow.data.some((fd) => covers(h.tax, 'data', m.value, fd)));
}

/**
 * Whether a recipient's keeping is said by other criteria than the flow's: a pointer to its own policy
 * or its own say (`policy.ownPolicy`, in the sentence or in the clause after its ";"), or purposes
 * named none of which is the flow's or a narrower one ("conformément à ses propres obligations
 * légales", "la lutte contre la fraude").
 */
export function otherCriteria(s: Sentence, next: Sentence | undefined, flow: Flow, h: Pick<KeptWhileHelpers, 'kinds' | 'has' | 'tax'> & { ownPolicy: string[] }): boolean {
  if (h.ownPolicy.length && (h.has(s, h.ownPolicy) || (next && /[;；]\s*$/u.test(s.text) && h.has(next, h.ownPolicy)))) return true;
  const purposes = h.kinds(s, 'purpose');
  return purposes.length > 0 && !purposes.some((m) => covers(h.tax, 'purpose', flow.purpose, m.value));
}

/** How far before its verb of keeping a negation may stand and deny it ("tidak disimpan", "are not kept"). */
const DENIAL_REACH = 40;

/**
 * "Pesan WhatsApp tidak disimpan oleh siapa pun setelah terkirim", "Messages are not stored after they
 * are sent": keeping denied after an event is keeping until the event, a period of zero from it (as
 * reader.yaml `until` reads "kept until …"; RR-3). A sentence with a negation closely before its verb of
 * keeping, an event after the verb, no period and no criterion (`keptWhile`: "not kept longer than
 * necessary after …" states one), naming the flow's data or its recipient, keeps those data for no time
 * from that event. Its negated claims of keeping are dropped by the caller.
 */
export function keptUntilEvent(flow: Flow, sentences: readonly Sentence[], h: KeptWhileHelpers & { isHeading(offset: number): boolean }): Map<Sentence, Claim[]> {
  const out = new Map<Sentence, Claim[]>();
  if (!flow.retention) return out;
  for (const s of sentences) {
    if (h.isHeading(s.start) || s.durations.length || h.has(s, h.words)) continue;
    // A verb of storing with no place is one of keeping ("are not stored … after they are sent").
    const keeping = (a: Mention) => a.value === 'retain' || (a.value === 'store' && !h.kinds(s, 'place').length);
    const verb = h.kinds(s, 'action').find((a) => keeping(a) && h.kinds(s, 'negation').some((n) => n.end <= a.start && a.start - n.end <= DENIAL_REACH));
    if (!verb) continue;
    const event = h.kinds(s, 'event').find((m) => m.start >= verb.end);
    if (!event) continue;
    if (namesOtherRecipient(s, flow, h)) continue;
    const said = h.kinds(s, 'data').map((m) => m.value);
    const data = said.length ? flow.data.filter((fd) => said.some((x) => covers(h.tax, 'data', x, fd))) : flow.recipients.length && namesRecipient(s, flow, h) ? flow.data : [];
    if (!data.length) continue;
    out.set(s, data.map((datum): Claim => ({ action: 'retain', data: datum, retention: { value: 0, unit: 'day', from: event.value } })));
  }
  return out;
}
