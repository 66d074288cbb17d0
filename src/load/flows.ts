/**
 * Turns raw flow objects (from templates or channel profiles) into Flow values and checks every
 * taxonomy key and place against the taxonomy, pointing at the exact value when one is unknown.
 */
import { DiscloseError, type ErrorCode } from '../errors.js';
import type { Flow, LegalBasis, Recipient, Taxonomy, TaxonomyKind } from '../model/types.js';
import type { YamlFile, YamlPath } from './yaml-file.js';
import { isKnownPlace } from './places.js';
import { checkLinks } from './insecure-link.js';
import { closest as nearName } from '../util/did-you-mean.js';

export interface RawFlow {
  id: string;
  data: string[];
  purpose: string;
  recipients?: Array<Omit<Recipient, 'pos'>>;
  retention?: Flow['retention'];
  legalBasis: LegalBasis | 'inherit';
  legitimateInterest?: string;
  storage?: string[];
  transfer?: Flow['transfer'];
  sold?: boolean;
  shared?: boolean;
  exclusive?: boolean;
  required?: boolean;
  consequence?: Flow['consequence'];
  consent?: Flow['consent'];
  source?: Flow['source'];
  sensitive?: Flow['sensitive'];
  collectedByRecipients?: Flow['collectedByRecipients'];
  messagesCarry?: string[];
}

/** The data category of a message's content: what `messagesCarry` data travel with. */
const MESSAGE = 'user.content.message';

export interface BuildFlowsOptions {
  /** Set on flows a channel adds to every template it carries. */
  implied?: string;
  /** Region ids (groups and members) a per-region `transfer:` map may name; unchecked when absent. */
  regionIds?: readonly string[];
}

const UNKNOWN: Record<TaxonomyKind, { code: ErrorCode; what: string }> = {
  data: { code: 'E_UNKNOWN_CATEGORY', what: 'data category' },
  purpose: { code: 'E_UNKNOWN_PURPOSE', what: 'purpose' },
  recipient: { code: 'E_UNKNOWN_RECIPIENT', what: 'recipient type' },
};

export function checkKey(tax: Taxonomy, kind: TaxonomyKind, key: string, y: YamlFile, path: YamlPath): void {
  if (tax[kind].has(key)) return;
  const { code, what } = UNKNOWN[kind];
  const near = closest(key, [...tax[kind].keys()]);
  throw new DiscloseError(code, `unknown ${what} "${key}"`, y.posOf(path), `${near ? `Did you mean "${near}"? ` : ''}Accepted: ${[...tax[kind].keys()].join(', ')}.`);
}

function checkPlace(place: string, y: YamlFile, path: YamlPath): void {
  if (!isKnownPlace(place)) {
    throw new DiscloseError('E_SCHEMA', `unknown country code "${place}"`, y.posOf(path), 'Use an ISO 3166-1 alpha-2 code such as DE, US or SG, or EU.');
  }
}

/** Free text that reaches clauses: when given, it must say something (a blank value renders as a gap). */
function checkNotBlank(value: unknown, what: string, y: YamlFile, path: YamlPath): void {
  if (typeof value === 'string' && value.trim() === '') {
    throw new DiscloseError('E_SCHEMA', `${what} is blank`, y.posOf(path), 'Write the text, or remove the field.');
  }
}

/** Every key of a per-region `transfer:` map names a known region (or `default`). */
function checkTransferKeys(spec: unknown, regionIds: readonly string[] | undefined, y: YamlFile, path: YamlPath): void {
  if (!regionIds || !spec || typeof spec !== 'object') return;
  for (const key of Object.keys(spec)) {
    if (key === 'default' || regionIds.includes(key)) continue;
    const near = nearName(key, regionIds);
    throw new DiscloseError(
      'E_SCHEMA',
      `unknown region "${key}" in transfer`,
      y.posOf([...path, key], true),
      `${near ? `Did you mean "${near}"? ` : ''}Accepted: ${[...regionIds, 'default'].join(', ')}.`,
    );
  }
}

export function buildFlows(raws: RawFlow[], tax: Taxonomy, y: YamlFile, base: YamlPath, options: BuildFlowsOptions | string = {}): Flow[] {
  const { implied, regionIds } = typeof options === 'string' ? { implied: options, regionIds: undefined } : options;
  const seen = new Set<string>();
  return raws.map((raw, i) => {
    const at = (...p: YamlPath) => [...base, i, ...p];
    if (seen.has(raw.id)) throw new DiscloseError('E_DUPLICATE_ID', `duplicate flow id "${raw.id}"`, y.posOf(at('id')), 'Give each flow its own id.');
    seen.add(raw.id);
    raw.data.forEach((d, j) => checkKey(tax, 'data', d, y, at('data', j)));
    checkKey(tax, 'purpose', raw.purpose, y, at('purpose'));
    const recipients = (raw.recipients ?? []).map((r, j) => {
      checkKey(tax, 'recipient', r.type, y, at('recipients', j, 'type'));
      checkPlace(r.country, y, at('recipients', j, 'country'));
      (r.storage ?? []).forEach((s, k) => checkPlace(s, y, at('recipients', j, 'storage', k)));
      for (const side of ['controllerIn', 'controllerNotIn'] as const) (r.appliesTo?.[side] ?? []).forEach((s, k) => checkPlace(s, y, at('recipients', j, 'appliesTo', side, k)));
      checkNotBlank(r.name, `flow "${raw.id}": recipient name`, y, at('recipients', j, 'name'));
      checkNotBlank(r.contact, `flow "${raw.id}": recipient contact`, y, at('recipients', j, 'contact'));
      checkTransferKeys(r.transfer, regionIds, y, at('recipients', j, 'transfer'));
      checkTransferKeys(r.transferUnsettled, regionIds, y, at('recipients', j, 'transferUnsettled'));
      checkLinks(r.name, `flow "${raw.id}": recipient name`, y.posOf(at('recipients', j, 'name')));
      checkLinks(r.contact, `flow "${raw.id}": recipient contact`, y.posOf(at('recipients', j, 'contact')));
      const own = r.ownRetention?.criteria;
      for (const [k, v] of typeof own === 'string' ? [['', own] as const] : Object.entries(own ?? {})) {
        const path = k ? at('recipients', j, 'ownRetention', 'criteria', k) : at('recipients', j, 'ownRetention', 'criteria');
        checkNotBlank(v, `flow "${raw.id}": ownRetention criteria`, y, path);
        checkLinks(v, `flow "${raw.id}": ownRetention criteria`, y.posOf(path));
      }
      return { ...r, pos: y.posOf(at('recipients', j)) };
    });
    (raw.storage ?? []).forEach((s, j) => checkPlace(s, y, at('storage', j)));
    checkTransferKeys(raw.transfer, regionIds, y, at('transfer'));
    // Derived data name the data category they are derived from; a third party its recipient type.
    if (raw.source?.category !== undefined) checkKey(tax, raw.source.from === 'derived' ? 'data' : 'recipient', raw.source.category, y, at('source', 'category'));
    checkNotBlank(raw.legitimateInterest, `flow "${raw.id}": legitimateInterest`, y, at('legitimateInterest'));
    checkNotBlank(raw.consent?.withdrawal, `flow "${raw.id}": consent withdrawal`, y, at('consent', 'withdrawal'));
    checkNotBlank(raw.retention?.statutory?.law, `flow "${raw.id}": statutory retention law`, y, at('retention', 'statutory', 'law'));
    // A period the recipients keep the data for needs a recipient to keep them (review 3 EU-m4).
    if (raw.retention?.heldBy === 'recipients' && recipients.length === 0) {
      throw new DiscloseError('E_SCHEMA', `flow "${raw.id}": retention heldBy "recipients", but the flow has no recipients`, y.posOf(at('retention', 'heldBy')), 'Name the recipients that keep the data, or remove heldBy (we keep them).');
    }
    // A period that ends on withdrawal of consent needs a consent to withdraw, and is ours and not already counted
    // from the withdrawal or fixed by law (review 8 EU8-2).
    if (raw.retention?.endsOnWithdrawal) {
      const why = raw.legalBasis !== 'consent' ? `the flow's legal basis is ${String(raw.legalBasis)}, not consent`
        : raw.retention.from === 'consent_withdrawal' ? 'the period already runs from withdrawal of consent'
        : raw.retention.heldBy === 'recipients' ? 'the period is the recipients\' own (heldBy: recipients)'
        : raw.retention.statutory ? 'the period is fixed by law (statutory)'
        : undefined;
      if (why) throw new DiscloseError('E_SCHEMA', `flow "${raw.id}": retention endsOnWithdrawal, but ${why}`, y.posOf(at('retention', 'endsOnWithdrawal')), 'Remove endsOnWithdrawal: it is for our own period on a consent flow, which ends when the person withdraws that consent.');
    }
    // Data the person gives straight to the recipients: there must be recipients, and none of ours to store them (review 6 CN6-2).
    if (raw.collectedByRecipients && (recipients.length === 0 || (raw.storage ?? []).length > 0)) {
      throw new DiscloseError('E_SCHEMA', `flow "${raw.id}": collectedByRecipients needs recipients and no storage of ours`, y.posOf(at('collectedByRecipients')), 'Name the recipients that collect the data and remove `storage` from this flow (declare what we keep in a flow of its own), or remove collectedByRecipients.');
    }
    // The data the recipients collect directly must be the flow's own (review 7 EU7-3, SEA7-1).
    (raw.collectedByRecipients?.data ?? []).forEach((d, j) => {
      checkKey(tax, 'data', d, y, at('collectedByRecipients', 'data', j));
      if (!raw.data.includes(d)) {
        throw new DiscloseError('E_SCHEMA', `flow "${raw.id}": collectedByRecipients.data "${d}" is not in the flow's data`, y.posOf(at('collectedByRecipients', 'data', j)), `Add "${d}" to the flow's data, or remove it from collectedByRecipients.data (list only data the recipients collect directly from the person).`);
      }
    });
    // What the flow's messages carry is the flow's own data, and the flow has messages to carry it.
    (raw.messagesCarry ?? []).forEach((d, j) => {
      checkKey(tax, 'data', d, y, at('messagesCarry', j));
      if (!raw.data.includes(d) || !raw.data.includes(MESSAGE)) {
        throw new DiscloseError('E_SCHEMA', `flow "${raw.id}": messagesCarry "${d}" needs "${d}" and ${MESSAGE} in the flow's data`, y.posOf(at('messagesCarry', j)), `List in messagesCarry only data of the flow that each of its messages (${MESSAGE}, also in the flow's data) carries, such as the phone number a message is addressed to.`);
      }
    });
    const criteria = raw.collectedByRecipients?.retentionCriteria;
    for (const [k, v] of typeof criteria === 'string' ? [['', criteria] as const] : Object.entries(criteria ?? {})) {
      const path = k ? at('collectedByRecipients', 'retentionCriteria', k) : at('collectedByRecipients', 'retentionCriteria');
      checkNotBlank(v, `flow "${raw.id}": retentionCriteria`, y, path);
      checkLinks(v, `flow "${raw.id}": retentionCriteria`, y.posOf(path));
    }
    const effect = raw.sensitive?.effect;
    for (const [k, v] of typeof effect === 'string' ? [['', effect] as const] : Object.entries(effect ?? {})) {
      const path = k ? at('sensitive', 'effect', k) : at('sensitive', 'effect');
      checkNotBlank(v, `flow "${raw.id}": sensitive effect`, y, path);
      checkLinks(v, `flow "${raw.id}": sensitive effect`, y.posOf(path));
    }
    const consequence = raw.consequence;
    for (const [k, v] of typeof consequence === 'string' ? [['', consequence] as const] : Object.entries(consequence ?? {})) {
      const path = k ? at('consequence', k) : at('consequence');
      checkNotBlank(v, `flow "${raw.id}": consequence`, y, path);
      checkLinks(v, `flow "${raw.id}": consequence`, y.posOf(path));
    }
    // Free text that goes into clauses as it is.
    checkLinks(raw.legitimateInterest, `flow "${raw.id}": legitimateInterest`, y.posOf(at('legitimateInterest')));
    checkLinks(raw.consent?.withdrawal, `flow "${raw.id}": consent withdrawal`, y.posOf(at('consent', 'withdrawal')));
    checkLinks(raw.retention?.statutory?.law, `flow "${raw.id}": statutory retention law`, y.posOf(at('retention', 'statutory', 'law')));
    // A legitimate-interests flow that does not name the interest is a finding
    // (legitimate-interest-missing), so it does not hide every other template's findings.
    const flow: Flow = {
      id: raw.id,
      data: [...new Set(raw.data)],
      purpose: raw.purpose,
      recipients,
      retention: raw.retention,
      legalBasis: raw.legalBasis === 'inherit' ? ('inherit' as unknown as LegalBasis) : raw.legalBasis,
      legitimateInterest: raw.legitimateInterest,
      storage: raw.storage ?? [],
      transfer: raw.transfer,
      sold: raw.sold ?? false,
      shared: raw.shared ?? false,
      exclusive: raw.exclusive ?? false,
      consent: raw.consent,
      required: raw.required,
      ...(raw.consequence ? { consequence: raw.consequence } : {}),
      ...(raw.source ? { source: raw.source } : {}),
      ...(raw.sensitive ? { sensitive: raw.sensitive } : {}),
      ...(raw.collectedByRecipients ? { collectedByRecipients: raw.collectedByRecipients } : {}),
      ...(raw.messagesCarry?.length ? { messagesCarry: [...new Set(raw.messagesCarry)] } : {}),
      implied,
      pos: y.posOf(at()),
    };
    return flow;
  });
}

function closest(key: string, candidates: string[]): string | undefined {
  const last = key.split('.').pop()!;
  return candidates.find((c) => c.endsWith(`.${last}`) || c === last);
}
