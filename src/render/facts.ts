/**
 * What is true of a template's flows for one region: the inputs of every element condition
 * (`when:` in a region profile) and of the transfer statements.
 */
import type { Condition, Flow, Organization, RegionProfile, Recipient, Taxonomy, TransferMechanism, TransferSpec } from '../model/types.js';
import { insideArea } from '../load/places.js';
import { orgField } from '../load/organization.js';

export interface Facts {
  crossBorder: boolean;
  legalBases: Set<string>;
  soldOrShared: boolean;
  sensitive: boolean;
  sensitiveData: string[];
  statutoryRetention: boolean;
  hasRecipients: boolean;
  thirdPartyHandlers: boolean;
  controllerOutside: boolean;
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

export function computeFacts(flows: Flow[], region: RegionProfile, org: Organization, tax: Taxonomy): Facts {
  const sensitiveData = [...new Set(flows.flatMap((f) => f.data).filter((d) => isSensitive(tax, region, d)))];
  return {
    crossBorder: flows.some((f) => f.recipients.some((r) => isOutside(r.country, region)) || f.storage.some((s) => isOutside(s, region))),
    legalBases: new Set(flows.map((f) => f.legalBasis)),
    soldOrShared: flows.some((f) => f.sold || f.shared),
    sensitive: sensitiveData.length > 0,
    sensitiveData,
    statutoryRetention: flows.some((f) => f.retention?.statutory),
    hasRecipients: flows.some((f) => f.recipients.length > 0),
    thirdPartyHandlers: flows.some((f) => f.recipients.some((r) => !tax.recipient.get(r.type)?.processor)),
    controllerOutside: !insideArea(org.controller.country, region.area.length ? region.area : region.countries),
  };
}

export function holds(when: Condition, facts: Facts, org: Organization): boolean {
  if (when.crossBorder !== undefined && when.crossBorder !== facts.crossBorder) return false;
  if (when.legalBasis && !when.legalBasis.some((b) => facts.legalBases.has(b))) return false;
  if (when.soldOrShared !== undefined && when.soldOrShared !== facts.soldOrShared) return false;
  if (when.notSoldOrShared !== undefined && when.notSoldOrShared === facts.soldOrShared) return false;
  if (when.sensitive !== undefined && when.sensitive !== facts.sensitive) return false;
  if (when.statutoryRetention !== undefined && when.statutoryRetention !== facts.statutoryRetention) return false;
  if (when.hasRecipients !== undefined && when.hasRecipients !== facts.hasRecipients) return false;
  if (when.thirdPartyHandlers !== undefined && when.thirdPartyHandlers !== facts.thirdPartyHandlers) return false;
  if (when.controllerOutside !== undefined && when.controllerOutside !== facts.controllerOutside) return false;
  if (when.orgField !== undefined && orgField(org, when.orgField) === undefined) return false;
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
