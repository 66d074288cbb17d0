/**
 * Turns declared flows into statements for one region and locale. A statement is one sentence:
 * a wording key, the localized values it interpolates, the claims it makes (what the reader reads
 * back) and what it asserts about whom (party, place, basis, contact, exclusivity), which the
 * soundness test holds against the declared flows. Snippets choose which statements an element
 * writes; the renderer records the claims and assertions of every statement written.
 */
import type { Claim } from '../claims/claim.js';
import type { DataOrigin, DataSourceKind, ExportFiling, ExportRoute, Flow, LegalBasis, Organization, Place, Recipient, RegionProfile, Taxonomy, TransferMechanism } from '../model/types.js';
import { basisIn, isOutside, isSensitive, originIn, providedIn, recipientMechanism, recipientPlaces, mechanismFor, resolveTransfer, separateConsentsOf, underGdpr, type TransferProblem } from './facts.js';
import type { Localizer } from './localizer.js';
import { orgField } from '../load/organization.js';
import { ProjectUses } from './project-uses.js';
import { saleOf, flowSells } from './sale.js';
import { elementTextCitation, formatCitation, localPhrase, parseCitation, regionCitation } from './citation.js';

const ADVERTISING = 'marketing.advertising.third_party';

/**
 * The data of a flow its recipients collect directly from the person on our behalf (`collectedByRecipients.data`):
 * they never pass through our systems (review 7 EU7-3, SEA7-1).
 */
export function collectedDirectly(flow: Flow): string[] {
  return flow.collectedByRecipients?.data ?? [];
}
/** The origins stated as "we obtain …", in this order (the others are created or written by us, or inferred). */
const OBTAINED: DataOrigin[] = ['from_you', 'from_device', 'from_our_records'];

const orFormats = new Map<string, Intl.ListFormat>();
/** Items joined with the locale's "or" (Intl disjunction list). */
function orFormat(lng: string, items: string[]): string {
  if (items.length === 1) return items[0]!;
  let f = orFormats.get(lng);
  if (!f) orFormats.set(lng, (f = new Intl.ListFormat(lng, { type: 'disjunction', style: 'long' })));
  return f.format(items);
}

/** Who a sentence is about: the organization itself, or one named (or typed) recipient. */
export type Party = { kind: 'organization'; name: string } | { kind: 'recipient'; type: string; name?: string; country: Place };

/** What one written sentence asserts, in terms the declared flows can confirm or refute. */
export interface Assertion {
  kind: 'collect' | 'basis' | 'interest' | 'share' | 'sell' | 'store' | 'transfer' | 'retain' | 'exclusive' | 'requirement' | 'overseas' | 'source' | 'noSale' | 'sensitive';
  /** The flows the sentence speaks for. */
  flows: string[];
  data: string[];
  purpose?: string;
  party?: Party;
  place?: Place;
  basis?: LegalBasis;
  mechanism?: TransferMechanism;
  /** A contact point stated for the party. */
  contact?: string;
  exclusive?: boolean;
  source?: DataSourceKind;
  /** GDPR Art. 9(2) letter stated. */
  condition?: string;
  /** CCPA §7027(m) paragraphs stated. */
  permitted?: string[];
  /** A PIPL Art. 30 effect stated from the flow. */
  effect?: boolean;
  /** Several recipients named together as the subject (a retention the flow's recipients hold). */
  holders?: Party[];
  /** The sentence as written (the renderer adds it to the assertions of the clause). */
  sentence?: string;
}

export interface Statement {
  key: string;
  values: Record<string, string>;
  claims: Claim[];
  flow?: string;
  asserts?: Assertion;
  /** A source statement for data not collected from the person (derived, or from a third party). */
  indirect?: boolean;
  /**
   * The wording key whose words are written, where the region words this case of the statement apart
   * (china: our period after consent is withdrawn, review 6 CN6-6); `key` stays the one rules and the
   * said record read.
   */
  words?: string;
}

export interface StatementSet {
  collect: Statement[];
  source: Statement[];
  basis: Statement[];
  interest: Statement[];
  share: Statement[];
  sell: Statement[];
  noSale: Statement[];
  store: Statement[];
  transfer: Statement[];
  overseas: Statement[];
  /** GDPR Art. 9(2) condition for the special categories, next to the Art. 6 basis. */
  sensitiveBasis: Statement[];
  /** CCPA: sensitive data used only for 11 CCR §7027(m) purposes. */
  sensitivePermitted: Statement[];
  /** PIPL Art. 30: necessity and the specific effect on the person. */
  sensitiveEffect: Statement[];
  /** PIPL Art. 38(1): the route of an overseas recipient, with its authority and number, as the organization filed it. */
  filing: Statement[];
  retain: Statement[];
  /** The sub-processor a recipient has keep the data where it stores them (named; review EU-2). */
  subProcessor: Statement[];
  exclusive: Statement[];
  requirement: Statement[];
  government: Statement[];
}

export interface UnresolvedTransfer {
  flow: string;
  place: string;
  recipient?: string;
  mechanism?: TransferMechanism;
  reason: TransferProblem;
  /** Why no route is settled (the recipient's `transferUnsettled` note), when reason is `unsettled`. */
  note?: string;
}

/** PIPL Art. 38(1) items 1-3: the mechanisms that exist only as a filing, an assessment or a certificate. */
const CAC_ROUTES: Partial<Record<TransferMechanism, ExportRoute>> = { cac_standard_contract: 'standard_contract', cac_security_assessment: 'security_assessment', cac_certification: 'certification' };

/** The organization's filing of this route for this recipient (china.exportFilings), if any. */
export function exportFilingFor(org: Organization | undefined, r: Recipient, mechanism: TransferMechanism | undefined): ExportFiling | undefined {
  const route = mechanism ? CAC_ROUTES[mechanism] : undefined;
  if (!route || !r.name) return undefined;
  return org?.china?.exportFilings?.find((f) => f.recipient === r.name && f.route === route);
}

/**
 * The route a recipient's transfer rests on for this region, and the data's note where none is
 * settled. Contract necessity holds only for a flow that performs the contract with the person.
 * A CAC route (standard contract, security assessment, certification) holds only with the
 * organization's filing for that recipient (china.exportFilings): declared without it, none is stated.
 */
function recipientRoute(r: Recipient, flow: Flow, region: RegionProfile, org?: Organization): { mechanism?: TransferMechanism; note?: string } {
  const notes = r.transferUnsettled;
  const note = notes ? ([region.id, ...region.ancestors].map((id) => notes[id]).find((n) => n) ?? notes['default']) : undefined;
  const mechanism = recipientMechanism(r, flow, region);
  // Necessity for the contract with the person (TH s.28 (3), MY 129(3)(b); the EU's `contract`, stated as the
  // Art. 49(1)(b) derogation) holds only for a flow that performs that contract.
  const necessity = mechanism === 'contract_performance' || (mechanism !== undefined && region.mechanismWording?.[mechanism] === 'contract_necessity');
  if (necessity && flow.legalBasis !== 'contract') {
    return { note: note ?? `a transfer necessary to perform the contract with the person covers only flows on the contract basis; flow "${flow.id}" rests on ${flow.legalBasis}` };
  }
  if (org && mechanism && CAC_ROUTES[mechanism] && !exportFilingFor(org, r, mechanism)) {
    return { note: `${r.name ?? r.type} declares ${mechanism}, but the organization records no ${CAC_ROUTES[mechanism]} for it (china.exportFilings: recipient, route, authority, number); a route is stated only as filed (review CN-1)` };
  }
  return { ...(mechanism ? { mechanism } : {}), ...(note ? { note } : {}) };
}

/**
 * What the clause states for a recipient outside the region (in its own country, or at a place
 * where it stores the data): the route it rests on, or why none is stated (the problem, and the
 * data's note where the route is unsettled). Undefined when the place is inside the region's area. The review pack's flows table reads this, so it
 * shows what the clause says rather than what a flow declares.
 */
export function recipientTransfer(r: Recipient, flow: Flow, region: RegionProfile, place: Place = r.country, org?: Organization): { mechanism?: TransferMechanism; declared?: TransferMechanism; problem?: TransferProblem; note?: string } | undefined {
  if (!isOutside(place, region)) return undefined;
  // Where the recipient keeps the data outside its own country, that transfer is its own (statement.transferOnward).
  if (place !== r.country) {
    // To a DPF-certified sub-processor: the adequacy decision, as the clause states it (review EU-A).
    if (r.subProcessor?.dpfCertified && r.subProcessor.country === place) {
      const res = resolveTransfer('dpf', region, place, { ...r, dpfCertified: true });
      if (res.mechanism) return { note: `the recipient's own transfer to its sub-processor ${r.subProcessor.name}, certified under the EU-U.S. Data Privacy Framework (${res.decision?.decision ?? 'adequacy decision'}); the clause states it with the decision` };
    }
    return { note: 'the recipient\'s own transfer to where it stores the data, on its own safeguards; the clause states no mechanism of ours for it' };
  }
  const route = recipientRoute(r, flow, region, org);
  const res = resolveTransfer(route.mechanism, region, place, r);
  return { ...res, ...(route.note ? { note: route.note } : {}) };
}

/**
 * The consequence for the person of not supplying data for a purpose, where the region words one
 * (`requirementConsequence.<purpose>` for the purpose or the nearest purpose above it, else
 * `requirementConsequence.default`; Act 709 s.7(1)(h), review 5 MY-8), after the flow's own `consequence`.
 * Undefined where neither words one.
 */
function requirementConsequence(flow: Flow, loc: Localizer, language: string | undefined, regionWording: boolean): string | undefined {
  // The flow's own declaration first (`consequence`, in the template's language or per locale): the sentence
  // ends it, so its closing full stop is dropped. The region's per-purpose wording only where asked
  // (not for a legal obligation, whose consequence no region can assume; issue 17).
  const declared = localText(flow.consequence, loc.lng, language)?.replace(/[.。!！?？\s]+$/u, '');
  if (declared || !regionWording) return declared || undefined;
  const purpose = flow.purpose;
  for (let p: string | undefined = purpose; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : undefined) {
    if (loc.has(`requirementConsequence.${p}`)) return loc.t(`requirementConsequence.${p}`);
  }
  return loc.has('requirementConsequence.default') ? loc.t('requirementConsequence.default') : undefined;
}

/** An unresolved transfer; a missing route the data marks unsettled says so, with its note. */
function unresolvedOf(u: Omit<UnresolvedTransfer, 'reason'>, reason: TransferProblem, note: string | undefined): UnresolvedTransfer {
  return reason === 'missing' && note ? { ...u, reason: 'unsettled', note } : { ...u, reason };
}

/** A recipient a region needs a contact for (PIPL Art. 39) that declares none. */
export interface MissingContact {
  flow: string;
  recipient: string;
  place: Place;
}

export interface BuiltStatements {
  statements: StatementSet;
  unresolvedTransfers: UnresolvedTransfer[];
  missingContacts: MissingContact[];
  /** Flows on legitimate interests that do not name the interest (GDPR Art. 13(1)(d)). */
  missingInterests: string[];
  /** Flows with special categories of data and no GDPR Art. 9(2) condition (regions under the GDPR). */
  missingConditions: string[];
  /**
   * Legal-obligation flows stated with the general line that do not declare whether the person must provide
   * the data (`required`), or that declare it without a consequence in this locale (`consequence`).
   */
  missingProvisions: MissingProvision[];
}

export interface MissingProvision {
  flow: string;
  missing: 'required' | 'consequence';
  locale?: string;
}

export interface BuildOptions {
  /** Every use of data in the project (all templates and the channel flows): decides "only". */
  uses?: ProjectUses;
  /** The template's language: free text given as one string (a PIPL Art. 30 effect) is in it. */
  language?: string;
  /** The separate consents the template's consent record lists (`consent.separate`, PIPL Art. 23, 29, 39). */
  separate?: readonly string[];
}

export function buildStatements(flows: Flow[], region: RegionProfile, tax: Taxonomy, loc: Localizer, org: Organization, options: BuildOptions = {}): BuiltStatements {
  const s: StatementSet = { collect: [], source: [], basis: [], interest: [], share: [], sell: [], noSale: [], store: [], transfer: [], overseas: [], sensitiveBasis: [], sensitivePermitted: [], sensitiveEffect: [], filing: [], retain: [], subProcessor: [], exclusive: [], requirement: [], government: [] };
  const missingConditions: string[] = [];
  const missingProvisions: MissingProvision[] = [];
  const unresolved: UnresolvedTransfer[] = [];
  const missingContacts: MissingContact[] = [];
  const missingInterests: string[] = [];
  const uses = options.uses ?? ProjectUses.of([{ id: '', flows }]);
  const us: Party = { kind: 'organization', name: org.controller.name };
  const dataList = (keys: string[]) => loc.list(keys.map((k) => loc.label('data', k)));
  // The CCPA's own verbs where the region speaks its vocabulary ("recopilamos y usamos", not the GDPR's
  // "tratamos"; review CA-10): statement.collectCcpa.
  const collectKey = region.vocabulary === 'ccpa' ? 'statement.collectCcpa' : 'statement.collect';
  // The article in the text's own language (src/render/citation.ts, locales/<lng>/citation.yaml).
  const withArticle = (label: string, kind: 'basis' | 'mechanism', key: string) => {
    const article = regionCitation(region, kind, key, loc.lng);
    return article ? loc.t('statement.withArticle', { label, article }) : label;
  };
  // What an element of the region cites in the text's language ('' when the region has no such element):
  // a sentence that states the element's fact cites it (PIPL Art. 21, 23, 30 sentences).
  const citeOf = (id: string) => {
    const el = region.elements.find((e) => e.id === id);
    return el ? elementTextCitation(el, loc.lng) : '';
  };
  // A region that lists entrusted processing (PIPL Art. 21: `entrusted_processing`) states a processor
  // as entrusted with the data, not as a recipient the data is provided to (Art. 23; review CN-5).
  const entrusts = region.elements.some((e) => e.id === 'entrusted_processing');
  // A region that names the sub-processor keeping the data where a recipient stores them in the
  // storage sentence itself (PIPL Art. 21, 39: `sub_processor_storage`; review CN3-2) writes one
  // sentence for the recipient's storage and its sub-processor, not a storage and an onward-transfer
  // sentence that leave the holder unnamed.
  const subStorage = region.elements.some((e) => e.id === 'sub_processor_storage');
  // A party named first in a sentence is capitalized as the sentence's start; elsewhere it is not.
  const atStart = (key: string, text: string) => (loc.t(key, { recipient: '\u0000' }).startsWith('\u0000') ? loc.capitalize(text) : text);
  // A recipient whose sub-processor abroad is DPF-certified, under a region whose law has the DPF
  // adequacy decision (GDPR): its onward transfer is stated with the decision (review EU-A).
  const onwardDpf = (r: Recipient) => !!r.subProcessor?.dpfCertified && isOutside(r.subProcessor.country, region) && !!r.storage?.includes(r.subProcessor.country) && resolveTransfer('dpf', region, r.subProcessor.country, { ...r, dpfCertified: true }).mechanism === 'dpf';
  const seenBasis = new Set<string>();
  const partyOf = (r: Recipient): Party => ({ kind: 'recipient', type: r.type, ...(r.name ? { name: r.name } : {}), country: r.country });
  // Overseas recipients (PIPL Art. 39): each recipient once, with its own name, country and contact.
  const overseas = new Map<string, { r: Recipient; flows: string[]; data: string[] }>();

  for (const flow of flows) {
    const data = dataList(flow.data);
    const purpose = loc.label('purpose', flow.purpose, region.vocabulary);
    const each = (make: (d: string) => Claim) => flow.data.map(make);
    const at = (kind: Assertion['kind'], extra: Partial<Assertion> = {}): Assertion => ({ kind, flows: [flow.id], data: flow.data, ...extra });
    // Data the recipients collect directly from the person on our behalf (collectedByRecipients.data: the card
    // typed into Stripe's field) never pass through us: not said as disclosed, sold or transferred by us, nor in a
    // footer that says we share them; said once as the recipient's collection (statement.enteredDirectly). The
    // recipient still processes them: its storage, onward transfer, sub-processor and retention sentences, and
    // an entrusting region's entrusted-processing line (PIPL Art. 21), still name them (review 7 EU7-3, SEA7-1).
    const direct = collectedDirectly(flow);
    const passed = flow.data.filter((d) => !direct.includes(d));
    const passedData = dataList(passed);
    const eachPassed = (make: (d: string) => Claim) => passed.map(make);
    const atPassed = (kind: Assertion['kind'], extra: Partial<Assertion> = {}): Assertion => ({ ...at(kind, extra), data: passed });

    s.collect.push({ key: collectKey, values: { purpose, data }, claims: each((d) => ({ action: 'collect', data: d, purpose: flow.purpose })), flow: flow.id, asserts: at('collect', { purpose: flow.purpose, party: us }) });

    // A legal obligation under another state's law is stated on the basis the region's law gives it (X4).
    const legalBasis = basisIn(flow, region);
    const basisKey = `${flow.purpose}|${legalBasis}`;
    if (!seenBasis.has(basisKey)) {
      seenBasis.add(basisKey);
      // Where the region's law has its own condition for sensitive data on this basis (PH DPA s.13(a):
      // consent specific to the purpose), a flow with such data cites it (legalBasisArticles sensitive_<basis>).
      const sensitiveKey = `sensitive_${legalBasis}`;
      const sensitiveBasis = flow.data.some((d) => isSensitive(tax, region, d)) && regionCitation(region, 'basis', sensitiveKey, loc.lng);
      // A foreign tax-record duty stated on the sale agreement (Vietnam, foreignObligationBasis contract) says
      // that the agreement includes the invoices that law requires of us (review-3 VN3-3).
      const foreignTax = legalBasis === 'contract' && flow.legalBasis === 'legal_obligation' && flow.retention?.statutory?.country;
      // A legal obligation under another state's law said as such where the region writes it so
      // (profile wording: basis.legal_obligation_foreign; the Philippines, review-3 PH-3).
      const foreignLaw = legalBasis === 'legal_obligation' && flow.retention?.statutory?.country;
      const foreignObligation = foreignLaw && isOutside(foreignLaw, region) && loc.has('basis.legal_obligation_foreign') ? foreignLaw : undefined;
      const basisText = foreignTax
        ? loc.t('basis.contract_foreign_tax', { country: loc.country(foreignTax) })
        : foreignObligation
          ? loc.t('basis.legal_obligation_foreign', { country: loc.country(foreignObligation) })
          : loc.t(`basis.${legalBasis}`);
      const basis = sensitiveBasis ? withArticle(loc.t(`basis.${sensitiveKey}`), 'basis', sensitiveKey) : withArticle(basisText, 'basis', legalBasis);
      s.basis.push({ key: 'statement.basis', values: { purpose, basis }, claims: [], flow: flow.id, asserts: at('basis', { purpose: flow.purpose, basis: legalBasis }) });
    }
    if (flow.legalBasis === 'legitimate_interests') {
      if (flow.legitimateInterest?.trim()) s.interest.push({ key: 'statement.interest', values: { purpose, interest: flow.legitimateInterest }, claims: [], flow: flow.id, asserts: at('interest', { purpose: flow.purpose, basis: flow.legalBasis }) });
      else missingInterests.push(flow.id);
    }

    for (const r of flow.recipients) {
      const type = loc.label('recipient', r.type);
      const country = loc.country(r.country);
      // The recipient as the subject of a sentence of `key`: its type with the article where the locale
      // gives one (fr "le prestataire de messagerie") and its name, capitalized where the sentence starts with it.
      const theType = loc.label('recipient', r.type, 'definite');
      // A company that provides a messenger is named as its provider, not as an app (review 3 EU-m12, CA-m7).
      const messenger = r.name && r.messenger ? r.messenger : undefined;
      const subject = (key: string) => atStart(key, messenger ? r.name! : r.name ? loc.t('statement.recipientNameOnly', { type: theType, name: r.name }) : theType);
      const recipient = messenger ? loc.t('statement.recipientMessenger', { name: r.name!, country, messenger }) : r.name ? loc.t('statement.recipientNamed', { type, name: r.name, country }) : loc.t('statement.recipientUnnamed', { type, country });
      const who = { type: r.type, ...(r.name ? { name: r.name } : {}) };
      const party = partyOf(r);
      // CCPA sharing (cross-context behavioral advertising) is stated as sharing; any other disclosure is not.
      const sharesForAds = flow.shared && flow.purpose === ADVERTISING;
      const entrusted = entrusts && !sharesForAds && (tax.recipient.get(r.type)?.processor ?? false);
      // Sold as well as shared (CCPA §1798.140(ad)(1), (ah)): one sentence says both, with the opt-out
      // (review CA-A); the recipient's type with its article where the locale gives one (es "el socio").
      // A recipient's `sold` is a CCPA fact; elsewhere only the flow's own `sold` says sale.
      const sells = region.vocabulary === 'ccpa' ? saleOf(flow, r) === true : flow.sold;
      if (sharesForAds && sells) {
        const named = r.name ? loc.t('statement.recipientNamed', { type: theType, name: r.name, country }) : loc.t('statement.recipientUnnamed', { type: theType, country });
        if (passed.length) s.share.push({ key: 'statement.sellShareAds', values: { data: passedData, recipient: named, purpose }, claims: eachPassed((d) => ({ action: 'sell', data: d, recipient: who, purpose: flow.purpose, place: r.country })), flow: flow.id, asserts: atPassed('sell', { party, place: r.country }) });
      } else if (entrusted) {
        s.share.push({ key: 'statement.entrust', values: { data, recipient, purpose, article: citeOf('entrusted_processing'), ...(messenger ? { messenger } : {}) }, claims: each((d) => ({ action: 'share', data: d, recipient: who, purpose: flow.purpose, place: r.country })), flow: flow.id, asserts: at('share', { purpose: flow.purpose, party, place: r.country }) });
      } else if (passed.length) {
      const shareKey = sharesForAds ? 'statement.shareAds' : 'statement.share';
      s.share.push({ key: shareKey, values: { data: passedData, recipient, purpose, article: citeOf('recipients'), ...(messenger ? { messenger } : {}) }, claims: eachPassed((d) => ({ action: 'share', data: d, recipient: who, purpose: flow.purpose, place: r.country })), flow: flow.id, asserts: atPassed('share', { purpose: flow.purpose, party, place: r.country }) });
      }
      if (sells && !sharesForAds && passed.length) {
        s.sell.push({ key: 'statement.sell', values: { data: passedData, recipient }, claims: eachPassed((d) => ({ action: 'sell', data: d, recipient: who, place: r.country })), flow: flow.id, asserts: atPassed('sell', { party, place: r.country }) });
      }
      if (flow.shared && flow.purpose !== ADVERTISING && passed.length) {
        // CCPA "sharing": disclosure for cross-context behavioural advertising (§1798.140(ah)).
        const ads = loc.label('purpose', ADVERTISING, region.vocabulary);
        s.sell.push({ key: 'statement.shareAds', values: { data: passedData, recipient, purpose: ads }, claims: eachPassed((d) => ({ action: 'share', data: d, recipient: who, purpose: ADVERTISING, place: r.country })), flow: flow.id, asserts: atPassed('share', { purpose: ADVERTISING, party, place: r.country }) });
      }
      // Where the recipient itself keeps the data, when it says so (a processor's data centres).
      if (r.storage?.length) {
        const places = loc.list(r.storage.map((p) => loc.country(p)));
        // Capitalized where the sentence starts with the recipient (nl "Bij {{recipient}} …" does not; `subject`).
        const sub = r.subProcessor;
        if (subStorage && sub) {
          const key = flow.retention?.upTo ? 'statement.storeSubProcessorUpTo' : 'statement.storeSubProcessor';
          const named = subject(key);
          s.store.push({
            key,
            // The sub-processor's country only where the sentence does not already name it as the one place the
            // data are kept ({{at}}; review 7 SEA7-2: not "(United States) … United States").
            values: { recipient: named, name: sub.name, country: loc.country(sub.country), at: r.storage.length === 1 && r.storage[0] === sub.country ? '' : loc.fullWidth ? `（${loc.country(sub.country)}）` : ` (${loc.country(sub.country)})`, data, places, ...(flow.retention?.upTo ? { duration: loc.duration(flow.retention) } : {}) },
            claims: flow.data.flatMap((d) => r.storage!.map((p): Claim => ({ action: 'store', data: d, place: p }))),
            flow: flow.id,
            asserts: at('store', { party, place: r.storage.join(',') }),
          });
        }
        const holder = subject('statement.storeRecipient');
        if (!(subStorage && sub)) s.store.push({
          key: 'statement.storeRecipient',
          values: { recipient: holder, data, places },
          claims: flow.data.flatMap((d) => r.storage!.map((p): Claim => ({ action: 'store', data: d, place: p }))),
          flow: flow.id,
          asserts: at('store', { party, place: r.storage.join(',') }),
        });
        if (sub && !subStorage && !onwardDpf(r) && !s.subProcessor.some((x) => x.values['recipient'] === holder && x.values['name'] === sub.name)) {
          s.subProcessor.push({ key: 'clause.subProcessor', values: { recipient: subject('clause.subProcessor'), name: sub.name, country: loc.country(sub.country) }, claims: [], flow: flow.id });
        }
      }
      const route = recipientRoute(r, flow, region, org);
      const declared = route.mechanism;
      const abroad = recipientPlaces(r).filter((p) => isOutside(p, region));
      if (isOutside(r.country, region)) {
        const res = resolveTransfer(declared, region, r.country, r);
        if (res.problem) unresolved.push(unresolvedOf({ flow: flow.id, place: r.country, recipient: r.name ?? r.type, mechanism: res.declared }, res.problem, route.note));
        // Our transfer to the recipient names only what passes through us (the card it collects itself is not ours to transfer).
        const stated = transferStatement(flow, passedData, recipient, res.mechanism, res.decision?.decision, (d) => ({ action: 'transfer', data: d, recipient: who, place: r.country, ...(res.mechanism ? { mechanism: res.mechanism } : {}) }), atPassed('transfer', { party, place: r.country, ...(res.mechanism ? { mechanism: res.mechanism } : {}) }), passed);
        // A third party (its own purposes) with no route of ours is said to receive the data as a separate
        // controller where the region words it (statement.separateController in the profile's wording; the
        // Philippines: DPA s.21(a) covers data transferred for processing, review-3 PH-1). The statement keeps
        // its key, so its action stays the locale's "transfer".
        if (stated.values['separate'] !== undefined && r.type.startsWith('recipient.third_party.')) stated.values['separate'] = loc.t('statement.separateController');
        if (passed.length) s.transfer.push(stated);
        // The recipient's filed route (PIPL Art. 38(1)), once per recipient: authority and number as issued.
        const filed = exportFilingFor(org, r, res.mechanism);
        if (filed && !s.filing.some((f) => f.values['recipient'] === filed.recipient && f.values['number'] === filed.number)) {
          s.filing.push({ key: 'clause.exportFiling', values: { recipient: filed.recipient, filing: loc.t(`filing.${filed.route}`), authority: filed.authority, number: filed.number, article: regionCitation(region, 'mechanism', res.mechanism!, loc.lng) ?? '' }, claims: [], flow: flow.id });
        }
      }
      for (const place of abroad) {
        if (place === r.country) continue;
        // Said with the sub-processor that keeps the data there (subStorage, review CN3-2).
        if (subStorage && r.subProcessor && r.storage?.includes(place)) continue;
        // The recipient keeps the data in a place outside the region other than its own country: that
        // transfer is the recipient's own (Meta Platforms Ireland Limited to its US storage), on its own
        // safeguards, never stated as ours or on our mechanism (review EU-2, review-sea X5). No route
        // of ours is owed for it, so none is reported missing; the region's element notes what is open.
        // To a sub-processor certified under the EU-U.S. Data Privacy Framework: the transfer rests on
        // the adequacy decision, and the sentence says so with the decision (GDPR Art. 13(1)(f), 45(3);
        // review EU-A); it names the sub-processor, so no separate sub-processor sentence is written.
        if (onwardDpf(r) && r.subProcessor!.country === place) {
          const sub = r.subProcessor!;
          const res = resolveTransfer('dpf', region, place, { ...r, dpfCertified: true });
          const decision = /\d{4}\/\d+/.exec(res.decision?.decision ?? '')?.[0] ?? '';
          const holder = atStart('statement.transferOnwardDpf', r.name ?? loc.label('recipient', r.type, 'definite'));
          s.transfer.push({
            key: 'statement.transferOnwardDpf',
            values: { recipient: holder, data, name: sub.name, article: regionCitation(region, 'mechanism', 'dpf', loc.lng) ?? '', decision },
            // As the sentence names it: the holder by name, to the place (the reader reads a transfer said of
            // a named party first as that party's own onward transfer).
            claims: flow.data.map((d): Claim => ({ action: 'transfer', data: d, recipient: r.name ? { name: r.name } : who, place })),
            flow: flow.id,
            asserts: at('transfer', { party, place }),
          });
          continue;
        }
        const holder = subject('statement.transferOnward');
        s.transfer.push({
          key: 'statement.transferOnward',
          values: { recipient: holder, data, places: loc.country(place) },
          claims: flow.data.map((d): Claim => ({ action: 'transfer', data: d, recipient: who, place })),
          flow: flow.id,
          asserts: at('transfer', { party, place }),
        });
      }
      if (isOutside(r.country, region) || abroad.length) {
        const key = `${r.type}|${r.name ?? ''}|${r.country}`;
        const o = overseas.get(key) ?? { r, flows: [], data: [] };
        o.flows.push(flow.id);
        for (const d of flow.data) if (!o.data.includes(d)) o.data.push(d);
        overseas.set(key, o);
      }
    }

    if (flow.storage.length) {
      // The organization's own storage. Abroad at its own establishment, it says so; abroad
      // elsewhere it is a transfer to its own systems, on a mechanism that needs no other party.
      const establishment = flow.storage.filter((p) => isOutside(p, region) && p === org.controller.country);
      const plain = flow.storage.filter((p) => !establishment.includes(p));
      if (plain.length) {
        const places = loc.list(plain.map((p) => loc.country(p)));
        s.store.push({ key: 'statement.store', values: { data, places }, claims: flow.data.flatMap((d) => plain.map((p): Claim => ({ action: 'store', data: d, place: p }))), flow: flow.id, asserts: at('store', { party: us, place: plain.join(',') }) });
      }
      for (const place of establishment) {
        s.store.push({ key: 'statement.storeOwnEstablishment', values: { data, place: loc.country(place) }, claims: each((d) => ({ action: 'store', data: d, place })), flow: flow.id, asserts: at('store', { party: us, place }) });
      }
      for (const place of plain) {
        if (!isOutside(place, region)) continue;
        const res = resolveTransfer(mechanismFor(flow.transfer, region), region, place, undefined);
        if (res.problem) unresolved.push({ flow: flow.id, place, mechanism: res.declared, reason: res.problem });
        const destination = loc.t('statement.ownSystems', { country: loc.country(place) });
        s.transfer.push(transferStatement(flow, data, destination, res.mechanism, res.decision?.decision, (d) => ({ action: 'transfer', data: d, place, ...(res.mechanism ? { mechanism: res.mechanism } : {}) }), at('transfer', { party: us, place, ...(res.mechanism ? { mechanism: res.mechanism } : {}) })));
      }
    }

    if (flow.retention) {
      const r = flow.retention;
      const values: Record<string, string> = { data, duration: loc.duration(r), event: loc.t(`event.${r.from}`), law: r.statutory ? localPhrase(r.statutory.law, loc.lng) : '' };
      // Who keeps the data: we, or the flow's recipients where the period is theirs (retention.heldBy;
      // Meta keeps Cloud API messages at most 30 days: review 3 EU-m4, CA-m4). A recipient's period is
      // never a statutory one of ours.
      const holders = r.heldBy === 'recipients' && !r.statutory ? flow.recipients : [];
      const key = holders.length ? (r.upTo ? 'statement.retainRecipientUpTo' : 'statement.retainRecipient') : r.statutory ? 'statement.retainStatutory' : r.upTo ? 'statement.retainUpTo' : 'statement.retain';
      if (holders.length) values['recipient'] = atStart(key, loc.list(holders.map((h) => h.name ?? loc.label('recipient', h.type, 'definite'))));
      // A recipient's period with the purpose it serves, for a wording that names it (review 6 CN6-3).
      if (holders.length) values['purpose'] = purpose;
      s.retain.push({
        key,
        values,
        claims: each((d) => ({ action: 'retain', data: d, retention: { value: r.value, unit: r.unit, from: r.from, ...(r.upTo && !r.statutory ? { upTo: true } : {}), ...(r.statutory ? { statutory: true } : {}) } })),
        flow: flow.id,
        // "We keep …" for our own period; the recipient as the subject for its own.
        asserts: at('retain', { party: holders.length ? partyOf(holders[0]!) : us, ...(holders.length > 1 ? { holders: holders.map(partyOf) } : {}) }),
      });
    }

    // Data the person gives straight to the recipients (flow.collectedByRecipients), which state no fixed period:
    // how the recipients' period is determined, with its purpose and holder, in every region (review 6 TH6-1,
    // VN6-2, CN6-2: PDPA s.23(3); 《网络数据安全管理条例》第二十一条第一款第三项; GDPR Art. 13(2)(a)). Never "we
    // keep": the recipient is the subject. No period is stated, so the sentence records no retention claim.
    const criteria = !flow.retention && flow.recipients.length ? localText(flow.collectedByRecipients?.retentionCriteria, loc.lng, options.language)?.replace(/[.。\s]+$/u, '') : undefined;
    if (criteria) {
      const key = 'statement.retainRecipientCriteria';
      const holders = flow.recipients;
      s.retain.push({
        key,
        values: { purpose, data, how: criteria, recipient: atStart(key, loc.list(holders.map((h) => h.name ?? loc.label('recipient', h.type, 'definite')))) },
        claims: [],
        flow: flow.id,
        asserts: at('retain', { purpose: flow.purpose, party: partyOf(holders[0]!), ...(holders.length > 1 ? { holders: holders.map(partyOf) } : {}) }),
      });
    }
    // What a recipient keeps for a legal duty of its own (recipient.ownRetention: Stripe's transaction records under
    // the anti-money-laundering law that applies to it): a sentence of its own, never under our purpose, with the
    // recipient's role in the region's terms where it keeps them as a controller of its own (statement.ownController,
    // region wording; else statement.ownAccount). Our entrustment does not cover it (review 7 CN7-1: PIPL
    // Art. 21(2); SEA7-4). No period is stated, so the sentence records no retention claim.
    for (const r of flow.recipients) {
      const own = r.ownRetention ? localText(r.ownRetention.criteria, loc.lng, options.language)?.replace(/[.。\s]+$/u, '') : undefined;
      if (!own || !loc.has('statement.retainRecipientOwn')) continue;
      const key = 'statement.retainRecipientOwn';
      const role = r.ownRetention!.role === 'controller' && loc.has('statement.ownController') ? loc.t('statement.ownController') : loc.t('statement.ownAccount');
      s.retain.push({ key, values: { recipient: r.name ?? loc.label('recipient', r.type, 'definite'), how: own, role }, claims: [], flow: flow.id });
    }

    // A statutory period that does not end while the records still matter (§ 147(3) sentence 5 AO: not
    // while they matter for taxes whose assessment period has not expired), with the records that hold
    // the data (retention.statutory.records, whileOpen; review 3 EU-m6, CA-m6).
    const period = flow.retention?.statutory;
    const kept = s.retain[s.retain.length - 1];
    if (period?.whileOpen && period.records && kept?.key === 'statement.retainStatutory' && kept.flow === flow.id) {
      kept.key = 'statement.retainStatutoryRecords';
      kept.values = { ...kept.values, records: loc.t(`records.${period.records}`), extension: loc.t(`retentionExtension.${period.whileOpen}`) };
    }

    const sens = flow.data.filter((d) => isSensitive(tax, region, d));
    if (sens.length) {
      const sdata = dataList(sens);
      const sat = (extra: Partial<Assertion>): Assertion => ({ kind: 'sensitive', flows: [flow.id], data: sens, purpose: flow.purpose, ...extra });
      if (underGdpr(region)) {
        const c = flow.sensitive?.gdprCondition;
        // The special category named (data concerning health): the data's top category under `user` (review EU-6).
        const category = loc.list([...new Set(sens.map((d) => d.split('.').slice(0, 2).join('.')))].filter((k) => tax.data.has(k)).map((k) => loc.label('data', k)));
        if (c) s.sensitiveBasis.push({ key: 'statement.sensitiveCondition', values: { data: sdata, purpose, condition: loc.t(`gdprCondition.${c}`), category }, claims: [], flow: flow.id, asserts: sat({ condition: c }) });
        else missingConditions.push(flow.id);
      }
      const permitted = flow.sensitive?.ccpaPermitted ?? [];
      if (region.sensitivity === 'ccpa' && permitted.length) {
        const paragraphs = loc.list(permitted.map((m) => `(m)(${m.slice(1)})`));
        // The §7027(m) paragraphs cited as the text's language cites 11 CCR (review CA-10).
        const laws = new Map(Object.entries(region.laws ?? {}));
        const article = laws.has('ccr11') ? formatCitation(parseCitation(`ccr11 ${permitted.map((m) => `7027(m)(${m.slice(1)})`).join(', ')}`, laws), loc.lng) : '';
        // Inside this sentence's brackets, the form without brackets of its own.
        const named = loc.list(sens.map((d) => sensitiveItem(tax, region, loc, d, flows.flatMap((f) => f.data), 'statement.ccpaSensitiveWithInline')));
        s.sensitivePermitted.push({ key: 'statement.sensitivePermitted', values: { data: named, paragraphs, article }, claims: [], flow: flow.id, asserts: sat({ permitted }) });
      }
      // The sentence ends it: a closing full stop of the free text is dropped.
      const effect = localText(flow.sensitive?.effect, loc.lng, options.language)?.replace(/[.。!！?？\s]+$/u, '');
      // A separate consent is stated only where it is recorded (the flow's consent.separate, or the
      // template's record listing `sensitive`), never for data
      // handled on a contract with no consent collected (review CN-2; PIPL Art. 29, 13(2)).
      // Where the region states the separate consents in a sentence of their own (PIPL Art. 23, 29, 39:
      // `separate_consent`, which cites Art. 29 for sensitive data), this sentence does not repeat it
      // (review CN3-4).
      const statedApart = region.elements.some((e) => e.snippet === 'separate_consent');
      const asks = !statedApart && separateConsentsOf(flow, region, tax, options.separate).includes('sensitive');
      s.sensitiveEffect.push(
        effect
          ? { key: asks ? 'statement.sensitiveEffect' : 'statement.sensitiveEffectNoConsent', values: { data: sdata, purpose, effect, article: citeOf('sensitive_necessity') }, claims: [], flow: flow.id, asserts: sat({ effect: true }) }
          : { key: asks ? 'clause.sensitiveNecessity' : 'clause.sensitiveNecessityNoConsent', values: { data: sdata, purpose, article: citeOf('sensitive_necessity') }, claims: [], flow: flow.id, asserts: sat({}) },
      );
    }

    if (flow.exclusive) {
      // "Only" holds for the data no flow anywhere in the project uses for another purpose.
      const only = flow.data.filter((d) => uses.otherPurposes(tax, d, flow.purpose).length === 0);
      if (only.length) {
        s.exclusive.push({
          key: 'statement.exclusive',
          values: { data: dataList(only), purpose },
          claims: only.map((d) => ({ action: 'use', data: d, purpose: flow.purpose, exclusive: true })),
          flow: flow.id,
          asserts: { kind: 'exclusive', flows: [flow.id], data: only, purpose: flow.purpose, party: us, exclusive: true },
        });
      }
    }
    // Unless the flow says otherwise, data needed for a contract or a legal duty is required and
    // data given on consent is voluntary (GDPR Art. 13(2)(e)).
    const required = flow.required ?? (flow.legalBasis === 'contract' || flow.legalBasis === 'legal_obligation');
    // A legal duty is ours whether or not the person must provide the data (`required: false` on it: no law
    // obliges them, as the records and foreign-duty lines say; issue 17).
    if (flow.legalBasis === 'legal_obligation') {
      // A legal duty to keep records is ours, not the person's: "We are required by law to record …"
      // (review 3 EU-m7), for every datum we record, in every region that states the element.
      // Under another state's law, said as such where the region words it (requiredByLawForeign; Thailand, review 5 TH5-3).
      const dutyCountry = flow.retention?.statutory?.country;
      const foreignDuty = dutyCountry && isOutside(dutyCountry, region) && loc.has('statement.requiredByLawForeign') ? dutyCountry : undefined;
      // A duty to keep the records we make (retention.statutory.records: our invoice copies) is not a duty to
      // record the person's data, nor the person's to provide them: said so where the region words it
      // (statement.requiredByLawRecords; a German consumer sale needs no invoice, and one up to EUR 250 no
      // customer name or address, § 14 Abs. 2 UStG, § 33 UStDV; issue 17, 2026-12-07).
      const records = flow.retention?.statutory?.records;
      if (!foreignDuty && records && loc.has('statement.requiredByLawRecords')) {
        s.requirement.push({ key: 'statement.requiredByLawRecords', values: { data, purpose, records: loc.t(`records.${records}`) }, claims: [], flow: flow.id, asserts: at('requirement', { purpose: flow.purpose }) });
      } else if (foreignDuty) {
        s.requirement.push({ key: 'statement.requiredByLawForeign', values: { data, purpose, country: loc.country(foreignDuty) }, claims: [], flow: flow.id, asserts: at('requirement', { purpose: flow.purpose }) });
      } else {
        // The general line says only what a legal obligation is: the law requires us to process the data for
        // the purpose, or to keep them where the flow's retention is the law's (retention.statutory). Neither
        // a consequence for the person nor a duty of the person to provide the data follows from a duty of
        // ours (GDPR Art. 13(2)(e), Act 709 s.7(1)(g)-(h), Thai PDPA s.23(2) ask for both as facts; issue 17,
        // 2026-12-07): said only as the flow declares them (`required`, `consequence`), else a finding
        // (requirement-provision-missing) asks for the declaration.
        const keep = flow.retention?.statutory !== undefined;
        s.requirement.push({ key: keep ? 'statement.requiredByLawKeep' : 'statement.requiredByLaw', values: { data, purpose }, claims: [], flow: flow.id, asserts: at('requirement', { purpose: flow.purpose }) });
        if (flow.required === undefined) missingProvisions.push({ flow: flow.id, missing: 'required' });
        else if (flow.required) {
          const consequence = requirementConsequence(flow, loc, options.language, false);
          if (!consequence) missingProvisions.push({ flow: flow.id, missing: 'consequence', locale: loc.lng });
          s.requirement.push({ key: consequence ? 'statement.obligedToProvide' : 'statement.obligedToProvideNoConsequence', values: { data, purpose, ...(consequence ? { consequence } : {}) }, claims: [], flow: flow.id, asserts: at('requirement', { purpose: flow.purpose }) });
        } else {
          s.requirement.push({ key: 'statement.notObligedToProvide', values: { data, purpose }, claims: [], flow: flow.id, asserts: at('requirement', { purpose: flow.purpose }) });
        }
      }
    } else {
      // "Providing …" speaks only of what the person provides: not the content of our own messages, nor
      // what we create, assign or infer, nor what comes from the device or our records (taxonomy
      // `source`; review 3 EU-m3, MY-4, TH-6). Nothing provided: no line.
      const provided = providedIn(tax, flow);
      // What the person loses by not supplying them, where the region words it per purpose (Act 709 s.7(1)(h); review 5 MY-8).
      const consequence = required ? requirementConsequence(flow, loc, options.language, true) : undefined;
      if (provided.length) s.requirement.push({ key: required ? 'statement.required' : 'statement.voluntary', values: { data: dataList(provided), purpose, ...(consequence ? { consequence } : {}) }, claims: [], flow: flow.id, asserts: { kind: 'requirement', flows: [flow.id], data: provided, purpose: flow.purpose } });
    }
  }

  // Data the recipients collect directly from the person on our behalf (collectedByRecipients.data: the card
  // typed into the payment processor's field on our checkout page) never pass through our systems: one sentence
  // says the recipient collects them on our behalf, after the disclosure (review 7 EU7-3/EU7-4, CA7-2, SEA7-1,
  // TH7-2, VN7-3). It makes no claim: the claim reader has no action for a collection by another party on our
  // behalf in the 12 languages, and no share, transfer or source sentence names these data (see `direct`
  // above), so no sentence says both. Not where the region lists entrusted processing (china): it says so in
  // its processing-method line (review 6 CN6-2, review 7 CN7-2).
  if (!entrusts) {
    for (const flow of flows) {
      const direct = collectedDirectly(flow);
      if (!direct.length) continue;
      for (const r of flow.recipients) {
        if (!r.name) continue;
        s.share.push({ key: 'statement.enteredDirectly', values: { data: dataList(direct), type: loc.label('recipient', r.type), name: r.name, country: loc.country(r.country) }, claims: [], flow: flow.id });
      }
    }
  }

  // Flows with one purpose (a channel's two flows for carrying the message) are stated together.
  s.collect = mergeByPurpose(s.collect, collectKey, dataList);
  s.requirement = mergeByPurpose(s.requirement, undefined, dataList);

  // Where the data comes from: a flow's declared source decides (collected, derived, from a third
  // party); without one, each category's own origin in the taxonomy (from the person, the device, our
  // records, created or written by us, inferred by us; review CA-6).
  const bySource = new Map<string, { kind: DataSourceKind; category?: string; data: string[]; flows: string[] }>();
  const byOrigin = new Map<DataOrigin, { data: string[]; flows: string[] }>();
  const add = (g: { data: string[]; flows: string[] }, d: string, flow: string) => {
    if (!g.data.includes(d)) g.data.push(d);
    if (!g.flows.includes(flow)) g.flows.push(flow);
  };
  for (const flow of flows) {
    if (flow.source && flow.source.from !== 'user') {
      const kind = flow.source.from;
      const k = `${kind}|${flow.source.category ?? ''}`;
      const g = bySource.get(k) ?? { kind, ...(flow.source.category ? { category: flow.source.category } : {}), data: [], flows: [] };
      for (const d of flow.data) add(g, d, flow.id);
      bySource.set(k, g);
      continue;
    }
    const direct = collectedDirectly(flow);
    for (const d of flow.data) {
      // Collected by the recipient directly from the person (collectedByRecipients.data): not "obtained" by us
      // (review 7 CA7-2, SEA7-1 Malaysia's s.7(1)(c) line); statement.enteredDirectly says where it goes.
      if (direct.includes(d)) continue;
      // A flow that declares `from: user` gets every category from the person but what we create or assign.
      const origin = originIn(tax, flow, d) as DataOrigin;
      if (origin === 'inferred_by_us') {
        const g = bySource.get('derived|') ?? { kind: 'derived' as const, data: [], flows: [] };
        add(g, d, flow.id);
        bySource.set('derived|', g);
        continue;
      }
      const g = byOrigin.get(origin) ?? { data: [], flows: [] };
      add(g, d, flow.id);
      byOrigin.set(origin, g);
    }
  }
  // What we obtain (from the person, the device, our records): one sentence, grouped by where it comes from.
  const obtained = OBTAINED.filter((o) => byOrigin.has(o));
  if (obtained.length === 1 && obtained[0] === 'from_you') {
    const g = byOrigin.get('from_you')!;
    s.source.push({ key: 'statement.sourceUser', values: { data: dataList(g.data) }, claims: [], asserts: { kind: 'source', flows: g.flows, data: g.data, source: 'user' } });
  } else if (obtained.length) {
    const parts = obtained.map((o) => loc.t(`origin.${o}`, { data: dataList(byOrigin.get(o)!.data) }));
    const data = obtained.flatMap((o) => byOrigin.get(o)!.data);
    const ids = [...new Set(obtained.flatMap((o) => byOrigin.get(o)!.flows))];
    s.source.push({ key: 'statement.sourceOrigins', values: { groups: loc.phrases(parts) }, claims: [], asserts: { kind: 'source', flows: ids, data, source: 'user' } });
  }
  // What we create or write ourselves: a sentence of its own (not "obtained" from anyone).
  for (const [origin, key] of [['generated_by_us', 'statement.sourceGenerated'], ['assigned_by_us', 'statement.sourceAssigned'], ['written_by_us', 'statement.sourceWritten']] as const) {
    const g = byOrigin.get(origin);
    if (g) s.source.push({ key, values: { data: dataList(g.data) }, claims: [], asserts: { kind: 'source', flows: g.flows, data: g.data, source: 'user' } });
  }
  for (const g of bySource.values()) {
    const values: Record<string, string> = { data: dataList(g.data) };
    // A derived flow's category is the data it is derived from (order history; review 3 EU-m8), a third party's its type.
    if (g.category) values['source'] = g.kind === 'derived' ? loc.label('data', g.category) : loc.label('recipient', g.category);
    let key = g.kind === 'derived' ? (g.category ? 'statement.sourceDerivedFrom' : 'statement.sourceDerived') : g.category ? thirdPartySource(g.category, flows, tax, values) : 'statement.sourceThirdPartyUnnamed';
    // Said with the data's own forms where the region words the sentence so and the locale's taxonomy gives
    // every datum its form (terms.own: "Ihre Einkaufspräferenzen") and the source its own (terms.derived_from:
    // "aus Ihrer Bestellhistorie"), not as labels in brackets (review 5 EU-n4); else as before.
    if (key === 'statement.sourceDerivedFrom' && loc.has('statement.sourceDerivedFromOwn')) {
      const labels = loc.data.labels.data;
      const own = g.data.map((d) => labels[d]?.terms?.['own']);
      const from = labels[g.category!]?.terms?.['derived_from'];
      if (from && own.every((o): o is string => o !== undefined)) {
        key = 'statement.sourceDerivedFromOwn';
        values['data'] = loc.list(own);
        values['source'] = from;
      }
    }
    // `indirect`: not collected from the person (GDPR Art. 14(2)(f)); a region may state only these.
    s.source.push({ key, values, claims: [], asserts: { kind: 'source', flows: g.flows, data: g.data, source: g.kind }, indirect: true });
  }

  for (const { r, flows: ids, data } of overseas.values()) {
    if (!r.contact) missingContacts.push({ flow: ids[0]!, recipient: r.name ?? r.type, place: r.country });
    const name = r.name ?? loc.label('recipient', r.type);
    // How to exercise rights against the recipient (PIPL Art. 39): through our own contact point.
    const values = { name, country: loc.country(r.country), email: (region.contactField ? orgField(org, region.contactField) : undefined) ?? org.dpo?.email ?? org.controller.email, article: citeOf('overseas_recipients'), ...(r.contact ? { contact: r.contact } : {}) };
    s.overseas.push({
      key: r.contact ? 'clause.overseasRecipient' : 'statement.overseasRecipientNoContact',
      values,
      claims: [],
      asserts: { kind: 'overseas', flows: ids, data, party: partyOf(r), ...(r.contact ? { contact: r.contact } : {}) },
    });
  }

  s.government.push({
    key: 'clause.government',
    values: {},
    claims: [{ action: 'share', data: 'user', recipient: { type: 'recipient.public_authority' } }],
    // "We may disclose … where the law requires or authorises it": a permission, not an "only" (no exclusivity).
  });

  // Whether each category is sold or shared (Cal. Civ. Code §1798.100(a)(1)).
  // Data a third party receives with no declared sale (recipient `sold`) get no denial: whether it is a
  // sale depends on the contract, which only the business knows (review CA-A; check: sale-undeclared).
  const sold = new Set(flows.filter((f) => flowSells(f)).flatMap((f) => f.data));
  const shared = new Set(flows.filter((f) => f.shared).flatMap((f) => f.data));
  const undecided = new Set(flows.filter((f) => f.recipients.some((r) => saleOf(f, r) === undefined)).flatMap((f) => f.data));
  const all = [...new Set(flows.flatMap((f) => f.data))].filter((d) => !undecided.has(d));
  const neither = all.filter((d) => !sold.has(d) && !shared.has(d));
  const sharedOnly = all.filter((d) => !sold.has(d) && shared.has(d));
  // A denial lists its data with "or" ("We do not sell or share your name, phone number or
  // appointment details"; review CA-8): "and" would deny only the combination.
  const orList = (keys: string[]) => orFormat(loc.lng, keys.map((k) => loc.label('data', k)));
  if (neither.length) {
    s.noSale.push({ key: 'statement.noSale', values: { data: orList(neither) }, claims: neither.map((d) => ({ action: 'sell', data: d, negated: true })), asserts: { kind: 'noSale', flows: [], data: neither } });
  }
  if (sharedOnly.length) {
    s.noSale.push({ key: 'statement.noSaleOnly', values: { data: orList(sharedOnly) }, claims: sharedOnly.map((d) => ({ action: 'sell', data: d, negated: true })), asserts: { kind: 'noSale', flows: [], data: sharedOnly } });
  }

  function transferStatement(flow: Flow, data: string, destination: string, mechanism: TransferMechanism | undefined, decision: string | undefined, claim: (d: string) => Claim, asserts: Assertion, keys: string[] = flow.data): Statement {
    let claims = keys.map(claim);
    // Where the law has one route for every transfer (Vietnam), no mechanism is named per transfer.
    if (region.transferStatedOnce) claims = claims.map(({ mechanism: _named, ...rest }) => rest);
    if (!mechanism || region.transferStatedOnce) return { key: 'statement.transferBare', values: { data, destination, ...(loc.has('statement.separateController') ? { separate: '' } : {}) }, claims, flow: flow.id, asserts };
    const wording = loc.t(`mechanism.${region.mechanismWording?.[mechanism] ?? mechanism}`);
    // A transfer on the DPF adequacy decision names the decision, as the onward DPF transfers of Meta and
    // Stripe do (statement.transferOnwardDpf; review 7 EU7-7: Commission Implementing Decision (EU)
    // 2023/1795 of 10 July 2023, transfers/eu-adequacy.yaml), where the locale has the form for it.
    const number = mechanism === 'dpf' ? /\d{4}\/\d+/.exec(decision ?? '')?.[0] : undefined;
    const article = number && loc.has('statement.withArticleDecision') ? regionCitation(region, 'mechanism', mechanism, loc.lng) : undefined;
    const label = article ? loc.t('statement.withArticleDecision', { label: wording, article, decision: number! }) : withArticle(wording, 'mechanism', mechanism);
    return { key: 'statement.transfer', values: { data, destination, mechanism: label }, claims, flow: flow.id, asserts };
  }

  return { statements: s, unresolvedTransfers: unresolved, missingContacts, missingInterests, missingConditions, missingProvisions };
}

/**
 * Statements of one wording key and purpose merged into one, over the union of their data (each
 * datum once), so two flows for the same purpose do not repeat it.
 */
function mergeByPurpose(list: Statement[], only: string | undefined, dataList: (keys: string[]) => string): Statement[] {
  const out: Statement[] = [];
  const byKey = new Map<string, Statement>();
  for (const st of list) {
    const a = st.asserts;
    if (!a?.purpose || (only && st.key !== only)) {
      out.push(st);
      continue;
    }
    const k = `${st.key}|${a.purpose}`;
    const prior = byKey.get(k);
    if (!prior) {
      byKey.set(k, st);
      out.push(st);
      continue;
    }
    const data = [...prior.asserts!.data, ...a.data.filter((d) => !prior.asserts!.data.includes(d))];
    const claims = [...prior.claims, ...st.claims.filter((c) => !prior.claims.some((p) => p.data === c.data))];
    const merged: Statement = { ...prior, values: { ...prior.values, data: dataList(data) }, claims, asserts: { ...prior.asserts!, data, flows: [...prior.asserts!.flows, ...a.flows] } };
    byKey.set(k, merged);
    out[out.indexOf(prior)] = merged;
  }
  return out;
}

/**
 * A sensitive datum as the notice names it. Under the CCPA, one that is sensitive only together with
 * other data the template has (§1798.140(ae)(1)(B): taxonomy `ccpaWith`) is named as its category with
 * them: "account log-in credentials (your phone number with the one-time passcode)" (review 3 CA-m1).
 */
export function sensitiveItem(tax: Taxonomy, region: RegionProfile, loc: Localizer, d: string, allData: readonly string[], key = 'statement.ccpaSensitiveWith'): string {
  const entry = tax.data.get(d);
  const along = (entry?.ccpaWith ?? []).filter((w) => allData.includes(w));
  if (region.sensitivity !== 'ccpa' || !along.length || !entry?.ccpa || !loc.has(`ccpaSensitive.${entry.ccpa}`)) return loc.label('data', d);
  const combination = loc.t('clause.ccpaCombination', { data: loc.list(along.map((w) => loc.label('data', w))), label: loc.label('data', d) });
  return loc.t(key, { category: loc.t(`ccpaSensitive.${entry.ccpa}`), data: combination });
}

/** Free text given once (in the template's language) or per locale: the locale's, else none. */
/**
 * The source sentence for data from a party of `category`. Our own processor (a recipient type the taxonomy
 * marks `processor`: a payment processor returning the card's brand and last four digits) is no third party
 * (GDPR Art. 4(10); Cal. Civ. Code §1798.140(ai); PDPA 2010 s.4; PIPL Art. 21 against Art. 23): it is named as
 * ours, by its name where the template's flows name exactly one recipient of that type (review 5 EU-n2,
 * CA-n3, MY-10; review 6 CN6-4). Sets `values.name`; returns the wording key.
 */
function thirdPartySource(category: string, flows: Flow[], tax: Taxonomy, values: Record<string, string>): string {
  if (!tax.recipient.get(category)?.processor) return 'statement.sourceThirdParty';
  const names = [...new Set(flows.flatMap((f) => f.recipients).filter((r) => r.type === category && r.name).map((r) => r.name!))];
  if (names.length !== 1) return 'statement.sourceProcessorUnnamed';
  values['name'] = names[0]!;
  return 'statement.sourceProcessor';
}

export function localText(text: string | Record<string, string> | undefined, lng: string, language: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const base = (l: string) => l.split('-')[0]!.toLowerCase();
  if (typeof text === 'string') return language && base(language) === base(lng) ? text : undefined;
  return text[lng] ?? Object.entries(text).find(([k]) => base(k) === base(lng))?.[1];
}
