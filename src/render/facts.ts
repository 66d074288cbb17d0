/**
 * What is true of a template's flows for one region: the inputs of every element condition
 * (`when:` in a region profile) and of the transfer statements.
 */
import type { Condition, DataOrigin, Flow, Organization, Place, RegionProfile, Recipient, Taxonomy, TransferMechanism, TransferSpec } from '../model/types.js';
import { insideArea } from '../load/places.js';
import { euAdequacy, type AdequacyDecision } from '../load/adequacy.js';
import { orgField } from '../load/organization.js';
import { flowSells } from './sale.js';
import { purposeSensitive } from './sensitive-purpose.js';

export interface Facts {
  crossBorder: boolean;
  legalBases: Set<string>;
  /** The bases the flows are stated on in the region (basisIn), for `when.statedBasis`. */
  statedBases: Set<string>;
  soldOrShared: boolean;
  /** The business sells or shares personal information: in any template's flows, or as the organization declares (CCPA). */
  businessSellsOrShares: boolean;
  sensitive: boolean;
  sensitiveData: string[];
  /** Some sensitive data serves a flow that lists no permitted purposes (CCPA 11 CCR §7027(m)). */
  sensitiveUnpermitted: boolean;
  statutoryRetention: boolean;
  hasRecipients: boolean;
  thirdPartyHandlers: boolean;
  /** Some separate consent is recorded for what the flows do (`separateConsents` not empty): only then is one stated. */
  separateConsent: boolean;
  /**
   * The separate consents (PIPL Art. 23, 29, 39) the flows need and the template records: a kind
   * the template-level record lists (`consent.separate: [kinds]`) or a flow that records its own
   * (`consent.separate: true`) needs. Needs: `sensitive`, sensitive data; `third_party`, a recipient
   * that is not our processor (provision to another handler, not entrusted processing); `cross_border`,
   * a recipient outside the region or keeping the data there.
   */
  separateConsents: SeparateConsentKind[];
  controllerOutside: boolean;
  /** Every flow's purpose (for `when: { purposes }`). */
  purposes: string[];
  /** Some flow's data is not collected from the person (derived or from a third party: GDPR Art. 14). */
  indirectSource: boolean;
  /** Some flow's data is derived or inferred by us (not from a third party): PIPL Art. 24(1) for china (review 6 CN6-4). */
  derivedSource: boolean;
  /** Some flow has data the person provides, or is a legal duty of ours to record data (Art. 13(2)(e)). */
  providedData: boolean;
  /** Some flow on consent or a contract has data the person provides (Art. 20(1)). */
  portableData: boolean;
  /** Some recipient declares a sub-processor outside the region (PIPL Art. 21 sub-entrustment, Art. 39; review 5 CN5-9). */
  subProcessorAbroad: boolean;
}

export const SEPARATE_CONSENT_KINDS = ['third_party', 'sensitive', 'cross_border'] as const;
export type SeparateConsentKind = (typeof SEPARATE_CONSENT_KINDS)[number];

/** The separate consents a flow needs in this region (see `Facts.separateConsents`). */
export function separateConsentNeeds(flow: Flow, region: RegionProfile, tax: Taxonomy): SeparateConsentKind[] {
  const out: SeparateConsentKind[] = [];
  if (flow.recipients.some((r) => !tax.recipient.get(r.type)?.processor)) out.push('third_party');
  if (flow.data.some((d) => isSensitive(tax, region, d))) out.push('sensitive');
  if (flow.recipients.some((r) => isOutside(r.country, region) || recipientPlaces(r).some((p) => isOutside(p, region)))) out.push('cross_border');
  return out;
}

/**
 * The separate consents recorded for a flow: all it needs where the flow records its own
 * (`consent.separate: true`), else those the template's consent record lists (`consent.separate`).
 */
export function separateConsentsOf(flow: Flow, region: RegionProfile, tax: Taxonomy, recorded: readonly string[] = []): SeparateConsentKind[] {
  return separateConsentNeeds(flow, region, tax).filter((k) => flow.consent?.separate === true || recorded.includes(k));
}

/** A data category's origin in the taxonomy (`source`), its nearest ancestor's, or from the person (review CA-6). */
export function originOf(tax: Taxonomy, data: string): DataOrigin {
  for (let cur: string | undefined = data; cur !== undefined; cur = tax.data.get(cur)?.parent) {
    const o = tax.data.get(cur)?.source;
    if (o) return o;
  }
  return 'from_you';
}

/**
 * Where a category comes from in one flow: a flow that declares a derived or third-party source gets
 * it there; a flow that declares `from: user` gets it from the person, except what we create or assign
 * (a passcode, a customer number: ours even where the person quotes it back; review 3 CA-m2); else
 * the taxonomy's origin.
 */
export function originIn(tax: Taxonomy, flow: Flow, data: string): DataOrigin | 'third_party' {
  if (flow.source?.from === 'derived') return 'inferred_by_us';
  if (flow.source?.from === 'third_party') return 'third_party';
  const own = originOf(tax, data);
  if (flow.source?.from === 'user') return own === 'generated_by_us' || own === 'assigned_by_us' ? own : 'from_you';
  return own;
}

/**
 * The data of a flow the person provides (GDPR Art. 13(2)(e), 20(1); review 3 EU-m3, EU-m5): not what
 * we create, assign, write or infer, nor what comes from the device or our own records.
 */
export function providedIn(tax: Taxonomy, flow: Flow): string[] {
  return flow.data.filter((d) => originIn(tax, flow, d) === 'from_you');
}

/** Whether this region restricts transfers at all (a law with no transfer mechanisms does not). */
export function restrictsTransfers(region: RegionProfile): boolean {
  return region.transferMechanisms.length > 0;
}

export function isOutside(place: string, region: RegionProfile): boolean {
  return restrictsTransfers(region) && !insideArea(place, region.area);
}

export function isSensitive(tax: Taxonomy, region: RegionProfile, data: string): boolean {
  return tax.data.get(data)?.sensitive.includes(region.sensitivity) ?? false;
}

/**
 * The basis a flow is stated on in this region: its own, except a legal obligation under another
 * state's law (retention.statutory.country) where the region's legal-obligation basis means its own
 * state's law: then the basis the profile gives for it (foreignObligationBasis; review-sea X4).
 */
export function basisIn(flow: Flow, region: RegionProfile): Flow['legalBasis'] {
  const country = flow.retention?.statutory?.country;
  if (flow.legalBasis === 'legal_obligation' && region.foreignObligationBasis && country && !region.countries.includes(country)) return region.foreignObligationBasis;
  return flow.legalBasis;
}

/**
 * `businessSellsOrShares`: whether the business sells or shares personal information anywhere (the
 * project's flows, or the organization's declaration); when not given, these flows and the declaration.
 */
export function computeFacts(flows: Flow[], region: RegionProfile, org: Organization, tax: Taxonomy, recordedSeparate: readonly string[] = [], businessSellsOrShares?: boolean): Facts {
  const stated = new Set(flows.flatMap((f) => separateConsentsOf(f, region, tax, recordedSeparate)));
  const separateConsents = SEPARATE_CONSENT_KINDS.filter((k) => stated.has(k));
  const sensitiveData = [...new Set(flows.flatMap((f) => f.data).filter((d) => isSensitive(tax, region, d)))];
  return {
    // Data leaves the region: to a recipient there, to a place a recipient keeps it, or to our own
    // systems abroad. Our own establishment abroad, where we collect it directly, is no transfer.
    crossBorder: flows.some(
      (f) =>
        f.recipients.some((r) => isOutside(r.country, region) || recipientPlaces(r).some((p) => isOutside(p, region))) ||
        f.storage.some((s) => isOutside(s, region) && s !== org.controller.country),
    ),
    legalBases: new Set(flows.map((f) => f.legalBasis)),
    statedBases: new Set(flows.map((f) => basisIn(f, region))),
    soldOrShared: flows.some((f) => flowSells(f) || f.shared),
    businessSellsOrShares: businessSellsOrShares ?? (org.california?.sellsOrShares === true || flows.some((f) => flowSells(f) || f.shared)),
    // Data sensitive only for what they are used for count too (Decree 356 Điều 4 khoản 1 điểm l; review 5 VN3-4).
    sensitive: sensitiveData.length > 0 || purposeSensitive(region, flows).length > 0,
    sensitiveData,
    sensitiveUnpermitted: flows.some((f) => !f.sensitive?.ccpaPermitted?.length && f.data.some((d) => isSensitive(tax, region, d))),
    statutoryRetention: flows.some((f) => f.retention?.statutory),
    hasRecipients: flows.some((f) => f.recipients.length > 0),
    thirdPartyHandlers: flows.some((f) => f.recipients.some((r) => !tax.recipient.get(r.type)?.processor)),
    separateConsent: separateConsents.length > 0,
    separateConsents,
    controllerOutside: !insideArea(org.controller.country, region.area.length ? region.area : region.countries),
    purposes: [...new Set(flows.map((f) => f.purpose))],
    // Declared by the flow, or a category the taxonomy says we infer (review CA-6).
    indirectSource: flows.some((f) => (f.source !== undefined ? f.source.from !== 'user' : f.data.some((d) => originOf(tax, d) === 'inferred_by_us'))),
    derivedSource: flows.some((f) => (f.source !== undefined ? f.source.from === 'derived' : f.data.some((d) => originOf(tax, d) === 'inferred_by_us'))),
    // What the person provides (taxonomy `source`; review 3 EU-m3, EU-m5).
    providedData: flows.some((f) => providedIn(tax, f).length > 0 || (f.legalBasis === 'legal_obligation' && (f.required ?? true))),
    portableData: flows.some((f) => (f.legalBasis === 'consent' || f.legalBasis === 'contract') && providedIn(tax, f).length > 0),
    subProcessorAbroad: flows.some((f) => f.recipients.some((r) => r.subProcessor !== undefined && isOutside(r.subProcessor.country, region))),
  };
}

export function holds(when: Condition, facts: Facts, org: Organization): boolean {
  if (when.crossBorder !== undefined && when.crossBorder !== facts.crossBorder) return false;
  if (when.legalBasis && !when.legalBasis.some((b) => facts.legalBases.has(b))) return false;
  if (when.statedBasis && !when.statedBasis.some((b) => facts.statedBases.has(b))) return false;
  if (when.soldOrShared !== undefined && when.soldOrShared !== facts.soldOrShared) return false;
  if (when.notSoldOrShared !== undefined && when.notSoldOrShared === facts.soldOrShared) return false;
  if (when.businessSellsOrShares !== undefined && when.businessSellsOrShares !== facts.businessSellsOrShares) return false;
  if (when.sensitive !== undefined && when.sensitive !== facts.sensitive) return false;
  if (when.sensitiveUnpermitted !== undefined && when.sensitiveUnpermitted !== facts.sensitiveUnpermitted) return false;
  if (when.statutoryRetention !== undefined && when.statutoryRetention !== facts.statutoryRetention) return false;
  if (when.hasRecipients !== undefined && when.hasRecipients !== facts.hasRecipients) return false;
  if (when.thirdPartyHandlers !== undefined && when.thirdPartyHandlers !== facts.thirdPartyHandlers) return false;
  if (when.separateConsent !== undefined && when.separateConsent !== facts.separateConsent) return false;
  if (when.controllerOutside !== undefined && when.controllerOutside !== facts.controllerOutside) return false;
  if (when.orgField !== undefined && orgField(org, when.orgField) === undefined) return false;
  if (when.orgFieldAbsent !== undefined && orgField(org, when.orgFieldAbsent) !== undefined) return false;
  if (when.purposes && !when.purposes.some((p) => facts.purposes.some((fp) => fp === p || fp.startsWith(`${p}.`)))) return false;
  if (when.indirectSource !== undefined && when.indirectSource !== facts.indirectSource) return false;
  if (when.derivedSource !== undefined && when.derivedSource !== facts.derivedSource) return false;
  if (when.providedData !== undefined && when.providedData !== facts.providedData) return false;
  if (when.portableData !== undefined && when.portableData !== facts.portableData) return false;
  if (when.subProcessorAbroad !== undefined && when.subProcessorAbroad !== facts.subProcessorAbroad) return false;
  return true;
}

/** The mechanism a spec names for this region: its own id, then each profile it extends, then `default`. */
export function mechanismFor(spec: TransferSpec | undefined, region: RegionProfile): TransferMechanism | undefined {
  if (!spec) return undefined;
  if (typeof spec === 'string') return spec;
  for (const id of [region.id, ...region.ancestors]) if (spec[id]) return spec[id];
  return spec['default'];
}

export function recipientMechanism(r: Recipient, flow: Flow, region: RegionProfile): TransferMechanism | undefined {
  return mechanismFor(r.transfer ?? flow.transfer, region);
}

/** Whether a recipient applies to this organization and region (`appliesTo` on the recipient). */
export function recipientApplies(r: Recipient, org: Organization, region: RegionProfile): boolean {
  const a = r.appliesTo;
  if (!a) return true;
  const where = org.controller.country;
  const ids = [region.id, ...region.ancestors];
  if (a.controllerIn && !insideArea(where, a.controllerIn)) return false;
  if (a.controllerNotIn && insideArea(where, a.controllerNotIn)) return false;
  if (a.regions && !a.regions.some((id) => ids.includes(id))) return false;
  if (a.notRegions && a.notRegions.some((id) => ids.includes(id))) return false;
  return true;
}

// Flows with the recipients that apply, per flow list, organization and region (the same lists
// come back for every locale).
const effective = new WeakMap<Flow[], Map<string, Flow[]>>();

/** The flows as they hold for this organization and region: recipients that do not apply dropped. */
export function effectiveFlows(flows: Flow[], org: Organization, region: RegionProfile): Flow[] {
  if (!flows.some((f) => f.recipients.some((r) => r.appliesTo))) return flows;
  let byKey = effective.get(flows);
  if (!byKey) effective.set(flows, (byKey = new Map()));
  const key = `${org.controller.country}|${region.id}`;
  let out = byKey.get(key);
  if (!out) {
    out = flows.map((f) => (f.recipients.some((r) => r.appliesTo) ? { ...f, recipients: f.recipients.filter((r) => recipientApplies(r, org, region)) } : f));
    byKey.set(key, out);
  }
  return out;
}

/** Where a recipient keeps the data: its declared storage, else its own country. */
export function recipientPlaces(r: Recipient): Place[] {
  return r.storage?.length ? r.storage : [r.country];
}

/**
 * Mechanisms that rest on a second party (an importer who signs, or is certified): they cannot
 * cover data the organization keeps on its own systems.
 */
export const RECIPIENT_BOUND: ReadonlySet<TransferMechanism> = new Set(['scc', 'dpf', 'contract', 'cac_standard_contract']);

/** A region under the GDPR (the EU or a profile that extends it): the Commission's adequacy list applies. */
export function underGdpr(region: RegionProfile): boolean {
  return region.id === 'eu' || region.ancestors.includes('eu');
}

export type TransferProblem = 'missing' | 'not-accepted' | 'not-adequate' | 'not-dpf-certified' | 'dpf-not-us' | 'own-storage' | 'unsettled';

export interface TransferResolution {
  /** The mechanism the clause states (declared, or adequacy where a decision covers the destination). */
  mechanism?: TransferMechanism;
  /** The mechanism the flow or recipient declares. */
  declared?: TransferMechanism;
  problem?: TransferProblem;
  /** The adequacy decision the statement rests on. */
  decision?: AdequacyDecision;
}

/** Whether an adequacy decision covers this destination for this recipient (none for our own systems on the DPF). */
function adequacyFor(place: Place, recipient: Recipient | undefined): AdequacyDecision | undefined {
  const d = euAdequacy().get(place);
  if (!d) return undefined;
  if (d.scope === 'dpf' && !recipient?.dpfCertified) return undefined;
  return d;
}

/**
 * The mechanism a transfer to `place` rests on for this region, checked against what the region
 * accepts and what the destination allows: adequacy only where a decision covers the destination
 * (and, for the United States, only a DPF-certified recipient); `dpf` only for a DPF-certified US
 * recipient; no recipient-bound mechanism for the organization's own systems.
 */
export function resolveTransfer(declared: TransferMechanism | undefined, region: RegionProfile, place: Place, recipient: Recipient | undefined): TransferResolution {
  const accepts = (m: TransferMechanism) => region.transferMechanisms.includes(m);
  const gdpr = underGdpr(region);
  if (!declared) {
    if (gdpr) {
      const decision = adequacyFor(place, recipient);
      if (decision && decision.scope === 'dpf' && accepts('dpf')) return { mechanism: 'dpf', decision };
      if (decision && accepts('adequacy')) return { mechanism: 'adequacy', decision };
    }
    return { problem: 'missing' };
  }
  if (!accepts(declared)) return { declared, problem: 'not-accepted' };
  if (!recipient && RECIPIENT_BOUND.has(declared)) return { declared, problem: 'own-storage' };
  if (declared === 'dpf') {
    if (place !== 'US') return { declared, problem: 'dpf-not-us' };
    if (!recipient?.dpfCertified) return { declared, problem: 'not-dpf-certified' };
    return { declared, mechanism: 'dpf', decision: euAdequacy().get('US') };
  }
  if (declared === 'adequacy' && gdpr) {
    const d = euAdequacy().get(place);
    if (!d) return { declared, problem: 'not-adequate' };
    if (d.scope === 'dpf' && !recipient?.dpfCertified) return { declared, problem: 'not-dpf-certified' };
    return { declared, mechanism: 'adequacy', decision: d };
  }
  return { declared, mechanism: declared };
}
