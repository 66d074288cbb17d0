/**
 * Turns declared flows into statements for one region and locale. A statement is one sentence:
 * a wording key, the localized values it interpolates, and the claims it makes. Snippets choose
 * which statements an element writes; the renderer records the claims of every statement written.
 */
import type { Claim } from '../claims/claim.js';
import type { Flow, Organization, RegionProfile, Taxonomy, TransferMechanism } from '../model/types.js';
import { isOutside, mechanismFor, recipientMechanism } from './facts.js';
import type { Localizer } from './localizer.js';

const ADVERTISING = 'marketing.advertising.third_party';

export interface Statement {
  key: string;
  values: Record<string, string>;
  claims: Claim[];
  flow?: string;
}

export interface StatementSet {
  collect: Statement[];
  basis: Statement[];
  interest: Statement[];
  share: Statement[];
  sell: Statement[];
  noSale: Statement[];
  store: Statement[];
  transfer: Statement[];
  retain: Statement[];
  exclusive: Statement[];
  requirement: Statement[];
  government: Statement[];
}

export interface UnresolvedTransfer {
  flow: string;
  place: string;
  recipient?: string;
  mechanism?: TransferMechanism;
  reason: 'missing' | 'not-accepted';
}

export interface BuiltStatements {
  statements: StatementSet;
  unresolvedTransfers: UnresolvedTransfer[];
}

export function buildStatements(flows: Flow[], region: RegionProfile, tax: Taxonomy, loc: Localizer, org: Organization): BuiltStatements {
  void org;
  const s: StatementSet = { collect: [], basis: [], interest: [], share: [], sell: [], noSale: [], store: [], transfer: [], retain: [], exclusive: [], requirement: [], government: [] };
  const unresolved: UnresolvedTransfer[] = [];
  const dataList = (keys: string[]) => loc.list(keys.map((k) => loc.label('data', k)));
  const withArticle = (label: string, article: string | undefined) => (article ? loc.t('statement.withArticle', { label, article }) : label);
  const seenBasis = new Set<string>();

  for (const flow of flows) {
    const data = dataList(flow.data);
    const purpose = loc.label('purpose', flow.purpose);
    const each = (make: (d: string) => Claim) => flow.data.map(make);

    s.collect.push({ key: 'statement.collect', values: { purpose, data }, claims: each((d) => ({ action: 'collect', data: d, purpose: flow.purpose })), flow: flow.id });

    const basisKey = `${flow.purpose}|${flow.legalBasis}`;
    if (!seenBasis.has(basisKey)) {
      seenBasis.add(basisKey);
      const basis = withArticle(loc.t(`basis.${flow.legalBasis}`), region.legalBasisArticles[flow.legalBasis]);
      s.basis.push({ key: 'statement.basis', values: { purpose, basis }, claims: [], flow: flow.id });
    }
    if (flow.legalBasis === 'legitimate_interests' && flow.legitimateInterest) {
      s.interest.push({ key: 'statement.interest', values: { purpose, interest: flow.legitimateInterest }, claims: [], flow: flow.id });
    }

    for (const r of flow.recipients) {
      const type = loc.label('recipient', r.type);
      const country = loc.country(r.country);
      const recipient = r.name ? loc.t('statement.recipientNamed', { type, name: r.name, country }) : loc.t('statement.recipientUnnamed', { type, country });
      const who = { type: r.type, ...(r.name ? { name: r.name } : {}) };
      s.share.push({ key: 'statement.share', values: { data, recipient, purpose }, claims: each((d) => ({ action: 'share', data: d, recipient: who, purpose: flow.purpose, place: r.country })), flow: flow.id });
      if (flow.sold) {
        s.sell.push({ key: 'statement.sell', values: { data, recipient }, claims: each((d) => ({ action: 'sell', data: d, recipient: who, place: r.country })), flow: flow.id });
      }
      if (flow.shared && flow.purpose !== ADVERTISING) {
        // CCPA "sharing": disclosure for cross-context behavioural advertising (§1798.140(ah)).
        const ads = loc.label('purpose', ADVERTISING);
        s.sell.push({ key: 'statement.share', values: { data, recipient, purpose: ads }, claims: each((d) => ({ action: 'share', data: d, recipient: who, purpose: ADVERTISING, place: r.country })), flow: flow.id });
      }
      if (isOutside(r.country, region)) {
        const mechanism = recipientMechanism(r, flow, region);
        const accepted = mechanism && region.transferMechanisms.includes(mechanism);
        if (!accepted) unresolved.push({ flow: flow.id, place: r.country, recipient: r.name ?? r.type, mechanism, reason: mechanism ? 'not-accepted' : 'missing' });
        s.transfer.push(transferStatement(flow, data, recipient, accepted ? mechanism : undefined, (d) => ({ action: 'transfer', data: d, recipient: who, place: r.country, ...(accepted ? { mechanism } : {}) })));
      }
    }

    if (flow.storage.length) {
      const places = loc.list(flow.storage.map((p) => loc.country(p)));
      s.store.push({ key: 'statement.store', values: { data, places }, claims: flow.data.flatMap((d) => flow.storage.map((p): Claim => ({ action: 'store', data: d, place: p }))), flow: flow.id });
      for (const place of flow.storage) {
        if (!isOutside(place, region)) continue;
        // Storage at a recipient's own place is that recipient's transfer, already stated.
        if (flow.recipients.some((r) => r.country === place)) continue;
        const mechanism = mechanismFor(flow.transfer, region);
        const accepted = mechanism && region.transferMechanisms.includes(mechanism);
        if (!accepted) unresolved.push({ flow: flow.id, place, mechanism, reason: mechanism ? 'not-accepted' : 'missing' });
        s.transfer.push(transferStatement(flow, data, loc.country(place), accepted ? mechanism : undefined, (d) => ({ action: 'transfer', data: d, place, ...(accepted ? { mechanism } : {}) })));
      }
    }

    if (flow.retention) {
      const r = flow.retention;
      const values = { data, duration: loc.duration(r), event: loc.t(`event.${r.from}`), law: r.statutory?.law ?? '' };
      const key = r.statutory ? 'statement.retainStatutory' : r.upTo ? 'statement.retainUpTo' : 'statement.retain';
      s.retain.push({
        key,
        values,
        claims: each((d) => ({ action: 'retain', data: d, retention: { value: r.value, unit: r.unit, from: r.from, ...(r.upTo && !r.statutory ? { upTo: true } : {}), ...(r.statutory ? { statutory: true } : {}) } })),
        flow: flow.id,
      });
    }

    if (flow.exclusive) {
      s.exclusive.push({ key: 'statement.exclusive', values: { data, purpose }, claims: each((d) => ({ action: 'use', data: d, purpose: flow.purpose, exclusive: true })), flow: flow.id });
    }
    // Unless the flow says otherwise, data needed for a contract or a legal duty is required and
    // data given on consent is voluntary (GDPR Art. 13(2)(e)).
    const required = flow.required ?? (flow.legalBasis === 'contract' || flow.legalBasis === 'legal_obligation');
    s.requirement.push({ key: required ? 'statement.required' : 'statement.voluntary', values: { data, purpose }, claims: [], flow: flow.id });
  }

  s.government.push({
    key: 'clause.government',
    values: {},
    claims: [{ action: 'share', data: 'user', recipient: { type: 'recipient.public_authority' }, purpose: 'essential.legal_obligation', exclusive: true }],
  });

  // Whether each category is sold or shared (Cal. Civ. Code §1798.100(a)(1)).
  const sold = new Set(flows.filter((f) => f.sold).flatMap((f) => f.data));
  const shared = new Set(flows.filter((f) => f.shared).flatMap((f) => f.data));
  const all = [...new Set(flows.flatMap((f) => f.data))];
  const neither = all.filter((d) => !sold.has(d) && !shared.has(d));
  const sharedOnly = all.filter((d) => !sold.has(d) && shared.has(d));
  if (neither.length) {
    s.noSale.push({ key: 'statement.noSale', values: { data: dataList(neither) }, claims: neither.map((d) => ({ action: 'sell', data: d, negated: true })) });
  }
  if (sharedOnly.length) {
    s.noSale.push({ key: 'statement.noSaleOnly', values: { data: dataList(sharedOnly) }, claims: sharedOnly.map((d) => ({ action: 'sell', data: d, negated: true })) });
  }

  function transferStatement(flow: Flow, data: string, destination: string, mechanism: TransferMechanism | undefined, claim: (d: string) => Claim): Statement {
    const claims = flow.data.map(claim);
    if (!mechanism) return { key: 'statement.transferBare', values: { data, destination }, claims, flow: flow.id };
    const label = withArticle(loc.t(`mechanism.${mechanism}`), region.mechanismArticles[mechanism]);
    return { key: 'statement.transfer', values: { data, destination, mechanism: label }, claims, flow: flow.id };
  }

  return { statements: s, unresolvedTransfers: unresolved };
}
