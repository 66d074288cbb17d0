/**
 * The route a recipient's transfer rests on in a region (a mechanism, a CAC filing, or why none is
 * stated): facts the transfer sentences and the review pack's flows table both read.
 */
import type { ExportFiling, ExportRoute, Flow, Organization, Place, Recipient, RegionProfile, TransferMechanism } from '../../model/types.js';
import { isOutside, recipientMechanism, resolveTransfer, type TransferProblem } from '../facts.js';
import { dpfEntryNote, dpfStatedOf } from '../dpf-list.js';
import type { UnresolvedTransfer } from './types.js';

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
export function recipientRoute(r: Recipient, flow: Flow, region: RegionProfile, org?: Organization): { mechanism?: TransferMechanism; note?: string } {
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
      // With when its DPF List entry was checked, from the data (review 9 EU9-1).
      if (res.mechanism) return { note: `the recipient's own transfer to its sub-processor ${r.subProcessor.name}, certified under the EU-U.S. Data Privacy Framework (${res.decision?.decision ?? 'adequacy decision'}); the clause states it with the decision; ${dpfEntryNote(dpfStatedOf(r, flow.id, true, r.subProcessor.name, org))}` };
    }
    return { note: 'the recipient\'s own transfer to where it stores the data, on its own safeguards; the clause states no mechanism of ours for it' };
  }
  const route = recipientRoute(r, flow, region, org);
  const res = resolveTransfer(route.mechanism, region, place, r);
  return { ...res, ...(route.note ? { note: route.note } : {}) };
}

/** An unresolved transfer; a missing route the data marks unsettled says so, with its note. */
export function unresolvedOf(u: Omit<UnresolvedTransfer, 'reason'>, reason: TransferProblem, note: string | undefined): UnresolvedTransfer {
  return reason === 'missing' && note ? { ...u, reason: 'unsettled', note } : { ...u, reason };
}

/**
 * A recipient whose sub-processor abroad is DPF-certified, under a region whose law has the DPF
 * adequacy decision (GDPR): its onward transfer is stated with the decision (review EU-A).
 */
export function onwardDpf(r: Recipient, region: RegionProfile): boolean {
  return !!r.subProcessor?.dpfCertified && isOutside(r.subProcessor.country, region) && !!r.storage?.includes(r.subProcessor.country) && resolveTransfer('dpf', region, r.subProcessor.country, { ...r, dpfCertified: true }).mechanism === 'dpf';
}
