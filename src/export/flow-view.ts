/**
 * A template's flows in the reader's words, for the review pack's detail page: each flow's data,
 * recipients (type, name, country), purpose, legal basis per region (with the article that region
 * cites), retention, storage and transfer mechanism per region — labels from the English locale,
 * country names from ICU. Worked out once per template in phase 1 and kept in data/<id>.json
 * (`flowTable`) beside the raw flows, so a merged pack shows the same page.
 */
import type { Flow, Organization, Recipient, RegionProfile, Template, TaxonomyKind } from '../model/types.js';
import type { Localizer } from '../render/localizer.js';
import { localText, recipientTransfer } from '../render/statements.js';
import { dpfEntryNote, dpfStatedOf } from '../render/dpf-list.js';
import { enteredDirectlyKey } from '../render/statements/entered-directly.js';
import { basisIn, isOutside, isSensitive, mechanismFor, recipientApplies, resolveTransfer } from '../render/facts.js';
import { regionCitation } from '../render/citation.js';
import { regionLocalizer } from '../render/region-wording.js';
import type { Project, Target } from '../project.js';
import { consentRecords } from '../model/consent-records.js';

export interface FlowRecipientView {
  type: string;
  name?: string;
  country: string;
  /** When the recipient applies only to some organizations or regions. */
  applies?: string;
  /** Where the recipient stores the data, when it says. */
  storage?: string[];
  /**
   * The sub-processor that stores the data for the recipient, and where (recipient.subProcessor; the places
   * of `storage` in its country): the clause gives that storage to it, not to the recipient (review 8 CN8-3:
   * Stripe, Inc.'s US storage under 转委托, as Meta Platforms, Inc.'s behind Meta Ireland).
   */
  subProcessor?: { name: string; storage: string[] };
}

export interface FlowView {
  id: string;
  /** The channel that adds the flow to every template it carries. */
  implied?: string;
  data: string[];
  purpose: string;
  recipients: FlowRecipientView[];
  /** Per region of the export: the basis and the article that region cites for it. */
  basis: Array<{ region: string; text: string }>;
  retention: string;
  storage: string[];
  /**
   * Why a flow declares no storage of ours where its recipients collect data straight from the person
   * (collectedByRecipients): who keeps it instead, as the clause says (review 8 CN8-3), never "not declared".
   */
  storageNote?: string;
  /** Per region of the export: the transfer mechanisms named for it, or none. */
  transfer: Array<{ region: string; text: string }>;
  /**
   * The consent record that covers the flow (the template's own, or a separate one: consent.separateRecords), as
   * the evidence the reviewer signs a consent basis off on (review 8 EU8-7; GDPR Art. 7(1), review 7 EU7-1).
   */
  consent?: FlowConsentView;
}

export interface FlowConsentView {
  /** Which record: 0 the template's own, 1… its separate records in order. */
  record: number;
  separate: boolean;
  method?: string;
  path?: string;
  /** Where the person switches it off, as the English pages name it. */
  setting?: string;
  preTicked?: boolean;
  timestamp?: string;
  /** Double opt-in: when the code was confirmed. */
  confirmedAt?: string;
  /** The withdrawal the flow declares (e.g. "reply STOP"). */
  withdrawal?: string;
}

/** The flow's consent record, where the template records one that covers it. */
function consentView(records: ReturnType<typeof consentRecords>, f: Flow): { consent?: FlowConsentView } {
  const record = records.findIndex((r) => r.flows.some((x) => x.id === f.id));
  if (record < 0) return {};
  const c = records[record]!.record;
  const setting = c.setting?.[LANG] ?? (c.setting ? Object.values(c.setting)[0] : undefined);
  return {
    consent: {
      record,
      separate: record > 0,
      ...(c.method ? { method: c.method } : {}),
      ...(c.path ? { path: c.path } : {}),
      ...(setting ? { setting } : {}),
      ...(c.preTicked !== undefined ? { preTicked: c.preTicked } : {}),
      ...(c.timestamp ? { timestamp: c.timestamp } : {}),
      ...(c.doubleOptIn?.confirmedAt ? { confirmedAt: c.doubleOptIn.confirmedAt } : {}),
      ...(f.consent?.withdrawal ? { withdrawal: f.consent.withdrawal } : {}),
    },
  };
}

const LANG = 'en';

function label(loc: Localizer, kind: TaxonomyKind, key: string): string {
  try {
    return loc.label(kind, key);
  } catch {
    return key;
  }
}

function word(loc: Localizer, key: string): string | undefined {
  return loc.has(key) ? loc.t(key) : undefined;
}

function place(loc: Localizer, code: string): string {
  const name = loc.country(code);
  return name && name !== code ? `${name} (${code})` : code;
}

function applies(r: Recipient): string | undefined {
  const a = r.appliesTo;
  if (!a) return undefined;
  const parts: string[] = [];
  if (a.regions) parts.push(`in ${a.regions.join(', ')}`);
  if (a.notRegions) parts.push(`outside ${a.notRegions.join(', ')}`);
  if (a.controllerIn) parts.push(`when we are in ${a.controllerIn.join(', ')}`);
  if (a.controllerNotIn) parts.push(`when we are not in ${a.controllerNotIn.join(', ')}`);
  return parts.length ? `only ${parts.join(', ')}` : undefined;
}

/**
 * What the clause states about how long the data are kept: our period, a period the flow's recipients
 * hold (retention.heldBy), or the criteria by which the recipients who collect the data set theirs
 * (collectedByRecipients.retentionCriteria; review 7 TH7-4(c), CN7-3) — the facts the clause's retention
 * sentences are written from.
 */
function retention(loc: Localizer, f: Flow, applies: (r: Recipient) => boolean = () => true): string {
  const r = f.retention;
  // Only the recipients that apply to us in the exported regions, as the clause names them (review 8 VN8-3:
  // Meta's 30 days are Meta Platforms Ireland Limited's; Meta Platforms, Inc. applies only to a controller in
  // the US, CA or BR).
  const holders = f.recipients.filter(applies).map((x) => x.name ?? label(loc, 'recipient', x.type)).join(', ');
  if (r) {
    const event = word(loc, `event.${r.from}`) ?? r.from;
    // As the clause states it: the records that hold the data and what keeps the period from ending (§ 147(3) AO:
    // "or longer while they matter for a tax assessment that is still open"), and a period of ours on consent that
    // ends on withdrawal, which every locale's retention sentence now states (review 8 EU8-7, EU8-2; review 9 CA9-1).
    const st = r.statutory;
    const records = st?.records && st.whileOpen ? `on ${word(loc, `records.${st.records}`) ?? st.records} for ` : '';
    const extension = st?.records && st.whileOpen ? `, or longer ${word(loc, `retentionExtension.${st.whileOpen}`) ?? st.whileOpen}` : '';
    const capped = r.endsOnWithdrawal && !st && r.heldBy !== 'recipients' ? ', or until the consent is withdrawn if that is sooner (as the clause states)' : '';
    const period = `${records}${r.upTo ? 'up to ' : ''}${loc.duration(r)} from ${event}${extension}${capped}${st ? `, as required by ${st.law}` : ''}`;
    return r.heldBy === 'recipients' && !r.statutory && holders ? `kept by ${holders}: ${period}` : period;
  }
  const criteria = localText(f.collectedByRecipients?.retentionCriteria, LANG, undefined);
  // What a recipient keeps for a legal duty of its own (recipient ownRetention), as the clause says after it.
  const own = f.recipients.flatMap((x) => {
    const c = localText(x.ownRetention?.criteria, LANG, undefined);
    return c ? [`beyond that, kept by ${x.name ?? label(loc, 'recipient', x.type)} on its own account: ${c}`] : [];
  });
  if (criteria && holders) return [`kept by ${holders}: ${criteria} (the criteria the clause states)`, ...own].join('; ');
  return 'not declared';
}

/**
 * The basis the clause states for the flow in this region (basisIn: a legal obligation under another
 * state's law on the region's foreignObligationBasis; a sensitive-data basis where the region has one),
 * glossed in English as the region words it (profile `wording:`; Singapore's s.15 is deemed consent), with
 * the article in the language of the region's text (TH7-4(a), SG7-1, ID7-1).
 */
function basis(loc: Localizer, f: Flow, region: RegionProfile, lng: string, project: Project, flows: readonly Flow[]): string {
  const rloc = regionLocalizer(loc, region);
  // A region whose law asks for no legal basis, and whose clause states none (California): said so (review 8 CA8-2).
  if (rloc.has('pack.basisNotStated')) return rloc.t('pack.basisNotStated');
  const legalBasis = basisIn(f, region);
  const sensitiveKey = `sensitive_${legalBasis}`;
  const sensitive = f.data.some((d) => isSensitive(project.catalog.taxonomy, region, d)) && regionCitation(region, 'basis', sensitiveKey, lng);
  const key = sensitive ? sensitiveKey : legalBasis;
  // A foreign tax-record duty stated on the sale agreement (Vietnam) or as a foreign legal obligation
  // (the Philippines): the gloss the clause's basis sentence uses (statements.ts).
  const foreign = f.legalBasis === 'legal_obligation' ? f.retention?.statutory?.country : undefined;
  const article = regionCitation(region, 'basis', key, lng);
  // A gloss that names the article itself (Singapore's deemed consent for a foreign duty, review 8 SG8-1) is not cited again.
  const foreignText =
    foreign && legalBasis === 'contract' && rloc.has('basis.contract_foreign_tax') ? rloc.t('basis.contract_foreign_tax', { country: rloc.country(foreign), article: article ?? '' })
    : foreign && legalBasis === 'legal_obligation' && isOutside(foreign, region) && rloc.has('basis.legal_obligation_foreign') ? rloc.t('basis.legal_obligation_foreign', { country: rloc.country(foreign) })
    : undefined;
  // A channel flow on the consent of a template's flow: that consent, as the clause names it (review 8 EU8-1).
  const source = legalBasis === 'consent' && f.basisFrom !== undefined && rloc.has('basis.consent_to') ? flows.find((x) => x.id === f.basisFrom && x.legalBasis === 'consent' && x.purpose !== f.purpose) : undefined;
  const consentTo = source ? rloc.t('basis.consent_to', { purpose: label(rloc, 'purpose', source.purpose) }) : undefined;
  const text = (sensitive ? undefined : foreignText ?? consentTo) ?? word(rloc, `basis.${key}`) ?? word(rloc, `basis.${legalBasis}`) ?? legalBasis;
  return article && !text.includes(article) ? `${text} (${article})` : text;
}

/**
 * Per recipient outside the region, the route the clause states for it (with the region's
 * article), or that it states none and why — never a declared mechanism the region's law does not
 * offer, or one the clause leaves out.
 */
function transfer(loc: Localizer, f: Flow, region: RegionProfile, org: Organization, lng: string, project: Project): string {
  if (!region.transferMechanisms.length) return noTransferRule(loc, f, region, org);
  const parts: string[] = [];
  const text = project.renderer.localizer(lng);
  const rtext = project.renderer.localizerFor(lng, region);
  const rloc = regionLocalizer(loc, region);
  for (const r of f.recipients) {
    if (!recipientApplies(r, org, region)) continue;
    const name = r.name ?? label(loc, 'recipient', r.type);
    for (const at of new Set([r.country, ...(r.storage ?? [])])) {
      const t = recipientTransfer(r, f, region, at, org);
      if (!t) continue;
      const who = at === r.country ? name : `${name}, stored in ${place(loc, at)}`;
      // Our processor's onward transfer to where it (or its own processor) keeps the data stays within our
      // accountability where the region's law says so: the profile words it for the pack (pack.onwardProcessor;
      // review 8 SEA8-2: sg, my, id, ph), never "the recipient's own transfer … on its own safeguards".
      const onward = at !== r.country;
      const ours = onward && !t.mechanism && r.type.startsWith('recipient.service_provider.') && rloc.has('pack.onwardProcessor') ? rloc.t('pack.onwardProcessor', { place: place(loc, at) }) : undefined;
      // Our transfer on the DPF to a certified recipient: with when its DPF List entry was checked (review 9 EU9-1).
      const listed = !onward && t.mechanism === 'dpf' && r.dpfCertified ? `; ${r.legalName ?? name}: ${dpfEntryNote(dpfStatedOf(r, f.id, false, name, org))}` : '';
      parts.push(`${who}: ${routeText(loc, region, ours ? { ...t, note: ours } : t, lng, onward, r.subProcessor?.country === at ? r.subProcessor.unsettled : undefined)}${listed}${at === r.country ? collectedNote(loc, text, rtext, f, r, region, org) : ''}`);
    }
  }
  // Our own storage outside the region, as the clause states it (statements.ts): at our own establishment,
  // the clause's sentence for it in the region's language (Vietnam calls it a transfer, Điều 20 khoản 1
  // điểm c); elsewhere a transfer to our own systems on the flow's mechanism (review 7 TH7-4(b)).
  for (const at of f.storage) {
    if (!isOutside(at, region)) continue;
    if (at === org.controller.country) {
      // Where the region states our storage at one place once over all the clause's data (storageStatedOnce:
      // th, vn, china), the clause has no sentence for this flow alone: its one sentence is quoted with its
      // data list elided, never a per-flow sentence the clause does not contain (review 8 TH8-3(a), VN8-3).
      const once = region.storageStatedOnce === true;
      const data = once ? '…' : text.list(f.data.map((d) => label(text, 'data', d)));
      // With its list elided the sentence's own full stop goes (review 9 VN9-1(b): "…): …." read as a doubled stop).
      const whole = rtext.has('statement.storeOwnEstablishment') ? rtext.t('statement.storeOwnEstablishment', { place: text.country(at), data }) : undefined;
      const said = once && whole ? whole.replace(/…\.$/u, '…') : whole;
      const how = once ? `, as the clause's one storage sentence for ${place(loc, at)} states (its list covers every flow we store there)` : ', as the clause states';
      parts.push(`our own establishment in ${place(loc, at)}: stored there by us${said ? `${how}: "${said}"` : ''}`);
      continue;
    }
    const res = resolveTransfer(mechanismFor(f.transfer, region), region, at, undefined);
    parts.push(`our own systems in ${place(loc, at)}: ${routeText(loc, region, res, lng)}`);
  }
  return parts.length ? parts.join('; ') : 'no transfer out of the region';
}

/**
 * A region whose law sets no rule on transfers (no transfer mechanisms: California's CCPA) has no route to state,
 * and "no transfer out of the region" would be false of data kept in Germany or sent to a recipient in Ireland
 * or the United States: the cell says there is no rule, and where the clause says the data are kept and whom
 * they go to (review 8 CA8-2).
 */
function noTransferRule(loc: Localizer, f: Flow, region: RegionProfile, org: Organization): string {
  const places: string[] = [];
  if (f.storage.length) places.push(`ours in ${f.storage.map((p) => place(loc, p)).join(', ')}`);
  for (const r of f.recipients) {
    if (!recipientApplies(r, org, region)) continue;
    const name = r.name ?? label(loc, 'recipient', r.type);
    const sub = r.subProcessor && r.storage?.includes(r.subProcessor.country) ? ` (by ${r.subProcessor.name})` : '';
    places.push(r.storage?.length ? `${name} (${place(loc, r.country)}) stores them in ${r.storage.map((p) => place(loc, p)).join(', ')}${sub}` : `${name} in ${place(loc, r.country)}`);
  }
  return `${region.law.short}: no transfer rule${places.length ? `; storage places and recipients as the clause states: ${places.join('; ')}` : ''}`;
}

/**
 * Data a recipient abroad collects straight from the person on our behalf (collectedByRecipients.data: the card):
 * the route above covers only what we send it; the clause's own sentence says what the collection is where the
 * region words it as our transfer (Vietnam, Điều 20 khoản 1 điểm c: statement.enteredDirectlyAbroad, review 8
 * VN8-1), else that it does not pass through us (review 8 TH8-3(b): not on the s.29 contract as sent by us).
 * Not where the region states entrusted processing (china: its method line says it).
 */
function collectedNote(loc: Localizer, text: Localizer, rtext: Localizer, f: Flow, r: Recipient, region: RegionProfile, org: Organization): string {
  const direct = f.collectedByRecipients?.data ?? [];
  if (!direct.length || !r.name || !isOutside(r.country, region) || region.elements.some((e) => e.id === 'entrusted_processing')) return '';
  const passed = f.data.filter((d) => !direct.includes(d));
  const en = loc.list(direct.map((d) => label(loc, 'data', d)));
  // The sentence the clause writes for it (the same choice of key as the renderer's).
  const key = enteredDirectlyKey(rtext, region, org, f, r, direct);
  const said = rtext.t(key, { data: text.list(direct.map((d) => label(text, 'data', d))), type: label(text, 'recipient', r.type), name: r.name, country: text.country(r.country) });
  const only = passed.length ? ` (for ${loc.list(passed.map((d) => label(loc, 'data', d)))} only)` : '';
  return key === 'statement.enteredDirectlyAbroad'
    ? `${only}; ${en}, collected by ${r.name} from the person on its platform abroad on our behalf: our own transfer, as the clause's sentence states: "${said}"`
    : key === 'statement.enteredDirectlyContract'
      ? `${only}; ${en}: collected by ${r.name} directly from the person on our behalf, not sent by us, under the same contract, as the clause's sentence states: "${said}"`
      : `${only}; ${en}: collected by ${r.name} directly from the person on our behalf, not sent by us, so not on this route, as the clause's sentence states: "${said}"`;
}

function routeText(loc: Localizer, region: RegionProfile, t: { mechanism?: string; declared?: string; problem?: string; note?: string }, lng: string, onward = false, subNote?: string): string {
  if (t.mechanism && region.transferStatedOnce) return "the region's one route for every transfer, stated once in the clause";
  if (t.mechanism) {
    const article = regionCitation(region, 'mechanism', t.mechanism, lng);
    const key = region.mechanismWording?.[t.mechanism] ?? t.mechanism;
    // As the region words the route where it does (Indonesia: adequate and binding protection, review 8 ID8-2).
    return `${word(regionLocalizer(loc, region), `mechanism.${key}`) ?? t.mechanism}${article ? ` (${article})` : ''}`;
  }
  // The note that exists, never "see the findings" where there is none (review 7 TH7-4(d), SEA7-6).
  // The recipient's own onward transfer (where it stores the data): the note says what the clause states of it.
  if (t.note && onward) return `${t.note}${subNote ? ' (see the sub-processor note on the clause)' : ''}`;
  if (t.note) return `none stated: route unsettled: ${t.note}`;
  return t.declared ? `none stated: "${t.declared}" declared, not a route here (${t.problem})` : 'none stated: no route declared';
}

/**
 * A flow with no storage of ours whose recipients collect data straight from the person: they keep it (the
 * clause's retention sentence for them), so the storage column says whose it is (review 8 CN8-3): the rows that
 * hold our own copies for the same purpose, where each recipient (or its sub-processor) stores the flow's data, as
 * every clause states it, and which data the person enters with the recipient (review 9 SEA9-1; never a YAML
 * field name, never "collects" over data we send it).
 */
function storageNote(loc: Localizer, f: Flow, flows: readonly Flow[]): string | undefined {
  const collected = f.collectedByRecipients?.data ?? [];
  if (f.storage.length || !collected.length || !f.recipients.length) return undefined;
  // Each row with what it holds (review 10 L10-2: card_receipt holds the card brand and last four digits, not a copy
  // of the card details the person enters with the recipient).
  const copies = flows.filter((o) => o !== f && o.purpose === f.purpose && o.storage.length).map((o) => `${o.id} (${loc.list(o.data.map((d) => label(loc, 'data', d)))})`);
  const stores = f.recipients.map((x) => {
    const name = x.name ?? label(loc, 'recipient', x.type);
    const sub = x.subProcessor;
    if (sub) return `${name}'s sub-processor ${sub.name} stores them in ${place(loc, sub.country)}`;
    const at = x.storage?.length ? x.storage : [x.country];
    return `${name} stores them in ${loc.list(at.map((p) => place(loc, p)))}`;
  });
  const holders = loc.list(f.recipients.map((x) => x.name ?? label(loc, 'recipient', x.type)));
  const data = loc.list(collected.map((d) => label(loc, 'data', d)));
  const ours = copies.length ? ` (our own records: row${copies.length > 1 ? 's' : ''} ${copies.join('; ')})` : '';
  return `not stored by us in this flow${ours}; ${stores.join('; ')}, as the clause states; the person enters their ${data} directly with ${holders}`;
}

export function flowViews(project: Project, template: Template, targets: Target[]): FlowView[] {
  const loc = project.renderer.localizer(LANG);
  const regions: RegionProfile[] = [];
  // The language each region's text is in (its first exported locale): the pack cites as the clause does.
  const lngOf = new Map<string, string>();
  for (const t of targets) {
    if (!regions.some((r) => r.id === t.region.id)) regions.push(t.region);
    if (!lngOf.has(t.region.id)) lngOf.set(t.region.id, t.locale);
  }
  const lng = (region: RegionProfile) => lngOf.get(region.id) ?? region.locales[0] ?? LANG;
  const consents = consentRecords(template);
  return template.flows.map((f) => {
    const stored = storageNote(loc, f, template.flows);
    return {
      id: f.id,
      ...(f.implied ? { implied: f.implied } : {}),
      data: f.data.map((d) => label(loc, 'data', d)),
      purpose: label(loc, 'purpose', f.purpose),
      recipients: f.recipients.map((r) => {
        const note = applies(r);
        const sub = r.subProcessor;
        const subPlaces = sub ? (r.storage ?? []).filter((p) => p === sub.country) : [];
        return {
          type: label(loc, 'recipient', r.type),
          ...(r.name ? { name: r.name } : {}),
          country: place(loc, r.country),
          ...(note ? { applies: note } : {}),
          ...(r.storage?.length ? { storage: r.storage.map((p) => place(loc, p)) } : {}),
          ...(sub && subPlaces.length ? { subProcessor: { name: sub.name, storage: subPlaces.map((p) => place(loc, p)) } } : {}),
        };
      }),
      basis: regions.map((region) => ({ region: region.id, text: basis(loc, f, region, lng(region), project, template.flows) })),
      retention: retention(loc, f, (r) => regions.some((region) => recipientApplies(r, project.org, region))),
      ...consentView(consents, f),
      storage: f.storage.map((p) => place(loc, p)),
      ...(stored ? { storageNote: stored } : {}),
      transfer: regions.map((region) => ({ region: region.id, text: transfer(loc, f, region, project.org, lng(region), project) })),
    };
  });
}
