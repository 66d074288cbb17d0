/**
 * A period of keeping for data a policy names by what it does with them: "The data we share with our
 * courier is deleted 180 days after delivery", "Audience lists we send to advertising partners are
 * deleted after 12 months", "Data yang kami bagikan kepada mitra periklanan dihapus 90 hari". The
 * sentence's share verb wins over its verb of keeping in the claim reader (one action per sentence),
 * so such a line made a sharing claim and no period; with no verb the reader knows ("the data we hand
 * to our courier") it made a period for personal data in general (vague). Here a sentence with a
 * period and a verb of keeping or deleting that names one of the flow's recipients (its type or a
 * narrower one, or its name) is read as the keeping of the data that recipient gets: the flow's
 * data, or those of them the sentence's own data words cover ("your phone number", not "your
 * personal data", narrows it). Denials are left to the reader of denials.
 *
 * Data named by the purpose they serve are read the same way: "Was wir für den Versand brauchen, ist
 * 180 Tage nach der Zustellung gelöscht", "Delivery details — 180 days after delivery", "Per la
 * pubblicità personalizzata sui siti di terzi: 90 giorni" keep the data of the flow for that purpose
 * (the sentence's purpose is the flow's or a narrower one; a broader one, "for marketing", names no
 * one flow), unless the sentence also names a recipient the flow does not have.
 */
import type { Claim, ClaimRetention } from '../claims/claim.js';
import type { Mention, Sentence } from '../claims/read-claims.js';
import { covers } from '../load/taxonomy.js';
import type { Flow } from '../model/types.js';

export interface DescribedRetentionHelpers {
  isHeading(offset: number): boolean;
  /** Where a sentence's own words start (after a lead-in or a table's statement copied before them). */
  ownAt?(offset: number): number;
  /** The topic the title of the section a sentence sits in (or of one above it) names. */
  titleTopicAt?(offset: number): string | undefined;
  kinds(s: Sentence, k: Mention['kind']): Mention[];
  tax: Parameters<typeof covers>[0];
  /** The template's flows (the flow among them): whose period runs from which event. */
  flows?: readonly Flow[];
  /** Head nouns of a group of data (reader.yaml policy.ofForms.heads: "details", "gegevens"), lower case. */
  groupHeads?: readonly string[];
  /** Whether the sentence is the business's own ("we", reader.yaml policy.markers). */
  ours?(s: Sentence): boolean;
}

export function describedRetention(flow: Flow, sentences: readonly Sentence[], h: DescribedRetentionHelpers): Map<Sentence, Claim[]> {
  const out = new Map<Sentence, Claim[]>();
  if (!flow.retention) return out;
  for (const [i, s] of sentences.entries()) {
    const d = keptPeriod(s, h);
    if (!d || h.isHeading(s.start)) continue;
    const actions = h.kinds(s, 'action');
    // A negation after the period is a later clause's, not a denial of the keeping ("… trong 90 ngày, hoặc cho tới lúc
    // bạn không còn đồng ý nữa": or until you no longer agree).
    if (h.kinds(s, 'negation').some((n) => n.start < d.start)) continue;
    // A line with a period and no verb in a section whose title is about keeping ("How long we keep
    // it" / "| Support tickets | 2 years from closing |", "Incidencias: un año desde su cierre") says
    // how long what it names is kept, as a row under a header read as "we keep:" does.
    const verbless = actions.length === 0 && (keepingCarried(sentences, i, h) || h.titleTopicAt?.(s.start) === 'retention');
    if (!actions.some((a) => a.value === 'retain') && !verbless) continue;
    // Named, or referred back to by a sentence that names no one ("Zendesk riceve … e li conserva …. Le pratiche
    // vengono cancellate due anni dopo la loro chiusura": Zendesk's cases).
    const before = namedBefore(sentences, i, h);
    const byRecipient = flow.recipients.length > 0 && (namesRecipient(s, flow, h) || (before !== undefined && namesRecipient(before, flow, h) && !namesOtherRecipient(before, flow, h)));
    const other = namesOtherRecipient(s, flow, h);
    const bound =
      byRecipient ||
      (!other && (namesPurpose(s, flow, h) || (!namesOtherPurpose(s, flow, h) && (anchoredOn(s, flow, h) || underPurpose(sentences, i, flow, h)))));
    if (!bound) continue;
    const said = h.kinds(s, 'data').map((m) => m.value);
    // One group of data named by the purpose they serve ("Appointment details used for reminders",
    // "Afspraakgegevens voor sms-herinneringen") is what that purpose uses: the flow's data, not the
    // one category the group's name also is. A list of data ("name, address and phone number") narrows.
    // So do records named by the flow's purpose before any data ("Support tickets and the messages
    // in them": the tickets, what is in them included).
    const group = (said.length === 1 && !byRecipient && groupForPurpose(s, flow, h)) || recordsOfPurpose(s, flow, h) || (said.length === 1 && byRecipient && givenGroup(s, flow, h));
    const data = said.length && !group ? flow.data.filter((fd) => said.some((x) => covers(h.tax, 'data', x, fd))) : flow.data;
    if (!data.length) continue;
    const retention: ClaimRetention = { value: d.value, unit: d.unit };
    const ev = h.kinds(s, 'event')[0];
    if (ev) retention.from = ev.value;
    if (h.kinds(s, 'statutory').length) retention.statutory = true;
    else if (h.kinds(s, 'upTo').length) retention.upTo = true;
    out.set(s, data.map((datum): Claim => ({ action: 'retain', data: datum, retention: { ...retention } })));
  }
  return out;
}

/**
 * A clause after ";" that names data and a period but no verb takes the verb of keeping of the clause
 * before it, in the same paragraph ("le richieste di assistenza sono cancellate due anni dopo la
 * chiusura; i dati di spedizione un anno dopo la consegna"): the period is how long those data are kept.
 */
export function keepingCarried(sentences: readonly Sentence[], i: number, h: Pick<DescribedRetentionHelpers, 'kinds' | 'ownAt'>): boolean {
  const s = sentences[i]!;
  for (let k = i - 1; k >= 0; k--) {
    const prev = sentences[k]!;
    if (!/[;；]\s*$/u.test(prev.text) || (h.ownAt && h.ownAt(prev.start) !== h.ownAt(s.start))) return false;
    const verbs = h.kinds(prev, 'action');
    if (verbs.length) return prev.durations.length > 0 && verbs.some((a) => a.value === 'retain') && !h.kinds(prev, 'negation').length;
  }
  return false;
}

/**
 * Sentences of keeping that speak of someone else's data: a period and a verb of keeping beside a
 * recipient the flow does not have ("the data we hand to our courier …", read for Meta's messages),
 * by name or by a type neither broader nor narrower than any of the flow's, and none of the flow's;
 * or a period that runs from another flow's event and not from this flow's ("Versanddaten (Name,
 * Anschrift, Telefonnummer) löschen wir 180 Tage nach der Zustellung", read for Meta's messages).
 * Their periods are no statement about this flow's keeping.
 */
export function othersRetention(flow: Flow, sentences: readonly Sentence[], h: DescribedRetentionHelpers): Set<Sentence> {
  const out = new Set<Sentence>();
  for (const [i, s] of sentences.entries()) {
    if (!s.durations.length || !h.kinds(s, 'action').some((a) => a.value === 'retain') || namesRecipient(s, flow, h)) continue;
    const names = h.kinds(s, 'name').map((m) => m.value);
    const types = h.kinds(s, 'recipient').map((m) => m.value);
    const other = names.some((n) => !flow.recipients.some((r) => r.name === n)) || types.some((t) => !flow.recipients.some((r) => covers(h.tax, 'recipient', t, r.type) || covers(h.tax, 'recipient', r.type, t)));
    const before = other || names.length || types.length ? undefined : namedBefore(sentences, i, h);
    if (other || anchoredElsewhere(s, flow, h) || (before && !namesRecipient(before, flow, h) && namesOtherRecipient(before, flow, h))) out.add(s);
  }
  return out;
}

/**
 * The sentence a sentence that names no recipient, and is not the business's own ("we"), refers back to
 * for whose it is: the nearest before it in the same paragraph, list item or table row that names a
 * recipient ("- SwiftShip Logistics … receives your name, phone number and address. These data are
 * stored in Germany and deleted within a year": the year is SwiftShip's keeping, not Meta's, whatever
 * data the second sentence names). A sentence of the business's own or in another paragraph has none.
 */
export function namedBefore(sentences: readonly Sentence[], i: number, h: Pick<DescribedRetentionHelpers, 'kinds' | 'ownAt' | 'isHeading' | 'ours'>): Sentence | undefined {
  const s = sentences[i]!;
  if (!h.ownAt || h.kinds(s, 'name').length || h.kinds(s, 'recipient').length || h.ours?.(s)) return undefined;
  const own = h.ownAt(s.start);
  for (let k = i - 1; k >= 0; k--) {
    const prev = sentences[k]!;
    if (h.isHeading(prev.start) || h.ownAt(prev.start) !== own) return undefined;
    if (h.kinds(prev, 'name').length || h.kinds(prev, 'recipient').length) return prev;
  }
  return undefined;
}

/**
 * Whether the sentence names its data by a purpose other than the flow's, neither broader nor
 * narrower ("Order and delivery data: until the return period has ended" for the flow that delivers
 * WhatsApp messages): a purpose before any verb of the sentence's own words, or right after the data
 * as their complement ("los datos de tus consultas"), as the name of the data, and none of the
 * flow's. A purpose further after the verb says why data are kept ("we keep your personal data as
 * long as we need them for delivery"), not which. A sentence that names one of the flow's recipients
 * speaks of its keeping.
 */
export function namesOtherPurpose(s: Sentence, flow: Flow, h: Pick<DescribedRetentionHelpers, 'kinds' | 'tax' | 'ownAt'>): boolean {
  const purposes = h.kinds(s, 'purpose');
  if (!purposes.length || purposes.some((m) => covers(h.tax, 'purpose', flow.purpose, m.value) || covers(h.tax, 'purpose', m.value, flow.purpose))) return false;
  if (flow.recipients.length && namesRecipient(s, flow, h)) return false;
  const own = h.ownAt ? h.ownAt(s.start) : s.start;
  const verbs = h.kinds(s, 'action').filter((m) => m.start >= own);
  const first = Math.min(...purposes.map((m) => m.start));
  if (!verbs.length || first < Math.min(...verbs.map((m) => m.start))) return true;
  // Or right after the data it names, as their complement ("Conservamos los datos de tus consultas …").
  const data = h.kinds(s, 'data');
  return purposes.some((p) => data.some((d) => d.end <= p.start && p.start - d.end <= DATA_COMPLEMENT && !verbs.some((v) => v.start >= d.end && v.start < p.start)));
}

/** How far after the data a purpose may start and still name them ("los datos de tus consultas"). */
const DATA_COMPLEMENT = 12;

/** Whether the sentence's one data word is followed closely, as its complement ("… used for reminders"), by the flow's purpose or a narrower one. */
function groupForPurpose(s: Sentence, flow: Flow, h: Pick<DescribedRetentionHelpers, 'kinds' | 'tax'>): boolean {
  const d = h.kinds(s, 'data')[0]!;
  return h.kinds(s, 'purpose').some((p) => covers(h.tax, 'purpose', flow.purpose, p.value) && p.start >= d.end && p.start - d.end <= DATA_COMPLEMENT);
}

/** Whether the sentence names the flow's purpose or a narrower one ("für den Versand" for order delivery). */
function namesPurpose(s: Sentence, flow: Flow, h: DescribedRetentionHelpers): boolean {
  return h.kinds(s, 'purpose').some((m) => covers(h.tax, 'purpose', flow.purpose, m.value));
}

/** Whether the sentence names a recipient (by name or type) that is none of the flow's, nor broader or narrower than one. */
export function namesOtherRecipient(s: Sentence, flow: Flow, h: Pick<DescribedRetentionHelpers, 'kinds' | 'tax'>): boolean {
  const names = h.kinds(s, 'name').map((m) => m.value);
  const types = h.kinds(s, 'recipient').map((m) => m.value);
  return names.some((n) => !flow.recipients.some((r) => r.name === n)) || types.some((t) => !flow.recipients.some((r) => covers(h.tax, 'recipient', t, r.type) || covers(h.tax, 'recipient', r.type, t)));
}

/** Whether the sentence names one of the flow's recipients: by name, or by its type or a narrower one. */
export function namesRecipient(s: Sentence, flow: Flow, h: Pick<DescribedRetentionHelpers, 'kinds' | 'tax'>): boolean {
  const names = h.kinds(s, 'name').map((m) => m.value);
  const types = h.kinds(s, 'recipient').map((m) => m.value);
  return flow.recipients.some((r) => (r.name !== undefined && names.includes(r.name)) || types.some((t) => t === r.type || covers(h.tax, 'recipient', r.type, t)));
}

/**
 * The period a sentence of keeping states: the first after its verb of keeping ("… we send the
 * tracking link within 1 hour; the data given to the courier are deleted within 90 days": the 90
 * days), else the last before it ("30 Tage nach dem Termin werden die Angaben gelöscht"), else (no
 * verb: a row, a label line) the first.
 */
export function keptPeriod(s: Sentence, h: Pick<DescribedRetentionHelpers, 'kinds'>): Sentence['durations'][number] | undefined {
  if (s.durations.length < 2) return s.durations[0];
  const verb = h.kinds(s, 'action').find((a) => a.value === 'retain');
  if (!verb) return s.durations[0];
  return s.durations.find((d) => d.start >= verb.end) ?? [...s.durations].reverse().find((d) => d.start < verb.start) ?? s.durations[0];
}

/**
 * Whether the sentence's period runs only from events that other flows of the template run from and
 * this flow does not: the event names those flows' records.
 */
function anchoredElsewhere(s: Sentence, flow: Flow, h: Pick<DescribedRetentionHelpers, 'kinds' | 'flows' | 'ownAt'>): boolean {
  if (!h.flows) return false;
  const own = h.ownAt ? h.ownAt(s.start) : s.start;
  const events = h.kinds(s, 'event').filter((m) => m.start >= own);
  return events.length > 0 && events.every((m) => !GENERAL_EVENTS.has(m.value) && m.value !== flow.retention?.from && h.flows!.some((f) => f !== flow && f.retention?.from === m.value));
}

/** Events a period may run from that name no one flow's records ("from collection": any data's). */
const GENERAL_EVENTS = new Set(['collection']);

/**
 * Whether the sentence's period runs from the event only this flow's period runs from, of the
 * template's flows ("2 lata od zamknięcia zgłoszenia": the closing of a support ticket; "30 Tage
 * nach dem Termin"): the event names the flow's records.
 */
function anchoredOn(s: Sentence, flow: Flow, h: Pick<DescribedRetentionHelpers, 'kinds' | 'flows' | 'ownAt'>): boolean {
  const from = flow.retention?.from;
  if (!from || GENERAL_EVENTS.has(from) || !h.flows) return false;
  const own = h.ownAt ? h.ownAt(s.start) : s.start;
  const events = h.kinds(s, 'event').filter((m) => m.start >= own);
  if (!events.length || !events.every((m) => m.value === from)) return false;
  return h.flows.every((f) => f === flow || f.retention?.from !== from);
}

/**
 * Whether the sentence stands in a section whose title names the flow's purpose or a narrower one
 * ("5.5 Terminerinnerung per SMS" / "Die für die Erinnerung gespeicherten Angaben löschen wir 30 Tage
 * nach dem Termin"): the title says what the section's statements are about.
 */
export function underPurpose(sentences: readonly Sentence[], i: number, flow: Flow, h: Pick<DescribedRetentionHelpers, 'kinds' | 'tax' | 'isHeading'>): boolean {
  let k = i - 1;
  while (k >= 0 && !h.isHeading(sentences[k]!.start)) k--;
  // A heading may be read as more than one sentence ("6." and its title): all of them.
  for (; k >= 0 && h.isHeading(sentences[k]!.start); k--) if (h.kinds(sentences[k]!, 'purpose').some((m) => covers(h.tax, 'purpose', flow.purpose, m.value))) return true;
  return false;
}

/**
 * Records named by the flow's purpose ahead of any data or verb in the sentence's own words ("Support
 * tickets and the messages in them: 2 years", "Delivery records, with the address: …"): the flow's
 * records, whatever data the rest names as in them.
 */
function recordsOfPurpose(s: Sentence, flow: Flow, h: Pick<DescribedRetentionHelpers, 'kinds' | 'tax' | 'ownAt'>): boolean {
  const own = h.ownAt ? h.ownAt(s.start) : s.start;
  const first = s.mentions.find((m) => m.start >= own && (m.kind === 'purpose' || m.kind === 'data' || m.kind === 'action'));
  return first?.kind === 'purpose' && covers(h.tax, 'purpose', flow.purpose, first.value);
}

/**
 * One group of data defined by its giving to the flow's recipient ("Delivery details given to the
 * courier | 180 days after delivery"): a data term
 * whose head is a group noun, followed by a verb of giving and then the recipient, is what that
 * recipient gets, not the one category the group's name also is.
 */
function givenGroup(s: Sentence, flow: Flow, h: Pick<DescribedRetentionHelpers, 'kinds' | 'tax' | 'groupHeads'>): boolean {
  const heads = h.groupHeads ?? [];
  if (!heads.length) return false;
  const d = h.kinds(s, 'data')[0]!;
  const word = s.text.slice(d.start - s.start, d.end - s.start).toLowerCase().trim().split(/\s+/).pop() ?? '';
  if (!heads.some((w) => word === w || (word.endsWith(w) && word.length > w.length + 2))) return false;
  const after = s.mentions.filter((m) => m.start >= d.end);
  const give = after.findIndex((m) => m.kind === 'action');
  if (give < 0 || after[give]!.value !== 'share' || after[give]!.start - d.end > GIVEN_REACH) return false;
  const to = after.slice(give + 1).find((m) => m.kind === 'recipient' || m.kind === 'name');
  return !!to && flow.recipients.some((r) => (to.kind === 'name' ? r.name === to.value : to.value === r.type || covers(h.tax, 'recipient', r.type, to.value)));
}

/** How far after the data their verb of giving may start and still define them ("… given to", "die wij … geven"). */
const GIVEN_REACH = 24;
