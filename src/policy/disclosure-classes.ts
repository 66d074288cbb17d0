/**
 * How a policy people wrote discloses each declared flow, in the classes of the policy-consistency
 * literature (PoliCheck, Andow et al. 2020): clear, vague (only broader terms: "partners" for a
 * named courier, "personal information" for a phone number, a period left open), omitted,
 * incorrect (a statement denies it: "we never pass on your data", "stored in China" against
 * storage in Germany) and ambiguous (one statement denies what another discloses). One result
 * per flow and aspect (recipients, transfers, retention, purposes), with the statement it rests
 * on and the related statements grouped under it.
 */
import type { CoverageItem, RuleContext } from '../check/rule.js';
import { claimKey, describeClaim, type Claim } from '../claims/claim.js';
import type { Mention, Sentence } from '../claims/read-claims.js';
import { lastAtOrBefore } from '../load/line-index.js';
import { covers } from '../load/taxonomy.js';
import { coverage, type BroaderKind } from '../claims/compare.js';
import type { PolicyVocabulary } from '../load/locales.js';
import type { Flow, SourcePos } from '../model/types.js';
import { topicOf } from './sections.js';
import { coreName } from './names.js';
import { countriesOf, insideArea } from '../load/places.js';
import { isSensitive } from '../render/facts.js';
import { flowSells, isThirdParty } from '../render/sale.js';
import { escapeRegExp } from '../util/escape-regexp.js';
import { dataGivenTo, givenCategories, givesFlowData, seatOnly, seatTransfers, townBefore } from './recipient-seat.js';
import { facilityPlaces, keptInPlace } from './storage-places.js';
import { dataNamedBefore, subjectShares } from './recipient-subject.js';
import { ownStorage } from './own-storage.js';
import { describedRetention, namesOtherPurpose, othersRetention, underPurpose } from './described-retention.js';
import { namedInstead, otherRecipient } from './other-recipient.js';
import { criteriaSaid, keptByCriteria, namesFlowCriteria, purposeKeeping, recipientKeeping, recipientPeriod } from './criteria-retention.js';
import { keptUntilEvent, keptWhile, keptWhileForFlow, otherCriteria } from './kept-while.js';

export type DisclosureClass = 'clear' | 'vague' | 'omitted' | 'incorrect' | 'ambiguous';
export type Aspect = 'recipients' | 'transfers' | 'retention' | 'purposes';

export interface Related {
  class: DisclosureClass;
  line: number;
  column: number;
  statement: string;
  /** What the entry says, where its class alone would not tell a reviewer (src/format/related.ts). */
  message?: string;
}

export interface FlowDisclosure {
  flow: Flow;
  aspect: Aspect;
  class: DisclosureClass;
  claims: Claim[];
  /** Where the finding points: the statement it rests on, or (omitted) the flow. */
  pos: SourcePos;
  statement?: string;
  related: Related[];
  /** Another party the policy names for the flow's recipient ("our courier Parcelink Express" for SwiftShip Logistics). */
  named?: { other: string; declared: string };
  /** What the flow declares, in words, where it makes no claim (a recipient's retention criteria). */
  said?: string;
  /**
   * A vague disclosure's claims that no statement makes at all (the customer number beside a named
   * recipient and the flow's other data), and whether others are made only in broader terms.
   */
  leftOut?: { claims: Claim[]; broader: boolean };
  /**
   * What a vague disclosure says in broader terms, each "the term it uses for what the flow declares" ("place EU for
   * DE"), and what it says otherwise than the flow ("store user in SG, where the flow has store user.name in DE"):
   * the finding names them instead of a bare "broader terms".
   */
  broaderTerms?: BroaderTerm[];
  otherwise?: SaidOtherwise[];
}

/** A term a statement uses for what the flow declares: the data, recipient, purpose, place or period of `by` for `wanted`'s. */
export interface BroaderTerm {
  term: BroaderKind;
  by: Claim;
  wanted: Claim;
}

/** A claim a statement makes otherwise than the flow's (`by`, where the flow has `wanted`). */
export interface SaidOtherwise {
  by: Claim;
  wanted: Claim;
}

/**
 * How a policy people wrote is compared: its "stored in the EU" covers storage in Germany in broader
 * terms; its "90 days" states the maximum of our "up to 90 days"; its "our SMS provider, Sinch Sweden"
 * names the declared recipient, whatever the broader category beside the name.
 */
const AREAS = { areas: true, maximum: true, named: true } as const;
const ASPECT: Record<Claim['action'], Aspect> = { share: 'recipients', sell: 'recipients', transfer: 'transfers', store: 'transfers', retain: 'retention', collect: 'purposes', use: 'purposes' };
const cache = new WeakMap<object, FlowDisclosure[]>();

interface Blanket {
  kind: 'deny-share' | 'deny-transfer' | 'deny-sell' | 'consent-only';
  qualified: boolean;
  sentence: Sentence;
  /** Scoped to sensitive data ("we do not share sensitive personal information"). */
  sensitive?: boolean;
  /** "Uw gegevens blijven binnen de Europese Unie": the places the data stay within (a flow whose data go nowhere else keeps to it). */
  within?: string[];
  /**
   * The share verb is a law's defined term (California's "sell or share", Cal. Civ. Code §1798.140(ah)(1):
   * disclosing to a third party for cross-context behavioral advertising): the denial speaks only of
   * flows that sell or give data to a third party for that purpose, not of service providers.
   */
  termOfArt?: boolean;
}

export function flowDisclosures(ctx: RuleContext): FlowDisclosure[] {
  const review = ctx.policy?.document;
  const read = ctx.clauseRead;
  if (!review || !read || !ctx.coverage) return [];
  const key = read as object;
  const known = cache.get(key);
  if (known && known[0]?.flow && ctx.template.flows.includes(known[0].flow)) return known;
  const tax = ctx.catalog.taxonomy;
  const vocab = (ctx.policy?.locale ?? ctx.loc?.data)?.reader.policy;
  const lng = ctx.locale ?? 'en';
  const low = (s: string) => s.toLocaleLowerCase(lng);
  const phrases = (list: string[] | undefined) => (list ?? []).map(low);
  const exceptions = phrases(vocab?.exceptions);
  const consentOnly = phrases(vocab?.consentOnly);
  const outside = phrases(vocab?.outside);
  const remainWithin = phrases(vocab?.remainWithin);
  const established = phrases(vocab?.established);
  const located = [...established, ...phrases(vocab?.located)];
  // Words for servers and data centres: a place said of one is where data are stored (src/policy/storage-places.ts).
  const facilities = phrases(vocab?.facilities);
  const facilityLinks = phrases(vocab?.facilityLinks);
  const facility = (x: Sentence) => facilityPlaces(x, facilities, unspacedScript, facilityLinks);
  const area = ctx.region?.area ?? [];
  const sentences = read.sentences;
  const raw = (s: Sentence) => review.quote(s.start, s.end).replace(/\s+/g, ' ').trim();
  const statement = (s: Sentence) => {
    const t = raw(s);
    return t.length > 140 ? `${t.slice(0, 137)}…` : t;
  };
  // A sentence's first word, not the space or line break before it: a sentence that starts on a new
  // line of the source (HTML's "…Amerika Serikat.\nZendesk menerima …") points at that line.
  const pos = (s: Sentence) => ctx.clausePos(s.start + (s.text.length - s.text.trimStart().length));
  const topicAt = (offset: number) => review.topicAt(offset);
  const kinds = (s: Sentence, k: Mention['kind']) => s.mentions.filter((m) => m.kind === k);
  // A name is masked as one word (src/policy/names.ts); a phrase that scopes a statement is read
  // across the mask: German "Sensible Daten" opening a sentence runs of capitals like a name.
  const plain = (s: Sentence) => low(s.text).replace(/\u02bc/g, ' ');
  const has = (s: Sentence, list: string[]) => list.some((p) => p && plain(s).includes(p));
  // Other countries in general: "outside the EU", "abroad" (policy.outside), a word of
  // policy.outsideBefore right before a place ("outside Singapore": not in Singapore), or a place
  // broader than any country as a whole word outside a name (policy.outsideWords: "based in Europe",
  // not "European", not "Stripe Payments Europe").
  const outsideBefore = phrases(vocab?.outsideBefore);
  const outsideWords = phrases(vocab?.outsideWords);
  const wordOutsideName = (s: Sentence) => {
    const text = plain(s);
    const names = kinds(s, 'name');
    return outsideWords.some((w) => {
      for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
        const whole = !/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(at + w.length));
        if (whole && !names.some((m) => m.start - s.start <= at && at < m.end - s.start)) return true;
      }
      return false;
    });
  };
  const isOutside = (s: Sentence) =>
    has(s, outside) ||
    (outsideWords.length > 0 && wordOutsideName(s)) ||
    (outsideBefore.length > 0 &&
      kinds(s, 'place').some((p) => {
        const before = plain(s).slice(0, p.start - s.start).trimEnd();
        return outsideBefore.some((w) => before.endsWith(w) && !/[\p{L}\p{N}]/u.test(before.charAt(before.length - w.length - 1)));
      }));

  // A negation closely before the verb denies it; where the verb comes first in a main clause
  // (policy.verbSecond: "Wir übermitteln keine … Daten"), one right after it does too.
  const negates = negatesIn(vocab);
  // Blanket statements: a negation closely before a share or transfer verb, or "only with your consent".
  const blankets: Blanket[] = [];
  const firstPerson = phrases(vocab?.markers);
  const notDenials = phrases((vocab as { notDenials?: string[] } | undefined)?.notDenials);
  // Phrases in which "share" is the region's law's defined term ("sell or share" under the CCPA).
  const shareTermsOfArt = ctx.region?.vocabulary ? phrases(vocab?.termsOfArt?.[ctx.region.vocabulary]) : [];
  // A denial scoped to a kind of data ("sensitive personal information") or to a group of people
  // ("consumers we know to be under 16") speaks of that data or those people, not of every flow;
  // one that refers back to a single operation ("findet dabei nicht statt") speaks of that one only.
  const sensitiveData = phrases(vocab?.sensitiveData);
  const peopleScopes = phrases(vocab?.peopleScopes);
  const backReferences = phrases(vocab?.backReferences);
  // A denial that names server log data ("Server-Logfiles"), or that names no data but personal data
  // in general where the section before it or the rest of its paragraph names them ("Eine Weitergabe …
  // der Daten findet nicht statt" after the log files a website visit leaves), speaks of that data only.
  const logData = phrases(vocab?.logData);
  const aboutLogs = (s: Sentence, i: number) => {
    if (!logData.length) return false;
    if (hasWord(plain(s), logData, unspacedScript)) return true;
    if (kinds(s, 'data').some((m) => m.value !== 'user')) return false;
    for (let k = i - 1; k >= 0 && k >= i - LOG_CONTEXT; k--) {
      const c = sentences[k]!;
      if (hasWord(plain(c), logData, unspacedScript)) return true;
      if (review.isHeading(c.start)) break;
    }
    for (let k = i + 1; k < sentences.length && !/\n/.test(review.quote(sentences[k - 1]!.end - 1, sentences[k]!.start)); k++) if (hasWord(plain(sentences[k]!), logData, unspacedScript)) return true;
    return false;
  };
  const unspacedScript = /^(zh|th|ja)/.test(lng);
  /** Whether the part of a sentence after its exception word names one of the flow's recipients (by a type no broader than a service provider, or by name). */
  const exceptsFlow = (s: Sentence, flow: Flow) => {
    const text = plain(s);
    const at = Math.min(...exceptions.map((e) => (e ? text.indexOf(e) : -1)).filter((i) => i >= 0));
    if (!Number.isFinite(at)) return false;
    return s.mentions.some(
      (m) =>
        m.start - s.start > at &&
        ((m.kind === 'recipient' && !BROAD.has(m.value) && flow.recipients.some((r) => covers(tax, 'recipient', m.value, r.type))) ||
          (m.kind === 'name' && flow.recipients.some((r) => r.name === m.value))),
    );
  };
  // A negation in a relative clause after a comma ("Our boxes are printed by Acme Print, which receives
  // no personal data from us", id ", yang tidak menerima data …") says what the one named before it does,
  // not what we do: unless the clause's own subject is "we" (", which we never sell") or what it follows
  // is data (", which is never shared": the data's, ours).
  const relatives = phrases(vocab?.relatives);
  const relativeAt = relatives.length ? new RegExp(`,\\s*(?:${relatives.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined;
  const othersClause = (s: Sentence, n: Mention) => {
    if (!relativeAt || unspacedScript) return false;
    const text = plain(s).slice(0, n.start - s.start);
    const at = [...text.matchAll(relativeAt)].pop();
    if (!at || /[;:]/.test(text.slice(at.index!))) return false;
    const inside = text.slice(at.index! + at[0].length);
    if (firstPerson.some((w) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(w)}([^\\p{L}]|$)`, 'u').test(inside))) return false;
    const before = s.mentions.filter((m) => m.end - s.start <= at.index!).pop();
    return before === undefined || before.kind !== 'data';
  };
  // "Gesundheitsdaten geben wir ohne Ihre ausdrückliche Einwilligung nicht … weiter", "senza il Suo consenso
  // esplicito", "sans votre accord exprès": a denial whose words for "without" or "only with"
  // (policy.consentConditions) stand right before a mention of explicit consent is a condition of
  // consent, however the consent is worded (an adjective between, a form of address the consentOnly
  // phrases lack).
  const consentConditions = phrases(vocab?.consentConditions);
  const consentCondition = (s: Sentence) =>
    consentConditions.length > 0 &&
    kinds(s, 'mechanism').some((m) => {
      if (m.value !== 'explicit_consent') return false;
      const before = plain(s).slice(0, m.start - s.start).trimEnd();
      return consentConditions.some((w) => before.endsWith(w) && (unspacedScript || !/[\p{L}\p{N}]/u.test(before.charAt(before.length - w.length - 1))));
    });
  const refersBack = (s: Sentence) => backReferences.length > 0 && hasWord(plain(s), backReferences, unspacedScript) && kinds(s, 'negation').length > 0;
  // "Lo que declaras en el consentimiento informado solo lo ve el artista. No lo compartimos con nadie": a denial
  // whose object is a pronoun (policy.objectPronouns, between the negation or verb and a few words after the verb)
  // and that names no data speaks of what the sentence before it in the paragraph names; where that names no
  // data either, of something the reader ties to no flow, so it is weighed against none.
  const objectPronouns = phrases(vocab?.objectPronouns);
  const pronounOfNothing = (s: Sentence, i: number) => {
    if (!objectPronouns.length || unspacedScript || kinds(s, 'data').length) return false;
    const verbs = kinds(s, 'action').filter((a) => a.value === 'share' || a.value === 'transfer' || a.value === 'sell');
    const neg = kinds(s, 'negation')[0];
    if (!neg || !verbs.length) return false;
    const from = Math.min(neg.start, ...verbs.map((v) => v.start)) - s.start;
    const to = Math.max(...verbs.map((v) => v.end)) - s.start + PRONOUN_REACH;
    if (!hasWord(plain(s).slice(from, to), objectPronouns, false)) return false;
    const prev = sentences[i - 1];
    if (!prev || review.isHeading(prev.start) || /\n\s*\n/.test(review.quote(prev.end, s.start))) return false;
    return kinds(prev, 'data').length === 0;
  };
  for (const [i, s] of sentences.entries()) {
    if (review.isHeading(s.start)) continue;
    // A denial speaks for every flow in a section on sharing or transfers, in one with no topic, or
    // when the sentence itself is about sharing ("we never pass on your data" among collection notes).
    const topic = topicAt(s.start);
    if (topic && topic !== 'recipients' && topic !== 'transfers' && topicOf(raw(s), vocab) !== 'recipients') continue;
    // "Uw gegevens blijven altijd binnen de Europese Unie", "Your data remain within the EU": data kept
    // to the places named after the words deny a transfer anywhere else (weighed below against the
    // flows whose data go outside them).
    const withinAt = remainWithin.length ? Math.min(...remainWithin.map((w) => plain(s).indexOf(w)).filter((k) => k >= 0)) : Infinity;
    const within = Number.isFinite(withinAt) ? kinds(s, 'place').filter((p) => p.start - s.start > withinAt) : [];
    if (within.length && !isOutside(s)) {
      blankets.push({ kind: 'deny-transfer', qualified: has(s, exceptions), sentence: s, within: [...new Set(within.map((p) => p.value))] });
      continue;
    }
    // "Ihre Daten werden ausschließlich auf Servern in Deutschland gespeichert", "stored only in the EU": our own
    // storage only in the places named denies a transfer anywhere else, as "remain within" does.
    const only = kinds(s, 'exclusive').find((m) => m.value === 'only');
    const onlyIn = only && kinds(s, 'action').some((a) => a.value === 'store') && !kinds(s, 'negation').length && !kinds(s, 'recipient').length && !kinds(s, 'name').length && !has(s, outside) ? kinds(s, 'place').filter((p) => p.start > only.start) : [];
    if (onlyIn.length) {
      blankets.push({ kind: 'deny-transfer', qualified: has(s, exceptions), sentence: s, within: [...new Set(onlyIn.map((p) => p.value))] });
      continue;
    }
    const actions = kinds(s, 'action');
    const sharing = actions.some((a) => a.value === 'share' || a.value === 'transfer');
    if (!sharing && !actions.some((a) => a.value === 'sell')) continue;
    // "We protect it against unauthorised disclosure" denies nothing the company does.
    if (has(s, notDenials)) continue;
    if ((peopleScopes.length && hasWord(plain(s), peopleScopes, unspacedScript)) || refersBack(s) || aboutLogs(s, i) || pronounOfNothing(s, i)) continue;
    const qualified = has(s, exceptions);
    const sensitive = sensitiveData.length > 0 && has(s, sensitiveData);
    // A sale denial on the same condition ("we do not sell your data without your express consent") is one of consent too.
    if (has(s, consentOnly) || consentCondition(s)) {
      blankets.push({ kind: 'consent-only', qualified, sentence: s, ...(sensitive ? { sensitive } : {}) });
      continue;
    }
    // "These companies do not share …" is not our promise: a denial needs "we" before it, where the
    // locale lists the words, or the user's data as the subject of a passive ("Your data is never
    // shared …", "Ihre Daten werden nicht … weitergegeben", "Vos données ne sont jamais communiquées"):
    // data before the negation, and no recipient, name or verb. A denial in noun form ("Eine Weitergabe
    // Ihrer Daten an Dritte findet nicht statt") has no subject: it is the business's own.
    const passive = (n: Mention) => {
      const before = s.mentions.filter((m) => m.end <= n.start);
      return before.some((m) => m.kind === 'data') && !before.some((m) => m.kind === 'recipient' || m.kind === 'name' || m.kind === 'action');
    };
    if (firstPerson.length && !actions.some((a) => a.noun) && !kinds(s, 'negation').some((n) => passive(n) || firstPerson.some((w) => (unspacedScript ? low(s.text.slice(0, n.start - s.start)).includes(w) : new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'u').test(low(s.text.slice(0, n.start - s.start))))))) continue;
    // "No vendemos sus datos personales", "We do not sell your personal information": against a flow that
    // sells, one finding at the denial (ambiguous where the policy also lists the sale, held-out-3 A9).
    if (kinds(s, 'negation').some((n) => actions.some((x) => x.value === 'sell' && negates(n, x, s)))) blankets.push({ kind: 'deny-sell', qualified, sentence: s, ...(sensitive ? { sensitive } : {}) });
    for (const n of kinds(s, 'negation')) {
      const a = actions.find((x) => (x.value === 'share' || x.value === 'transfer') && negates(n, x, s));
      if (!a || othersClause(s, n)) continue;
      const termOfArt = a.value === 'share' && has(s, shareTermsOfArt);
      blankets.push({ kind: a.value === 'share' ? 'deny-share' : 'deny-transfer', qualified, sentence: s, ...(sensitive ? { sensitive } : {}), ...(termOfArt ? { termOfArt } : {}) });
      // A transfer denial that names a recipient and no place or other countries ("Nie przekazujemy
      // Twoich danych osobom trzecim", "We do not transfer your data to third parties") denies giving
      // the data to anyone: sharing too, as a transfer to a recipient discloses it (`view` below).
      if (a.value === 'transfer' && kinds(s, 'recipient').length && !kinds(s, 'place').length && !isOutside(s)) blankets.push({ kind: 'deny-share', qualified, sentence: s, ...(sensitive ? { sensitive } : {}) });
      break;
    }
  }

  const topics = new Map<Sentence, string | undefined>();
  const sentenceTopic = (s: Sentence) => {
    if (!topics.has(s)) topics.set(s, topicOf(s.text, vocab));
    return topics.get(s);
  };
  const helpers = (coversFlowData: (s: Sentence) => boolean): Helpers => ({ vocab, sentenceTopic, topicAt, kinds, has, isOutside, coversFlowData, tax, // A sentence of sharing the user starts is passed over as a heading is.
    isHeading: (o) => review.isHeading(o) || optional.has(sentences[lastAtOrBefore(starts, o)]!),
    titleTopicAt: review.titleTopicAt, ownAt: review.ownAt });
  const starts = sentences.map((s) => s.start);
  // Store statements made only of someone else's keeping: a name or recipient before the verb, or a
  // recipient's short name the policy uses once it has named it in full ("Meta kann … speichern").
  const allNames = ctx.template.flows.flatMap((f) => f.recipients.flatMap((r) => (r.name ? [r.name] : [])));
  const othersStore = storeOfOthers(sentences, allNames, relatives);
  // "When you sign up for these services, we share the information the third party needs": sharing
  // the user starts with a partner of their choosing, not the business's own recipients. Such a
  // sentence, naming only third parties in general, discloses none of the flows.
  const userStarted = phrases(vocab?.userInitiated);
  const optional = new Set(
    userStarted.length
      ? sentences.filter((s) => has(s, userStarted) && !kinds(s, 'name').length && kinds(s, 'recipient').every((m) => BROAD.has(m.value)) && !allNames.some((n) => low(s.text).includes(coreName(n))))
      : [],
  );
  // A denial that refers back to one operation ("findet dabei nicht statt") is passed over the same way,
  // and so is a question ("Will we disclose the information we collect to outside parties?", a heading
  // that asks): it states nothing (stop 27, RG; the reviewer's audit of stop 26, corpus aramex line 23).
  for (const s of sentences) if (refersBack(s) || asks(s)) optional.add(s);
  const optedIn = keysOnlyIn(new Map([...optional].map((s) => [s, s.claims])), sentences);
  // A list item that names its own recipient under a lead-in naming a category ("les sous-traitants
  // suivants :" / "- transporteurs : nom, adresse, téléphone"): the category is the list's, the item's
  // recipient the one who gets its data. The category's claims of the item are dropped (unless
  // another sentence makes them).
  const category = categoryClaims(sentences, review.ownAt);
  const categoryKeys = keysOnlyIn(category, sentences);
  // The recipient as the one who processes the data, or a pronoun for the recipient named just before.
  const dataRefs = phrases(vocab?.dataReferences);
  const subjects = subjectShares(sentences, { ownAt: review.ownAt, isHeading: review.isHeading, processing: phrases(vocab?.processing), pronouns: phrases(vocab?.pronouns), markers: firstPerson, verbSecond: (vocab as { verbSecond?: boolean } | undefined)?.verbSecond === true, relatives, unspaced: unspacedScript, agents: phrases(vocab?.agents), givenPronouns: phrases(vocab?.givenPronouns), givenRelatives: phrases(vocab?.givenRelatives), dataReferences: dataRefs });
  const readClaims = subjects.size ? [...read.claims, ...[...subjects.values()].flat()] : read.claims;
  // A sentence of the business's own: "we" or "our" in it (reader.yaml policy.markers, possessives).
  const ownWords = [...firstPerson, ...phrases(vocab?.possessives)];
  // Each word whole, between non-letters (made once: `ours` is asked of every sentence of every flow).
  const ownPatterns = unspacedScript ? [] : ownWords.map((w) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(w)}([^\\p{L}]|$)`, 'u'));
  const ours = (s: Sentence) => {
    const own = low(s.text.slice(Math.max(0, review.ownAt(s.start) - s.start)));
    return unspacedScript ? ownWords.some((w) => own.includes(w)) : ownPatterns.some((re) => re.test(own));
  };
  const items = ctx.coverage().filter((c) => c.source === 'flow' && c.flow);
  const out: FlowDisclosure[] = [];
  for (const flow of ctx.template.flows) {
    const mine = items.filter((c) => c.flow === flow.id);
    const implied = placeStatements(flow, sentences, readClaims, { topicAt, titleTopicAt: review.titleTopicAt, isHeading: review.isHeading, ownAt: review.ownAt, kinds, tax, outside: isOutside, seat: (s, m) => seatOf(s, m, established), facility, made: (s) => subjects.get(s) ?? [], refersToData: (s) => has(s, dataRefs) });
    // Where a recipient of the flow is ("SwiftShip Logistics hat seinen Sitz in den USA") is where its data goes.
    for (const [s, made] of subjects) implied.set(s, [...(implied.get(s) ?? s.claims), ...made]);
    // "Our booking system is hosted in Germany", in any section: where we keep the flow's data.
    for (const [s, made] of ownStorage(flow, sentences, { isHeading: review.isHeading, kinds, outside: isOutside, seat: (x, m) => seatOf(x, m, located), facility })) if (!implied.has(s)) implied.set(s, [...s.claims, ...made]);
    // "The data we share with our courier is deleted 180 days after delivery": the keeping of what that recipient gets.
    for (const [s, made] of describedRetention(flow, sentences, { isHeading: review.isHeading, ownAt: review.ownAt, titleTopicAt: review.titleTopicAt, kinds, tax, flows: ctx.template.flows, groupHeads: phrases(vocab?.ofForms?.heads), ours })) implied.set(s, [...(implied.get(s) ?? s.claims), ...made]);
    // "Pesan WhatsApp tidak disimpan … setelah terkirim": keeping denied after an event is a period of zero from it (src/policy/kept-while.ts).
    for (const [s, made] of keptUntilEvent(flow, sentences, { isHeading: review.isHeading, kinds, has, tax, words: phrases(vocab?.keptWhile) })) implied.set(s, [...(implied.get(s) ?? s.claims).filter((c) => !((c.action === 'retain' || c.action === 'store') && c.negated)), ...made]);
    for (const [s, made] of seatTransfers(flow, sentences, readClaims, { isHeading: review.isHeading, ownAt: review.ownAt, kinds, outside: isOutside, tax, words: located, unspaced: unspacedScript, markers: ownWords, facility })) implied.set(s, [...(implied.get(s) ?? s.claims), ...made]);
    // "The data we hand to our courier is deleted 180 days after delivery" says nothing of how long Meta keeps messages.
    const notOurs = othersRetention(flow, sentences, { isHeading: review.isHeading, ownAt: review.ownAt, kinds, tax, flows: ctx.template.flows, ours });
    for (const s of notOurs) implied.set(s, (implied.get(s) ?? s.claims).filter((c) => c.action !== 'retain'));
    const othersKept = keysOnlyIn(new Map([...notOurs].map((s) => [s, s.claims.filter((c) => c.action === 'retain')])), sentences, (s) => implied.get(s) ?? s.claims);
    for (const [s, dropped] of category) implied.set(s, (implied.get(s) ?? s.claims).filter((c) => !dropped.includes(c)));
    const claimsIn = (s: Sentence): readonly Claim[] => implied.get(s) ?? s.claims;
    const made = implied.size ? [...read.claims, ...[...implied.values()].flatMap((list) => list.filter((c) => !read.claims.includes(c)))] : read.claims;
    const allClaims = optedIn.size || othersKept.size || categoryKeys.size ? made.filter((c) => !optedIn.has(claimKey(c)) && !othersKept.has(claimKey(c)) && !categoryKeys.has(claimKey(c))) : made;
    const byAspect = new Map<Aspect, CoverageItem[]>();
    for (const c of mine) {
      const a = ASPECT[c.claim.action];
      byAspect.set(a, [...(byAspect.get(a) ?? []), c]);
    }
    for (const [aspect, group] of byAspect) {
      const claims = group.map((c) => c.claim);
      const related: Related[] = [];
      let cls: DisclosureClass = 'omitted';
      let at: Sentence | undefined;
      let leftOut: FlowDisclosure['leftOut'];
      // Every part of the flow said, one otherwise than the flow: disclosed, so a denial elsewhere makes it ambiguous.
      let partWrong = false;
      let broaderTerms: BroaderTerm[] = [];
      let otherwise: SaidOtherwise[] = [];
      const sentenceAt = (offset: number) => {
        const s = sentences[lastAtOrBefore(starts, offset)];
        return s && s.start <= offset && offset < s.end ? s : undefined;
      };
      // Who gets the data, where it goes and how long it stays are judged apart from purposes (as
      // PoliCheck judges data and recipient): "to improve our services" in a lead-in does not
      // make a list of recipients cover nothing.
      // Who gets the data is judged apart from where it goes: a recipient's place said beside the share
      // ("… to SwiftShip Logistics, a company from Singapore" for a courier in the US) is the transfers
      // aspect's statement, true or false, not another recipient.
      const strip = (c: Claim): Claim => {
        const bare = aspect === 'purposes' || c.purpose === undefined ? c : withoutPurpose(c);
        if (aspect === 'recipients' && bare.place !== undefined) return withoutPlace(bare);
        // … and where the data go apart from how the recipient is named: a category that holds the flow's
        // recipient ("our technology partners … are based in Ireland and keep the messages in the United
        // States") names the places as well as its name would; the name is the recipients aspect's finding
        // (one defect, one finding: eval/policies/README.md, stop 25).
        if (aspect === 'transfers' && bare.recipient?.type && !bare.recipient.name) {
          const r = flow.recipients.find((x) => x.type !== bare.recipient!.type && covers(tax, 'recipient', bare.recipient!.type!, x.type));
          if (r) return { ...bare, recipient: { type: r.type } };
        }
        return bare;
      };
      // The flow's transfer to a recipient it names ("… to United States (recipient: Meta Platforms Ireland Limited)")
      // is one to a recipient of its declared type: a statement giving the data to a category that does not hold it
      // ("to our courier in the United States") is another recipient's transfer, not this one (it matched: the
      // flow's claim named the recipient only, and any category on the text's side was taken for it).
      const wanted = (c: Claim): Claim => {
        const bare = strip(c);
        if (aspect !== 'transfers' || !bare.recipient?.name || bare.recipient.type) return bare;
        const type = flow.recipients.find((r) => r.name === bare.recipient!.name)?.type;
        return type ? { ...bare, recipient: { ...bare.recipient, type } } : bare;
      };
      // A transfer statement that names no place ("übermittelt an diese Dienstleister") says nothing of a cross-border transfer.
      const counts = (c: Claim) => aspect !== 'transfers' || c.action === 'store' || c.place !== undefined;
      // Giving data to a recipient is disclosing the recipient, whatever the verb: "übermitteln wir
      // Ihre Anschrift an unseren Paketdienst" (German policies' usual verb, read as transfer) tells
      // who gets the data as "we share it with the courier" does.
      // A statement on the flow's messages alone is one on what they carry too (`Flow.messagesCarry`:
      // the phone number a WhatsApp message is addressed to), for this flow only.
      const view = (list: readonly Claim[]): Claim[] => carried(flow, aspect === 'recipients' ? [...list, ...list.filter((c) => c.action === 'transfer' && c.recipient).map(asShare)] : [...list]);
      // A recipient's seat where its data goes elsewhere ("Meta … Ireland", storing in the US) says nothing of the transfer.
      const stated = view(allClaims).filter((c) => counts(c) && !(aspect === 'transfers' && seatOnly(flow, c, tax))).map(strip);
      // "Meta may keep the messages on its servers in the United States": data going to a recipient
      // where it keeps them is the transfer to it, whatever its seat (Meta Platforms Ireland Limited in
      // Ireland, keeping in the US); the seat is where the company is, not where the data go.
      // "Data pelanggan kami disimpan di server … di Jerman", "All customer data are stored in Germany": where
      // personal data in general are kept is where each of the flow's data is kept (a statement of place about all
      // data names every datum's; which data go to whom is the recipients aspect's question).
      const everyDatum = (c: Claim): Claim[] => (c.action === 'store' && c.data === 'user' && c.place && !c.negated ? flow.data.map((d) => ({ ...c, data: d })) : []);
      const kept = aspect === 'transfers' ? stated.map((c) => keptBy(flow, c, tax)) : [];
      const textClaims = aspect === 'transfers' ? [...stated.filter((_, i) => !kept[i]!.replaces), ...kept.flatMap((k) => k.claims), ...stated.flatMap(everyDatum)] : stated;
      // Where the business itself stores the data is not said by a sentence on where another keeps
      // it ("Meta may store your phone number on servers in the US").
      const ownStore = (c: Claim) => c.action === 'store' && !!c.place && flow.storage.includes(c.place) && !flow.recipients.some((r) => r.storage?.includes(c.place!));
      const ownText = othersStore.size ? textClaims.filter((c) => c.action !== 'store' || !othersStore.has(claimKey(c))) : textClaims;
      const all = group.map((c) => ({ item: c, result: coverage(tax, wanted(c.claim), ownStore(c.claim) ? ownText : textClaims, AREAS) }));
      // Where the business keeps data inside the region's own area (Germany, for the EU) is no
      // transfer: a policy that says nothing of it leaves out no part of the transfers a flow makes,
      // and one that says it ("Unsere Server stehen in Nürnberg") discloses none of them.
      const home = all.filter((r) => !(aspect === 'transfers' && r.item.claim.action === 'store' && r.item.claim.place && area.length && insideArea(r.item.claim.place, area)));
      const results = home.length ? home : all;
      const clear = results.filter((c) => c.result.kind === 'exact');
      const vague = results.filter((c) => c.result.kind === 'vague');
      let conflict = results.filter((c) => c.result.kind === 'conflict');
      const coversFlowData = (s: Sentence) => {
        // A list item's own words decide what data it speaks of; its lead-in's ("the information
        // we collect is detailed below:") only when the item names none.
        const all = kinds(s, 'data');
        const own = all.filter((m) => m.start >= review.ownAt(s.start));
        const data = (own.length ? own : all).map((m) => m.value);
        return data.length === 0 || data.some((d) => flow.data.some((fd) => covers(tax, 'data', d, fd)));
      };
      // Of every sentence that makes a covering claim, the one in the section whose title is about
      // this aspect, else the first (the claim reader keeps one sentence per claim).
      // Within those, the one that names the recipient, data and purpose most specifically.
      // Of two periods as specific, the one for this flow's data alone ("WhatsApp messages: deleted right
      // after sending") speaks of it more than one for another group that shares a datum ("delivery
      // details (name, address, phone number): 180 days").
      const onlyFlowData = (s: Sentence) => kinds(s, 'data').length > 0 && kinds(s, 'data').every((m) => flow.data.includes(m.value));
      const covering = (kinds: Array<'exact' | 'vague' | 'conflict'>) => {
        const scored = sentences
          .filter((s) => !review.isHeading(s.start) && !optional.has(s))
          .map((s) => ({ s, score: Math.max(-1, ...view(claimsIn(s)).filter((tc) => counts(tc) && group.some((item) => kinds.includes(coverage(tax, wanted(item.claim), [strip(tc)], AREAS).kind as 'exact'))).map((tc) => specificity(tc) + purposeFit(tax, tc.purpose, flow.purpose))) + (aspect === 'retention' && onlyFlowData(s) ? 0.5 : 0) }))
          .filter((x) => x.score >= 0);
        const best = (list: typeof scored) => list.reduce<(typeof scored)[number] | undefined>((a, b) => (!a || b.score > a.score ? b : a), undefined)?.s;
        const pick = (list: typeof scored) => best(list.filter((x) => review.titleTopicAt(x.s.start) === aspect)) ?? best(list.filter((x) => topicAt(x.s.start) === aspect)) ?? list[0]?.s;
        // How long the flow's recipient keeps its data is said by a sentence that names it ("Meta … les garde
        // 90 jours"), before a line of the section on keeping that names no one ("Messages que vous nous
        // envoyez : 3 ans", our own records).
        const naming = aspect === 'retention' ? scored.filter((x) => namesFlowFor(aspect, x.s, flow)) : [];
        return (naming.length ? pick(naming) : undefined) ?? pick(scored);
      };
      // A period stated for part of a flow's data ("name, address and phone number: 180 days") is
      // the keeping of whom the statement speaks of: against a flow whose other data it leaves out
      // (WhatsApp's phone number and messages, which Meta keeps) it says nothing, unless it names
      // the flow's recipient. So is one for data named by another purpose ("Bezorggegevens (naam, adres,
      // telefoonnummer): 180 dagen" against WhatsApp's number and messages, the rest said elsewhere).
      if (aspect === 'retention' && conflict.length) {
        const s = covering(['conflict']);
        const purposes = s ? kinds(s, 'purpose') : [];
        const otherPurpose = purposes.length > 0 && !purposes.some((p) => covers(tax, 'purpose', p.value, flow.purpose) || covers(tax, 'purpose', flow.purpose, p.value));
        if ((otherPurpose || results.some((r) => r.result.kind === 'omitted')) && (!s || !namesFlow(s, flow))) conflict = [];
        // A period for personal data in general or for records of some kind ("Abonnementsgegevens bewaren we tot een
        // jaar …") that names none of the flow's recipients gives way to a sentence on the recipient's own keeping of
        // the flow's data ("Meta bewaart die berichten …, zo lang als Meta dat zelf bepaalt"): that one says how long
        // this flow's data are kept, whether it names a period, a criterion or a pointer.
        else if (s && !namesFlowFor(aspect, s, flow) && !onlyFlowData(s)) {
          // It must say how long: a period, a criterion or a pointer ("For each ticket Zendesk holds your name, …" says
          // only that Zendesk has the data).
          const howLong = [...phrases(vocab?.keptWhile), ...phrases(vocab?.ownPolicy)];
          const named = [covering(['exact', 'vague']), vagueStatement(aspect, flow, sentences, helpers(coversFlowData))].find((x) => x && namesFlowFor(aspect, x, flow) && (x.durations.length > 0 || has(x, howLong)));
          if (named) conflict = [];
        }
      }
      if (conflict.length && !clear.length) {
        const s = covering(['conflict']) ?? sentenceAt(conflict[0]!.item.offset);
        // "stored in India and on servers across the globe" names other places too: vague, not a denial.
        cls = s && isOutside(s) ? 'vague' : 'incorrect';
        at = s;
      } else if (clear.length === results.length) {
        cls = 'clear';
        at = covering(['exact']) ?? sentenceAt(clear[0]!.item.offset);
      } else if (aspect === 'transfers' && conflict.length && clear.length + conflict.length === results.length && !conflict.some((r) => { const s = sentenceAt(r.item.offset); return s !== undefined && isOutside(s); })) {
        // "Sinch Sweden AB, based in Stockholm" and "Sinch keeps the reminder data on its servers in Singapore" for a
        // flow stored in Germany: every part of the transfer is said, one of them otherwise than the flow. The
        // statement that says it otherwise is incorrect (as one wrong storage place alone is), the rest under it.
        const s = covering(['conflict']) ?? sentenceAt(conflict[0]!.item.offset);
        const c = covering(['exact']);
        if (s) {
          cls = 'incorrect';
          at = s;
          partWrong = true;
          if (c && c !== s) related.push({ class: 'clear', ...lc(pos(c)), statement: statement(c) });
        } else {
          cls = 'vague';
          at = c;
        }
      } else if (clear.length || vague.length) {
        cls = 'vague';
        at = covering(['exact', 'vague']) ?? sentenceAt((vague[0] ?? clear[0])!.item.offset);
        // Vague for what the statements leave out, not (only) for broader terms: the finding says which.
        leftOut = { claims: results.filter((r) => r.result.kind === 'omitted').map((r) => r.item.claim), broader: vague.length > 0 };
        broaderTerms = uniqueBy(vague.flatMap(({ result, item }) => (result.kind === 'vague' ? result.broader.map((term) => ({ term, by: result.by, wanted: item.claim })) : [])), termKey);
        otherwise = uniqueBy(conflict.flatMap((r) => (r.result.kind === 'conflict' ? [{ by: r.result.by, wanted: r.item.claim }] : [])), otherwiseKey);
      } else {
        // Statements the claim reader cannot make a full claim of, but a reviewer reads as a vague disclosure.
        at = vagueStatement(aspect, flow, sentences, helpers(coversFlowData));
        // "Wir schicken Ihnen eine Nachricht über WhatsApp": the channel named as the way messages go
        // tells, in broader terms, that its provider gets them (held-out-4 B10, held-out-5 C10).
        if (!at && aspect === 'recipients') at = channelStatement(flow, ctx.template.flows, sentences, { isHeading: review.isHeading, kinds, coversFlowData });
        if (at) cls = 'vague';
      }
      // A statement in the section on this aspect says more than one elsewhere ("job applicants' data may be shared").
      // A statement that names the flow's own recipient or places says more than one in general terms.
      if (cls === 'vague' && at) {
        const named = vagueStatement(aspect, flow, sentences, helpers(coversFlowData));
        if (named && named !== at && namesFlowFor(aspect, named, flow) && !namesFlowFor(aspect, at, flow)) at = named;
      }
      // "Our courier Parcelink Express" against a courier flow that declares SwiftShip Logistics: the
      // policy says who plays the role but names another party for it, and never the declared one.
      // The role is disclosed in broader terms at best: vague, at the statement naming the other party.
      let named: FlowDisclosure['named'];
      if (aspect === 'recipients' && (cls === 'clear' || cls === 'vague') && ctx.loc) {
        const discloses = (s: Sentence) => view(claimsIn(s)).some((tc) => !tc.negated && counts(tc) && group.some((item) => ['exact', 'vague'].includes(coverage(tax, wanted(item.claim), [strip(tc)], AREAS).kind)));
        const other = otherRecipient(flow, sentences, { quote: review.quote, ownAt: review.ownAt, isHeading: review.isHeading, kinds, tax, locale: ctx.policy?.locale ?? ctx.loc.data, names: allNames, discloses });
        if (other) {
          cls = 'vague';
          at = other.sentence;
          named = { other: other.named, declared: other.declared };
        }
      } else if (aspect === 'recipients' && cls === 'omitted' && ctx.loc) {
        // "We hand your name, address and phone number to Parcelink Express": no role said, so the
        // flow stays omitted, and the finding names the party the policy gives the data to instead.
        const other = namedInstead(flow, sentences, { quote: review.quote, ownAt: review.ownAt, isHeading: review.isHeading, kinds, tax, locale: ctx.policy?.locale ?? ctx.loc.data, names: allNames, discloses: () => false, coversFlowData });
        if (other) {
          named = { other: other.named, declared: other.declared };
          // Said in words: under a denial that makes the flow incorrect, a bare "omitted:" before this
          // sentence told a reviewer nothing (stop 26 reviewer's audit, corpus payfast line 15).
          related.push({ class: 'omitted', ...lc(pos(other.sentence)), statement: statement(other.sentence), message: `gives this data to ${other.named}, where flow "${flow.id}" declares ${other.declared}: "${statement(other.sentence)}"` });
        }
      }
      if (aspect === 'recipients' || aspect === 'transfers') {
        for (const b of blankets) {
          const applies =
            (b.kind === 'consent-only' && aspect === 'recipients' && flow.legalBasis !== 'consent') ||
            (b.kind === 'deny-share' && aspect === 'recipients' && flow.recipients.length > 0) ||
            (b.kind === 'deny-transfer' && aspect === 'transfers') ||
            (b.kind === 'deny-sell' && aspect === 'recipients' && flowSells(flow));
          if (!applies || !coversFlowData(b.sentence) || !recipientApplies(b.sentence, flow, kinds, tax)) continue;
          // Data that stay within the places named: a flow whose every place lies there keeps to it.
          if (b.within && group.every((c) => !c.claim.place || insideArea(c.claim.place, b.within!.flatMap(countriesOf)))) continue;
          // "Eine Übermittlung Ihrer Daten in Länder außerhalb der EU findet nicht statt", "I dati non vengono
          // trasferiti al di fuori dello Spazio economico europeo": a denial of transfers to other countries in
          // general is kept by a flow whose every place (its recipients' and its storage) lies in the region's area.
          if (b.kind === 'deny-transfer' && !b.within && area.length && isOutside(b.sentence) && group.every((c) => !c.claim.place || insideArea(c.claim.place, area))) continue;
          // "… except with the courier that delivers your order", "außer an unseren Paketdienst", "sauf à
          // nos transporteurs": the exception names the flow's recipient, so the denial excepts this flow
          // and the exception discloses it, in the denial's broader terms (vague) when nothing else does.
          if (b.qualified && exceptsFlow(b.sentence, flow)) {
            if (cls === 'omitted') {
              cls = 'vague';
              at = b.sentence;
            }
            continue;
          }
          if (b.sensitive && !(ctx.region && flow.data.some((d) => isSensitive(tax, ctx.region!, d)))) continue;
          if (b.termOfArt && !sellsOrSharesForAds(flow, tax)) continue;
          // A blanket statement qualified by a purpose ("we do not share your information with other
          // companies for their own marketing") speaks only of flows for that purpose.
          const purposes = kinds(b.sentence, 'purpose');
          if (purposes.length && !purposes.some((p) => covers(tax, 'purpose', p.value, flow.purpose))) continue;
          // A denial of transfers abroad ("we make no international transfers") is not answered by
          // where the data is stored: only a statement of the transfer itself discloses it. Storage
          // outside the region's area ("our servers in Germany" in a policy for China) is itself a
          // provision abroad, so it answers the denial (the two contradict).
          const storedAbroad = (r: (typeof results)[number]) => r.item.claim.action === 'store' && !!r.item.claim.place && area.length > 0 && !insideArea(r.item.claim.place, area);
          const storeOnly = b.kind === 'deny-transfer' && results.some((r) => r.result.kind === 'exact' || r.result.kind === 'vague') && results.every((r) => (r.item.claim.action === 'store' && !storedAbroad(r)) || (r.result.kind !== 'exact' && r.result.kind !== 'vague'));
          const disclosed = (cls === 'clear' || cls === 'vague' || partWrong) && !storeOnly;
          if (b.kind === 'consent-only' && !b.qualified) {
            if (at) related.push({ class: cls, ...lc(pos(at)), statement: statement(at) });
            cls = 'incorrect';
            at = b.sentence;
          } else if (!disclosed) {
            cls = 'incorrect';
            at = b.sentence;
          } else if (!b.qualified) {
            related.push({ class: cls, ...lc(pos(at!)), statement: statement(at!) });
            cls = 'ambiguous';
            at = b.sentence;
          }
          if (cls === 'incorrect' || cls === 'ambiguous') {
            for (const o of blankets) if (o !== b && o.sentence !== at) related.push({ class: 'incorrect', ...lc(pos(o.sentence)), statement: statement(o.sentence) });
            break;
          }
        }
      }
      out.push({ flow, aspect, class: cls, claims, pos: at ? pos(at) : (review.omittedPos(aspect) ?? flow.pos ?? ctx.template.positions['flows'] ?? { file: ctx.template.file, line: 1, column: 1 }), ...(at ? { statement: statement(at) } : {}), related: dedupe(related), ...(named && (cls === 'vague' || cls === 'omitted') ? { named } : {}), ...(cls === 'vague' && !named && leftOut?.claims.length ? { leftOut } : {}), ...(cls === 'vague' && !named && broaderTerms.length ? { broaderTerms } : {}), ...(cls === 'vague' && !named && otherwise.length ? { otherwise } : {}) });
    }
    // A flow whose recipients keep its data by their own criteria makes no retention claim: the
    // recipient's keeping said is clear, a general sentence vague (src/policy/criteria-retention.ts).
    if (!byAspect.has('retention') && keptByCriteria(flow)) {
      const coversData = (s: Sentence) => kinds(s, 'data').length === 0 || kinds(s, 'data').some((m) => flow.data.some((fd) => covers(tax, 'data', m.value, fd)));
      const own = recipientKeeping(flow, sentences, { isHeading: review.isHeading, kinds, tax, ownAt: review.ownAt, ours });
      const at = own ?? vagueStatement('retention', flow, sentences, helpers(coversData)) ?? purposeKeeping(flow, sentences, { isHeading: review.isHeading, kinds, tax });
      // Said by other criteria than the flow's (its legal duties only, a pointer to its own policy): vague (src/policy/kept-while.ts).
      // So is its keeping that states no criterion at all, neither the flow's purpose nor a need ("Stripe los conserva el
      // tiempo que marque la normativa aplicable": the time some rules set).
      const next = own && sentences[sentences.indexOf(own) + 1];
      const other = own && (otherCriteria(own, next, flow, { kinds, has, tax, ownPolicy: phrases(vocab?.ownPolicy) }) || (!namesFlowCriteria(own, next, flow, { kinds, tax }) && !has(own, phrases(vocab?.keptWhile))));
      // No criteria said by the recipient, but a period of its own: otherwise than the flow (incorrect).
      const period = own ? undefined : recipientPeriod(flow, sentences, { isHeading: review.isHeading, kinds, tax });
      const cls: DisclosureClass = period ? 'incorrect' : own && !other ? 'clear' : at ? 'vague' : 'omitted';
      const shown = period ?? at;
      out.push({ flow, aspect: 'retention', class: cls, claims: [], said: criteriaSaid(flow), pos: shown ? pos(shown) : (review.omittedPos('retention') ?? flow.pos ?? ctx.template.positions['flows'] ?? { file: ctx.template.file, line: 1, column: 1 }), ...(shown ? { statement: statement(shown) } : {}), related: [] });
    }
  }
  cache.set(key, out);
  return out;
}

/**
 * The keys of the claims picked from some sentences that no other sentence makes too (`made`: what a
 * sentence makes, its own claims unless said otherwise): claims to leave out of the policy's statements.
 */
function keysOnlyIn(picked: ReadonlyMap<Sentence, readonly Claim[]>, sentences: readonly Sentence[], made: (s: Sentence) => readonly Claim[] = (s) => s.claims): Set<string> {
  const keys = new Set<string>();
  for (const list of picked.values()) for (const c of list) keys.add(claimKey(c));
  if (keys.size) for (const s of sentences) if (!picked.has(s)) for (const c of made(s)) keys.delete(claimKey(c));
  return keys;
}

/**
 * Whether a flow sells, or shares in the CCPA's sense: gives data to a third party (no service provider
 * or contractor) for cross-context behavioral advertising (Cal. Civ. Code §1798.140(ah)(1)).
 */
function sellsOrSharesForAds(flow: Flow, tax: Parameters<typeof covers>[0]): boolean {
  return flowSells(flow) || (covers(tax, 'purpose', 'marketing.advertising.third_party', flow.purpose) && flow.recipients.some(isThirdParty));
}

/**
 * The claims of list items read after a lead-in that go to a recipient type only the lead-in names,
 * where the item names a recipient of its own (a type or a name): by sentence.
 */
function categoryClaims(sentences: readonly Sentence[], ownAt: (offset: number) => number): Map<Sentence, Claim[]> {
  const out = new Map<Sentence, Claim[]>();
  for (const s of sentences) {
    const own = ownAt(s.start);
    if (own <= s.start || !s.claims.length) continue;
    const mine = s.mentions.filter((m) => m.start >= own && (m.kind === 'recipient' || m.kind === 'name'));
    if (!mine.length) continue;
    const theirs = new Set(s.mentions.filter((m) => m.end <= own && m.kind === 'recipient').map((m) => m.value));
    const dropped = s.claims.filter((c) => c.recipient?.type && !c.recipient.name && theirs.has(c.recipient.type) && !mine.some((m) => m.kind === 'recipient' && m.value === c.recipient!.type));
    if (dropped.length) out.set(s, dropped);
  }
  return out;
}

/** Whether one of the phrases occurs in the text as whole words (anywhere, in a script without spaces). */
function hasWord(text: string, list: readonly string[], unspaced: boolean): boolean {
  return list.some((w) => w && (unspaced ? text.includes(w) : new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(w)}([^\\p{L}\\p{N}]|$)`, 'u').test(text)));
}

function lc(p: SourcePos): { line: number; column: number } {
  return { line: p.line ?? 1, column: p.column ?? 1 };
}

function dedupe(list: Related[]): Related[] {
  const seen = new Set<string>();
  return list.filter((r) => !seen.has(`${r.line}:${r.column}`) && seen.add(`${r.line}:${r.column}`));
}

interface PlaceHelpers {
  topicAt(offset: number): string | undefined;
  titleTopicAt(offset: number): string | undefined;
  isHeading(offset: number): boolean;
  ownAt(offset: number): number;
  kinds(s: Sentence, k: Mention['kind']): Mention[];
  tax: Parameters<typeof covers>[0];
  /** Whether a sentence speaks of other countries in general ("outside the EU"): its place is where the recipient is not. */
  outside(s: Sentence): boolean;
  /** Whether a place is said as someone's seat ("we are based in the Netherlands"), not where data is kept. */
  seat(s: Sentence, place: Mention): boolean;
  /** The places a sentence says of servers or data centres (src/policy/storage-places.ts). */
  facility(s: Sentence): Mention[];
  /** Whether a sentence names data by a word that points back ("these details", policy.dataReferences). */
  refersToData?(s: Sentence): boolean;
  /** The share claims a sentence makes through its recipient as the one who acts (src/policy/recipient-subject.ts). */
  made?(s: Sentence): readonly Claim[];
}

/** Whether `place` follows one of the locale's words for where someone is established, with at most an article between. */
function seatOf(s: Sentence, place: Mention, established: readonly string[]): boolean {
  if (place.seat) return true;
  if (!established.length) return false;
  const raw = s.text.slice(0, place.start - s.start);
  const before = raw.replace(/\s+/g, ' ').trimEnd();
  // A word for where something is that is part of a verb of storing ("server yang berlokasi di",
  // "máy chủ đặt tại": servers located in) places the servers, not someone's seat.
  const stores = s.mentions.filter((m) => m.kind === 'action' && m.value === 'store' && m.end <= place.start);
  return established.some((w) => {
    const at = before.lastIndexOf(w);
    if (at >= 0 && stores.some((m) => m.start - s.start <= raw.lastIndexOf(w) && raw.lastIndexOf(w) + w.length <= m.end - s.start)) return false;
    return at >= 0 && (before.length - (at + w.length) <= 5 || townBefore(before.slice(at + w.length), established)) && (at === 0 || !/[\p{L}\p{N}]/u.test(before[at - 1]!));
  });
}

/**
 * Where a flow's data goes, said without naming the data, in a section on transfers: "Our courier
 * is based in the United States. We send it your data on the basis of the standard contractual
 * clauses." — the recipient's place (and the mechanism its unit names) for the data the policy
 * says that recipient gets; "Our servers are in Germany" — where we store the data we keep
 * ourselves (the flow's own storage, never a recipient's). Returns each such sentence's claims,
 * its own included.
 */
function placeStatements(flow: Flow, sentences: readonly Sentence[], claims: readonly Claim[], h: PlaceHelpers): Map<Sentence, Claim[]> {
  const out = new Map<Sentence, Claim[]>();
  // The flow's data the policy says a recipient of this flow gets (else "personal data", broader).
  const given = (): string[] => {
    const toFlow = (c: Claim) => !!c.recipient && flow.recipients.some((r) => (c.recipient!.type !== undefined && covers(h.tax, 'recipient', c.recipient!.type, r.type)) || (r.name !== undefined && c.recipient!.name === r.name));
    const data = flow.data.filter((d) => claims.some((c) => !c.negated && (c.action === 'share' || c.action === 'transfer') && c.data === d && toFlow(c)));
    return data.length ? data : ['user'];
  };
  // A recipient of the flow by its name, or by the first word of it once the policy has named it in
  // full ("Meta Platforms Ireland Limited …", then "Meta kann … speichern").
  const text = sentences.map((s) => s.text).join('\n');
  const calls = flow.recipients.flatMap((r) => {
    const core = r.name ? coreName(r.name) : '';
    if (core.length < 3 || !text.includes(core)) return [];
    const first = core.split(/\s+/)[0]!;
    return [{ name: r.name!, words: first.length >= 4 && first !== core ? [core, first] : [core] }];
  });
  let categories: Set<string> | undefined;
  // The categories given the flow's data (the flow's own type among them: "our delivery partners"), for a sentence
  // that points back to those data with a category holding one of them ("Our partners keep these details …").
  let types: string[] | undefined;
  const givenTypes = () => (types ??= [...new Set(claims.filter((c) => givesFlowData(c, flow) && c.recipient!.type).map((c) => c.recipient!.type!))]);
  const callsIn = (s: Sentence) => calls.filter((c) => c.words.some((w) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(w)}([^\\p{L}\\p{N}]|$)`, 'u').test(s.text)));
  sentences.forEach((s, i) => {
    if (h.isHeading(s.start)) return;
    const inTransfers = h.topicAt(s.start) === 'transfers' || h.titleTopicAt(s.start) === 'transfers';
    // "Meta may store your phone number and the messages on servers in the US": the recipient keeps
    // the data it gets there, so the data goes to that recipient in that place.
    // … or by the place of the servers or data centres that hold them, whatever the verb ("Meta may hold
    // these messages in data centres in the United States", src/policy/storage-places.ts).
    const facility = h.facility(s);
    // A verb of keeping with a place in its own clause stores there, even beside a period said in another clause.
    const keptAt = h.kinds(s, 'action').some((a) => a.value === 'store') ? undefined : keptInPlace(s);
    const stores = h.kinds(s, 'action').some((a) => a.value === 'store') || facility.length > 0 || keptAt !== undefined;
    if (stores && !h.kinds(s, 'negation').length && !h.outside(s)) {
      let data = [...new Set(h.kinds(s, 'data').map((m) => m.value))].filter((d) => flow.data.includes(d));
      // Data named by the flow's purpose and no data word ("จัดเก็บข้อมูลการชำระเงินไว้กับ … Stripe, Inc. ที่ประเทศ
      // สหรัฐอเมริกา": the payment data) are what the recipient gets for that purpose.
      if (!data.length && !h.kinds(s, 'data').length && h.kinds(s, 'purpose').some((m) => covers(h.tax, 'purpose', m.value, flow.purpose))) data = given().filter((d) => d !== 'user');
      // Data named by a word that points back ("Our partners keep these details on servers in the US", "Meta
      // bewahrt diese Daten in den USA auf"): what the nearest of the two sentences before it in its section named
      // (policy.dataReferences), as for a sentence of giving (src/policy/recipient-subject.ts).
      if (!data.length && !h.kinds(s, 'data').some((m) => m.value !== 'user') && h.refersToData?.(s)) data = dataNamedBefore(sentences, i, h.isHeading).filter((d) => flow.data.includes(d));
      // The places of the clause of the verb of storing: a later verb opens another clause ("… ที่ประเทศสหรัฐอเมริกา
      // ระบบร้านค้าออนไลน์ของเราใช้ผู้ให้บริการโฮสติ้งที่ประเทศเยอรมนี", our own hosting in a sentence Thai does not close).
      const storeAt = (h.kinds(s, 'action').find((a) => a.value === 'store') ?? keptAt)?.start;
      const nextVerb = storeAt === undefined ? undefined : h.kinds(s, 'action').find((a) => a.start > storeAt && a.value !== 'store' && a !== keptAt);
      const places = storeAt === undefined ? facility : [...new Set([...facility, ...h.kinds(s, 'place').filter((p) => !h.seat(s, p) && !(nextVerb && p.start > nextVerb.start))])];
      // … or by a name the reader found in the sentence (a short name: "Meta dapat menyimpan pesan
      // WhatsApp di Amerika Serikat"), in any section ("Penyimpanan dan Transfer Data" is read as one on keeping).
      const who = [...(inTransfers ? callsIn(s) : []), ...h.kinds(s, 'name').filter((m) => flow.recipients.some((r) => r.name === m.value)).map((m) => ({ name: m.value, words: [] as string[] }))].filter((w, k, all) => all.findIndex((x) => x.name === w.name) === k);
      // "Meta's copies of the chat may sit in data centers in …", "its affiliate Stripe, Inc. stores payment
      // data in the United States": a recipient of the flow keeping data named by no word of the flow's
      // keeps what it gets (which data it gets is the recipients aspect's question, `dataGivenTo`).
      if (!data.length && who.length) data = dataGivenTo(flow, claims, h.tax).filter((d) => d !== 'user');
      // "… geven wij uw naam … door aan onze betaaldienstverlener, gevestigd in Ierland, die deze gegevens ook op
      // servers in de Verenigde Staten bewaart", "These partners … keep the messages on servers in the United
      // States": a recipient category holding the flow's recipient, which the sentence itself gives the flow's
      // data or which opens it having been given them before (`givenCategories`), keeps what it gets where it
      // says (a category given nothing of the flow may be another provider).
      const first = Math.min(...places.map((p) => p.start));
      // (a passive's agent gets them too: "… sono trattati dai nostri fornitori tecnici, che li conservano su server negli Stati Uniti")
      const givenHere = (m: Mention) => [...s.claims, ...(h.made?.(s) ?? [])].some((c) => givesFlowData(c, flow) && c.recipient!.type === m.value);
      const holders = who.length || !data.length ? [] : [...new Set(h.kinds(s, 'recipient').filter((m) => m.start < first && m.start >= h.ownAt(s.start) && flow.recipients.some((r) => covers(h.tax, 'recipient', m.value, r.type)) && (givenHere(m) || (m === s.mentions.find((x) => x.start >= h.ownAt(s.start)) && ((categories ??= givenCategories(flow, claims, h.tax)).has(m.value) || (h.refersToData?.(s) === true && givenTypes().some((g) => covers(h.tax, 'recipient', m.value, g))))))).map((m) => m.value))];
      if (data.length && places.length && holders.length) {
        const made = holders.flatMap((type) => places.flatMap((p) => data.map((d): Claim => ({ action: 'transfer', data: d, recipient: { type }, place: p.value }))));
        const kept = places.flatMap((p) => data.map((d): Claim => ({ action: 'store', data: d, place: p.value })));
        out.set(s, [...s.claims, ...made, ...kept]);
        return;
      }
      if (data.length && places.length && who.length) {
        // Where it keeps part of what it gets is where what it gets goes ("Meta kann Nachrichten … in
        // den USA speichern", having been given the phone number and the messages).
        // (What a recipient named by name gets is all the flow gives it, as `dataGivenTo` reads its seat: which
        // data it gets is the recipients aspect's question.)
        const got = who.some((w) => flow.recipients.some((r) => r.name === w.name)) ? dataGivenTo(flow, claims, h.tax).filter((d) => d !== 'user') : given();
        if (data.every((d) => got.includes(d))) data.push(...got.filter((d) => !data.includes(d)));
        const made = who.flatMap((w) => places.flatMap((p) => data.map((d): Claim => ({ action: 'transfer', data: d, recipient: { name: w.name }, place: p.value }))));
        // … and is kept there: the store claims of what it gets, not only of what the sentence names.
        const kept = places.flatMap((p) => data.map((d): Claim => ({ action: 'store', data: d, place: p.value })));
        out.set(s, [...s.claims, ...made, ...kept]);
        return;
      }
    }
    if (!inTransfers) return;
    if (h.kinds(s, 'data').length || h.kinds(s, 'negation').length || h.outside(s)) return;
    const places = h.kinds(s, 'place');
    if (!places.length) return;
    const actions = h.kinds(s, 'action').map((a) => a.value);
    if (actions.some((a) => a !== 'store' && a !== 'transfer')) return;
    const made: Claim[] = [];
    const recipients = [...h.kinds(s, 'recipient'), ...h.kinds(s, 'name')];
    if (recipients.length) {
      // The mechanism in the sentence, or in the next one of the same paragraph ("… dorthin stützen wir auf die Standardvertragsklauseln").
      const next = sentences[i + 1];
      const mechanism = (h.kinds(s, 'mechanism')[0] ?? (next && h.ownAt(next.start) === h.ownAt(s.start) ? h.kinds(next, 'mechanism')[0] : undefined))?.value as Claim['mechanism'];
      for (const m of recipients) {
        const type = m.kind === 'recipient' ? m.value : undefined;
        const name = m.kind === 'name' ? m.value : undefined;
        if (type && !flow.recipients.some((r) => covers(h.tax, 'recipient', type, r.type))) continue;
        if (name && !flow.recipients.some((r) => r.name === name)) continue;
        const place = places.find((p) => p.start > m.start) ?? places[0]!;
        for (const d of given()) made.push({ action: 'transfer', data: d, recipient: type ? { type } : { name: name! }, place: place.value, ...(mechanism ? { mechanism } : {}) });
      }
    } else if (flow.storage.length && (actions.includes('store') || !actions.length)) {
      // "We are based in the Netherlands and our servers are in the EU": the seat is no storage place.
      for (const p of places) if (!h.seat(s, p)) for (const d of flow.data) made.push({ action: 'store', data: d, place: p.value });
    }
    if (made.length) out.set(s, [...s.claims, ...made]);
  });
  return out;
}

/** The claims with, for each on the flow's messages, the same claim on each datum its messages carry (`Flow.messagesCarry`). */
function carried(flow: Flow, list: Claim[]): Claim[] {
  const carry = flow.messagesCarry;
  if (!carry?.length || !list.some((c) => c.data === MESSAGE)) return list;
  return [...list, ...list.filter((c) => c.data === MESSAGE).flatMap((c) => carry.map((d): Claim => ({ ...c, data: d })))];
}

const MESSAGE = 'user.content.message';

/** How far after a denied verb its object pronoun may stand ("we do not share it with anyone", "nie przekazujemy ich"). */
const PRONOUN_REACH = 12;

/**
 * A transfer to one of the flow's recipients in a place where it keeps the data, as the transfer to it at its seat too.
 * Where the recipient declares no storage of its own, the flow's storage is where it keeps them ("AdReach tiene questi
 * dati in un centro dati in Germania" for AdReach Media in the US, "Sinch lưu các dữ liệu này trên máy chủ đặt tại Đức"
 * for Sinch Sweden, the flow stored in Germany): the same data kept where the flow says, so the transfer to it is the
 * one at its seat only (`replaces`), not one to another place than its seat.
 */
function keptBy(flow: Flow, c: Claim, tax: Parameters<typeof covers>[0]): { claims: Claim[]; replaces: boolean } {
  if (c.action !== 'transfer' || c.negated || !c.recipient || !c.place) return { claims: [], replaces: false };
  const who = c.recipient;
  const r = flow.recipients.find((x) => (who.name ? x.name === who.name : who.type !== undefined && covers(tax, 'recipient', x.type, who.type)) && x.country && x.country !== c.place && (x.storage ?? flow.storage).includes(c.place!));
  return r ? { claims: [{ ...c, place: r.country! }], replaces: !r.storage } : { claims: [], replaces: false };
}

/** A transfer to a recipient as the sharing it also is (no place or mechanism: those are the transfer's). */
function asShare(c: Claim): Claim {
  return { action: 'share', data: c.data, ...(c.recipient ? { recipient: c.recipient } : {}), ...(c.purpose ? { purpose: c.purpose } : {}), ...(c.negated ? { negated: true } : {}) };
}

function withoutPurpose(c: Claim): Claim {
  const { purpose: _purpose, ...rest } = c;
  return rest;
}

/** A broader term in keys, as the finding's data gives it: "place EU for DE", "recipient recipient.service_provider for recipient.service_provider.courier "SwiftShip Logistics"". */
export function termKey({ term, by, wanted }: BroaderTerm): string {
  const who = (r: Claim['recipient']) => (r ? [r.type, r.name ? `"${r.name}"` : undefined].filter(Boolean).join(' ') || 'a recipient' : 'no recipient');
  if (term === 'data') return `data ${by.data} for ${wanted.data}`;
  if (term === 'recipient') return `recipient ${who(by.recipient)} for ${who(wanted.recipient)}`;
  if (term === 'purpose') return `purpose ${by.purpose} for ${wanted.purpose}`;
  // "przez okres do 90 dni" for up to 30 days: a looser upper bound (src/claims/compare.ts looserBound).
  if (term === 'period') return `period up to ${by.retention?.value} ${by.retention?.unit} for ${wanted.retention?.upTo ? 'up to ' : ''}${wanted.retention?.value} ${wanted.retention?.unit}`;
  return `place ${by.place} for ${wanted.place}`;
}

/** A claim said otherwise, in keys: "store user in SG, where the flow has store user.name in DE". */
export function otherwiseKey({ by, wanted }: SaidOtherwise): string {
  return `${describeClaim(by)}, where the flow has ${describeClaim(wanted)}`;
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const t of items) if (!seen.has(key(t))) seen.set(key(t), t);
  return [...seen.values()];
}

function withoutPlace(c: Claim): Claim {
  const { place: _place, mechanism: _mechanism, ...rest } = c;
  return rest;
}

/** How specifically a claim names what it covers: the depth of its recipient type and data category, and a purpose. */
function specificity(c: Claim): number {
  const type = c.recipient?.type;
  return (type === undefined ? 0 : BROAD.has(type) ? 1 : type.split('.').length) + (c.recipient?.name ? 2 : 0) + c.data.split('.').length + (c.purpose ? 1 : 0);
}

/**
 * How a statement's purpose fits the flow's, when choosing among statements that cover it: its own
 * purpose or a broader one (+1), one beside it in the same branch (payment beside delivery, 0), one
 * of another branch (marketing for a delivery flow, -1), beside the point `specificity` gives any purpose. Purposes are judged apart (see `strip`), but
 * of "partners that help us deliver products" and "vendors for our marketing", the first speaks of delivery.
 */
function purposeFit(tax: Parameters<typeof covers>[0], purpose: string | undefined, flowPurpose: string): number {
  if (!purpose) return 0;
  if (covers(tax, 'purpose', purpose, flowPurpose)) return 1;
  return purpose.split('.')[0] === flowPurpose.split('.')[0] ? 0 : -1;
}

/** Whether a sentence names one of the flow's recipients (by its name without legal form). */
function namesFlow(s: Sentence, flow: Flow): boolean {
  const t = s.text.toLowerCase();
  return flow.recipients.some((r) => {
    if (!r.name) return false;
    const core = coreName(r.name);
    return core.length >= 3 && t.includes(core);
  });
}

/**
 * `namesFlow`, and for statements of keeping also a short name the reader resolved ("Meta keeps them only
 * as long as it needs to", for Meta Platforms Ireland Limited): it names the recipient as the full name does.
 */
function namesFlowFor(aspect: Aspect, s: Sentence, flow: Flow): boolean {
  return namesFlow(s, flow) || (aspect === 'retention' && s.mentions.some((m) => m.kind === 'name' && flow.recipients.some((r) => r.name === m.value)));
}

const BROAD = new Set(['recipient', 'recipient.third_party']);

/** The keys of store claims that only sentences about another's keeping make (see flowDisclosures). */
function storeOfOthers(sentences: readonly Sentence[], names: readonly string[], relatives: readonly string[]): Set<string> {
  const text = sentences.map((s) => s.text).join('\n');
  const words = names.flatMap((n) => {
    const core = coreName(n);
    if (core.length < 3 || !text.includes(core)) return [];
    const first = core.split(/\s+/)[0]!;
    return first.length >= 4 ? [core, first] : [core];
  });
  const others = new Set<string>();
  const ours = new Set<string>();
  for (const s of sentences) {
    const stores = s.claims.filter((c) => c.action === 'store');
    if (!stores.length) continue;
    const verb = s.mentions.findIndex((m) => m.kind === 'action');
    const before = verb < 0 ? s.mentions : s.mentions.slice(0, verb);
    const head = s.text.slice(0, verb < 0 ? s.text.length : s.mentions[verb]!.start - s.start);
    const someoneElse = before.some((m) => m.kind === 'name' || m.kind === 'recipient') || words.some((w) => new RegExp(`^\\W*${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'u').test(head)) || inRelative(s, relatives);
    for (const c of stores) (someoneElse ? others : ours).add(claimKey(c));
  }
  for (const k of ours) others.delete(k);
  return others;
}

/**
 * Whether the sentence's verb of storing stands in a relative clause about a recipient or name before it ("… door Meta
 * Platforms Ireland Ltd., die ze opslaat in de Verenigde Staten", "… dai nostri fornitori tecnici, che li conservano su
 * server negli Stati Uniti"): that one keeps the data there, not we.
 */
function inRelative(s: Sentence, relatives: readonly string[]): boolean {
  if (!relatives.length) return false;
  const verb = s.mentions.find((m) => m.kind === 'action' && (m.value === 'store' || m.value === 'retain'));
  if (!verb) return false;
  const who = s.mentions.filter((m) => (m.kind === 'name' || m.kind === 'recipient') && m.end <= verb.start).pop();
  if (!who) return false;
  const between = s.text.slice(who.end - s.start, verb.start - s.start);
  if (/[;:；：]/.test(between) || s.mentions.some((m) => m.kind === 'action' && m.start >= who.end && m.end <= verb.start)) return false;
  return relatives.some((r) => new RegExp(`^[^,]{0,40},\\s*${escapeRegExp(r)}(?![\\p{L}\\p{N}])`, 'iu').test(between));
}

/** The recipient type a sentence speaks of first, before any verb ("Our carrier may be based …"), if any. */
function subjectOf(s: Sentence): string | undefined {
  for (const m of s.mentions) {
    if (m.kind === 'action') return undefined;
    if (m.kind === 'recipient') return m.value;
  }
  return undefined;
}

function recipientApplies(s: Sentence, flow: Flow, kinds: (s: Sentence, k: Mention['kind']) => Mention[], tax: Parameters<typeof covers>[0]): boolean {
  const types = kinds(s, 'recipient').map((m) => m.value);
  if (!types.length) return true;
  const broad = new Set(['recipient', 'recipient.third_party', 'recipient.service_provider']);
  return types.some((t) => broad.has(t) || flow.recipients.some((r) => covers(tax, 'recipient', t, r.type)));
}

interface Helpers {
  vocab: PolicyVocabulary | undefined;
  sentenceTopic(s: Sentence): string | undefined;
  isHeading(offset: number): boolean;
  titleTopicAt(offset: number): string | undefined;
  topicAt(offset: number): string | undefined;
  kinds(s: Sentence, k: Mention['kind']): Mention[];
  has(s: Sentence, list: string[]): boolean;
  isOutside(s: Sentence): boolean;
  coversFlowData(s: Sentence): boolean;
  tax: Parameters<typeof covers>[0];
  ownAt(offset: number): number;
}

/**
 * Whether a negation denies an action: closely before it, or (policy.verbSecond) after it in the
 * same clause. German and Dutch put the finite verb of a main clause second and its negation after
 * the object, the particle of a separable verb last: "Wir geben Ihre Daten nie an Dritte weiter",
 * "Wir verkaufen Ihre Daten nicht", "Wij verstrekken uw gegevens nooit aan derden". A comma,
 * semicolon, colon or bracket between them starts another clause ("…, der sie nicht länger als
 * nötig speichert").
 */
function negatesIn(vocab: PolicyVocabulary | undefined): (n: Mention, a: Mention, s: Sentence) => boolean {
  const verbSecond = (vocab as { verbSecond?: boolean } | undefined)?.verbSecond === true;
  return (n, a, s) =>
    (a.start >= n.end && a.start - n.end <= 40) ||
    (verbSecond &&
      a.end <= n.start &&
      n.start - a.end <= VERB_SECOND_REACH &&
      !/[,;:()]/.test(s.text.slice(a.end - s.start, n.start - s.start)) &&
      // Another verb between them has the negation ("… und speichern sie nicht").
      !s.mentions.some((m) => m.kind === 'action' && m.start >= a.end && m.end <= n.start));
}

/** How many sentences before a denial (back to a heading) may name the log data it speaks of. */
const LOG_CONTEXT = 12;

/** How far after its verb a main clause's negation may stand (object, then "nie", "nicht", "nooit"). */
const VERB_SECOND_REACH = 60;

/**
 * A flow the channel adds (WhatsApp's Cloud API flow) named only by the channel it carries: "Wir
 * schicken Ihnen eine Nachricht über WhatsApp", "Gửi thông báo giao hàng qua ứng dụng WhatsApp",
 * "WhatsApp 回访消息经由我们的合作伙伴发送". Neither the provider nor (often) the data are said, but a
 * reader learns that messages go out through the messenger's provider: a vague disclosure of the
 * flow's recipient, as the held-out annotations judge it. The channel's names are the messengers the
 * channel's recipients provide (`Recipient.messenger`); a sentence names one as a word, denies
 * nothing and speaks of something sent (a recipient, the flow's data or a purpose). Of those, the
 * first naming a recipient, else the first naming the flow's data, else the first.
 */
function channelStatement(flow: Flow, flows: readonly Flow[], sentences: readonly Sentence[], h: Pick<Helpers, 'isHeading' | 'kinds' | 'coversFlowData'>): Sentence | undefined {
  if (!flow.implied || !flow.recipients.length) return undefined;
  const names = [...new Set(flows.filter((f) => f.implied === flow.implied).flatMap((f) => f.recipients.flatMap((r) => (r.messenger ? [r.messenger.toLowerCase()] : []))))];
  if (!names.length) return undefined;
  // A word of its own beside Latin letters; in Chinese or Thai text a Latin name abuts the script's letters.
  const word = new RegExp(`(?<![\\p{Script=Latin}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{Script=Latin}\\p{N}])`, 'u');
  const found = sentences.filter((s) => !h.isHeading(s.start) && !h.kinds(s, 'negation').length && word.test(s.text.toLowerCase().replace(/\u02bc/g, ' ')));
  const data = (s: Sentence) => h.kinds(s, 'data').length > 0 && h.coversFlowData(s);
  return found.find((s) => h.kinds(s, 'recipient').length > 0 || h.kinds(s, 'name').length > 0) ?? found.find(data) ?? found.find((s) => h.kinds(s, 'purpose').length > 0);
}

/**
 * The statement that discloses an aspect of a flow only vaguely (no claim the reader can complete):
 * of the candidates, the one that names the flow's recipient or places, then the one in a section
 * titled for the aspect, then in a section on it, then one that is about it, then the first.
 */
function vagueStatement(aspect: Aspect, flow: Flow, sentences: readonly Sentence[], h: Helpers): Sentence | undefined {
  const actionOf = (s: Sentence) => new Set(h.kinds(s, 'action').map((m) => m.value));
  const inTopic = (s: Sentence, t: string) => h.topicAt(s.start) === t;
  const places = new Set<string>([...flow.storage, ...flow.recipients.flatMap((r) => [r.country, ...(r.storage ?? [])])].filter(Boolean) as string[]);
  const named = (s: Sentence) => namesFlow(s, flow);
  const placesFlow = (s: Sentence) => h.kinds(s, 'place').some((m) => places.has(m.value));
  const sentenceTopic = (s: Sentence) => h.sentenceTopic(s);
  // A criterion or a pointer to the recipient's own policy ("… ตามนโยบายของ Meta") states a period in broader terms.
  const whileWords = [...(h.vocab?.keptWhile ?? []), ...(h.vocab?.ownPolicy ?? [])].map((w) => w.toLowerCase());
  const candidates = sentences.filter((s) => {
    if (h.isHeading(s.start)) return false;
    const acts = actionOf(s);
    switch (aspect) {
      case 'recipients':
        if (!flow.recipients.length || h.kinds(s, 'negation').length) return false;
        // The flow's recipient by name, where data goes to it ("transfers to servers of Meta Platforms").
        if (named(s) && (acts.has('share') || acts.has('transfer') || ['recipients', 'transfers'].includes(sentenceTopic(s) ?? ''))) return true;
        if (!(acts.has('share') || acts.has('transfer'))) return false;
        // "Third parties" in a policy people wrote means anyone outside the company: broader than any recipient.
        return h.coversFlowData(s) && h.kinds(s, 'recipient').some((m) => BROAD.has(m.value) || flow.recipients.some((r) => covers(h.tax, 'recipient', m.value, r.type)));
      case 'retention': {
        // Someone else's keeping ("Stripe holds on to payment data until …") says nothing of this flow's.
        if (h.kinds(s, 'name').some((m) => !flow.recipients.some((r) => r.name === m.value)) && !named(s)) return false;
        // "Zendesk keeps the ticket for as long as it is useful to us", "… mientras dure la campaña", "ne sont
        // pas conservées plus longtemps que nécessaire": a period by criterion, whatever the verb of keeping
        // or storing, its negation part of the criterion (src/policy/kept-while.ts).
        if (keptWhileForFlow(s, flow, { kinds: h.kinds, has: h.has, tax: h.tax, ownAt: h.ownAt, words: whileWords, underPurpose: (x) => underPurpose(sentences, sentences.indexOf(x), flow, h) })) return true;
        // The rule for all the rest, in a section titled on keeping ("Everything else is deleted once
        // the purpose is served", "Tutto il resto lo cancelliamo quando non serve più"): a statement of
        // keeping in general, though it names no data and its verb is one of deleting. A line with a
        // label ("Customer accounts: until you close the account"), or a row or item read after its
        // header or lead-in, names records of its own.
        const general =
          h.titleTopicAt(s.start) === 'retention' &&
          h.ownAt(s.start) <= s.start &&
          !h.kinds(s, 'data').length &&
          !h.kinds(s, 'recipient').length &&
          !h.kinds(s, 'name').length &&
          !s.durations.length &&
          !/[:：]/.test(s.text.slice(Math.max(0, h.ownAt(s.start) - s.start)));
        // A retention statement on the flow's data anywhere, or on any data in the section on retention ("Order details: as long as we need them").
        if (!h.kinds(s, 'data').length && !general) return false;
        // "These companies do not retain … personally identifiable information" says how long no one keeps it.
        if (h.kinds(s, 'negation').some((n) => h.kinds(s, 'action').some((a) => a.value === 'retain' && a.start >= n.end && a.start - n.end <= 40))) return false;
        // In a section on security, "kept in a secure environment" says how data is kept safe, not
        // for how long — unless the sentence names a period.
        if (h.titleTopicAt(s.start) === 'security' && !s.durations.length) return false;
        // "You can ask us to delete your data" is erasure on request, not how long data is kept.
        if (s.deletion && !general) return false;
        // A statement that names a period is no vague one: it disclosed the flow's period (clear),
        // another (incorrect), or it is about other data or someone else's keeping.
        if (s.durations.length) return false;
        // "Order and delivery data: until the return period has ended" is the keeping of the data for
        // another purpose than this flow's (WhatsApp's messages), unless it names the flow's recipient.
        if (namesOtherPurpose(s, flow, h)) return false;
        if (!h.kinds(s, 'data').length) return general && (s.deletion === true || acts.has('retain') || (acts.has('store') && keptWhile(s, { kinds: h.kinds, has: h.has, words: whileWords })));
        return (h.coversFlowData(s) && acts.has('retain')) || (inTopic(s, 'retention') && (acts.has('retain') || acts.has('store') || acts.size === 0));
      }
      case 'transfers': {
        // Other countries in general, or the flow's own places or recipient; a place of another processor is not this flow's.
        // A denial ("we do not transfer it outside the EU") discloses nothing; a hedge ("servers
        // which may not be in your country") does.
        const negates = negatesIn(h.vocab);
        if (h.kinds(s, 'negation').some((n) => h.kinds(s, 'action').some((a) => negates(n, a, s)))) return false;
        // "SwiftShip Logistics sitzt in Nordamerika": where the flow's recipient is, said with no verb of giving.
        const placedWords = [...(h.vocab?.established ?? []), ...(h.vocab?.located ?? [])].map((w) => w.toLowerCase());
        const about = acts.size > 0 || inTopic(s, 'transfers') || sentenceTopic(s) === 'transfers' || (named(s) && h.has(s, placedWords));
        // "Our carrier may be based outside the EU" speaks of the courier's flow, not of WhatsApp's:
        // a sentence whose subject is another recipient (named before any verb) is not about this flow.
        const subject = subjectOf(s);
        if (!named(s) && subject && !flow.recipients.some((r) => BROAD.has(subject) || subject === 'recipient.service_provider' || covers(h.tax, 'recipient', subject, r.type))) return false;
        // "Meta Platforms Ireland Limited ma siedzibę w Irlandii", the recipient storing elsewhere: its seat says
        // nothing of where the data goes (as `seatOnly` for a claim).
        const seatOnlyPlace = (p: Mention) => flow.recipients.some((r) => !!r.name && r.country === p.value && !!r.storage?.length && !r.storage.includes(p.value) && s.text.toLowerCase().includes(coreName(r.name)));
        return about && (h.isOutside(s) || (named(s) && h.kinds(s, 'place').some((p) => !seatOnlyPlace(p))));
      }
      default:
        return h.coversFlowData(s) && h.kinds(s, 'purpose').length > 0 && (acts.has('use') || acts.has('collect'));
    }
  });
  const score = (s: Sentence) =>
    (namesFlowFor(aspect, s, flow) ? 8 : 0) + (placesFlow(s) ? 4 : 0) + (h.titleTopicAt(s.start) === aspect ? 2 : inTopic(s, aspect) ? 1.5 : 0) + (sentenceTopic(s) === aspect ? 1 : 0);
  let best: Sentence | undefined;
  let bestScore = -1;
  for (const s of candidates) {
    const v = score(s);
    if (v > bestScore) {
      best = s;
      bestScore = v;
    }
  }
  return best;
}

/** A sentence that asks ("…?", "…？"), markup and closing quotes after its mark aside. */
function asks(s: Sentence): boolean {
  return /[?？]$/u.test(s.text.replace(/[\s*_"'”’»)\]]+$/u, ''));
}
