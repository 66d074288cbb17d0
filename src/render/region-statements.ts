/**
 * A region's data may ask its clause to state some things once (review-3 CN3-3, China):
 * - `storageStatedOnce`: our own storage sentences for one place ("我们在德国存储您的以下信息：…"),
 *   one per flow, become one sentence over all their data;
 * - `recipientListCarriesTransfers`: a recipient abroad is stated in the recipient list (its country,
 *   purpose, data and contact), so the bare "we transfer … to <recipient>" sentence that repeats that
 *   row is not written; a transfer that names its route, an onward transfer by the recipient and a
 *   transfer to our own systems abroad are kept;
 * - `retentionByPurpose` (review 5 CN5-2): each of our retention sentences names the purpose its period
 *   serves (values.purpose, for a wording that writes it: 为发送营销消息，自…起…), and sentences for one
 *   purpose with one period become one over all their data, so one datum kept for two purposes is not
 *   given two periods without saying why.
 * Where the region lists what is collected (snippet `collection_list`, review 5 CN5-5), each purpose
 * line receives its number (values.n).
 * A recipient's sub-processor storage sentence (element `sub_processor_storage`) receives its flow's
 * purpose and the element's citation (values.purpose, values.article; review 5 CN5-3), for a wording
 * that names them.
 * The statements change before the clause is written, so the clause's claims and assertions are the
 * merged sentences' own.
 */
import type { Claim } from '../claims/claim.js';
import type { Flow, Organization, RegionProfile } from '../model/types.js';
import { orgField } from '../load/organization.js';
import { elementTextCitation } from './citation.js';
import { isOutside } from './facts.js';
import type { Localizer } from './localizer.js';
import type { Statement, StatementSet } from './statements.js';

declare module './statements.js' {
  interface StatementSet {
    /** The collection list's heading, where the region words one in this locale (snippet collection_list; review 5 CN5-5). */
    collectionHeading?: Statement[];
  }
}

declare module '../model/types.js' {
  interface RegionProfile {
    /** Our own storage in one place stated in one sentence (review-3 CN3-3). */
    storageStatedOnce?: boolean;
    /** The recipient list states each recipient abroad: no bare transfer sentence repeats its row (review-3 CN3-3). */
    recipientListCarriesTransfers?: boolean;
    /** Our retention sentences name their purpose; one purpose with one period is one sentence (review 5 CN5-2). */
    retentionByPurpose?: boolean;
  }
}

/** Keys of our own storage sentences: merged when they differ only in their data. */
const OWN_STORAGE = new Set(['statement.store', 'statement.storeOwnEstablishment']);
/** Keys of our own retention sentences (a recipient's own period names the recipient instead). */
const OWN_RETENTION = new Set(['statement.retain', 'statement.retainUpTo', 'statement.retainStatutory', 'statement.retainStatutoryRecords']);
const SUB_STORAGE = new Set(['statement.storeSubProcessor', 'statement.storeSubProcessorUpTo']);

export function regionStatements(statements: StatementSet, region: RegionProfile, loc: Localizer, flows: Flow[], org: Organization): StatementSet {
  const subOverseas = subProcessorsOverseas(region, loc, flows, org);
  const subElement = region.elements.find((e) => e.id === 'sub_processor_storage');
  const collectionList = region.elements.some((e) => e.snippet === 'collection_list');
  const shared = region.retentionByPurpose ? new Set<Statement>() : keptForTwoPurposes(statements.retain, flows);
  if (!region.storageStatedOnce && !region.recipientListCarriesTransfers && !region.retentionByPurpose && !subElement && !collectionList && subOverseas.length === 0 && shared.size === 0) return statements;
  const out = { ...statements };
  const purposeOf = (st: Statement): string | undefined => {
    const flow = flows.find((f) => f.id === st.flow);
    return flow ? loc.label('purpose', flow.purpose, region.vocabulary) : undefined;
  };
  const withPurpose = (st: Statement, extra: Record<string, string> = {}): Statement => {
    const purpose = purposeOf(st);
    return purpose === undefined ? st : { ...st, values: { ...st.values, purpose, ...extra } };
  };
  if (subElement) {
    const article = elementTextCitation(subElement, loc.lng);
    out.store = out.store.map((st) => (SUB_STORAGE.has(st.key) ? withPurpose(st, { article }) : st));
  }
  if (region.storageStatedOnce) out.store = mergeOwnStorage(out.store, loc);
  // The collection list (snippet collection_list; 《网络数据安全管理条例》第二十一条第二款, review 5 CN5-5):
  // each purpose line is numbered (values.n), for a wording that writes the number.
  // The heading is written where the region words it in this locale (zh-CN); elsewhere the lines stand alone.
  if (collectionList && loc.has('clause.collectionList')) {
    const listed = region.elements.find((e) => e.snippet === 'collection_list')!;
    out.collect = statements.collect.map((st, i) => ({ ...st, values: { ...st.values, n: String(i + 1) } }));
    if (out.collect.length) out.collectionHeading = [{ key: 'clause.collectionList', values: { article: elementTextCitation(listed, loc.lng) }, claims: [] }];
  }
  // Our retention sentences carry their purpose for a wording that names it; merged only where the region says so.
  out.retain = statements.retain.map((st) => (OWN_RETENTION.has(st.key) ? purposeLed(untilWithdrawal(withPurpose(st), flows, loc), shared.has(st), loc) : st));
  if (region.retentionByPurpose) out.retain = mergeSame(out.retain, OWN_RETENTION, loc);
  if (region.recipientListCarriesTransfers) out.transfer = statements.transfer.filter((st) => !(st.key === 'statement.transferBare' && st.claims.some((c) => c.recipient !== undefined)));
  if (subOverseas.length) out.overseas = [...statements.overseas, ...subOverseas];
  return out;
}

/**
 * PIPL Art. 39 (review 4): where the region names the sub-processor that keeps a recipient's data
 * abroad (element `sub_processor_storage`) and lists overseas recipients (`overseas_recipients`), a
 * sub-processor abroad whose contact the data records (`subProcessor.contact`) gets a 境外接收方 line
 * of its own, with that contact. Without a recorded contact none is written; the element's note says so.
 */
function subProcessorsOverseas(region: RegionProfile, loc: Localizer, flows: Flow[], org: Organization): Statement[] {
  const listed = region.elements.find((e) => e.snippet === 'overseas_recipients');
  if (!listed || !region.elements.some((e) => e.id === 'sub_processor_storage')) return [];
  const email = (region.contactField ? orgField(org, region.contactField) : undefined) ?? org.dpo?.email ?? org.controller.email;
  const out: Statement[] = [];
  const seen = new Set<string>();
  for (const flow of flows) {
    for (const r of flow.recipients) {
      const sub = r.subProcessor;
      if (!sub?.contact || !isOutside(sub.country, region) || !r.storage?.includes(sub.country) || seen.has(sub.name)) continue;
      seen.add(sub.name);
      out.push({ key: 'clause.overseasRecipient', values: { name: sub.name, country: loc.country(sub.country), contact: sub.contact, email, article: elementTextCitation(listed, loc.lng) }, claims: [], flow: flow.id });
    }
  }
  return out;
}

/**
 * Our period after consent is withdrawn, where the region words it apart (`statement.retainUntilWithdrawal`,
 * china; review 6 CN6-6): the data are kept while consent lasts and deleted within the period after it is
 * withdrawn (PIPL 第四十七条第一款第三项, 第十九条), not "kept for 30 days from withdrawal", which reads as
 * processing going on. The statement's key and claims stay those of `statement.retain`.
 */
function untilWithdrawal(st: Statement, flows: Flow[], loc: Localizer): Statement {
  if (st.key !== 'statement.retain' || !loc.has('statement.retainUntilWithdrawal')) return st;
  const flow = flows.find((f) => f.id === st.flow);
  return flow?.retention?.from === 'consent_withdrawal' ? { ...st, words: 'statement.retainUntilWithdrawal' } : st;
}

/**
 * Review 10 L10-1: where the region's retention sentences name no purpose (no `retentionByPurpose`), one datum that
 * our own sentences give periods under two purposes (marketing_promotion: the phone number and order history kept
 * 30 days from withdrawal for marketing messages, and 90 days from collection or until consent is withdrawn for
 * personalised advertising) read as two periods for the same data at once. Those sentences lead with their purpose
 * and a cap on withdrawal names the consent it ends with (`<words>ForPurpose`: "For personalised advertising, we
 * keep … or until you withdraw your consent to personalised advertising …"); the structure after the lead is the
 * locale's, so the claim reader reads the period as before. Then every retention sentence of ours in the clause leads
 * with its purpose, so the lines read alike (a statutory period has no such wording and stays as it is).
 */
function keptForTwoPurposes(retain: readonly Statement[], flows: Flow[]): Set<Statement> {
  const own = retain.filter((st) => OWN_RETENTION.has(st.key) && st.asserts);
  const purpose = (st: Statement) => flows.find((f) => f.id === st.flow)?.purpose;
  for (const a of own) {
    for (const b of own) {
      if (a === b || purpose(a) === undefined || purpose(b) === undefined || purpose(a) === purpose(b)) continue;
      if (a.claims.some((c) => c.action === 'retain' && b.claims.some((d) => d.action === 'retain' && d.data === c.data))) return new Set(own);
    }
  }
  return new Set();
}

const LEADS = new Set(['statement.retain', 'statement.retainUpTo', 'statement.retainEndsOnWithdrawal', 'statement.retainUpToEndsOnWithdrawal']);

function purposeLed(st: Statement, shared: boolean, loc: Localizer): Statement {
  const words = st.words ?? st.key;
  if (!shared || !LEADS.has(words) || st.values['purpose'] === undefined || !loc.has(`${words}ForPurpose`)) return st;
  return { ...st, words: `${words}ForPurpose` };
}

function mergeOwnStorage(list: Statement[], loc: Localizer): Statement[] {
  return mergeSame(list, OWN_STORAGE, loc);
}

/** Statements of these keys that differ only in their data become one over all their data. */
function mergeSame(list: Statement[], keys: ReadonlySet<string>, loc: Localizer): Statement[] {
  const out: Statement[] = [];
  const byPlace = new Map<string, number>();
  for (const st of list) {
    if (!keys.has(st.key) || !st.asserts) {
      out.push(st);
      continue;
    }
    const { data: _data, ...rest } = st.values;
    const k = `${st.key}\u0000${JSON.stringify(rest)}`;
    const at = byPlace.get(k);
    if (at === undefined) {
      byPlace.set(k, out.length);
      out.push(st);
      continue;
    }
    const prior = out[at]!;
    const data = [...prior.asserts!.data, ...st.asserts.data.filter((d) => !prior.asserts!.data.includes(d))];
    const seen = new Set(prior.claims.map(claimKey));
    const claims: Claim[] = [...prior.claims, ...st.claims.filter((c) => !seen.has(claimKey(c)))];
    out[at] = {
      ...prior,
      values: { ...prior.values, data: loc.list(data.map((d) => loc.label('data', d))) },
      claims,
      asserts: { ...prior.asserts!, data, flows: [...new Set([...prior.asserts!.flows, ...st.asserts.flows])] },
    };
  }
  return out;
}

const claimKey = (c: Claim) => `${c.action}|${c.data}|${c.place ?? ''}`;
