/**
 * What we disclose to a recipient: the recipient as the sentences name it (RecipientContext), and the
 * disclosure itself: shared, entrusted (PIPL Art. 21), sold, or shared for cross-context behavioural
 * advertising (CCPA §1798.140(ad), (ah)).
 */
import type { Recipient } from '../../model/types.js';
import { saleOf } from '../sale.js';
import { partyOf, type FlowContext, type StatementContext } from './context.js';
import type { Party } from './types.js';

const ADVERTISING = 'marketing.advertising.third_party';

/** One recipient of a flow as the sentences about it name it. */
export interface RecipientContext {
  r: Recipient;
  /** Its type as the locale labels it. */
  type: string;
  /** Its country as the locale names it. */
  country: string;
  /** Its type with the article where the locale gives one. */
  theType: string;
  /** The messenger a named company provides, where it provides one. */
  messenger: string | undefined;
  /** The recipient as the subject of a sentence of `key`, capitalized where the sentence starts with it. */
  subject: (key: string) => string;
  /** The recipient with its type, name and country, as a disclosure names it. */
  recipient: string;
  /** The recipient as a claim names it. */
  who: { type: string; name?: string };
  party: Party;
}

export function recipientContext(ctx: StatementContext, r: Recipient): RecipientContext {
  const { loc, atStart } = ctx;
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
  return { r, type, country, theType, messenger, subject, recipient, who, party };
}

/** The sentences that say we disclose (share, entrust, sell) a flow's data to one recipient. */
export function disclosureStatements(ctx: StatementContext, fc: FlowContext, rc: RecipientContext): void {
  const { s, loc, region, tax, entrusts, citeOf } = ctx;
  const { flow, data, purpose, each, at, passed, passedData, eachPassed, atPassed } = fc;
  const { r, country, theType, messenger, recipient, who, party } = rc;
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
}
